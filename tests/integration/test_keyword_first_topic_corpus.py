"""Rule ``keyword_first_topic`` (answer/implied_topic.py, gate topic_known) on the bundled corpus:
the first word of a search-box question is its topic; one the minutes lack refuses it."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_an_absent_first_word_refuses_a_search_box_question(engine: Engine) -> None:
    question = "woonboten voor statushouders"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert answer.reason_params.get("words") == ["woonboten"]
    assert not switched(engine, keyword_first_topic="").ask(question).abstained


def test_a_first_word_the_minutes_hold_still_answers(engine: Engine) -> None:
    answer = engine.ask("hotels nareizigers Zevenaar")
    assert not answer.abstained, answer.reason
    assert any("in hotels" in c.quote for c in answer.citations)


def test_a_sentence_keeps_its_verb_out_of_the_topic(engine: Engine) -> None:
    answer = engine.ask("Steunt Aedes de inzet van het kabinet op zelfredzaamheid?")
    assert not answer.abstained, answer.reason
