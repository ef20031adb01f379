"""An English topic word the glossary lacks is checked through its dictionary translations
(``Settings.english_absent_below_zipf``): when none of them is in the minutes and the word is
specific, the minutes lack it; a common word whose literal translations miss the minutes' own
word ("shelter": "schuilplaats", the minutes say "opvang") stays unchecked. Rule
``english_noun_absent`` checks a common word too when it is a noun of few senses whose
translations (its singular's too) the minutes hold in no form, not even as a compound part,
and of which they hold no cognate."""

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


def test_the_rules_are_what_find_measles_absent(engine: Engine) -> None:
    # "measles" is specific (english_absent_below_zipf) and a noun (english_noun_absent).
    question = "Was measles vaccination in asylum centres discussed?"
    for changes in ({"english_absent_below_zipf": 0.0}, {"english_noun_absent": False}):
        one_off = engine.with_settings(engine.settings.replace(**changes))
        assert one_off.ask(question).reason_code == "topic_absent", changes
    both = {"english_absent_below_zipf": 0.0, "english_noun_absent": False}
    off = engine.with_settings(engine.settings.replace(**both))
    assert off.ask(question).reason_code != "topic_absent"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What did the COA say about drugs?", ["drugs"]),  # "drug": singular's translations
        ("Did the LRT talk about terrorism?", ["terrorism"]),  # an implied topic
        ("What did the VNG say about the pension reform?", ["pension", "reform"]),
    ],
)
def test_an_everyday_english_noun_absent_in_translation_abstains(
    engine: Engine, question: str, missing: list[str]
) -> None:
    # Common words (Zipf 4.2-4.9): english_absent_below_zipf leaves them unchecked; rule
    # english_noun_absent finds none of their Dutch translations in the minutes.
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert answer.reason_params["words"] == missing
    off = engine.with_settings(engine.settings.replace(english_noun_absent=False))
    assert not off.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # "churches" -> "church" -> "kerk", a part of "kerkgebouwen"
        ("Did the COA mention churches as temporary housing?", "kerkgebouwen"),
        # "power" -> "macht" in "doorzettingsmacht"; "commissioner" a cognate of "commissaris"
        ("What did the CdK say about the lack of power of the commissioners?", "commissarissen"),
        # "bodies": a noun of 11 WordNet senses ("instanties"), above english_noun_max_senses
        ("Should towns be spared being contacted twice by different bodies?", ""),
    ],
)
def test_an_english_noun_the_minutes_hold_in_other_forms_is_answered(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert quoted in " ".join(c.quote for c in answer.citations)


def test_the_sense_cap_is_what_keeps_bodies_unchecked(engine: Engine) -> None:
    question = "Should towns be spared being contacted twice by different bodies?"
    # glossary_head_reason off (session 28): it names a bare head of glossary terms in its own
    # reason, topic_head_unread; this tests the sense cap's topic_absent
    loose = engine.with_settings(
        engine.settings.replace(english_noun_max_senses=20, glossary_head_reason=False)
    )
    answer = loose.ask(question)
    assert answer.reason_code == "topic_absent" and answer.reason_params["words"] == ["bodies"]


def test_a_common_word_with_literal_translations_stays_unchecked(engine: Engine) -> None:
    answer = engine.ask("What did COA say about emergency shelter?")
    assert answer.reason_code != "topic_absent", answer.reason


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What did the VNG say about loneliness among status holders?", "loneliness"),
        ("Did the CdK talk about flooding?", "flooding"),
        ("What did the CdK propose about wind turbines?", "turbines"),
    ],
)
def test_an_english_noun_no_dictionary_translates_abstains(
    engine: Engine, question: str, word: str
) -> None:
    # Rule english_untranslated_absent: no glossary or FreeDict entry, no index term, no part
    # or cognate in the minutes; with the rule off the word stays unchecked.
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert word in answer.reason_params["words"]
    off = engine.with_settings(engine.settings.replace(english_untranslated_absent=False))
    assert off.ask(question).reason_code != "topic_absent"


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # "flow-through": the glossary translates it (doorstroomlocatie)
        ("What fear did the VNG express about the flow-through locations?", "doorstroomlocatie"),
        # "coordination": no dictionary entry needed, a cognate of "coördinatie"
        ("What did the VNG say about clear coordination?", "coördinatie"),
    ],
)
def test_an_untranslated_english_word_the_minutes_hold_is_answered(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert quoted in " ".join(c.quote for c in answer.citations)
