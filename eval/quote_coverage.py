"""How much of the question the best quote holds, for answers that quote the gold and answers
that do not (issue 16, task E, part 3): may a label say "this quote holds little of the
question"?

    python eval/quote_coverage.py [--sets dev,blind2_probe,...] [--config F] [--below 0.3]

Per answered question of each set (an unanswerable question answered counts as a wrong answer):
its label, whether a quote holds the gold, and ``lexical``, the largest share of the question's
idf-weighted index terms any of its quotes holds (the term share of the quote score,
:mod:`lrt_search.answer.candidates`). The last lines count, per label, the right and wrong
answers whose largest term share is below each threshold. The test split and the held-out sets
("*holdout") are never run.
"""

from __future__ import annotations

import sys
from collections import Counter

from answer_sets import (  # the script's folder is on the path
    SETS,
    config_settings,
    held_out,
    sets_parser,
)

from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match

DEFAULT_SETS = (
    "dev,blind2_probe,paraphrase_probe,quote_probe,blind_probe,english_probe,blind3_design,"
    "generated,probes,holdout"
)
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def main() -> int:
    """Print one line per answer and the counts per label and threshold."""
    parser = sets_parser(__doc__, DEFAULT_SETS)
    parser.add_argument("--quiet", action="store_true", help="the counts only")
    args = parser.parse_args()
    settings = config_settings(args)
    engine = engine_for(settings, progress=False)
    counts: Counter[tuple[str, str, float]] = Counter()
    for name in args.sets.split(","):
        if held_out(name):
            parser.error(f"{name} is only measured, never studied")
        for q in load_questions(*SETS[name]):
            answer = engine.ask(q.question)
            if answer.abstained:
                continue
            quotes = [normalize_for_match(c.quote) for c in answer.citations]
            right = q.answerable and any(
                normalize_for_match(g.quote) in t for g in q.gold for t in quotes
            )
            lexical = max((c.lexical for c in answer.citations), default=0.0)
            label = answer.confidence_label
            if not args.quiet:
                print(f"{name}\t{q.id}\t{label}\t{'right' if right else 'WRONG'}\t{lexical:.2f}")
            for t in THRESHOLDS:
                if lexical < t:
                    counts[(label, "right" if right else "wrong", t)] += 1
    for label in ("high", "medium", "low"):
        row = "  ".join(
            f"<{t}: right {counts[(label, 'right', t)]} wrong {counts[(label, 'wrong', t)]}"
            for t in THRESHOLDS
        )
        print(f"{label:6} {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
