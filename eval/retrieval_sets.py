"""Retrieval on every answer set of eval/answer_sets.py, the default against configurations.

    python eval/retrieval_sets.py CONFIG.toml [...] [--sets dev,generated,...]

`eval/switch_effects.py` measures a search change on the retrieval sets (dev, the held-out
paraphrases, two probes); a change of the search also moves the passages `ask` reads on every
answer set, so this prints R@5 / nDCG@10 of the default and of each configuration on each
set's answerable questions, with the paired permutation p of nDCG@10 and how many questions'
R@5 rose / fell. blind3_holdout is measured only (no misses are printed). The test split is
never run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import compare, evaluate, load_questions
from lrt_search.service import Engine


def main(argv: list[str] | None = None) -> int:
    """One row per set: the default's figures, then each configuration's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("configs", nargs="+", type=Path)
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args(argv)
    engine = Engine.load(progress=False)
    others = [
        engine.with_settings(Settings.from_toml(p, base=engine.settings)) for p in args.configs
    ]
    head = ["set", "default R@5 / nDCG@10", *(p.stem for p in args.configs)]
    print("| " + " | ".join(head) + " |\n" + "|---" * len(head) + "|")
    for name in args.sets.split(","):
        file, split = SETS[name]
        questions = load_questions(file, split)
        base = evaluate(engine, questions, answers=False, progress=False)
        cells = [name, f"{base.overall['R@5']:.3f} / {base.overall['nDCG@10']:.3f}"]
        for other in others:
            run = evaluate(other, questions, answers=False, progress=False)
            p = next(m.p_value for m in compare(base.per_question, run.per_question).metrics
                     if m.metric == "nDCG@10")  # fmt: skip
            up = sum(run.per_question[q]["R@5"] > v["R@5"] for q, v in base.per_question.items())
            down = sum(run.per_question[q]["R@5"] < v["R@5"] for q, v in base.per_question.items())
            cells.append(f"{run.overall['R@5']:.3f} / {run.overall['nDCG@10']:.3f} (p {p:.2f}; "
                         f"R@5 +{up} -{down})")  # fmt: skip
        print("| " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
