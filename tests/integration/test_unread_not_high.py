"""Rule ``unread_not_high``: a question with a topic word reported as not understood (in
neither the minutes nor the glossary) is never answered "high", on the bundled corpus."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "word", "quoted"),
    [
        # a topic word with no dictionary translation to check, too common for rule
        # english_untranslated_absent ("loneliness" is absent by that rule: abstained;
        # "cooperation" was the example until the glossary gave it "samenwerking", session 21)
        ("What did the VNG say about partnership of status holders?", "partnership", ""),
        # an answer that holds the rest of the question (Budel): still shown, not as "high"
        # ("migrants" was the example until rule bridge_lemmas read it as "migrant", "overview"
        # until glossary_minutes gave it "overzicht", session 24; a rare noun such as "igloo" is
        # now absent by rule english_untranslated_absent: abstained)
        ("What was said about the Budel location and the roster of migrants staying there?",
         "roster", "Budel"),
    ],
)  # fmt: skip
def test_a_not_understood_topic_noun_caps_the_label_below_high(
    engine: Engine, question: str, word: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert any(word in u["text"] for u in answer.unread), answer.unread
    assert not answer.abstained and answer.confidence_label == "medium", answer.confidence
    assert quoted in " ".join(c.quote for c in answer.citations)
    # the rule alone caps it: with the other caps of "high" off, it still does, and without it
    # nothing does
    alone = engine.settings.replace(partial_topic_not_high=False, uncovered_not_high=False,
                                    other_speaker_not_high=False)  # fmt: skip
    assert engine.with_settings(alone).ask(question).confidence_label == "medium"
    off = engine.with_settings(alone.replace(unread_not_high=""))
    assert off.ask(question).confidence_label == "high"


def test_a_question_understood_whole_keeps_its_high_label(engine: Engine) -> None:
    answer = engine.ask("What did the minister say about the Budel location?")
    assert not answer.unread
    # the rule is silent on it: the same label with the rule off
    off = engine.with_settings(engine.settings.replace(unread_not_high=""))
    question = "What did the minister say about the Budel location?"
    assert off.ask(question).confidence == answer.confidence
