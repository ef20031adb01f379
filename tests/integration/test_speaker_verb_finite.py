"""Issue 16 task E2 (session 20), rule ``speaker_verb_finite``: in "What did <who> <verb of
speech>" the verb must be the finite verb of the one who spoke: not right after "of" ("the
secretary of state explain": a title), "to" ("led the ministry to ask": an infinitive) or an
article ("should the note ... contain": a noun); an auxiliary inside the phrase ends what the
question word asks ("How often will the PRTs report") and a quantifier is skipped like the
article ("several members"). Read otherwise, English function words were a name the minutes
lack (``name_absent``). Switched off to show the refusals it removes."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.search.phrases import speaker_phrase
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        (
            "What led the ministry to ask the PRTs for beds?",
            "led the ministry to",
            "led the ministry to",
        ),
        ("When was the state secretary due to have an introductory talk?", "", ""),
        (
            "What did the secretary of state explain about the AMvB?",
            "secretary of state",
            "secretary of",
        ),
        ("What should the note on flexible housing contain?", "", "should the"),
        ("Why did several members complain about the papers?", "", "several members"),
        ("How often will the PRTs report on the progress?", "PRTs", "often will the PRTs"),
        (
            "What objections did the Tweede Kamer raise?",
            "Tweede Kamer",
            "objections did the Tweede Kamer",
        ),
        ("What did the report say about Ter Apel?", "report", "the"),
        ("What did the red cross say about emergency shelters?", "red cross", "red cross"),
        (
            "What did the mayor of Amsterdam say about Budel?",
            "mayor of Amsterdam",
            "mayor of Amsterdam",
        ),
        ("Wat zei de politie over overlast bij de opvang?", "politie", "politie"),
    ],
)
def test_the_speaker_is_read_up_to_a_finite_verb(question: str, on: str, off: str) -> None:
    assert speaker_phrase(question) == on
    assert speaker_phrase(question, finite=False) == off


@pytest.mark.parametrize(
    "question",
    [
        "What did the secretary of state explain about the AMvB for the Spreidingswet?",
        "What should the note on flexible housing agreed in July 2022 contain?",
    ],
)
def test_function_words_are_no_absent_name(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.reason_code != "name_absent", answer.reason
    off = switched(engine, speaker_verb_finite=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason
