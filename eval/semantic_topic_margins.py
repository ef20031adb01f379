"""Semantic evidence for every question the topic gate refuses: could e5 tell "the minutes
discuss this topic in other words" from "the topic is absent"?

For each question the gate ``topic_known``/``implied_topic_known`` refuses, every measure below
compares the e5 cosines of the minutes' statements to the question against a per-question
floor (no fixed cosine), answerable and unanswerable questions side by side:

- ``qz``, ``tz``: the best statement's z-score over all statements, for the whole question and
  for its topic phrase;
- ``qgap``: the best cosine minus the 10th best;
- ``hz``: ``qz`` of the best statement of the five passages ``ask`` reads;
- ``item``: that statement's cosine minus the mean of its item's other statements;
- ``drop``: the best cosine minus the best cosine of the question without its missing words
  (does the missing word pull the question towards the minutes?);
- ``dstar``: the same on the statement closest to the question without them;
- ``fill``: the best cosine minus the best of the question with the missing words replaced by
  an unrelated everyday noun (``eval/semantic_fillers.toml``, 8 per language); ``fillz``: as a
  z-score over the fillers; ``fillq``: on the question's own best statement.

The last lines give, per measure (and for the best pairs of measures), how many unanswerable
questions score at least as high as the lowest answerable one: what a threshold letting every
refused answerable question through would let through as well.

    python eval/semantic_topic_margins.py [--sets dev,generated,...] [--sort qz]

The test split is never run.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import tomllib
from pathlib import Path

import numpy as np
from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.evaluation import engine_for, load_questions

FILLERS = tomllib.loads((Path(__file__).parent / "semantic_fillers.toml").read_text())
MEASURES = ("qz", "tz", "qgap", "hz", "item", "drop", "dstar", "fill", "fillz", "fillq")


def _z(sims: np.ndarray, best: float) -> float:
    return (best - float(sims.mean())) / float(sims.std())


def _replaced(question: str, words: list[str], by: str) -> str:
    for word in words:
        question = re.sub(rf"\b{re.escape(word)}\b", by, question, flags=re.I)
    return " ".join(question.split())


def _passages(engine, frame, qs: np.ndarray) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """``hz`` and ``item`` of the five passages ``ask`` reads."""
    offsets = engine.statement_offsets
    hz, item = float("-inf"), float("-inf")
    for hit in frame.hits[:5]:
        row = engine.chunks.row_of(hit.chunk.chunk_id)
        part = qs[offsets[row] : offsets[row + 1]]
        if len(part):
            hz = max(hz, _z(qs, float(part.max())))
        if len(part) > 1:
            top = np.sort(part)[::-1]
            item = max(item, float(top[0] - top[1:].mean()))
    return hz, item


def measures(engine, vectors: np.ndarray, question: str, frame, asked, missing) -> dict:  # type: ignore[no-untyped-def]
    """Every measure of one refused question."""
    qs = vectors @ engine.query_vector(question)
    ts = vectors @ engine.query_vector(asked.topic or question)
    order = np.sort(qs)[::-1]
    ws = vectors @ engine.query_vector(_replaced(question, missing, " "))
    star, real = int(np.argmax(ws)), int(np.argmax(qs))
    fills = FILLERS["en" if frame.scope.english else "nl"]
    fmat = np.array([vectors @ engine.query_vector(_replaced(question, missing, f))
                     for f in fills])  # fmt: skip
    fbest = fmat.max(axis=1)
    hz, item = _passages(engine, frame, qs)
    return {
        "qz": _z(qs, float(order[0])), "tz": _z(ts, float(ts.max())),
        "qgap": float(order[0] - order[9]), "hz": hz, "item": item,
        "drop": float(order[0] - ws.max()), "dstar": float(qs[star] - ws[star]),
        "fill": float(order[0] - fbest.max()),
        "fillz": float((order[0] - fbest.mean()) / (fbest.std() + 1e-9)),
        "fillq": float(qs[real] - fmat[:, real].mean()),
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--sort", default="qz", choices=MEASURES)
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    vectors = np.asarray(engine.statement_vectors)
    rows = []
    for name in args.sets.split(","):
        path, split = SETS[name]
        for q in load_questions(path, split):
            frame = _frame(engine, q.question)
            asked = _asked(frame)
            fired = gate_topic_absent(asked)
            if fired is not None:
                row = measures(engine, vectors, q.question, frame, asked, fired["words"])
                kind = "answerable" if q.answerable else "UNANSWERABLE"
                row["label"] = f"{kind:12}\t{name}:{q.id}\t{fired['words']}\t{q.question[:70]}"
                row["answerable"] = q.answerable
                rows.append(row)
    print("  ".join(f"{m:>6}" for m in MEASURES))
    for r in sorted(rows, key=lambda r: r[args.sort]):
        print("  ".join(f"{r[m]:6.3f}" for m in MEASURES) + f"\t{r['label']}")
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    print(f"\n{len(answerable)} answerable and {len(unanswerable)} unanswerable questions refused")
    for m in MEASURES if answerable else ():
        low = min(r[m] for r in answerable)
        through = sum(r[m] >= low for r in unanswerable)
        print(f"{m:6} every answerable one passes at >= {low:.3f}: {through} unanswerable too")
    if answerable:
        print("two measures together, each at its lowest answerable value:", _pairs(rows))
    return 0


def _pairs(rows: list[dict]) -> str:  # type: ignore[type-arg]
    """The three pairs of measures letting the fewest unanswerable questions through."""
    answerable = [r for r in rows if r["answerable"]]
    low = {m: min(r[m] for r in answerable) for m in MEASURES}
    counts = sorted(
        (sum(r[a] >= low[a] and r[b] >= low[b] for r in rows if not r["answerable"]), a, b)
        for a, b in itertools.combinations(MEASURES, 2)
    )
    return ", ".join(f"{a}+{b} {n}" for n, a, b in counts[:3])


if __name__ == "__main__":
    sys.exit(main())
