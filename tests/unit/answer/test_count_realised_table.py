"""The generated table of rule count_realised (tests/data/count_realised.toml, written by
eval/make_count_realised.py): every question's asked verb of something done, and whether every
statement states a number done. At main (no rule) 136 of its 320 rows fail (128 of the 288 of
its first commit): every "done" question read as a plain count, every target's number read as
an answer."""

from __future__ import annotations

import tomllib
from pathlib import Path

TABLE = tomllib.loads(
    (Path(__file__).resolve().parents[2] / "data" / "count_realised.toml").read_text("utf-8")
)


def _reader():  # the rule's module
    import lrt_search.answer.count_realised as reader

    return reader


def test_every_question_row() -> None:
    asked_done = _reader().asked_done
    wrong = [
        (q["text"], q["verb"], asked_done(q["text"]))
        for q in TABLE["question"]
        if (asked_done(q["text"]) or "") != q["verb"]
    ]
    assert not wrong, f"{len(wrong)} of {len(TABLE['question'])}: {wrong[:10]}"


def test_every_statement_row() -> None:
    states_done = _reader().states_done
    wrong = [s["text"] for s in TABLE["statement"] if states_done(s["text"]) != s["done"]]
    assert not wrong, f"{len(wrong)} of {len(TABLE['statement'])}: {wrong[:10]}"
