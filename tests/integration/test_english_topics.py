"""An English topic word the glossary lacks is checked through its dictionary translations
(``Settings.english_absent_below_zipf``): when none of them is in the minutes and the word is
specific, the minutes lack it; a common word whose literal translations miss the minutes' own
word ("shelter": "schuilplaats", the minutes say "opvang") stays unchecked."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Was measles vaccination in asylum centres discussed?", "measles"),
        ("What did the provinces say about nitrogen?", "nitrogen"),
    ],
)
def test_a_specific_english_word_absent_in_translation_abstains(
    engine: Engine, question: str, word: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert word in answer.reason


def test_the_rule_is_what_finds_measles_absent(engine: Engine) -> None:
    question = "Was measles vaccination in asylum centres discussed?"
    off = engine.with_settings(engine.settings.replace(english_absent_below_zipf=0.0))
    assert off.ask(question).reason_code != "topic_absent"


def test_a_common_word_with_literal_translations_stays_unchecked(engine: Engine) -> None:
    answer = engine.ask("What did COA say about emergency shelter?")
    assert answer.reason_code != "topic_absent", answer.reason
