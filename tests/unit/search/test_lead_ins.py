"""Rule ``lead_ins_read`` (issue 16, session 29 task B; blind28 class 1): an asker's lead-in
before a colon ("In het kader van een klacht over de uitvoering:", "For a complaint file:") is
context, not the question: it gives no stance, topic, speaker or period that the question body
does not give itself. The generated table tests/data/lead_ins.toml (eval/make_lead_ins.py)
asks bodies built from the minutes' statements after lead-ins; each row names the question
whose reading it must have (``same_as``). No index: the question is read as ``ask`` reads it
before the index is asked (asides, claim frame, preamble,
:func:`~lrt_search.search.parsed.read_question`, the "about X" phrase or the implied topic
without frame words, and the stance of rule negative_stance_stated)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from test_question_asides import _tables, question_read, topic_of  # the test folder is on the path

from lrt_search.answer.stance import asked_stance, stance_words
from lrt_search.config import Settings
from lrt_search.index.analysis import dutch_stopwords, english_stopwords
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "lead_ins.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def reading(question: str, settings: Settings) -> tuple[object, ...]:
    """(topic content words, speaker codes, since, until, stance words, whether a stance) of
    ``question`` as ``ask`` reads it, no index."""
    orgs, glossary = _tables()
    question = question_read(question, settings)
    parsed = read_question(question, orgs, glossary, rules=SpeakerRules.of(settings))
    stop = english_stopwords() | dutch_stopwords()
    topic = topic_of(parsed, question, settings)
    words = sorted({w.lower() for w in _WORD.findall(topic) if w.lower() not in stop})
    stance = asked_stance(parsed.text) is not None
    return (words, sorted(parsed.speaker), parsed.since, parsed.until,
            sorted(stance_words(parsed.text)), stance)  # fmt: skip


def wrong_rows(settings: Settings) -> list[tuple[str, str, object, object]]:
    """The rows whose reading under ``settings`` differs from that of their ``same_as``."""
    out = []
    for row in ROWS:
        got, want = reading(row["question"], settings), reading(row["same_as"], settings)
        if got != want:
            out.append((row["kind"], row["question"], got, want))
    return out


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_lead_ins.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 300
    assert {r["lang"] for r in ROWS} == {"nl", "en"}


def test_every_row_reads_as_its_body() -> None:
    wrong = wrong_rows(Settings())
    assert not wrong, f"{len(wrong)} of {len(ROWS)} rows: {wrong[:10]}"


def test_with_the_rule_off_the_lead_ins_are_read_as_at_main() -> None:
    # 119 of 372 rows read wrong with the rule off (main's reading): the lead-in's stance
    # ("klacht", "complaint"), its "over X" as the topic, a topicless body not asked about X.
    assert len(wrong_rows(Settings(lead_ins_read=False))) == 119


def test_a_text_before_a_colon_that_is_the_questions_own_is_read_as_before() -> None:
    off = Settings(lead_ins_read=False)
    own = [r for r in ROWS if r["kind"] in {"not_lead_in", "body"}]
    assert own and not [
        r["question"]
        for r in own
        if reading(r["question"], off) != reading(r["question"], Settings())
    ]


def test_the_bodies_of_lead_in_rows_name_no_stance() -> None:
    # An own-stance body keeps the stance its body has (test_every_row_reads_as_its_body);
    # "Welke bezwaren ..." has none at main either: stances.toml "bezwaar*" misses the plural
    # "bezwaren" (noticed in session 29 task B, left alone).
    for row in ROWS:
        if row["kind"] in {"lead_in", "lead_in_about"}:
            assert not reading(row["same_as"], Settings())[-1], row
