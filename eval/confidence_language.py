"""The reliability of the calibrated confidence by the question's language and form (issue 16,
task C), and what a fitted language term would change (measured, not kept: docs/development.md,
"Confidence by language").

Reads the rows ``python eval/calibrate.py --rows FILE`` keeps (every non-test answer set asked
once; the held-out sets, names ending in "holdout", are left out here) and prints, for the
weights of ``Settings`` at ``Settings.abstain_below``, per language (Dutch / English, by
``is_english``) and pool (dev + generated, the other readable sets):

- the reliability of the labels high / medium / low (answers labelled so that quote gold);
- the mean confidence of the scored answers that quote gold and of those that do not;
- the false abstentions and unanswerable questions abstained on by the threshold.

``--forms`` prints the same per question form (the first intent of lexicon/data/intents.toml
the question asks, else "other"). ``--english W`` adds ``W * english`` (1 for an English
question) to the logit of ``Settings``. ``--fit`` fits the weight of ``english`` alone on dev +
generated (each set weighing the same, the penalty of ``eval/calibrate.py``), the other weights
held at those of ``Settings``, and prints the figures with it; ``--with FEATURE`` (repeatable)
fits ``english * FEATURE`` as well (a language-specific slope of a feature of the model or of
eval/calibrate.py's ``candidates``, e.g. ``score``, ``lexical``, ``item_lexical``).

    python eval/confidence_language.py --rows FILE [--forms] [--english W]
                                       [--fit [--with FEATURE ...]]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from answer_sets import SETS

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES, confidence_word
from lrt_search.evaluation import load_questions
from lrt_search.evaluation.calibration_cv import L2, Row
from lrt_search.index.analysis import is_english
from lrt_search.lexicon.intents import asks, intent_names
from lrt_search.results import CONFIDENCE_HIGH, CONFIDENCE_MEDIUM

POOL = ("dev", "generated")

#: Weights added to the logit of ``Settings``: of ``english``, then of ``english * f`` for
#: each feature ``f`` named.
Shift = tuple[tuple[float, ...], tuple[str, ...]]


def load(path: Path) -> dict[str, list[tuple[Row, str]]]:
    """The rows of every readable set with their question's text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[Row, str]]] = {}
    for name, (file, split) in SETS.items():
        if name.endswith("holdout") or name not in data:
            continue
        text = {q.id: q.question for q in load_questions(file, split)}
        out[name] = [(Row(**r), text[r["id"]]) for r in data[name]]
    return out


def logit(weights: tuple[float, ...], row: Row) -> float:
    """The model's log-odds for ``row`` under ``weights`` (bias first, then FEATURES)."""
    pairs = zip(weights[1:], FEATURES, strict=True)
    return weights[0] + sum(w * row.features.get(n, 0.0) for w, n in pairs)


def terms(row: Row, q: str, slopes: Sequence[str]) -> list[float]:
    """``english`` and ``english * f`` for each feature ``f`` of ``slopes``."""
    en = float(is_english(q))
    return [en] + [en * row.features.get(f, 0.0) for f in slopes]


def decided(settings: Settings, row: Row, q: str, shift: Shift) -> float | None:
    """The confidence ``ask`` decides on (None: refused by a check; kept below high by
    not_high), with ``shift`` (weights and the features they slope) added to the logit."""
    if not row.features:
        return row.fixed
    beta, slopes = shift
    z = logit(settings.confidence_weights, row)
    z += sum(b * t for b, t in zip(beta, terms(row, q, slopes), strict=True))
    p = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
    return min(p, CONFIDENCE_HIGH - 0.01) if row.features.get("not_high") else p


