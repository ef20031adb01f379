"""Fit the learned fusion (search/learned.py) and measure it honestly on dev by cross-validation.

Training data: the answerable dev questions of eval/questions.jsonl and the generated paraphrase
set eval/paraphrases.jsonl (eval/generate_paraphrases.py). The model is a pairwise logistic
regression (every relevant candidate of a question against every other one, each question
weighing the same), fitted by Newton's method with an L2 penalty: NumPy only.

The dev figure is cross-validated: the dev questions are split into FOLDS folds; each fold is
searched with the weights fitted on the other folds plus the generated set, and the per-question
metrics of all folds are pooled (then compared, paired, with the default fusion on the same
questions). The weights fitted on all of dev + generated are printed for
``Settings.learned_weights``. The test split is never read.

    python eval/fit_fusion.py [--index index] [--folds 5] [--l2 1.0] [--json out.json]
                              [--config FILE.toml] [--sets dev,generated,...]

``--config`` fits on other settings (``eval/configs/stemmer-porter.toml``: the features of
the original Snowball stemmer's search); the default fusion of those settings is the baseline.

``--sets`` fits on the gold passages of those answer sets of eval/answer_sets.py instead (each
set weighing the same), cross-validated by set: each set is searched with the weights fitted
on the other sets and compared with the default fusion on it. The held-out sets
(:func:`never_fitted`) and the test split cannot be named.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from lrt_search.config import Settings
from lrt_search.evaluation.compare import compare
from lrt_search.evaluation.metrics import Qrels, mean_metrics
from lrt_search.evaluation.questions import Question, load_questions
from lrt_search.evaluation.runner import DEPTH, evaluate
from lrt_search.search.learned import FEATURES, recording
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
SEED = 21


def never_fitted(names: Sequence[str]) -> list[str]:
    """The names among ``names`` that are only measured, never fitted on: every held-out answer
    set of the registry ("*holdout", eval/answer_sets.held_out: the holdout halves of the blind
    sets included, new ones without a code change) and the test split."""
    from answer_sets import held_out  # the script's folder is on the path

    return sorted({n for n in names if held_out(n) or n == "test"})


#: One question's training data: candidate features and which candidates are relevant.
Example = tuple[np.ndarray, np.ndarray]


def examples(engine: Engine, questions: Sequence[Question]) -> dict[str, Example]:
    """``{question id: (features, relevant mask)}`` from a learned-fusion search of each."""
    qrels = Qrels.from_questions(questions, engine.chunks).relevant
    out: dict[str, Example] = {}
    for q in questions:
        if q.id not in qrels:
            continue
        with recording() as seen:
            engine.search_question(q.question, k=DEPTH)
        if not seen:
            continue
        _, rows, features = seen[-1]
        relevant = np.array([engine.chunks[int(r)].chunk_id in qrels[q.id] for r in rows])
        if relevant.any() and not relevant.all():
            out[q.id] = (features, relevant)
    return out


def pairs(
    data: Sequence[Example], weights_of: Sequence[float] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(relevant minus other feature differences, the weight of each pair: each question
    weighs 1, or its entry of ``weights_of``, spread over its pairs)."""
    diffs, weights = [], []
    for i, (features, relevant) in enumerate(data):
        share = 1.0 if weights_of is None else weights_of[i]
        pos, neg = features[relevant], features[~relevant]
        d = (pos[:, None, :] - neg[None, :, :]).reshape(-1, features.shape[1])
        diffs.append(d)
        weights.append(np.full(len(d), share / len(d)))
    return np.vstack(diffs), np.concatenate(weights)


