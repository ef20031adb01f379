"""Rule ``question_asides_read`` (issue 16, session 27 task A2): the asker's asides - where they
heard it, how sure they are, a hedge, a gloss of their own word, a politeness frame, why they
ask - are no topic words and name no speaker. The generated table
tests/data/question_asides.toml (eval/make_question_asides.py) asks bodies of the minutes' facts
with an aside of each kind in every position; each row gives the topic words and speaker the
reader must give. No index: the question is read as ``ask`` reads it before the index is asked
(asides, claim frame, preamble, :func:`~lrt_search.search.parsed.read_question`, the "about X"
phrase or the implied topic without frame words)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path

from lrt_search.answer.frame_words import without_frame
from lrt_search.answer.implied_topic import implied_topic
from lrt_search.answer.lead_in import without_lead_in
from lrt_search.config import Settings
from lrt_search.index.analysis import dutch_stopwords, english_stopwords
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.asides import read_asides
from lrt_search.search.claim_frame import claim_frame
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "question_asides.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _tables() -> tuple[OrgTable, Glossary]:
    return OrgTable.default(), Glossary.default()


def question_read(question: str, settings: Settings) -> str:
    """``question`` as ``ask`` reads it before its words are read (answer.understanding): its
    lead-in, asides, claim frame and preamble dropped."""
    if settings.lead_ins_read:
        orgs, glossary = _tables()
        rules, gap, main = (
            SpeakerRules.of(settings),
            settings.frame_gap_topic,
            settings.main_clause_intent,
        )
        question, _ = without_lead_in(question, orgs, glossary, rules, gap, main)
    if settings.question_asides_read:
        question, _ = read_asides(question)
    claim = claim_frame(question) if settings.claim_frame_read else None
    if claim is not None:
        return claim.question
    return question_sentence(question)[0] if settings.preamble_context else question


def topic_of(parsed: ParsedQuestion, question: str, settings: Settings) -> str:
    """The "about X" phrase of ``parsed``, else its implied topic without frame words."""
    orgs, glossary = _tables()
    if parsed.topic:
        return parsed.topic
    gap, main = settings.frame_gap_topic, settings.main_clause_intent
    return without_frame(implied_topic(question, orgs, glossary, gap, False, main), question)


def reading(question: str, settings: Settings) -> tuple[list[str], list[str]]:
    """(topic content words, speaker codes) of ``question`` as ``ask`` reads it, no index."""
    orgs, glossary = _tables()
    question = question_read(question, settings)
    parsed = read_question(question, orgs, glossary, rules=SpeakerRules.of(settings))
    topic = topic_of(parsed, question, settings)
    stop = english_stopwords() | dutch_stopwords()
    words = [w.lower() for w in _WORD.findall(topic) if w.lower() not in stop]
    return sorted(set(words)), sorted(parsed.speaker)


def wrong_rows(settings: Settings) -> list[tuple[str, object, object]]:
    """The rows whose reading under ``settings`` differs from the table's."""
    out = []
    for row in ROWS:
        want = (sorted(set(row["topic"])), sorted(row["speaker"]))
        got = reading(row["question"], settings)
        if got != want:
            out.append((row["question"], got, want))
    return out


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_question_asides.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 1000
    assert {r["lang"] for r in ROWS} == {"nl", "en"}


def test_every_row_reads_its_topic_and_speaker() -> None:
    wrong = wrong_rows(Settings())
    assert not wrong, f"{len(wrong)} of {len(ROWS)} rows: {wrong[:15]}"


def test_the_bodies_alone_read_alike_with_the_rule_off() -> None:
    off = Settings(question_asides_read=False)
    bare = [r for r in ROWS if r["kind"] == "none"]
    assert bare and not [
        r for r in bare if reading(r["question"], off) != reading(r["question"], Settings())
    ]
