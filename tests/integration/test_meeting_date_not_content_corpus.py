"""Rule meeting_date_not_content (answer/meeting_date_terms.py) on the bundled corpus: the date
that picks the meeting ("in April 2023") no longer scores the state secretary's long process
line, which writes dates of its own ("de MR van 21 april", "de tweede helft van 2023", "1
april"), above the line that says which ministers could not come."""

from __future__ import annotations

from lrt_search.service import Engine

#: The April 2023 minutes: "De Ministers van VWS en voor PVO en VRO zijn verhinderd."
_QUESTION = "Welke ministers konden in april 2023 niet komen?"
_GOLD = "zijn verhinderd"


def test_the_line_that_answers_is_quoted_first(engine: Engine) -> None:
    answer = engine.ask(_QUESTION)
    assert not answer.abstained
    assert _GOLD in answer.citations[0].quote


def test_off_the_process_line_outscores_it(engine: Engine) -> None:
    # rule share_length_damped off too: it damps the 106-word process line as well
    settings = engine.settings.replace(meeting_date_not_content=False, share_length_words=0)
    off = engine.with_settings(settings)
    answer = off.ask(_QUESTION)
    assert not any(_GOLD in c.quote for c in answer.citations)
    # the rule orders the quotes only: the confidence is the same
    assert answer.confidence == engine.ask(_QUESTION).confidence
