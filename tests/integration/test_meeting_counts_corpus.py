"""Rule meeting_counts_read on the bundled corpus (issue 16 session 29 task C): a count of
meetings asked with a word of speech ("how many meetings talked about X", "In how many LRT's did
Aedes speak about X", "Hoe vaak sprak het COA over X") is answered by rule frequency_meetings, one
quote a meeting, not refused for a speaker "many meetings" the minutes never name."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine


def _dates(answer: object) -> list[dt.date]:
    return [c.meeting_date for c in answer.citations]  # type: ignore[attr-defined]


def test_many_meetings_is_no_speaker(engine: Engine) -> None:
    question = "How many meetings talked about the Spreidingswet?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert _dates(answer) == [dt.date(2023, 4, 6), dt.date(2025, 3, 19)], _dates(answer)
    assert any(n.startswith("meetings counted: 2/5") for n in answer.notes), answer.notes
    off = switched(engine, meeting_counts_read=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason


def test_lrts_count_the_speakers_meetings(engine: Engine) -> None:
    answer = engine.ask("In how many LRT's did Aedes speak about flexwoningen?")
    assert not answer.abstained, answer.reason
    assert all("Aedes" in c.speakers for c in answer.citations), answer.citations
    assert dt.date(2025, 3, 19) in _dates(answer)


def test_sprak_names_the_speaker(engine: Engine) -> None:
    answer = engine.ask("Hoe vaak sprak het COA over Ter Apel?")
    assert not answer.abstained, answer.reason
    assert all("COA" in c.speakers for c in answer.citations), answer.citations


def test_a_topic_no_meeting_discusses_is_refused_truly(engine: Engine) -> None:
    answer = engine.ask("How many meetings talked about the Omgevingswet?")
    assert answer.abstained
    assert "many meetings" not in (answer.reason or ""), answer.reason
