"""Rule frequency_meetings on the bundled corpus: "how often / in how many meetings" questions
are answered by one statement per meeting that treats the topic, or abstain with a true reason."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine


def _dates(answer: object) -> list[dt.date]:
    return [c.meeting_date for c in answer.citations]  # type: ignore[attr-defined]


def test_each_meeting_that_treats_the_topic_is_quoted_once(engine: Engine) -> None:
    answer = engine.ask("In hoeveel vergaderingen ging het over de Spreidingswet?")
    assert not answer.abstained, answer.reason
    assert _dates(answer) == [dt.date(2023, 4, 6), dt.date(2025, 3, 19)], _dates(answer)
    assert all("preidingswet" in c.quote for c in answer.citations)
    assert any(n.startswith("meetings counted: 2/5") for n in answer.notes), answer.notes


def test_the_speaker_counts_only_their_own_statements(engine: Engine) -> None:
    answer = engine.ask("How often did the IPO say something about the taakstelling?")
    assert not answer.abstained, answer.reason
    assert all("IPO" in c.speakers for c in answer.citations), answer.citations
    assert dt.date(2023, 4, 6) in _dates(answer)


def test_a_speaker_asked_alone_counts_the_meetings_they_spoke_in(engine: Engine) -> None:
    answer = engine.ask("Hoe vaak heeft het Veiligheidsberaad iets gezegd?")
    assert not answer.abstained, answer.reason
    assert _dates(answer) == [dt.date(2023, 4, 6), dt.date(2023, 11, 10)], _dates(answer)


def test_a_topic_in_no_meeting_abstains_with_that_reason(engine: Engine) -> None:
    answer = engine.ask("How many times was Schiphol discussed?")
    assert answer.abstained, answer.answer
    in_period = engine.ask("In hoeveel vergaderingen van 2022 kwam de Spreidingswet ter sprake?")
    assert in_period.abstained and in_period.reason_code == "in_no_meeting", in_period.reason


def test_off_the_question_goes_the_ordinary_way(engine: Engine) -> None:
    question = "In hoeveel vergaderingen ging het over de Spreidingswet?"
    off = switched(engine, frequency_meetings=False).ask(question)
    assert not any(n.startswith("meetings counted: 2/5") for n in off.notes), off.notes
