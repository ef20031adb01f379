"""Rule ``presence_lines_read`` (answer/stand_in.py ``presence_answer``) on the bundled corpus,
issue 16 session 28 task D2: whether someone attended, when the attendee lists do not name them
and a line of the minutes does, is answered by that line; off, it is refused ``not_listed``; a
meeting whose lines and lists say nothing of them stays refused."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

QUESTION = "Was the Minister of VWS present at the LRT of 6 April 2023?"


def test_the_line_answers_whether_an_unlisted_minister_attended(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert any(
        "Ministers van VWS en voor PVO en VRO zijn verhinderd" in c.quote for c in answer.citations
    )
    off = switched(engine, presence_lines_read=False).ask(QUESTION)
    assert off.abstained and off.reason_code == "not_listed"


def test_a_meeting_that_says_nothing_of_them_stays_refused(engine: Engine) -> None:
    answer = engine.ask("Did Van Gennip attend the LRT of 6 April 2023?")
    assert answer.abstained and answer.reason_code == "not_listed"
    person = engine.ask("Did Van Gennip attend the LRT of 8 July 2022?")
    assert not person.abstained, person.reason
    assert any("Van Gennip kan niet aanwezig zijn" in c.quote for c in person.citations)
