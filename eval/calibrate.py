"""Fit the calibrated confidence of `ask` and its abstention threshold on dev + the generated set.

Runs every question of the dev split of eval/questions.jsonl and of eval/generated.jsonl through
`ask` (with the current checks), takes the features of the best statement of each answer that a
check did not refuse, and fits a logistic regression (lrt_search.answer.calibration.fit; each
set weighing the same) with the label "a quote holds a gold quote" (unanswerable questions:
0). Prints the weights for `Settings.confidence_weights`, then per set the Brier score, the
reliability of the confidence labels (share of answers labelled high / medium that hold the
answer; targets 0.90 / 0.70) and, per abstention threshold, the share of unanswerable
questions abstained on, the false abstentions (refusals by a check included) and the share of
answerable questions quoting gold.

    python eval/calibrate.py [--index DIR] [--config FILE.toml] [--folds N] [--extra FEATURE ...]
                             [--test]

`--without-rank` fits `score` without its passage-rank term (a measurement: `ask` keeps it).
`--config` fits the confidence of `ask` under other settings (another search: the passages `ask`
reads, and so the features, change with it); "current" is then that file's weights.

The figures per set are cross-validated (`--folds`, default 5): each question's probability
comes from a model fitted on the other folds of dev + generated, so the dev reliability is not
that of a model that saw the question; the weights printed are fitted on every question.

`--test` also prints the figures on the test split, for the final report only: nothing is
fitted or chosen on it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES, brier, confidence_word, fit, probability
from lrt_search.answer.semantic_evidence import quote_standout
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import _quotes_contain_gold
from lrt_search.models import CONFIDENCE_HIGH, CONFIDENCE_MEDIUM

HERE = Path(__file__).resolve().parent
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


@dataclass
class Row:
    """One question: its features (empty: refused by a check), label and kind."""

    features: dict[str, float]
    right: bool  # quoting the statements found would answer it
    answerable: bool


def collect(engine, questions) -> list[Row]:  # type: ignore[no-untyped-def]
    """Every question asked once (and again without the threshold when the model refused)."""
    rows = []
    for q in questions:
        answer = engine.ask(q.question)
        right = bool(answer.features) and q.answerable
        if right:
            right = _quotes_contain_gold(_all_quotes(engine, q, answer), q)
        features = dict(answer.features)
        if WITHOUT_RANK and features:  # the score as the statement's own, not its passage's rank
            features["score"] -= features.get("rank_bonus", 0.0)
        if features and "semantic" in NAMES:
            quotes = _all_quotes(engine, q, answer)
            first = quotes[0] if quotes else None
            features["semantic"] = (
                quote_standout(engine, q.question, first.chunk_id, first.quote) if first else 0.0
            )
        rows.append(Row(features, right, q.answerable))
    return rows


def _all_quotes(engine, q, answer):  # type: ignore[no-untyped-def]
    if not answer.abstained:
        return answer.citations
    # Abstained by the current model: answer again with abstention off to see the quotes.
    loose = engine.with_settings(engine.settings.replace(abstain_below=0.0))
    return loose.ask(q.question).citations


NAMES: tuple[str, ...] = FEATURES  # the features fitted (FEATURES + --extra)
WITHOUT_RANK = False  # --without-rank


def _fit(sets: dict[str, list[Row]]) -> tuple[float, ...]:
    """The weights fitted on the scored rows of ``sets``, each set weighing the same."""
    fitted: list[Row] = []
    balance: list[float] = []
    for rows in sets.values():
        scored = [r for r in rows if r.features]
        fitted += scored
        balance += [1.0 / len(scored)] * len(scored)
    scale = len(fitted) / sum(balance)
    return fit(
        [r.features for r in fitted],
        [r.right for r in fitted],
        l2=0.01,
        sample_weights=[b * scale for b in balance],
        names=NAMES,
    )


def cross_validated(sets: dict[str, list[Row]], folds: int) -> dict[int, float]:
    """The probability of every scored row (by ``id``) from a model fitted without its fold
    (rows dealt to the folds in turn, each set on its own)."""
    out: dict[int, float] = {}
    for k in range(folds):
        train = {n: [r for i, r in enumerate(rows) if i % folds != k] for n, rows in sets.items()}
        weights = _fit(train)
        for rows in sets.values():
            for i, r in enumerate(rows):
                if i % folds == k and r.features:
                    out[id(r)] = probability(weights, r.features, NAMES)
    return out


def report(name: str, rows: list[Row], weights, current, held=None) -> None:  # type: ignore[no-untyped-def]
    """Brier, reliability by label and the threshold sweep of one set (with ``held``, the
    cross-validated probability of each row)."""
    scored = [r for r in rows if r.features]
    labels = [r.right for r in scored]

    def prob(r: Row) -> float:
        p = held[id(r)] if held is not None else probability(weights, r.features, NAMES)
        # the rules of confidence_features.not_high keep the label below high, as `ask` does
        return min(p, CONFIDENCE_HIGH - 0.01) if r.features.get("not_high") else p

    probs = [prob(r) for r in scored]
    print(
        f"\n{name}: {len(rows)} questions, {len(scored)} scored ({sum(labels)} right); Brier "
        f"{brier(probs, labels):.3f} {'cross-validated' if held else 'refitted'}, "
        f"{brier([probability(current, r.features) for r in scored], labels):.3f} current"
    )
    # ... and the rules of confidence_features.not_medium label it low (still answered)
    words = [
        confidence_word(min(p, CONFIDENCE_MEDIUM - 0.01) if r.features.get("not_medium") else p)
        for p, r in zip(probs, scored, strict=True)
    ]
    for word in ("high", "medium", "low"):
        chosen = [y for w, y in zip(words, labels, strict=True) if w == word]
        share = f"{sum(chosen) / len(chosen):.3f}" if chosen else "-"
        print(f"  {word:6} {len(chosen):4} answers, {sum(chosen):4} hold the answer ({share})")
    answerable = sum(r.answerable for r in rows)
    unanswerable = len(rows) - answerable
    print("  threshold  abstained-on-unanswerable  false-abstentions  gold-quoted")
    for t in THRESHOLDS:
        answered = [r for r in scored if prob(r) >= t]
        abstained_u = unanswerable - sum(not r.answerable for r in answered)
        false_abst = answerable - sum(r.answerable for r in answered)
        gold = sum(r.right for r in answered)
        print(
            f"  {t:9.2f}  {abstained_u / max(unanswerable, 1):25.3f}  "
            f"{false_abst / max(answerable, 1):17.3f}  {gold / max(answerable, 1):11.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--config", type=Path, default=None, help="a TOML file of settings")
    parser.add_argument("--test", action="store_true", help="also report the test split")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (1: none)")
    parser.add_argument(
        "--extra", action="append", default=[],
        help="a feature outside the model to fit as well: semantic (the e5 z-score of the "
        "first quote over the question's floor, answer.semantic_evidence.quote_standout)",
    )  # fmt: skip
    parser.add_argument(
        "--without-rank", action="store_true",
        help="fit the score feature without its passage-rank term (answer_rank_weight / rank), "
        "so the confidence does not move with the fusion's order",
    )  # fmt: skip
    args = parser.parse_args()
    global NAMES, WITHOUT_RANK
    WITHOUT_RANK = args.without_rank
    NAMES = FEATURES + tuple(f for f in args.extra if f not in FEATURES)
    settings = Settings.from_toml(args.config) if args.config else Settings()
    if args.index:
        settings = settings.replace(index_dir=args.index)
    engine = engine_for(settings)
    sets = {
        "dev": collect(engine, load_questions(HERE / "questions.jsonl", "dev")),
        "generated": collect(engine, load_questions(HERE / "generated.jsonl", "generated")),
    }
    # Each set weighs the same (the generated set has four times dev's answers).
    weights = _fit(sets)
    held = cross_validated(sets, args.folds) if args.folds > 1 else None
    print("features:", ", ".join(NAMES))
    print("confidence_weights = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    current = settings.confidence_weights
    for name, rows in sets.items():
        report(name, rows, weights, current, held)
    if args.test:
        rows = collect(engine, load_questions(HERE / "questions.jsonl", "test"))
        report("test (reported once; nothing fitted on it)", rows, weights, current)
    return 0


if __name__ == "__main__":
    sys.exit(main())
