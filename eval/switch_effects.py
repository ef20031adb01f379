"""The effect of issue 21's retrieval switches, one row per configuration, against the default.

    python eval/switch_effects.py [CONFIG.toml ...]   (default: the configs listed in SWITCHES)

Each row is the default engine with one configuration of ``eval/configs/`` applied, searched on
the sets that may be looked at while designing: dev of ``eval/questions.jsonl`` (all
answerable, and the paraphrase questions' R@5), the held-out paraphrases
(``eval/paraphrase_holdout.jsonl``, never used to choose), the paraphrase probes
(``eval/paraphrase_probe.jsonl``) and the English probes (``eval/english_probe.jsonl``), plus
the rare-word check. ``p`` is the paired permutation p of nDCG@10 against the default. Test is
never used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.evaluation import compare, evaluate, load_questions
from lrt_search.evaluation.rare_words import rare_word_check
from lrt_search.evaluation.runner import Report
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
SWITCHES = (
    "no-bridge-lemmas.toml",
    "stemmer-porter.toml",
    "learned-fusion.toml",
    "porter-learned.toml",
)
SETS = {
    "dev": ("questions.jsonl", "dev"),
    "held-out": ("paraphrase_holdout.jsonl", "all"),
    "para-probe": ("paraphrase_probe.jsonl", "all"),
    "en-probe": ("english_probe.jsonl", "all"),
}


def _runs(engine: Engine) -> dict[str, Report]:
    """Retrieval reports of ``engine`` on every set of :data:`SETS`."""
    return {
        name: evaluate(engine, load_questions(HERE / file, split), answers=False, progress=False)
        for name, (file, split) in SETS.items()
    }


def _cells(runs: dict[str, Report], base: dict[str, Report] | None) -> list[str]:
    """R@5 / nDCG@10 (p) per set, the dev paraphrases' R@5 after dev's."""
    cells = []
    for name, report in runs.items():
        p = ""
        if base is not None:
            metrics = compare(base[name].per_question, report.per_question).metrics
            p = f" (p {next(m.p_value for m in metrics if m.metric == 'nDCG@10'):.2f})"
        cells.append(f"{report.overall['R@5']:.3f} / {report.overall['nDCG@10']:.3f}{p}")
        if name == "dev":
            cells.append(f"{report.by_type.get('paraphrase', {}).get('R@5', float('nan')):.3f}")
    return cells


def main(argv: list[str] | None = None) -> int:
    """Print one table row for the default and one per configuration."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("configs", nargs="*", type=Path)
    args = parser.parse_args(argv)
    configs = args.configs or [HERE / "configs" / name for name in SWITCHES]
    engine = Engine.load(progress=False)
    head = ["config", "dev R@5 / nDCG@10", "dev para R@5", *list(SETS)[1:], "rare words"]
    print("| " + " | ".join(head) + " |")
    print("|---" * len(head) + "|")
    base = _runs(engine)
    rare = rare_word_check(engine).share
    print("| default | " + " | ".join(_cells(base, None)) + f" | {rare:.3f} |", flush=True)
    for path in configs:
        other = engine.with_settings(Settings.from_toml(path, base=engine.settings))
        rare = rare_word_check(other).share
        row = [path.stem, *_cells(_runs(other), base), f"{rare:.3f}"]
        print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
