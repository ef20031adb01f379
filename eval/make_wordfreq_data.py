#!/usr/bin/env python
"""Regenerate ``lrt_search/lexicon/data/wordfreq.sqlite`` from the wordfreq package.

    pip install wordfreq && python eval/make_wordfreq_data.py

The answer module weighs topic words by their Zipf frequency in general Dutch and English
(:mod:`lrt_search.answer.informativeness`). Only wordfreq's two "large" lists (nl, en) are used,
so they ship as one SQLite table (word -> centibel bucket) instead of the 57 MB package. The
script then checks the shipped lookup against ``wordfreq.zipf_frequency`` on every word of the
bundled corpus and the evaluation questions, and prints how many agree.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lrt_search" / "lexicon" / "data" / "wordfreq.sqlite"
sys.path.insert(0, str(ROOT))


def write(out: Path) -> int:
    """Write the table; the number of rows."""
    from wordfreq import get_frequency_list

    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.execute(
        "CREATE TABLE zipf (lang TEXT NOT NULL, word TEXT NOT NULL, bucket INTEGER NOT NULL,"
        " PRIMARY KEY (lang, word)) WITHOUT ROWID"
    )
    n = 0
    for lang in ("nl", "en"):
        rows = [
            (lang, word, index)
            for index, bucket in enumerate(get_frequency_list(lang, "large"))
            for word in bucket
        ]
        conn.executemany("INSERT OR IGNORE INTO zipf VALUES (?, ?, ?)", rows)
        n += len(rows)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return n


def check() -> tuple[int, int]:
    """(agreeing, total) lookups of corpus and question words, both languages."""
    from wordfreq import zipf_frequency

    from lrt_search.answer.informativeness import zipf
    from lrt_search.index.analysis import words

    vocab: set[str] = set()
    for path in (ROOT / "corpus").rglob("*.txt"):
        vocab.update(words(path.read_text(encoding="utf-8", errors="replace")))
    for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            vocab.update(words(json.loads(line).get("question", "")))
    same = sum(
        zipf(w, lang) == zipf_frequency(w, lang) for w in sorted(vocab) for lang in ("nl", "en")
    )
    return same, 2 * len(vocab)


def main() -> None:
    """Write the data file, then check it."""
    rows = write(OUT)
    print(f"{OUT.relative_to(ROOT)}: {rows} words, {OUT.stat().st_size / 2**20:.1f} MiB")
    same, total = check()
    print(f"agrees with wordfreq.zipf_frequency on {same} of {total} lookups")


if __name__ == "__main__":
    main()
