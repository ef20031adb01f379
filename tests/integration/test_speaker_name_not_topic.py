"""Rule speaker_name_not_topic (lrt_search.answer.implied_topic.without_speaker): a person the
question names as its speaker ("Waarvoor pleitte De Reus ...?", the IPO's delegate in the
attendee lists) is not a word of the implied topic, since the minutes write the organisation on
the statement that answers; a person who is not the speaker stays a topic word, and the other
words of the topic are still required."""

from __future__ import annotations

from lrt_search.answer.implied_topic import without_speaker
from lrt_search.service import Engine

PLEADED = "Waarvoor pleitte De Reus op 6 april 2023?"


def test_the_speaker_s_words_leave_the_topic_and_nothing_else() -> None:
    assert without_speaker("Reus", ("Reus",)) == ""
    assert without_speaker("suggesties Reus", ("De Reus",)) == "suggesties"
    assert without_speaker("minister Jonge", ()) == "minister Jonge"


def test_a_statement_by_the_person_s_organisation_answers(engine: Engine) -> None:
    answer = engine.ask(PLEADED)
    assert not answer.abstained, answer.reason
    assert any("IPO pleit voor duidelijkheid" in c.quote for c in answer.citations), answer.answer
    off = engine.with_settings(engine.settings.replace(speaker_name_not_topic=False))
    refused = off.ask(PLEADED)
    assert refused.abstained and refused.reason_code == "topic_not_quoted", refused.reason


def test_a_topic_the_organisation_lacks_is_still_refused(engine: Engine) -> None:
    answer = engine.ask("Voor welke zwembaden pleitte De Reus op 6 april 2023?")
    assert answer.abstained, answer.answer


def test_a_person_who_is_not_the_speaker_stays_in_the_topic(engine: Engine) -> None:
    asked = engine.ask("Wie verving minister De Jonge tijdens de LRT van 8 juli 2022?")
    assert not asked.abstained, asked.reason
    assert any("Jonge" in c.quote for c in asked.citations), asked.answer
