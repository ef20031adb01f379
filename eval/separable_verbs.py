"""Dutch separable verbs written apart, counted (issue 16 task F2, rule ``separable_verbs``).

Over the corpus statements and every readable answer set (never a held-out set, never the test
split): how many texts write a separable verb apart ("pakt het probleem aan", "aan te pakken")
in a form whose joined term the corpus holds (lrt_search.index.separable, the analyzer's
``joined_terms``), by particle; and the answerable questions whose words meet a gold quote's
only through such a joined term ("aanpakken" / "aanpak" against "aan te pakken", or the
reverse): those the rule can reach.

    python eval/separable_verbs.py [--sets a,b,c] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from answer_sets import SETS, held_out

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.ingest.corpus import load_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(n for n in SETS if not held_out(n)))
    parser.add_argument("--show", type=int, default=12)
    args = parser.parse_args()
    names = [n for n in args.sets.split(",") if n and not held_out(n)]
    settings = Settings()
    analyzer = engine_for(settings, progress=False).analyzer.with_options(separable_verbs=False)

    by_term: Counter[str] = Counter()
    said = 0
    statements = [s.text for m in load_corpus(settings.corpus_dir) for s in m.statements]
    for text in statements:
        joined = analyzer.joined_terms(text)
        said += bool(joined)
        by_term.update(joined)
    print(f"corpus statements writing a separable verb apart: {said}/{len(statements)}")
    print("  joined terms:", ", ".join(f"{t} {n}" for t, n in by_term.most_common(30)))

    asked = total = reach = 0
    shown: list[str] = []
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            total += 1
            q_joined = set(analyzer.joined_terms(q.question))
            asked += bool(q_joined)
            if not q.answerable or not q.gold:
                continue
            q_terms = set(analyzer.tokenize(q.question))
            for gold in q.gold:
                g_terms = set(analyzer.tokenize(gold.quote))
                g_joined = set(analyzer.joined_terms(gold.quote))
                new = ((q_terms | q_joined) & (g_terms | g_joined)) - (q_terms & g_terms)
                if new:
                    reach += 1
                    if len(shown) < args.show:
                        shown.append(f"  {name} {q.id} {sorted(new)}: {q.question[:90]}")
                    break
    print(f"questions writing a separable verb apart: {asked}/{total}")
    print(f"answerable questions meeting a gold quote only through a joined term: {reach}")
    print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
