"""Fit the calibrated confidence of `ask` on the dev questions and check it on test.

Runs every question through `ask` (with the current evidence checks), takes the features of
the best statement of each answer that was not abstained on by an evidence check, and fits a
logistic regression (lrt_search.answer.calibration.fit) with the label "a quote holds a gold
quote" (unanswerable questions: 0). Prints the weights to put into
`Settings.confidence_weights`, and the Brier score and the abstention counts on dev and test.

    python eval/calibrate.py [--index DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES, brier, fit, probability
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import _quotes_contain_gold

HERE = Path(__file__).resolve().parent


def collect(engine, questions):  # type: ignore[no-untyped-def]
    rows, labels, kinds = [], [], []
    for q in questions:
        answer = engine.ask(q.question)
        if not answer.features:  # abstained by an evidence check: not the model's to decide
            continue
        # The label: would quoting these statements be right? (gold among them)
        gold = q.answerable and _quotes_contain_gold(_all_quotes(engine, q, answer), q)
        rows.append(answer.features)
        labels.append(bool(gold))
        kinds.append(q.answerable)
    return rows, labels, kinds


def _all_quotes(engine, q, answer):  # type: ignore[no-untyped-def]
    if not answer.abstained:
        return answer.citations
    # Abstained by the current model: answer again with abstention off to see the quotes.
    loose = engine.with_settings(engine.settings.replace(abstain_below=0.0))
    return loose.ask(q.question).citations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, default=None)
    args = parser.parse_args()
    settings = Settings()
    if args.index:
        settings = settings.replace(index_dir=args.index)
    engine = engine_for(settings)
    path = HERE / "questions.jsonl"
    dev_rows, dev_labels, _ = collect(engine, load_questions(path, "dev"))
    weights = fit(dev_rows, dev_labels, l2=0.01)
    print("features:", ", ".join(FEATURES))
    print("confidence_weights = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    test_rows, test_labels, _ = collect(engine, load_questions(path, "test"))
    current = settings.confidence_weights
    for name, rows, labels in (("dev", dev_rows, dev_labels), ("test", test_rows, test_labels)):
        probs = [probability(weights, r) for r in rows]
        kept = brier([probability(current, r) for r in rows], labels)
        print(
            f"{name}: {len(rows)} answers scored, {sum(labels)} right; Brier "
            f"{brier(probs, labels):.3f} refitted, {kept:.3f} with the weights in Settings "
            f"{tuple(current)}, constant "
            f"{brier([sum(labels) / len(labels)] * len(labels), labels):.3f}; "
            "refitted, at p >= 0.5: "
            f"{sum(p >= 0.5 and y for p, y in zip(probs, labels, strict=True))} right answered, "
            f"{sum(p < 0.5 and y for p, y in zip(probs, labels, strict=True))} right abstained, "
            f"{sum(p < 0.5 and not y for p, y in zip(probs, labels, strict=True))} wrong abstained"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
