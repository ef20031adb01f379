"""Rule ``claim_number_stated`` (answer/claim_detail.py): a claim put to the minutes is
confirmed only when a quoted statement states its number as the claim does; a claim whose
number the statement on its topic contradicts abstains naming the numbers the minutes give.
Switched off, the same claims are answered from that statement."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.claim_detail import claim_mentions
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "code", "given"),
    [
        # "De taakstelling voor 2022-II is vastgesteld op 13.500": a target, not an outflow
        (
            "Klopt het dat er in juli 2022 13.500 statushouders zouden uitstromen?",
            "claim_number_other",
            "De taakstelling voor 2022-II is vastgesteld op 13.500",
        ),
        # "Op dit moment verblijven er 2.193 asielzoekers in Ter Apel": not status holders
        (
            "Is it true that 2,193 status holders were to leave reception in July 2022?",
            "claim_number_other",
            "verblijven er 2.193 asielzoekers in Ter Apel",
        ),
        # "... de gemeentelijke bezettingsgraad voor de OEK opvang bijna 100% is."
        (
            "Is it true that the occupancy rate for Ukrainian reception was 90%?",
            "claim_number_differs",
            "100%",
        ),
    ],
)
def test_a_claim_whose_number_the_minutes_do_not_state_so_abstains(
    engine: Engine, question: str, code: str, given: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == code, answer.reason
    assert given in " ".join(answer.reason_params["words"])
    assert answer.closest, "the passages that say what the minutes do say follow"
    off = switched(engine, claim_number_stated=False).ask(question)
    assert not off.reason_code or not off.reason_code.startswith("claim_number")


@pytest.mark.parametrize(
    "question",
    [
        "Bevestigen de notulen dat het capaciteitsbesluit van juli 2022 51.000 plekken bevatte?",
        "Is it true that the target for 2025-II was set at 13,000?",
        "Klopt het dat de 2025-I taakstelling van 17.700 naar 15.000 ging?",
    ],
)
def test_a_claim_whose_number_a_quote_states_is_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason


def test_the_numbers_of_a_claim() -> None:
    # a count, a percentage; not a year, a half-year or a day of a date
    (count,) = claim_mentions("Klopt het dat er op 8 juli 2022 10.000 statushouders waren?")
    assert (count.digits, count.share) == ("10000", False)
    (share,) = claim_mentions("Is it true that 75% of the 2022-II backlog was made up?")
    assert (share.digits, share.share) == ("75", True)
    assert "statushouders" in count.near and "2022" in count.near
    # no claim put to be checked: a question for a number
    assert claim_mentions("Hoeveel statushouders moesten er in 2023 nog 13.000 worden?") == []
