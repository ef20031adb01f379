"""Rule asked_form (answer.asked_form; issue 16 task B): among the quotes, a statement in the
form the question's intent asks for (a time for "when") is preferred; the answer and its
confidence do not change. On the bundled corpus."""

from __future__ import annotations

import pytest

from lrt_search.answer.asked_form import asked_forms, has_form
from lrt_search.config import Settings
from lrt_search.service import Engine

_WHEN = "Wanneer krijgen gemeenten de brief over de taakstelling?"  # paraphrase_probe pp22
_TIMED = "voor 1 april uit te sturen"


def _with(engine: Engine, bonus: float) -> Engine:
    return engine.with_settings(engine.settings.replace(asked_form_bonus=bonus))


def test_on_by_default() -> None:
    assert Settings().asked_form_bonus > 0


@pytest.mark.parametrize(
    ("question", "forms"),
    [
        ("Wanneer gaat de brief naar de gemeenten?", ("when",)),
        ("By when should the letter go out?", ("when",)),
        ("Per wanneer geldt de nieuwe taakstelling?", ("when",)),
        # the "how often" and "why" forms were deleted: they moved no answer of any set
        ("How often do the provincial tables report?", ()),
        ("Waarom twijfelt het IPO aan de versnelling?", ()),
        # a question about the meetings themselves: every statement carries its meeting's date
        ("Wanneer is de spreidingswet besproken?", ()),
        ("When was the coordination centre discussed?", ()),
        ("Wat zei de VNG over de taakstelling?", ()),
    ],
)
def test_the_asked_form_is_read_from_the_question(question: str, forms: tuple[str, ...]) -> None:
    assert asked_forms(question) == forms


@pytest.mark.parametrize(
    ("form", "text", "held"),
    [
        ("when", "Deze wordt deze maand openbaar gemaakt.", True),
        ("when", "Het streven is de brief aan gemeenten voor 1 april uit te sturen.", True),
        ("when", "een uitspraak voor het einde van dit jaar", True),
        ("when", "De taakstelling voor 2025-II wordt op 13.000 gezet.", False),
        ("when", "Er wordt ingestemd met de taakstelling.", False),
    ],
)
def test_the_form_of_a_statement(form: str, text: str, held: bool) -> None:
    assert has_form(form, text) is held


def test_the_statement_in_the_asked_form_is_quoted(engine: Engine) -> None:
    on, off = _with(engine, 0.04).ask(_WHEN), _with(engine, 0.0).ask(_WHEN)
    assert any(_TIMED in c.quote for c in on.citations)
    assert not any(_TIMED in c.quote for c in off.citations)  # not quoted without the rule
    assert on.abstained == off.abstained
    assert on.confidence == pytest.approx(off.confidence, abs=1e-9)
