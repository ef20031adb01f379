"""Rule ``claim_number_bound`` (answer/claim_bound.py): a claim's comparison word ("meer dan",
"fewer than", "bijna", "at least") sets how the number the minutes state is compared with the
claim's; switched off, the minutes must state the claim's number itself."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.claim_bound import bound_holds, claim_bounds
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "given"),
    [
        # "Heeft een capaciteitsbesluit genomen, met daarin de opgave van 51.000 plekken."
        ("Klopt het dat het capaciteitsbesluit van juli 2022 uitging van meer dan 50.000 "
         "opvangplekken?", "51.000"),
        # "Ook verblijven momenteel circa 1500 mensen in voorportalen."
        ("Is it true that more than 1,000 people were staying in pre-registration locations in "
         "November 2023?", "1500"),
        # "De taakstelling voor 2022-II is vastgesteld op 13.500."
        ("Klopt het dat de taakstelling voor 2022-II op bijna 14.000 werd vastgesteld?", "13.500"),
    ],
)  # fmt: skip
def test_a_claim_whose_bound_the_minutes_bear_out_is_answered(
    engine: Engine, question: str, given: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(given in c.quote for c in answer.citations)
    off = switched(engine, claim_number_bound=False).ask(question)
    assert off.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Klopt het dat het capaciteitsbesluit van juli 2022 uitging van meer dan 60.000 "
        "opvangplekken?",
        "Is it true that the housing target for 2022-II was set at almost 12,000?",
    ],
)
def test_a_claim_whose_bound_the_minutes_break_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained


def test_the_bounds_of_a_claim() -> None:
    assert claim_bounds("Klopt het dat er meer dan 2.000 asielzoekers waren?") == {
        "2000": ("above", "meer dan 2.000")
    }
    assert claim_bounds("Is it true that fewer than 10,000 left?")["10000"][0] == "below"
    assert claim_bounds("Klopt het dat er 2.000 asielzoekers waren?") == {}
    assert claim_bounds("bijna 1,5 miljoen") == {}  # no whole number: left to the digits
    assert bound_holds("above", "2000", "2193") and not bound_holds("above", "2000", "2000")
    assert bound_holds("at_least", "2000", "2000")
    assert bound_holds("almost", "14000", "13500") and not bound_holds("almost", "14000", "14500")
    assert bound_holds("about", "1500", "1450") and not bound_holds("about", "3500", "2193")
    assert bound_holds("below", "10000", "8500") and not bound_holds("at_most", "5000", "7500")
