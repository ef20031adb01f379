"""Fit the calibrated confidence of `ask` and choose its abstention threshold, judged by
leave-one-set-out cross-validation over the answer sets of eval/answer_sets.py.

Runs every question of every non-test answer set (eval/answer_sets.py SETS) through `ask`
(with the current checks), takes the features of the best statement of each answer that a
check did not refuse, and fits a logistic regression (lrt_search.answer.calibration.fit) with
the label "a quote holds a gold quote" (unanswerable questions: 0) on a pool of sets, each set
weighing the same:

- ``--pool current`` (default): dev + the generated set;
- ``--pool broad``: every set but the held-out ones (``holdout``, ``blind3_holdout``: any set
  whose name ends in "holdout"), which are only measured. Compared in docs/development.md
  ("A confidence fitted on more kinds of question"): a tie on the held-out sets, where its
  label "high" held the answer 10/13 times against the current pool's 4/4; not the default;
- ``--pool blind``: dev + generated + the blind sets' design halves (``blind*_design``: written
  independently of the rules, like the maintainers' questions); the holdout halves only measured.

Prints the weights for `Settings.confidence_weights` (fitted on the whole pool) and the
threshold for `Settings.abstain_below` (the one whose held-out answers score best over the
pool's sets: lrt_search.evaluation.calibration_cv), then per set, judged without it (its
model fitted on the pool without it, its threshold chosen without it): false abstentions
(refusals by a check included), unanswerable questions abstained on, gold quoted, the Brier
score of the scored answers and the reliability of the labels high / medium (targets 0.90 /
0.70). Sets outside the pool are judged by the whole pool's model and threshold.

    python eval/calibrate.py [--pool broad|current] [--compare] [--rows FILE]
                             [--extra FEATURE ...] [--index DIR] [--config FILE.toml]
                             [--without-rank] [--without FEATURE ...] [--sweep]

`--config` fits the confidence of `ask` under other settings (another search: the passages
`ask` reads, and so the features, change with it). `--without-rank` fits `score` without its
passage-rank term (a measurement: `ask` keeps it). `--without` leaves a feature of the model
out (``--without score --without margin --without matched``: a model blind to the passage ranks).
`--sweep` prints, for the weights of `Settings`, every threshold 0.00-0.55 per family of sets
(dev, generated, probes, the blind design halves, the held-out halves: figures only): false
abstentions, unanswerable abstained, gold quoted, the labels' reliability, and what the questions
refused at ``abstain_below`` but answered at the lower threshold are answered with.

`--compare` prints both pools' tables and that of the weights and threshold of `Settings`
(no cross-validation: the figures `ask` has, as eval/answer_sets.py prints them).
`--rows FILE` keeps the collected rows (asked once, about 8 minutes; read back when the file
exists: delete it after a change to `ask`).
`--extra` fits a feature outside the model as well: a candidate of `candidates` below
(item_lexical, unread, why_uncovered) or ``semantic`` (the e5 z-score of the first quote over
the question's floor, answer.semantic_evidence.quote_standout).
The test split is never run.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict
from pathlib import Path

from answer_sets import SETS

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES
from lrt_search.answer.semantic_evidence import quote_standout
from lrt_search.evaluation import calibration_cv, engine_for, load_questions
from lrt_search.evaluation.calibration_cv import (
    THRESHOLDS,
    Row,
    SetFigures,
    choose_threshold,
    confidence,
    figures,
    fit_sets,
    fixed,
    held_out,
    mean_score,
    nested,
)
from lrt_search.evaluation.runner import _quotes_contain_gold
from lrt_search.index.analysis import is_english
from lrt_search.lexicon.intents import asks

POOLS = {
    "broad": tuple(n for n in SETS if not n.endswith("holdout")),
    "current": ("dev", "generated"),
    "blind": (
        "dev",
        "generated",
        *(n for n in SETS if n.startswith("blind") and n.endswith("_design")),
    ),
}


def collect(engine, questions, semantic: bool, without_rank: bool = False) -> list[Row]:  # type: ignore[no-untyped-def]
    """Every question asked once (and again without the threshold when the model refused);
    ``without_rank``: ``score`` as the statement's own, without its passage-rank term."""
    rows = []
    for q in questions:
        answer = engine.ask(q.question)
        # refused by a check after the confidence (claim_number_stated): as by one before it
        refused = answer.abstained and answer.reason_code != "low_confidence"
        features = {} if refused else dict(answer.features)
        if without_rank and features:
            features["score"] -= features.get("rank_bonus", 0.0)
        quotes = _all_quotes(engine, answer) if features or not answer.abstained else []
        right = q.answerable and bool(quotes) and _quotes_contain_gold(quotes, q)
        if features:
            features |= candidates(engine, q.question, answer, quotes)
        if features and semantic:
            first = quotes[0] if quotes else None
            features["semantic"] = (
                quote_standout(engine, q.question, first.chunk_id, first.quote) if first else 0.0
            )
        fixed = answer.confidence if not features and not answer.abstained else None
        rows.append(Row(q.id, features, right, q.answerable, fixed))
    return rows


