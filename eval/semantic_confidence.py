"""Could semantic evidence lift a low confidence? The e5 z-score of the first quote over the
question's floor (lrt_search.answer.semantic_evidence.quote_standout) for three kinds of
question of every non-test answer set: answered with the gold quote (``right``), unanswerable
and answered (``unanswerable_answered``), and answerable but abstained for low confidence
(``low_confidence_refused``: the quote is that of the answer with abstention off).

    python eval/semantic_confidence.py [--sets dev,probes,...]

Prints the 10th, 25th, 50th, 75th and 90th percentile of each kind, then every refused
question. The test split is never run.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

import numpy as np
from answer_sets import SETS  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.answer.semantic_evidence import quote_standout
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import _quotes_contain_gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    loose = engine.with_settings(engine.settings.replace(abstain_below=0.0))
    kinds: dict[str, list[float]] = defaultdict(list)
    refused = []
    for name in args.sets.split(","):
        path, split = SETS[name]
        for q in load_questions(path, split):
            answer = engine.ask(q.question)
            if answer.abstained and answer.reason_code != "low_confidence":
                continue
            kind = (
                "unanswerable_answered" if not q.answerable and not answer.abstained
                else "low_confidence_refused" if q.answerable and answer.abstained
                else "right" if q.answerable and _quotes_contain_gold(answer.citations, q)
                else ""
            )  # fmt: skip
            if not kind:
                continue
            quotes = loose.ask(q.question).citations if answer.abstained else answer.citations
            if not quotes:
                continue
            z = quote_standout(engine, q.question, quotes[0].chunk_id, quotes[0].quote)
            kinds[kind].append(z)
            if kind == "low_confidence_refused":
                refused.append(f"  {name}:{q.id}\t{z:.2f}\t{answer.confidence:.3f}\t{q.question}")
    for kind, values in kinds.items():
        cuts = np.percentile(values, [10, 25, 50, 75, 90])
        print(f"{kind:24} {len(values):4}  " + "  ".join(f"{v:5.2f}" for v in cuts))
    print("refused for low confidence (z, confidence):", *refused, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
