"""Near duplicates of a new question set among the questions of every other answer set of eval/
(eval/blind12.md): shared words and the e5 embedder.

    python eval/near_duplicates.py eval/blind12_source.jsonl [--jaccard 0.4] [--cosine 0.92]

For each new question: the highest Jaccard overlap of its words of four letters or more with a
question of another file of eval/*.jsonl, and the highest cosine of their e5 query vectors
(multilingual-e5-small, the embedder of the index). A pair at or above either threshold is
listed with the other question, unless that question's file holds held-out questions (a name
with "holdout" or "_source", or a file with a ``*_holdout.jsonl`` split of it): then only the
file's name and the scores are printed, never its question. The test split of
eval/questions.jsonl is never read; files of the new set's own prefix are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

from lrt_search.index.embedders import E5Embedder

EVAL = Path(__file__).resolve().parent


def words(question: str) -> set[str]:
    """The words of four letters or more of ``question``, case-folded."""
    return {w for w in re.findall(r"\w+", question.casefold()) if len(w) >= 4}


def jaccard(a: set[str], b: set[str]) -> float:
    """Shared words over all words of two word sets (0 when both are empty)."""
    return len(a & b) / len(a | b) if a | b else 0.0


def hidden(path: Path) -> bool:
    """Whether ``path`` holds held-out questions whose text is never printed."""
    name = path.name
    return "holdout" in name or "_source" in name or (EVAL / f"{path.stem}_holdout.jsonl").exists()


def other_questions(prefix: str) -> list[tuple[Path, str, str]]:
    """(file, id, question) of every non-test question of eval/*.jsonl outside ``prefix``."""
    rows: list[tuple[Path, str, str]] = []
    for path in sorted(EVAL.glob("*.jsonl")):
        if path.name.startswith(prefix):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row, dict) and "question" in row and row.get("split") != "test":
                rows.append((path, str(row.get("id", "")), row["question"]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--jaccard", type=float, default=0.4)
    parser.add_argument("--cosine", type=float, default=0.92)
    args = parser.parse_args()
    new = [json.loads(x) for x in args.source.read_text(encoding="utf-8").splitlines() if x]
    prefix = args.source.name.split("_")[0] + "_"
    others = other_questions(prefix)
    embedder = E5Embedder(batch_size=64)
    mine = embedder.embed_queries([r["question"] for r in new])
    theirs = embedder.embed_queries([q for _, _, q in others])
    cosines = mine @ theirs.T
    other_words = [words(q) for _, _, q in others]
    print(f"{len(new)} questions against {len(others)} of other files")
    for i, row in enumerate(new):
        jac = np.array([jaccard(words(row["question"]), w) for w in other_words])
        near = np.flatnonzero((jac >= args.jaccard) | (cosines[i] >= args.cosine))
        print(
            f"{row['id']}\tmax jaccard {jac.max():.2f}\tmax cosine {cosines[i].max():.3f}"
            f"\t{row['question']}"
        )
        for j in near[np.argsort(-cosines[i][near])]:
            path, oid, question = others[j]
            text = "(held out: not shown)" if hidden(path) else f"{oid}: {question}"
            print(f"    {jac[j]:.2f} {cosines[i][j]:.3f} {path.name} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
