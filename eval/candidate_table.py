"""The candidate statements of every answerable question of the readable sets, with the features
the answer ranks them by and a few cheap new ones, and whether each holds a gold statement; and
a leave-one-family-out fit of the ranking's weights on that table (issue 16, task I).

    python eval/candidate_table.py --write /tmp/candidates.jsonl [--sets a,b]
    python eval/candidate_table.py --fit /tmp/candidates.jsonl [--feature topic]
    python eval/candidate_table.py --logit /tmp/candidates.jsonl [--features topic,dense]

``--write`` asks every answerable question and records, for the candidates the answer chooses
its quotes from (after rules quote_depth and asked_form; at most ``--top``), per candidate:
``score`` (the answer's score), ``cos`` (e5 cosine question-statement), ``lex`` (the
idf-weighted share of the question's terms), ``rinv`` (1 / rank of its passage; 0 when not
among the hits), ``rest`` (what the other rules added: decision_bonus, announcement_penalty,
asked_form_bonus), and new ones: ``topic`` (share of the topic's terms the statement holds),
``title`` (share of the question's terms in its item heading), ``speaker`` (it is by a speaker
the question names), ``number`` (a number is asked and it holds a digit), ``bm25`` (its
passage was found by BM25), ``words`` (log of its length), ``dense`` (its passage's e5
cosine), ``first`` (it is its passage's first statement); ``gold``: it holds a gold quote;
``chunk`` and ``line``: where it stands.
Held-out sets are refused.

``--fit`` scores ``cos + a*lex + b*rinv + rest + c*feature`` over a grid, leaving one family
out (eval/dump_families.family): the weights best on the other families are measured on it,
gold@1 and gold chosen (the quotes ``choose`` keeps within the answer margin) on the questions
with a gold candidate that are not timelines, listings or comparisons. ``--logit`` fits every
weight at once (a softmax over each question's candidates, leaving one family out) and measures
gold first on the family left out.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from answer_sets import SETS, held_out, readable_sets  # the script's folder is on the path
from dump_families import family

from lrt_search import Settings
from lrt_search.answer import answering
from lrt_search.answer.candidates import query_terms_of
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match

FEATURES = ("topic", "title", "speaker", "number", "bm25", "words", "dense", "first")


def _share(terms: set[str], have: set[str]) -> float:
    return len(terms & have) / len(terms) if terms else 0.0


def _rows(frame: Any, candidates: list[Any], golds: list[str], top: int) -> list[dict]:
    """The feature rows of ``candidates`` (the first ``top``)."""
    retriever, settings = frame.retriever, frame.retriever.settings
    hits = {}
    for hit in list(frame.hits) + list(frame.deeper):
        hits.setdefault(hit.chunk_id, hit)
    query_vec = retriever.query_vector(frame.question)
    terms = set(query_terms_of(frame))
    topic = set(frame.needs.topic_terms)
    rows = []
    for c in candidates[:top]:
        hit = hits.get(c.chunk_id)
        cos, rinv, title, bm25, dense, first = 0.0, 0.0, 0.0, 0, 0.0, 0
        if hit is not None and c.kind != "attendees":
            rinv = 1.0 / hit.rank if hit in frame.hits else 0.0
            bm25, dense = int(hit.bm25_rank is not None), hit.dense_score or 0.0
            vectors = retriever.statement_vectors_of(hit.chunk)
            pairs = zip(hit.chunk.statements, vectors, strict=True)
            for i, (statement, vec) in enumerate(pairs):
                if statement.span.line_start == c.span.line_start:
                    cos, first = float(vec @ query_vec), int(i == 0)
            heading = hit.chunk.text.split("\n- ", 1)[0]
            title = _share(terms, set(retriever.analyzer.tokenize(heading)))
        have = set(retriever.analyzer.tokenize(c.quote))
        quote = normalize_for_match(c.quote)
        rest = c.score - cos - settings.answer_lexical_weight * c.lexical
        rest -= settings.answer_rank_weight * rinv
        rows.append({
            "score": c.score, "cos": cos, "lex": c.lexical, "rinv": rinv, "rest": rest,
            "topic": _share(topic, have), "title": title,
            "speaker": int(bool(frame.codes & set(c.speakers))),
            "number": int(frame.property_asked is not None and any(ch.isdigit() for ch in quote)),
            "bm25": bm25, "words": math.log(1 + len(c.quote.split())), "dense": dense,
            "first": first, "chunk": c.chunk_id, "line": c.span.line_start,
            "gold": int(any(g in quote for g in golds)),
        })  # fmt: skip
    return rows


class Asked(NamedTuple):
    """One answerable question asked: its set, the question, the answer, the answer's frame and
    the candidates it chose its quotes from (after rules quote_depth and asked_form), and the
    gold quotes normalized for matching."""

    name: str
    question: Any
    answer: Any
    frame: Any
    candidates: list[Any]
    golds: list[str]


def asked(sets: list[str]) -> Iterator[Asked]:
    """Ask every answerable question of ``sets``; yield each that reached the choice of quotes
    (``answering.with_asked_form`` is wrapped to see the frame and the candidates)."""
    engine = engine_for(Settings.resolve())
    seen: dict[str, Any] = {}
    original = answering.with_asked_form

    def capture(frame: Any, candidates: list[Any]) -> list[Any]:
        out = original(frame, candidates)
        seen["frame"], seen["candidates"] = frame, out
        return out

    answering.with_asked_form = capture
    for name in sets:
        file, split = SETS[name]
        for q in load_questions(file, split):
            if not q.answerable:
                continue
            seen.clear()
            answer = engine.ask(q.question)
            if "frame" not in seen:
                continue
            golds = [normalize_for_match(g.quote) for g in q.gold]
            yield Asked(name, q, answer, seen["frame"], seen["candidates"], golds)


def special(frame: Any) -> bool:
    """Whether the answer of ``frame`` is a timeline, comparison or listing (its quotes are not
    chosen by score)."""
    return bool(frame.timeline or frame.compared or "listed: " in " ".join(frame.notes))


def kept(scores: np.ndarray, lex: np.ndarray, margin: float, most: int) -> list[int]:
    """The candidates ``choose`` keeps under ``scores``, best first: within ``margin`` of the
    best, or holding half the question's terms (``lex``) within twice it; at most ``most``."""
    order = np.argsort(-scores, kind="stable")
    best = scores[order[0]]
    return [
        int(i) for i in order
        if scores[i] >= best - margin or (lex[i] >= 0.5 and scores[i] >= best - 2 * margin)
    ][:most]  # fmt: skip