def tally(sets, settings, group, shift) -> dict:  # type: ignore[no-untyped-def]
    """Per group (``group(set name, question)``): label reliability, confidences, abstentions."""
    t: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    conf: dict = defaultdict(lambda: defaultdict(list))
    for name, rows in sets.items():
        for row, q in rows:
            g = group(name, q)
            p = decided(settings, row, q, shift)
            if row.features and p is not None:
                conf[g][row.right].append(p)
            if p is None or (row.features and p < settings.abstain_below):
                if row.features:
                    t[g]["fa" if row.answerable else "ua"][0] += 1
                continue
            shown = min(p, CONFIDENCE_MEDIUM - 0.01) if row.features.get("not_medium") else p
            cell = t[g][confidence_word(shown)]
            cell[0] += 1
            cell[1] += row.right
    return {g: (t[g], conf[g]) for g in sorted(t.keys() | conf.keys())}


def show(result: dict) -> None:  # type: ignore[type-arg]
    """Print one line per group."""
    for g, (t, conf) in result.items():
        rel = "  ".join(
            f"{w} {t[w][1]}/{t[w][0]}" + (f" ({t[w][1] / t[w][0]:.3f})" if t[w][0] else "")
            for w in ("high", "medium", "low")
        )
        mean = {k: (sum(v) / len(v) if v else math.nan) for k, v in conf.items()}
        print(
            f"  {g:28} {rel}  mean conf right {mean.get(True, math.nan):.3f} "
            f"wrong {mean.get(False, math.nan):.3f}  low_confidence: false abst {t['fa'][0]}, "
            f"unanswerable {t['ua'][0]}"
        )


def fit_english(sets, weights: tuple[float, ...], slopes: Sequence[str]) -> Shift:  # type: ignore[no-untyped-def]
    """The weights of ``english`` (and ``english * f`` for ``f`` in ``slopes``) fitted on the
    pool by Newton's method, the other weights fixed; each set weighing the same and the same
    L2 penalty as ``fit_sets`` (eval/calibrate.py)."""
    import numpy as np

    pool = {name: [(r, q) for r, q in sets[name] if r.features] for name in POOL}
    total = sum(len(rows) for rows in pool.values())
    x, offset, y, c = [], [], [], []
    for rows in pool.values():
        for row, q in rows:
            x.append(terms(row, q, slopes))
            offset.append(logit(weights, row))
            y.append(float(row.right))
            c.append(total / (len(pool) * len(rows)))
    xs, o, ys, cs = (np.array(v, dtype=float) for v in (x, offset, y, c))
    beta = np.zeros(xs.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(o + xs @ beta, -50, 50)))
        grad = xs.T @ (cs * (p - ys)) + L2 * beta
        hessian = xs.T @ (xs * (cs * p * (1 - p))[:, None]) + L2 * np.eye(len(beta))
        beta -= np.linalg.solve(hessian, grad)
    return tuple(float(b) for b in beta), tuple(slopes)


def form(question: str) -> str:
    """The question's language and first intent (lexicon/data/intents.toml), else "other"."""
    lang = "en" if is_english(question) else "nl"
    return f"{lang} {next((n for n in intent_names() if asks(n, question)), 'other')}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--forms", action="store_true")
    parser.add_argument("--english", type=float, default=0.0, help="added to an English logit")
    parser.add_argument("--fit", action="store_true", help="fit the weight of english")
    parser.add_argument("--with", dest="slopes", action="append", default=[])
    args = parser.parse_args()
    sets = load(args.rows)
    settings = Settings()
    shift: Shift = ((args.english,), ())
    if args.fit:
        shift = fit_english(sets, settings.confidence_weights, args.slopes)
    named = ["english"] + [f"english*{f}" for f in shift[1]]
    print(
        "Settings' weights + "
        + " + ".join(f"{b:.3f} {n}" for b, n in zip(shift[0], named, strict=True))
        + f" (fitted on dev + generated: {args.fit}), abstain_below {settings.abstain_below}"
    )

    def by_language(name: str, q: str) -> str:
        pool = "dev+generated" if name in POOL else "other readable"
        return f"{pool} {'en' if is_english(q) else 'nl'}"

    show(tally(sets, settings, by_language, shift))
    if args.forms:
        print("by language and form (every readable set):")
        show(tally(sets, settings, lambda _name, q: form(q), shift))
    return 0


if __name__ == "__main__":
    sys.exit(main())
