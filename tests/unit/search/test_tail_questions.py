"""Rule ``claim_tails_read`` (issue 16, session 29 task F): a claim followed by a learner's tail
question ("COA said statushouders can choose their own gemeente now, is it?", "..., why it did
not happen?") is read as its full frame ("Is it true that ...?", "Why ...?"). The generated
table tests/data/tail_questions.toml (eval/make_tail_questions.py) pairs each tail question with
its frame; each must be read alike: intents, the why's premise, speaker, period, topic words.
Rows ``read = false`` are read as the rule off reads them. No index: the question is read as
``ask`` reads it before the index is asked (asides, claim frame, preamble, read_question)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path

from lrt_search.answer.frame_words import without_frame
from lrt_search.answer.implied_topic import implied_topic
from lrt_search.config import Settings
from lrt_search.index.analysis import dutch_stopwords, english_stopwords
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.asides import read_asides
from lrt_search.search.claim_frame import claim_frame
from lrt_search.search.parsed import read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "tail_questions.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _tables() -> tuple[OrgTable, Glossary]:
    return OrgTable.default(), Glossary.default()


def reading(question: str, settings: Settings) -> tuple[object, ...]:
    """What ``ask`` reads of ``question``: intents, premise, speaker, period, topic words."""
    orgs, glossary = _tables()
    if settings.question_asides_read:
        question, _ = read_asides(question)
    claim = claim_frame(question, settings.claim_tails_read) if settings.claim_frame_read else None
    if claim is not None:
        question = claim.question
    elif settings.preamble_context:
        question, _ = question_sentence(question)
    parsed = read_question(question, orgs, glossary, rules=SpeakerRules.of(settings))
    topic = parsed.topic
    if not topic:
        gap, main = settings.frame_gap_topic, settings.main_clause_intent
        topic = without_frame(implied_topic(question, orgs, glossary, gap, False, main), question)
    stop = english_stopwords() | dutch_stopwords()
    words = sorted({w.lower() for w in _WORD.findall(topic) if w.lower() not in stop})
    premise = parsed.premise.lower()
    period = (parsed.since, parsed.until)
    return sorted(parsed.intents), premise, sorted(parsed.speaker), period, words


def wrong_rows(settings: Settings) -> list[tuple[str, object, object]]:
    """The rows whose reading under ``settings`` differs from their frame's (rows ``read``) or
    from the rule off's (the others)."""
    off = Settings(claim_tails_read=False)
    out = []
    for row in ROWS:
        got = reading(row["question"], settings)
        want = reading(row["frame"], settings) if row["read"] else reading(row["question"], off)
        if not row["read"] and claim_frame(row["question"], settings.claim_tails_read) != (
            claim_frame(row["question"], False)
        ):
            want = "the question as the rule off frames it"
        if got != want:
            out.append((row["question"], got, want))
    return out


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_tail_questions.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 1000
    assert {r["lang"] for r in ROWS} == {"nl", "en"}
    assert {r["tail"] for r in ROWS} == {"check", "why", "none"}


def test_every_tail_question_reads_as_its_frame() -> None:
    wrong = wrong_rows(Settings())
    assert not wrong, f"{len(wrong)} of {len(ROWS)} rows: {wrong[:10]}"
