"""Rule event_frames_read (answer/event_frames.py) on the bundled corpus: who took part in a
dated event and the minutes of a dated LRT no meeting of the corpus holds are read as a day the
minutes write, answered from the line that writes it; who chaired the event, and a day no line
writes, keep their true ``no_meeting`` refusal."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine

#: The minutes of 6 April 2023: "Afstemming tussen Rijk en medeoverheden over
#: crisishulpverlening en derdelanders OEK die in kleiner verband besproken is tussen de
#: Staatssecretaris van JenV en leden van de LRT en het VB op 8 februari 2023 ...".
_TALKS = "Wie namen deel aan de afstemming van 8 februari 2023 over crisishulpverlening?"
#: The minutes of 6 April 2023: "Het verslag van de LRT van 2 februari jl. wordt goedgekeurd."
_MINUTES = "Werd het verslag van de LRT van 2 februari goedgekeurd?"


@pytest.mark.parametrize(
    ("question", "written"), [(_TALKS, "8 februari 2023"), (_MINUTES, "LRT van 2 februari")]
)
def test_the_day_of_an_event_is_the_topics(engine: Engine, question: str, written: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert written in answer.citations[0].quote


@pytest.mark.parametrize("question", [_TALKS, _MINUTES])
def test_off_the_day_is_a_meeting_date(engine: Engine, question: str) -> None:
    off = engine.with_settings(engine.settings.replace(event_frames_read=False))
    answer = off.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting"


@pytest.mark.parametrize(
    "question",
    [
        "Wie zat de afstemming van 8 februari 2023 voor?",
        "Wie namen deel aan de afstemming van 22 februari 2023 over crisishulpverlening?",
        "Werd het verslag van de LRT van 9 februari goedgekeurd?",
        "Wie waren aanwezig bij de LRT van 8 februari 2023?",
    ],
)
def test_a_meeting_day_stays_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting"
