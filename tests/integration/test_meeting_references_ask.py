"""Rule ``meeting_references_read`` on the bundled corpus (meetings 2022-07-08, 2023-04-06,
2023-11-03, 2023-11-10, 2025-03-19): a meeting named by its month, season or order within a
period filters to that meeting; a period of a reference without a meeting abstains with
``no_meeting``; switched off, the reference is not read."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine


def test_the_last_meeting_of_a_year_is_its_meeting(engine: Engine) -> None:
    question = "Wat vroeg het VB in de laatste vergadering van 2023 over de Tijdelijke wet Oekraïne"
    answer = engine.ask(question)
    assert not answer.abstained
    assert {c.meeting_date for c in answer.citations} == {dt.date(2023, 11, 10)}
    assert any("Tijdelijke wet Oekraïne geagendeerd" in c.quote for c in answer.citations)
    off = switched(engine, meeting_references_read=False).ask(question)
    assert off.abstained  # the plain order read the last meeting of all (2025-03-19)


def test_a_second_meeting_of_a_year_with_one_abstains(engine: Engine) -> None:
    answer = engine.ask(
        "What did the minister explain about withdrawing the dispersal act at the second "
        "meeting of 2025?"
    )
    assert answer.abstained and answer.reason_code == "no_meeting"


def test_a_month_of_a_meeting_without_its_year(engine: Engine) -> None:
    answer = engine.ask("What did the COA say about the situation in Ter Apel at the April meeting")
    assert answer.abstained
    assert not any(c.meeting_date != dt.date(2023, 4, 6) for c in answer.citations)
    assert any("April meeting -> 2023-04-06" in n for n in answer.notes)
