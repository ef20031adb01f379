"""Issue 21, eighth round: sentence rows in the index (setting ``sentence_rows``) and the dense
guarantee (``dense_guarantee``, ``dense_guarantee_rank``, ``dense_guarantee_margin``;
search/dense_guarantee.py), chosen on dev by cross-validation.

    python eval/dense_guarantee_cv.py [--folds 5] [--show NAME ...]

Every variant of the grid (sentence rows off / on x dense's first 1 or 2 passages x kept in
the top 3 or 5 x a dense margin over the next of 0 to 0.02) is searched on dev (answerable
questions); each row prints dev R@5, nDCG@10 and the paraphrase questions' R@5. For each fold
of dev the variant best on the other folds (mean nDCG@10, then R@5) ranks the fold's questions:
the cross-validated figure. The variant best on the whole of dev and each ``--show`` variant are
then read on ``eval/paraphrase_holdout.jsonl`` (figures only, never used to choose), the
paraphrase and English probes. The index must hold sentence rows (``lrt-search index --config
eval/configs/sentence-rows-on.toml``). Test is never used. (Its ``--family weak`` of commit
3ead7e2 measured the rule weak_lexical_share, deleted since: docs/development.md.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from retrieval_cv import PerQuestion, _mean, _per_question, _row  # the script's folder

from lrt_search.evaluation import load_questions
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent


def grid() -> dict[str, dict[str, Any]]:
    """The named variants (each a dict of settings to change); "default" changes nothing."""
    out: dict[str, dict[str, Any]] = {"default": {}, "rows": {"sentence_rows": True}}
    for rows in (False, True):
        for n in (1, 2):
            for rank in (3, 5):
                for margin in (0.0, 0.005, 0.01, 0.02):
                    name = f"{'rows,' if rows else ''}N={n},top{rank},m={margin}"
                    out[name] = {
                        "sentence_rows": rows,
                        "dense_guarantee": n,
                        "dense_guarantee_rank": rank,
                        "dense_guarantee_margin": margin,
                    }
    return out


def _key(per: PerQuestion, ids: list[str]) -> tuple[float, float]:
    return _mean(per, ids, "nDCG@10"), _mean(per, ids, "R@5")


def main(argv: list[str] | None = None) -> int:
    """Print each variant's dev row, the cross-validated row and the chosen variant's others."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show", nargs="*", default=[])
    args = parser.parse_args(argv)
    engine = Engine.load(progress=False)
    paraphrases = [
        q.id for q in load_questions(HERE / "questions.jsonl", "dev")
        if q.type == "paraphrase" and q.answerable
    ]  # fmt: skip
    runs: dict[str, PerQuestion] = {}
    engines: dict[str, Engine] = {}
    print("| variant | dev R@5 | dev nDCG@10 | dev para R@5 |\n|---|---:|---:|---:|")
    for name, changes in grid().items():
        engines[name] = engine.with_settings(engine.settings.replace(**changes))
        engines[name]._query_cache = engine._query_cache  # the same questions embedded once
        runs[name] = _per_question(engines[name], "questions.jsonl", "dev")
        ids = sorted(runs[name])
        para = [q for q in paraphrases if q in runs[name]]
        cells = [_mean(runs[name], ids, "R@5"), _mean(runs[name], ids, "nDCG@10")]
        cells.append(_mean(runs[name], para, "R@5"))
        print(f"| {name} | " + " | ".join(f"{c:.3f}" for c in cells) + " |", flush=True)
    ids = sorted(runs["default"])
    cv: PerQuestion = {}
    for fold in range(args.folds):
        held = ids[fold :: args.folds]
        train = [q for q in ids if q not in set(held)]
        best = max(runs, key=lambda name: (*_key(runs[name], train), name == "default"))
        print(f"  fold {fold}: {best}", flush=True)
        cv |= {q: runs[best][q] for q in held}
    chosen = max(runs, key=lambda name: (*_key(runs[name], ids), name == "default"))
    print("| questions | n | R@5 | nDCG@10 | p |\n|---|---:|---:|---:|---:|")
    print(_row(f"dev, cross-validated ({args.folds} folds)", runs["default"], cv))
    para_cv = {q: cv[q] for q in paraphrases if q in cv}
    para_base = {q: runs["default"][q] for q in para_cv}
    print(_row("dev paraphrases, cross-validated", para_base, para_cv))
    for name in dict.fromkeys([chosen, *args.show]):
        print(_row(f"dev, {name}", runs["default"], runs[name]))
        for label, (file, split) in {
            "held-out paraphrases": ("paraphrase_holdout.jsonl", "all"),
            "English probes": ("english_probe.jsonl", "all"),
            "paraphrase probes": ("paraphrase_probe.jsonl", "all"),
        }.items():
            base = _per_question(engines["default"], file, split)
            other = _per_question(engines[name], file, split)
            print(_row(f"{label}, {name}", base, other), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