def write(path: Path, sets: list[str], top: int) -> None:
    """Ask every answerable question of ``sets``; write its candidates' rows to ``path``."""
    with path.open("w", encoding="utf-8") as f:
        for a in asked(sets):
            record = {
                "key": f"{a.name}:{a.question.id}",
                "abstained": a.answer.abstained,
                "special": special(a.frame),
                "rows": _rows(a.frame, a.candidates, a.golds, top),
            }
            f.write(json.dumps(record) + "\n")
            f.flush()


def _matrix(records: list[dict], feature: str) -> tuple[np.ndarray, np.ndarray]:
    """Per question, its rows' columns (cos + rest, lex, rinv, ``feature``) and gold flags."""
    cols, golds = [], []
    for r in records:
        rows = r["rows"]
        cols.append(np.array([
            [x["cos"] + x["rest"], x["lex"], x["rinv"], x[feature] if feature else 0.0]
            for x in rows
        ]))  # fmt: skip
        golds.append(np.array([x["gold"] for x in rows], dtype=bool))
    return np.array(cols, dtype=object), np.array(golds, dtype=object)


def _judged(
    cols: np.ndarray, gold: np.ndarray, w: np.ndarray, margin: float, most: int = 6
) -> tuple[int, int]:
    """(gold first, gold among what ``choose`` keeps (:func:`kept`)) of one question."""
    scores = cols[:, 0] + cols[:, 1:] @ w
    chosen = kept(scores, cols[:, 1], margin, most)
    return int(gold[chosen[0]]), int(gold[chosen].any())


