"""Rule ``absent_translation_nouns`` (issue 16 task B) on the bundled corpus: an English verb or
adjective of general English whose translations the minutes lack ("lukewarm": "lauw"; "hesitant"
was the example until the glossary gave it "terughoudend", session 21) is no absent topic; a
specific noun the minutes lack beside it still is."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.wordclass import english_not_noun
from lrt_search.service import Engine

LUKEWARM = "Why are provinces and municipalities lukewarm to act, according to the minister?"


@pytest.mark.parametrize(
    ("word", "not_noun"),
    [("hesitant", True), ("anticipate", True), ("postponed", True), ("measles", False),
     ("drugs", False), ("windmill", False)],
)  # fmt: skip
def test_english_not_noun_reads_the_word_class(word: str, not_noun: bool) -> None:
    assert english_not_noun(word) is not_noun


def test_a_general_english_adjective_is_no_absent_topic(engine: Engine) -> None:
    assert engine.ask(LUKEWARM).reason_code != "topic_absent"
    off = engine.with_settings(engine.settings.replace(absent_translation_nouns=False))
    answer = off.ask(LUKEWARM)
    assert answer.reason_code == "topic_absent" and "lukewarm" in answer.reason_params["words"]


def test_a_general_english_verb_no_longer_refuses_its_answer(engine: Engine) -> None:
    # "anticipate" (translations "anticiperen", "vooruitlopen": not in the minutes) paraphrases
    # "verwacht SJenV een trage start van inburgering".
    question = "Why does the state secretary anticipate a slow start of integration courses?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "trage start van inburgering" in " ".join(c.quote for c in answer.citations)
    off = engine.with_settings(engine.settings.replace(absent_translation_nouns=False))
    assert off.ask(question).reason_code == "topic_absent"


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Was the State Secretary hesitant about the windmill subsidy?", "windmill"),
        ("Did the VNG anticipate what the measles outbreak would cost?", "measles"),
    ],
)
def test_a_specific_noun_beside_a_general_word_stays_absent(
    engine: Engine, question: str, word: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert word in answer.reason_params["words"]