def fit(
    data: Sequence[Example],
    l2: float = 1.0,
    weights_of: Sequence[float] | None = None,
    steps: int = 30,
) -> np.ndarray:
    """Pairwise logistic regression weights (no bias) by Newton's method."""
    x, sample = pairs(data, weights_of)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (sample * (p - 1.0)) + l2 * w
        hessian = (x * (sample * p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def as_settings(w: np.ndarray) -> tuple[float, ...]:
    """``Settings.learned_weights``: a zero bias, then the weights, rounded."""
    return (0.0, *(round(float(v), 3) for v in w))


def fit_on(
    dev: Sequence[Example], generated: Sequence[Example], l2: float, gen_weight: float
) -> np.ndarray:
    """:func:`fit` on dev questions (weight 1 each) and generated ones (``gen_weight``)."""
    shares = [1.0] * len(dev) + [gen_weight] * len(generated)
    return fit([*dev, *generated], l2, shares)


def cross_validate(
    engine: Engine,
    dev: list[Question],
    train: dict[str, Example],
    generated: list[Example],
    folds: int,
    l2: float,
    gen_weight: float,
) -> dict[str, dict[str, float]]:
    """Per-question metrics of every dev question, searched with the weights of the folds
    that did not hold it."""
    order = sorted(dev, key=lambda q: q.id)
    random.Random(SEED).shuffle(order)
    per: dict[str, dict[str, float]] = {}
    for fold in range(folds):
        held = order[fold::folds]
        held_ids = {q.id for q in held}
        kept = [ex for qid, ex in train.items() if qid not in held_ids]
        w = fit_on(kept, generated, l2, gen_weight)
        fold_engine = engine.with_settings(engine.settings.replace(learned_weights=as_settings(w)))
        per.update(evaluate(fold_engine, held, answers=False).per_question)
    return per


def by_set(engine: Engine, base: Settings, names: Sequence[str], l2: float) -> np.ndarray:
    """Leave-one-set-out: print each set's R@5 / nDCG@10 with the engine's defaults -> with
    the learned fusion on ``base`` fitted without that set; return the weights fitted on every
    set."""
    from answer_sets import SETS  # the script's folder is on the path

    banned = never_fitted(names)
    if banned:
        raise SystemExit(f"never fitted on: {', '.join(banned)}")
    questions = {n: [q for q in load_questions(*SETS[n]) if q.answerable] for n in names}
    data = {n: list(examples(engine, qs).values()) for n, qs in questions.items()}
    total = sum(len(d) for d in data.values())
    default = engine.with_settings(Settings().replace(index_dir=base.index_dir))

    def fit_without(left_out: str | None) -> np.ndarray:
        kept = [n for n in names if n != left_out and data[n]]
        shares = [total / (len(kept) * len(data[n])) for n in kept for _ in data[n]]
        return fit([ex for n in kept for ex in data[n]], l2, shares)

    print("set (fitted without it)   n   default R@5 / nDCG@10 -> learned   p nDCG@10")
    for name in names:
        w = fit_without(name)
        learned = engine.with_settings(
            base.replace(fusion="learned", learned_weights=as_settings(w))
        )
        a = evaluate(default, questions[name], answers=False, progress=False)
        b = evaluate(learned, questions[name], answers=False, progress=False)
        p = next(m.p_value for m in compare(a.per_question, b.per_question).metrics
                 if m.metric == "nDCG@10")  # fmt: skip
        print(
            f"  {name:<22} {len(data[name]):4d}  {a.overall['R@5']:.3f} / "
            f"{a.overall['nDCG@10']:.3f} -> {b.overall['R@5']:.3f} / "
            f"{b.overall['nDCG@10']:.3f}   {p:.3f}",
            flush=True,
        )
    return fit_without(None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=Path("index"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--gen-weight", type=float, default=1.0, help="weight of a generated question (dev: 1)"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument(
        "--config", type=Path, default=None, help="settings to fit on (e.g. another stemmer)"
    )
    parser.add_argument("--sets", default=None, help="fit on these answer sets, by set")
    args = parser.parse_args()
    base = Settings.from_toml(args.config) if args.config else Settings()
    base = base.replace(index_dir=args.index)
    engine = Engine.load(settings=base.replace(fusion="learned"))
    if args.sets:
        weights = as_settings(by_set(engine, base, args.sets.split(","), args.l2))
        print("learned_weights = [" + ", ".join(f"{v:g}" for v in weights) + "]")
        return 0
    dev = [q for q in load_questions(HERE / "questions.jsonl", "dev") if q.answerable]
    gen = load_questions(HERE / "paraphrases.jsonl", "generated")
    train = examples(engine, dev)
    generated = list(examples(engine, gen).values())
    per = cross_validate(engine, dev, train, generated, args.folds, args.l2, args.gen_weight)
    default = evaluate(engine.with_settings(base), dev, answers=False)
    ids = [q.id for q in dev if q.id in per]
    para = [q.id for q in dev if q.type == "paraphrase" and q.id in per]
    learned_all, default_all = mean_metrics(per, ids), mean_metrics(default.per_question, ids)
    learned_para = mean_metrics(per, para)
    default_para = mean_metrics(default.per_question, para)
    c = {m.metric: m for m in compare(default.per_question, per).metrics}
    weights = as_settings(fit_on(list(train.values()), generated, args.l2, args.gen_weight))
    print(f"training: {len(train)} dev questions, {len(generated)} generated ({args.folds} folds)")
    print("dev (cross-validated)   default -> learned")
    for name, a, b in (
        ("paraphrase", default_para, learned_para),
        ("all", default_all, learned_all),
    ):
        print(
            f"  {name:<10} R@5 {a['R@5']:.3f} -> {b['R@5']:.3f}   "
            f"nDCG@10 {a['nDCG@10']:.3f} -> {b['nDCG@10']:.3f}"
        )
    print(f"  paired p: R@5 {c['R@5'].p_value:.3f}, nDCG@10 {c['nDCG@10'].p_value:.3f}")
    if args.config:  # also against the engine's defaults (another stemmer, say)
        plain_engine = engine.with_settings(Settings().replace(index_dir=args.index))
        plain = evaluate(plain_engine, dev, answers=False)
        m = mean_metrics(plain.per_question, ids)
        c0 = {x.metric: x for x in compare(plain.per_question, per).metrics}
        print(
            f"  against the defaults: R@5 {m['R@5']:.3f} -> {learned_all['R@5']:.3f} "
            f"(p {c0['R@5'].p_value:.3f}), nDCG@10 {m['nDCG@10']:.3f} -> "
            f"{learned_all['nDCG@10']:.3f} (p {c0['nDCG@10'].p_value:.3f})"
        )
    print("learned_weights = [" + ", ".join(f"{v:g}" for v in weights) + "]")
    print("  (bias, " + ", ".join(FEATURES) + ")")
    if args.json:
        figures = {
            "folds": args.folds,
            "l2": args.l2,
            "gen_weight": args.gen_weight,
            "n_dev": len(train),
            "n_generated": len(generated),
            "default": {"paraphrase": default_para, "all": default_all},
            "learned_cv": {"paraphrase": learned_para, "all": learned_all},
            "p": {"R@5": c["R@5"].p_value, "nDCG@10": c["nDCG@10"].p_value},
            "weights": weights,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