def fit(path: Path, feature: str, margin: float, target: int) -> None:
    """Leave-one-family-out grid fit of (lex, rinv[, ``feature``]), best on ``target`` (0:
    gold first, 1: gold chosen; the other breaks ties); print per family."""
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    records = [r for r in records if r["rows"] and not r["special"]]
    records = [r for r in records if any(x["gold"] for x in r["rows"])]
    families = [family(r["key"]) for r in records]
    cols, golds = _matrix(records, feature)
    grid_f = [0.0, 0.02, 0.05, 0.1] if feature else [0.0]
    grid_f += [-g for g in grid_f[1:]]
    grids = list(itertools.product([0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4],
                                   [0.0, 0.01, 0.015, 0.02, 0.03, 0.06], grid_f))  # fmt: skip
    today = grids.index((0.15, 0.03, 0.0))
    # judged[g, q] = (first, chosen) of question q under grid point g
    judged = np.array([
        [_judged(c, g, np.array(w), margin) for c, g in zip(cols, golds, strict=True)]
        for w in grids
    ])  # fmt: skip
    names = sorted(set(families))
    print(f"feature {feature or '-'} (target {('first', 'chosen')[target]}): family n | "
          "today @1 chosen | left-out fit @1 chosen | lex rinv feature")  # fmt: skip
    sums = np.zeros(4, dtype=int)
    for fam in names:
        inside = np.array([f == fam for f in families])
        other = judged[:, ~inside].sum(axis=1)
        best = max(range(len(grids)), key=lambda g: (other[g, target], other[g, 1 - target]))
        now, new = judged[today, inside].sum(axis=0), judged[best, inside].sum(axis=0)
        sums += np.concatenate([now, new])
        print(f"  {fam:24} {inside.sum():4} | {now[0]:4} {now[1]:4} | {new[0]:4} "
              f"{new[1]:4} | {grids[best]}")  # fmt: skip
    total = judged.sum(axis=1)
    best = max(range(len(grids)), key=lambda g: (total[g, target], total[g, 1 - target]))
    print(f"  {'sum':24} {len(records):4} | {sums[0]:4} {sums[1]:4} | {sums[2]:4} {sums[3]:4}")
    print(f"  fit on all: {grids[best]} -> {total[best]} (today {total[today]})")


def _nll(w: np.ndarray, xs: list[np.ndarray], gs: list[np.ndarray]) -> tuple[float, np.ndarray]:
    """Minus the log-likelihood that a gold candidate is first (softmax over each question's
    candidates), with its gradient; a small L2 penalty."""
    total, grad = 0.01 * float(w @ w), 0.02 * w
    for x, g in zip(xs, gs, strict=True):
        s = x @ w
        p = np.exp(s - s.max())
        p /= p.sum()
        pg = p[g].sum()
        total -= math.log(pg + 1e-12)
        grad -= (x * (np.where(g, p / pg, 0.0) - p)[:, None]).sum(axis=0)
    return total, grad


def logit(path: Path, features: list[str]) -> None:
    """Leave-one-family-out conditional logit over cos + rest, lex, rinv and ``features`` (all
    weights free; printed divided by the cosine's): gold first on the left-out family, today's
    weights beside."""
    from scipy.optimize import minimize

    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    records = [r for r in records if len(r["rows"]) > 1 and not r["special"]]
    records = [r for r in records if any(x["gold"] for x in r["rows"])]
    names = ["lex", "rinv", *features]
    xs = [np.array([[x["cos"] + x["rest"]] + [x[n] for n in names] for x in r["rows"]])
          for r in records]  # fmt: skip
    gs = [np.array([x["gold"] for x in r["rows"]], dtype=bool) for r in records]
    families = [family(r["key"]) for r in records]
    today = 30 * np.array([1.0, 0.15, 0.03] + [0.0] * len(features))
    print(f"logit {' '.join(names)}: family n | today @1 | left-out @1 | weights / cosine's")
    sums = [0, 0]
    for fam in sorted(set(families)):
        train = [i for i, f in enumerate(families) if f != fam]
        test = [i for i, f in enumerate(families) if f == fam]
        w = minimize(_nll, today.copy(), args=([xs[i] for i in train], [gs[i] for i in train]),
                     jac=True, method="L-BFGS-B").x  # fmt: skip
        now = sum(int(gs[i][np.argmax(xs[i] @ today)]) for i in test)
        new = sum(int(gs[i][np.argmax(xs[i] @ w)]) for i in test)
        sums = [sums[0] + now, sums[1] + new]
        print(f"  {fam:24} {len(test):4} | {now:4} | {new:4} | {np.round(w[1:] / w[0], 3)}")
    print(f"  {'sum':24} {len(records):4} | {sums[0]:4} | {sums[1]:4}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--fit", type=Path)
    parser.add_argument("--feature", default="", choices=("", *FEATURES))
    parser.add_argument("--logit", type=Path, help="a table: fit the conditional logit")
    parser.add_argument("--features", default="", help="comma-separated, for --logit")
    parser.add_argument("--sets", default="")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--target", choices=("first", "chosen"), default="chosen")
    args = parser.parse_args()
    if args.write:
        sets = (args.sets or readable_sets()).split(",")
        if any(held_out(s) for s in sets):
            parser.error("held-out sets are only measured, never studied")
        write(args.write, [s for s in sets if s != "test"], args.top)
    if args.logit:
        logit(args.logit, [f for f in args.features.split(",") if f])
    if args.fit:
        fit(args.fit, args.feature, Settings.resolve().answer_margin, int(args.target == "chosen"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
