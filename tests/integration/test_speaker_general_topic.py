"""Rule ``speaker_general_topic`` (``Settings.speaker_general_topic``, answer.checks): a
statement by the asked speaker holds an implied topic when it holds any of its words, general
ones too ("algemeen" of "Is volgens Aedes een algemeen aanbod nu nog handig?": the minutes say
"bod"); off, only its specific words count."""

from __future__ import annotations

from lrt_search.service import Engine

QUESTION = "Is volgens Aedes een algemeen aanbod nu nog handig?"


def test_the_asked_speakers_statement_with_a_general_topic_word_answers(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert "Aedes antwoordt dat een algemeen bod" in answer.citations[0].quote
    off = engine.with_settings(engine.settings.replace(speaker_general_topic=False))
    refused = off.ask(QUESTION)
    assert refused.abstained and refused.reason_code == "topic_not_quoted"
