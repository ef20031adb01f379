"""Issue 16, rule ``clause_opener_not_speaker``: in an English question whose question word is
its subject ("What led the ministry to ask the PRTs for beds?"), the words before the verb of
speech are a verb with its object, not who spoke; read as a speaker ("led the ministry to")
they were a name the minutes lack (``name_absent``). Switched off to show the refusal it
removes."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.search.phrases import speaker_phrase
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("What led the ministry to ask the PRTs for beds?", "", "led the ministry to"),
        ("What caused Aedes to warn about prices?", "", "caused Aedes to"),
        ("What made the COA ask for more places?", "", "made the COA"),
        # "when" is never the subject: read as before ("state" opens a title: rule
        # title_not_speech_verb, tests/integration/test_surname_role.py)
        ("When will the state secretary stop the scheme?", "", ""),
        ("When will the COA state its plans?", "will the COA", "will the COA"),
        # a noun phrase after the question word, or an auxiliary before the speaker, stays
        ("What municipalities asked for beds?", "municipalities", "municipalities"),
        ("What did the red cross say about emergency shelters?", "red cross", "red cross"),
        ("Why did the ministry ask for beds?", "ministry", "ministry"),
    ],
)
def test_a_clause_opener_is_no_speaker(question: str, on: str, off: str) -> None:
    assert speaker_phrase(question) == on
    assert speaker_phrase(question, opener=False) == off


def test_a_clause_opener_question_is_answered_from_the_minutes(engine: Engine) -> None:
    question = "What made the ministry ask the PRTs for beds?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("PRT's voor bedden" in c.quote for c in answer.citations)
    off = switched(engine, clause_opener_not_speaker=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason
