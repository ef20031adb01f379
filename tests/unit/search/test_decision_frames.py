"""Rule ``decision_frames_read``: the table of questions in a decision frame x topics of the
bundled minutes (tests/data/decision_frames.toml, written by eval/make_decision_frames.py,
Dutch and English): every row reads X as the topic (no decision or frame word, not the decision
part of a compound), asks the register (intent ``agreed``, and ``decided``/``actions`` where
the frame names them) and the frame's kind; the line that answers holds a word of the topic
read. Which of those lines is a record of the register: tests/integration/
test_decision_frames_corpus.py."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "decision_frames.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
TABLE = OrgTable.default()
#: The intent each row's ``intent`` asks beside ``agreed``.
INTENT = {"decided": "decided", "action": "actions", "proposed_vs_decided": "decision_open"}
#: The intent each frame kind adds (``what`` adds none: a topic of an ordinary agreed question).
KIND = {"asked": "decision_asked", "open": "decision_open"}
_SHORT = frozenset({"de", "het", "een", "van", "en", "the", "of", "and", "a", "an"})


def _stems(text: str) -> set[str]:
    words = (w.strip("(),.?'").lower() for w in text.split())
    return {w[:6] for w in words if w and w not in _SHORT}


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_decision_frames.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 300


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['question']}" for r in ROWS])
def test_every_frame_reads_x_as_the_topic(row: dict[str, str]) -> None:
    parsed = read_question(row["question"], TABLE, rules=SpeakerRules())
    assert parsed.topic.lower() == row["topic"].lower(), parsed.topic
    assert parsed.asks("agreed"), sorted(parsed.intents)
    if row["intent"] in INTENT:
        assert parsed.asks(INTENT[row["intent"]]), sorted(parsed.intents)
    for kind, intent in KIND.items():
        assert parsed.asks(intent) == (row["frame"] == kind), sorted(parsed.intents)
    if row["lang"] == "nl":  # the line that answers holds a word of the topic read
        assert _stems(parsed.topic) & _stems(row["answer"]), parsed.topic
