"""Rule date_written_topic (answer/date_written.py) on the bundled corpus: a question's date
read as a meeting period that refuses is read again as a topic term when a statement of a
meeting outside the period writes that date."""

from __future__ import annotations

import datetime as dt

from lrt_search.answer.date_written import written_points
from lrt_search.service import Engine

#: The March 2025 minutes: "Op verzoek van de CDK's wordt het perspectief na 1 juli hierin
#: meegenomen." No meeting after 1 July 2025.
_WRITTEN = "Wat wordt er op verzoek van de CDK's meegenomen over het perspectief na 1 juli 2025?"
#: No statement writes 1 September (2025).
_UNWRITTEN = (
    "Wat wordt er op verzoek van de CDK's meegenomen over het perspectief na 1 september 2025?"
)


def test_a_written_date_dates_the_topic(engine: Engine) -> None:
    answer = engine.ask(_WRITTEN)
    assert not answer.abstained
    assert any("date of the topic, not of the meeting: 1 juli 2025" in n for n in answer.notes)
    assert "na 1 juli" in answer.citations[0].quote
    assert str(answer.citations[0].meeting_date) == "2025-03-19"


def test_off_the_date_is_the_meetings(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(date_written_topic=False))
    assert off.ask(_WRITTEN).abstained


def test_a_date_no_statement_writes_keeps_its_refusal(engine: Engine) -> None:
    answer = engine.ask(_UNWRITTEN)
    assert answer.abstained and answer.reason_code == "no_meeting"


def test_a_yearless_day_is_the_one_near_its_meeting() -> None:
    (point,) = written_points("What happens after 1 January 2024?")
    april = dt.date(2023, 4, 6)
    assert point.written_in("ook na 1 januari deze taken", april)  # planned ahead: 2024
    assert point.written_in("op 1 januari 2024.", april)
    assert not point.written_in("op 1 januari 2025.", april)
    assert not point.written_in("ook na 1 januari deze taken", dt.date(2025, 3, 19))


def test_a_half_year_in_words_or_numbers() -> None:
    (point,) = written_points("Hoeveel in de tweede helft van 2025?")
    march = dt.date(2025, 3, 19)
    assert point.written_in("De taakstelling voor 2025-II wordt op 13.000 gezet.", march)
    assert point.written_in("in de tweede helft van 2025", march)
    assert not point.written_in("de taakstelling van 2025-I", march)
