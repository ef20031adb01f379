"""Rule ``paraphrase_alone_checked`` (answer.topics.paraphrases_missing): an everyday Dutch
adjective or verb form the minutes lack is not checked beside topic words they hold ("rustig"
for "stabiel"), but when it is the whole topic it is the topic, and its absence is a reason to
abstain ("mazelen", which Hunspell lists only as a verb)."""

from __future__ import annotations

from lrt_search.service import Engine


def test_a_paraphrase_word_that_is_the_whole_topic_is_checked(engine: Engine) -> None:
    question = "Wat zei de minister over de mazelen?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent"
    assert "mazelen" in answer.reason
    off = engine.with_settings(engine.settings.replace(paraphrase_alone_checked=False))
    assert not off.ask(question).abstained  # the old behaviour: answered with no topic word


def test_a_paraphrase_word_beside_a_found_topic_word_stays_unchecked(engine: Engine) -> None:
    answer = engine.ask("Was het rustig in Ter Apel?")
    assert not answer.abstained
    assert any("Ter Apel" in c.quote for c in answer.citations)
