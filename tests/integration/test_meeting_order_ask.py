"""Rule ``meeting_order`` on the bundled corpus (meetings 2022-07-08, 2023-04-06, 2023-11-03,
2023-11-10, 2025-03-19): a meeting named by its order filters to that meeting, and an order
pointing outside the minutes abstains with ``no_meeting``."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine


def test_the_meeting_after_a_meeting_is_the_next_one(engine: Engine) -> None:
    question = "Wat zei het IPO over het IBT in de vergadering na die van 3 november 2023?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert {c.meeting_date for c in answer.citations} == {dt.date(2023, 11, 10)}
    assert any("-> 2023-11-10" in n for n in answer.notes)
    off = switched(engine, meeting_order=False).ask(question)
    assert {c.meeting_date for c in off.citations} != {dt.date(2023, 11, 10)}


def test_the_first_meeting_is_the_earliest(engine: Engine) -> None:
    answer = engine.ask("Wat is er in de eerste vergadering gezegd over de situatie in Ter Apel?")
    assert not answer.abstained
    assert {c.meeting_date for c in answer.citations} == {dt.date(2022, 7, 8)}


def test_a_meeting_after_the_last_abstains(engine: Engine) -> None:
    answer = engine.ask("What was said about Ter Apel in the meeting after March 2025?")
    assert answer.abstained and answer.reason_code == "no_meeting"
    assert "2025-03-19" in " ".join(answer.notes)
