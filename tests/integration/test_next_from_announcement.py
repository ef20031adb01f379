"""Issue 16 task E (session 19), rule ``next_from_announcement``: when the next meeting after
meeting M is, or what it will discuss, is asked of M's own minutes, whose statement plans the
next LRT, not of the following minutes of the corpus; "what was decided at the next LRT after
M" keeps the following meeting."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.answer.next_announced import announced_meeting, plans_next
from lrt_search.service import Engine


def test_when_they_meet_again_is_the_announcement(engine: Engine) -> None:
    question = "How soon after 10 November 2023 would the LRT meet again?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "vindt LRT weer plaats" in answer.citations[0].quote
    off = switched(engine, next_from_announcement=False).ask(question)
    assert off.abstained or "vindt LRT weer plaats" not in off.citations[0].quote


def test_what_the_next_meeting_will_discuss(engine: Engine) -> None:
    question = "What did JenV want on the agenda of the next LRT after 6 April 2023?"
    answer = engine.ask(question)
    assert not answer.abstained and "volgende LRT te agenderen" in answer.citations[0].quote
    assert str(answer.citations[0].meeting_date) == "2023-04-06"


def test_the_reading() -> None:
    assert plans_next("Over een aantal weken vindt LRT weer plaats") == 2
    assert plans_next("voor de volgende LRT te agenderen") == 1
    assert plans_next("Het verslag van de LRT van 18 december is vastgesteld.") == 0
    day = dt.date(2023, 11, 10)
    assert announced_meeting("Wanneer komen ze na 10 november 2023 weer bij elkaar?") == (day, day)
    assert announced_meeting("Wat werd besloten op de eerstvolgende LRT na 19 maart 2025?") is None