def candidates(engine, question: str, answer, quotes) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Candidate features, measured with ``--extra NAME`` and in no model (issue 16, task C):

    - ``item_lexical``: the idf-weighted share of the question's index terms that the first
      quote's whole item (its passage) holds (the quote's own share is ``lexical``);
    - ``unread``: ``log(1 + n)`` of the question's content words not understood;
    - ``why_uncovered``: the question asks why (intent ``why``), times the share of the topic's
      words the first quote lacks (``1 - topic_cover``): a reason quoted without what it
      should be the reason for (a false premise).
    """
    known = engine.bm25.terms
    terms = set(engine.analyzer.tokenize_query(question, known))
    if is_english(question):
        terms &= set(known)
    item = 0.0
    if quotes and terms:
        chunk = next(c for c in engine.chunks if c.chunk_id == quotes[0].chunk_id)
        have = terms & set(engine.analyzer.tokenize(chunk.text))
        idf = engine.bm25.idf
        item = sum(idf.get(t, 1.0) for t in have) / sum(idf.get(t, 1.0) for t in terms)
    unread = [w for u in answer.unread if u.get("kind") == "words"
              for w in u.get("text", "").split(",") if w.strip()]  # fmt: skip
    why = asks("why", question)
    return {
        "item_lexical": item,
        "unread": math.log1p(len(unread)),
        "why_uncovered": (1.0 - answer.features.get("topic_cover", 0.0)) if why else 0.0,
    }


def _all_quotes(engine, answer):  # type: ignore[no-untyped-def]
    if not answer.abstained:
        return answer.citations
    # Abstained by the current model: answer again with abstention off to see the quotes.
    loose = engine.with_settings(engine.settings.replace(abstain_below=0.0))
    return loose.ask(answer.question).citations


def load_rows(args: argparse.Namespace) -> dict[str, list[Row]]:
    """The rows of every set: read from ``--rows`` when it exists, else asked (and kept)."""
    if args.rows and args.rows.exists():
        data = json.loads(args.rows.read_text(encoding="utf-8"))
        return {name: [Row(**r) for r in rows] for name, rows in data.items()}
    settings = Settings.from_toml(args.config) if args.config else Settings()
    if args.index:
        settings = settings.replace(index_dir=args.index)
    engine = engine_for(settings)
    semantic = "semantic" in args.extra
    sets = {
        name: collect(engine, load_questions(path, split), semantic, args.without_rank)
        for name, (path, split) in SETS.items()
    }
    if args.rows:
        data = {name: [asdict(r) for r in rows] for name, rows in sets.items()}
        args.rows.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sets


def _rate(a: int, b: int) -> str:
    return f"{a:3}/{b:<3}" if b else "   -   "


def _share(x: float) -> str:
    return "  -  " if math.isnan(x) else f"{x:.3f}"


def table(title: str, judged: dict[str, tuple[float, SetFigures]], pool: tuple[str, ...]) -> None:
    """The figures of every set (``judged``: threshold and figures by set; a set outside
    ``pool`` is starred) and their means over the sets of the broad pool and over the others."""
    print(f"\n{title}")
    print(
        f"  {'set':19} thr  false-abst  unans-abst  gold-quoted  Brier  "
        "high (n)      medium (n)     score"
    )
    for name, (t, f) in judged.items():
        high, medium = f.labels.get("high", [0, 0]), f.labels.get("medium", [0, 0])
        print(
            f"  {name + (' *' if name not in pool else ''):19} {t:.2f} "
            f"{_rate(f.false_abstentions, f.answerable):>10}  "
            f"{_rate(f.unanswerable_abstained, f.unanswerable):>10}  "
            f"{_rate(f.gold, f.answerable):>11}  {_share(f.brier)}  "
            f"{_share(f.reliability('high'))} ({high[0]:3})  "
            f"{_share(f.reliability('medium'))} ({medium[0]:3})  {f.score:.3f}"
        )
    broad = POOLS["broad"]
    for label, members in (
        ("broad pool", broad),
        ("held-out", [n for n in judged if n not in broad]),
    ):
        score = sum(judged[n][1].score for n in members) / len(members)
        briers = [judged[n][1].brier for n in members if not math.isnan(judged[n][1].brier)]
        labels = {
            w: [sum(judged[n][1].labels.get(w, [0, 0])[i] for n in members) for i in (0, 1)]
            for w in ("high", "medium")
        }
        print(
            f"  mean over the {label} sets: score {score:.3f}, "
            f"Brier {sum(briers) / len(briers):.3f}; all their answers labelled high "
            f"{labels['high'][1]}/{labels['high'][0]}, medium {labels['medium'][1]}/"
            f"{labels['medium'][0]} hold the answer"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--pool", choices=sorted(POOLS), default="current")
    parser.add_argument("--compare", action="store_true", help="print both pools' tables")
    parser.add_argument("--rows", type=Path, default=None, help="keep the collected rows")
    parser.add_argument("--extra", action="append", default=[], help="a feature to fit as well")
    parser.add_argument("--l2", type=float, default=calibration_cv.L2, help="the L2 penalty")
    parser.add_argument("--config", type=Path, default=None, help="ask under these settings")
    parser.add_argument(
        "--without-rank", action="store_true", help="fit score without its passage-rank term"
    )
    parser.add_argument(
        "--sweep", action="store_true", help="the Settings weights at every threshold, by family"
    )
    parser.add_argument(
        "--without", action="append", default=[], help="a feature of the model to leave out"
    )
    args = parser.parse_args()
    calibration_cv.L2 = args.l2
    names = tuple(f for f in FEATURES if f not in args.without)
    names += tuple(f for f in args.extra if f not in FEATURES)
    sets = load_rows(args)
    pool = POOLS[args.pool]
    weights = fit_sets({n: sets[n] for n in pool}, names)
    confidences = held_out(sets, pool, names)
    threshold = choose_threshold(sets, confidences, pool)
    print("mean held-out score over the pool's sets by threshold:")
    print(
        "  " + "  ".join(f"{t}: {mean_score(sets, confidences, pool, t):.4f}" for t in THRESHOLDS)
    )
    print("features:", ", ".join(names))
    print("confidence_weights = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    print(
        f"abstain_below = {threshold}  (the best held-out score of the pool's sets, the sweep "
        "above: nearly flat; check a change with eval/answer_sets.py on every set first)"
    )
    for name in POOLS if args.compare else [args.pool]:
        title = f"pool {name}: each set judged without it (* outside the pool)"
        table(title, nested(sets, POOLS[name], names), POOLS[name])
    if args.compare:
        settings_table(sets)
    if args.sweep:
        sweep_table(sets, Settings().confidence_weights, FEATURES)
    return 0


def settings_table(sets: dict[str, list[Row]]) -> None:
    """The figures of the weights and threshold of `Settings` (fitted on dev + generated: the
    other sets never saw them), and the threshold those sets would choose for them."""
    settings = Settings()
    weights = settings.confidence_weights
    title = f"Settings: confidence_weights at abstain_below {settings.abstain_below} (no CV)"
    table(title, fixed(sets, weights, settings.abstain_below, FEATURES), ())
    unseen = [n for n in POOLS["broad"] if n not in POOLS["current"]]
    confidences = {n: [confidence(weights, r, FEATURES) for r in sets[n]] for n in unseen}
    print("  their mean score over the broad pool's sets outside dev + generated by threshold:")
    print(
        "  " + "  ".join(f"{t}: {mean_score(sets, confidences, unseen, t):.4f}" for t in THRESHOLDS)
    )
    print(f"  best: {choose_threshold(sets, confidences, unseen)}")


#: The thresholds ``--sweep`` prints (``abstain_below`` of `Settings` is among them).
SWEEP = tuple(round(0.05 * i, 2) for i in range(12))


def families(names: list[str]) -> dict[str, list[str]]:
    """The answer sets by family: dev, generated, the blind sets' design halves, the other
    readable (probe) sets, and the held-out sets (names ending in "holdout": figures only)."""

    def family(name: str) -> str:
        if name in ("dev", "generated"):
            return name
        if name.endswith("holdout"):
            return "holdout halves"
        return "blind design" if name.startswith("blind") and name.endswith("_design") else "probes"

    out: dict[str, list[str]] = {}
    for name in names:
        out.setdefault(family(name), []).append(name)
    return {f: out[f] for f in ("dev", "generated", "probes", "blind design", "holdout halves")
            if f in out}  # fmt: skip


def sweep_table(sets: dict[str, list[Row]], weights, names) -> None:  # type: ignore[no-untyped-def]
    """Per family and threshold under ``weights`` (no refit): false abstentions, unanswerable
    abstained, gold quoted, the labels high / medium, and the questions answered at the
    threshold that ``abstain_below`` refuses: answerable with gold (+g), answerable without
    (+n), unanswerable (+u); labelled low all (their confidence is below 0.5)."""
    base = Settings().abstain_below
    print(f"\nSettings weights by threshold (released: answered here, refused at {base})")
    print(f"  {'family':15} thr   false-abst   unans-abst   gold-quoted  high      medium"
          "     released +g/+n/+u")  # fmt: skip
    for family, members in families(list(sets)).items():
        for t in SWEEP:
            total, released = SetFigures(), [0, 0, 0]
            for name in members:
                conf = [confidence(weights, r, names) for r in sets[name]]
                f = figures(sets[name], conf, t)
                for key in ("questions", "answerable", "false_abstentions", "gold",
                            "unanswerable_abstained"):  # fmt: skip
                    setattr(total, key, getattr(total, key) + getattr(f, key))
                for word, (n, right) in f.labels.items():
                    have = total.labels.setdefault(word, [0, 0])
                    have[0], have[1] = have[0] + n, have[1] + right
                for row, p in zip(sets[name], conf, strict=True):
                    if row.features and p is not None and t <= p < base:
                        released[0 if row.right else 1 if row.answerable else 2] += 1
            high, medium = total.labels.get("high", [0, 0]), total.labels.get("medium", [0, 0])
            print(
                f"  {family:15} {t:.2f} {_rate(total.false_abstentions, total.answerable):>11}"
                f"  {_rate(total.unanswerable_abstained, total.unanswerable):>11}"
                f"  {_rate(total.gold, total.answerable):>11}  {_rate(high[1], high[0]):>8}"
                f"  {_rate(medium[1], medium[0]):>8}   {'/'.join(map(str, released))}"
            )


if __name__ == "__main__":
    sys.exit(main())
