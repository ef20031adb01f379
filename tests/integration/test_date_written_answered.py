"""Rule date_written_answered (answer/date_written.py) on the bundled corpus: a question's
"na <day>" read as an open meeting period that answers from a later meeting is read again as
a topic date when a statement of an earlier meeting writes the day."""

from __future__ import annotations

from lrt_search.service import Engine

#: The April 2023 minutes: "Suggestie om voorlopige taakstelling nu al bekend te maken en de
#: definitieve na 21 april." Meetings after 21 April 2023 answer otherwise.
_WRITTEN = "Wilde het IPO de definitieve taakstelling pas na 21 april 2023 bekendmaken?"
_GOLD = "de definitieve na 21 april"


def test_an_answered_open_period_reads_the_date_as_the_topics(engine: Engine) -> None:
    answer = engine.ask(_WRITTEN)
    assert not answer.abstained
    assert any("date of the topic, not of the meeting" in n for n in answer.notes)
    assert any(_GOLD in c.quote for c in answer.citations)


def test_off_the_later_meetings_answer(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(date_written_answered=False))
    answer = off.ask(_WRITTEN)
    assert not any(_GOLD in c.quote for c in answer.citations)
