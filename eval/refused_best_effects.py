"""What rule quote_refused_best adds: per answered question of each set, the quote it adds
(the rule on, ``refused_best_margin`` as set, against the same settings with it 0) and whether
that quote holds the question's gold.

    python eval/refused_best_effects.py [--sets dev,blind2_probe,...] [--config F] [--list]

Prints, per set: answers compared, answers given an extra quote, and of those the answerable
ones whose added quote holds the gold (gold gained: no other quote of theirs held it), the
answerable ones whose added quote does not, and the unanswerable ones (an extra quote on an
answer that should have been an abstention). ``--list`` prints one line per added quote. The
held-out sets ("*holdout") cannot be listed; the test split is never run.
"""

from __future__ import annotations

import sys
from collections import Counter

from answer_sets import (  # the script's folder is on the path
    SETS,
    config_settings,
    sets_parser,
    studied_sets,
)

from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine

DEFAULT_SETS = "dev,generated,probes,quote_probe,paraphrase_probe,blind_probe,blind2_probe"


def _holds(golds: list[str], quotes: list[str]) -> bool:
    return any(g in q for g in golds for q in quotes)


def _run_set(on: Engine, off: Engine, name: str, listing: bool) -> Counter[str]:
    path, split = SETS[name]
    counts: Counter[str] = Counter()
    for q in load_questions(path, split):
        a = on.ask(q.question)
        if a.abstained:
            continue
        counts["answered"] += 1
        before = [normalize_for_match(c.quote) for c in off.ask(q.question).citations]
        added = [normalize_for_match(c.quote) for c in a.citations]
        added = [t for t in added if t not in before]
        if not added:
            continue
        counts["extra quote"] += 1
        golds = [normalize_for_match(g.quote) for g in q.gold]
        kind = (
            "unanswerable"
            if not q.answerable
            else "gold gained"
            if _holds(golds, added) and not _holds(golds, before)
            else "gold in added, already quoted"
            if _holds(golds, added)
            else "answerable, added without gold"
        )
        counts[kind] += 1
        if listing:
            print(f"{name}\t{q.id}\t{kind}\t{added[-1][:90]}")
    return counts


def main() -> int:
    parser = sets_parser(__doc__, DEFAULT_SETS)
    parser.add_argument("--list", action="store_true", help="one line per added quote")
    args = parser.parse_args()
    settings = config_settings(args)
    on = engine_for(settings, progress=False)
    off = on.with_settings(settings.replace(refused_best_margin=0.0))
    for name in studied_sets(parser, args.sets):
        counts = _run_set(on, off, name, args.list)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
