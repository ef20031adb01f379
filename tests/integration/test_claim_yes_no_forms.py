"""Rules ``claim_yes_no_forms``, ``claim_number_words`` and ``count_not_year``
(answer/claim_forms.py, answer/number_words.py): a claim put as a plain yes/no question, with its
number in digits or in words, is checked as "Klopt het dat ..." is; "2.000" is a count."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.candidates import required_terms
from lrt_search.answer.claim_forms import ClaimReading, is_claim, year_counts
from lrt_search.answer.number_words import word_numbers
from lrt_search.service import Engine

ON = ClaimReading(forms=True, words=True, counts=True)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        # The minutes: "Heeft een capaciteitsbesluit genomen, met daarin de opgave van 51.000
        # plekken" - no 2000 places; answered with that quote without the rule.
        ("Was het zo dat er 2000 plekken bij kwamen?", "count_not_year"),
        ("Zijn er in 2025 twintigduizend statushouders gehuisvest?", "claim_number_words"),
        # "Vrijdag na de MR gaan vier Kamerbrieven uit": four, not six.
        ("Were six letters to Parliament sent out after the cabinet meeting in November 2023?",
         "claim_number_words"),
        ("Heeft het COA in november 2023 vijf suggesties gedaan om de toewijzingen aan "
         "statushouders te laten toenemen?", "claim_yes_no_forms"),
    ],
)  # fmt: skip
def test_a_yes_no_claim_the_minutes_do_not_state_abstains(
    engine: Engine, question: str, rule: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained
    assert str(answer.reason_code).startswith("claim_number_"), answer.reason
    assert not switched(engine, **{rule: False}).ask(question).abstained


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("Heeft het COA in november 2023 twee suggesties gedaan om de toewijzingen aan "
         "statushouders te laten toenemen?", "twee suggesties"),
        ("Were four letters to Parliament sent out after the cabinet meeting in November 2023?",
         "vier Kamerbrieven"),
        ("Waren er in juli 2022 2.193 asielzoekers in Ter Apel?", "2.193"),
    ],
)  # fmt: skip
def test_a_yes_no_claim_the_minutes_state_is_answered(
    engine: Engine, question: str, given: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(given in c.quote for c in answer.citations)


def test_which_questions_put_a_claim() -> None:
    assert is_claim("Waren er in juli 2022 3.500 asielzoekers in Ter Apel?", ON)
    assert is_claim("Did the Rijk promise 30,000 euro per status holder?", ON)
    assert not is_claim("Did the Rijk promise 30,000 euro per status holder?", ClaimReading())
    assert not is_claim("Is er in 2023 over flexwoningen gesproken?", ON)  # a year: no amount
    assert not is_claim("Hoeveel plekken waren er in 2022?", ON)
    # A year-like count makes a claim only with a claim phrase ("Was het zo dat").
    assert not is_claim("Was the housing target for 2024 higher than the one for 2023?", ON)
    assert is_claim("Was het zo dat er 2000 plekken bij kwamen?", ON)


def test_numbers_in_words() -> None:
    assert word_numbers("zevenduizendvijfhonderd statushouders") == [(0, 23, "7500")]
    assert word_numbers("eenentwintig") == [(0, 12, "21")]
    assert word_numbers("twenty thousand status holders", english=True) == [(0, 15, "20000")]
    assert word_numbers("een brief en één brief") == []  # an article, no count
    assert word_numbers("ten minste 50 gemeenten") == []  # Dutch "ten" is no number
    assert word_numbers("de tweede helft") == []


def test_a_separated_number_is_a_count_not_a_year() -> None:
    assert required_terms("Were there 2,000 asylum seekers?", counts=True) == {"2000"}
    assert required_terms("Waren er 2.000 asielzoekers?", counts=True) == {"2000"}
    assert required_terms("Waren er 2.000 asielzoekers?") == set()
    assert required_terms("Wat gebeurde er in 2022?", counts=True) == set()
    assert year_counts("Was het zo dat er in juli 2022 2000 plekken bij kwamen?") == [(31, 35)]
    assert year_counts("Wat werd in 2023 besproken?") == []
