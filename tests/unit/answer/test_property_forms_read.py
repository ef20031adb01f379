"""Rule ``property_forms_read`` (answer/property_forms.py) by hand-built statements: each reader
reads the new forms with the rule on and as before with it off (the table of every form is
tests/data/property_forms.toml, tests/unit/answer/test_property_forms.py)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from lrt_search.answer.asked_detail import states_frequency
from lrt_search.answer.durations import states_length
from lrt_search.answer.evidence import states_money, states_percentage
from lrt_search.answer.property_forms import (
    count_word,
    length_starts,
    not_a_count,
    ordinal_share,
    time_form,
)
from lrt_search.answer.property_tied import states_time
from lrt_search.answer.shape import answers_shape, counts
from lrt_search.config import Settings

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "text",
    [
        "De lijst volgt binnen zes weken.",
        "Het besluit valt begin volgend jaar.",
        "De brief gaat voor de kerstvakantie naar de Kamer.",
        "Vrijdag na de MR gaan vier Kamerbrieven uit.",
        "Het overleg begint om 14.00 uur.",
        "We komen komend najaar terug op dit punt.",
    ],
)
def test_a_time_in_these_forms_is_read_only_with_the_rule(text: str) -> None:
    assert states_time(text) and time_form(text)
    assert not states_time(text, forms=False)


def test_a_horizon_is_no_time() -> None:
    assert not states_time("Medeoverheden vragen om huisvesting op de langere termijn.")


def test_an_end_reckoned_from_now_is_a_length_too() -> None:
    on = functools.partial(states_time, forms=True)
    assert states_length("Afgesproken is dat de regeling uiterlijk binnen zes weken afloopt.", on)


@pytest.mark.parametrize("text", ["Er zijn tientallen plekken nodig.", "Er zijn dertien plekken."])
def test_a_count_in_one_word_counts(text: str) -> None:
    assert answers_shape(text, set(), set(), True, None)
    assert not answers_shape(text, set(), set(), True, None, forms=False)
    plekken = lambda w: w.startswith("plek")  # noqa: E731
    assert counts(text, plekken) and not counts(text, plekken, forms=False)


@pytest.mark.parametrize(
    "text",
    [
        "Dit volgt uit artikel 3 van de wet.",
        "Zie punt 2 van de agenda.",
        "De 1e tranche is verdeeld.",
        "Het LRT begint om 9.15 uur.",
    ],
)
def test_a_number_that_names_a_thing_is_no_count(text: str) -> None:
    assert not answers_shape(text, set(), set(), True, None)
    assert answers_shape(text, set(), set(), True, None, forms=False)


def test_a_length_of_time_counts_its_unit_or_time_only() -> None:
    text = "De EU tijdelijke richtlijn voor Oekraïense ontheemden wordt met een jaar verlengd."
    for noun in ("tijd", "jaar"):
        counted = lambda w, n=noun: w.lower().startswith(n)  # noqa: E731
        assert answers_shape(text, set(), set(), True, counted)
        assert not answers_shape(text, set(), set(), True, counted, forms=False)
    ontheemden = lambda w: w.lower().startswith("ontheemden")  # noqa: E731
    assert not answers_shape(text, set(), set(), True, ontheemden)
    assert length_starts(text, lambda w: w == "jaar") and not length_starts(text, ontheemden)


def test_a_half_year_states_a_period_not_the_questions_own() -> None:
    text = "De taakstelling voor 2025-II wordt op 13.000 gezet."
    assert states_time(text, halves=True) and not states_time(text, forms=False, halves=True)
    assert not states_time(text)  # "wanneer": the span a target is for is no time of an act
    assert not states_time(text, named=frozenset({"2025-ii"}), halves=True)
    assert states_time(text, named=frozenset({"2025-i"}), halves=True)


def test_the_reference_and_ordinal_readings() -> None:
    assert not_a_count("artikel 3", 8, 9) and not_a_count("de 2de ronde", 3, 4)
    assert not not_a_count("ruim 300 plekken", 5, 8)
    assert count_word("dertienduizend") and count_word("honderden")
    assert not count_word("een") and not count_word("vieren")


def test_money_and_percentages_in_words() -> None:
    assert states_money("Gemeenten ontvangen honderd miljoen euro.")
    assert not states_money("Gemeenten ontvangen honderd miljoen euro.", forms=False)
    assert not states_money("Er komen tientallen plekken bij.")
    assert states_percentage("Tien procent van de gemeenten haalt het niet.")
    assert not states_percentage("Tien procent van de gemeenten haalt het niet.", forms=False)


def test_an_ordinal_before_a_noun_is_no_share() -> None:
    text = "Er komt een derde bijeenkomst met de provincies."
    assert not states_percentage(text) and states_percentage(text, forms=False)
    assert ordinal_share(text, text.index("derde") + 5)
    assert states_percentage("Een derde van de gemeenten is positief.")
    assert states_percentage("Een derde deel gaat naar de provincies.")


def test_a_count_between_every_and_its_unit_is_a_frequency() -> None:
    assert states_frequency("Het LRT komt elke twee weken bijeen.")
    assert not states_frequency("Het LRT komt elke twee weken bijeen.", forms=False)


def test_the_switch_and_its_off_config() -> None:
    assert Settings().property_forms_read
    off = Settings.from_toml(ROOT / "eval" / "configs" / "property-forms-read-off.toml")
    assert not off.property_forms_read
