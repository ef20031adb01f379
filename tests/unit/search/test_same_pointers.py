"""Rule ``preamble_context`` and a follow-up that points back by a comparative pointer (issue 16
session 30 task B2; blind30 class 2): the generated table tests/data/same_pointers.toml
(eval/make_same_pointers.py) holds two-sentence questions made from the minutes' statements; a
follow-up asking whether a speaker said "the same"/"hetzelfde", "dat ook", "likewise", or one
about the scene's day keeps the whole question; a true context sentence before a question that
compares two times within itself ("in dezelfde week als het COA") or stands alone is cut off.
No index."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

from lrt_search.search.preamble import question_sentence

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "same_pointers.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def wrong_rows(same: bool = True) -> list[tuple[str, str, tuple[str, str]]]:
    """The rows ``question_sentence`` reads otherwise than expected: (kind, question, got);
    ``same``: rule same_pointers_read on."""
    out = []
    for row in ROWS:
        got = question_sentence(row["question"], same)
        if got != (row["asked"], row["context"]):
            out.append((row["kind"], row["question"], got))
    return out


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_same_pointers.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before


def test_the_table_holds_every_kind() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == {"same", "same_day", "same_as", "same_state", "context"}


def test_every_row_is_read_as_expected() -> None:
    wrong = wrong_rows()
    assert not wrong, f"{len(wrong)} of {len(ROWS)} wrong: {Counter(k for k, _, _ in wrong)}"


def test_the_count_with_the_rule_off() -> None:
    """The table's count at main (the rule off): 241 of 458 wrong (same 182 of 213, same_as 38
    of 60: Dutch "dezelfde ... als" kept whole by refer_back's "dezelfde", same_day 21 of 62:
    English "the same day/meeting" is no refer_back word; same_state 0 of 62, context 0 of
    61); a ratchet."""
    wrong = Counter(kind for kind, _, _ in wrong_rows(same=False))
    assert wrong == {"same": 182, "same_as": 38, "same_day": 21}
