"""Every spelling correction ``ask`` would make on the readable answer sets (issue 16 A3): per
question word the minutes word it becomes (:func:`lrt_search.search.spelling.suggest`, kept by
:func:`lrt_search.answer.informativeness.misspelt`), with the features that might tell a typo
of a minutes word from a real other word: the edit distance and the word's length, whether
both have the same spelling key, the longest common ending (a compound's head), the
general-language Zipf of both, whether the word splits into two words of general Dutch
(:func:`lrt_search.search.spelling.general_compound`, Zipf ``PART_ZIPF``) and whether rule
``spelling_keeps_part_start`` refuses the correction (REFUSED) or keeps it. Each line says
whether the question is answerable (A or U) and, with ``--dump``, whether the run of that dump
abstained.

    python eval/spelling_corrections.py [--sets dev,probes,...] [--dump DUMP.json]

Held-out sets ("*holdout") are never read; the test split is never asked.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from answer_sets import SETS, held_out, readable_sets  # the script's folder is on the path
from editdistpy import damerau_osa

from lrt_search import Settings
from lrt_search.answer.informativeness import misspelt
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.spelling_variants import spelling_key
from lrt_search.lexicon.wordfreq import zipf
from lrt_search.search.spelling import PART_ZIPF, changes_part_start, general_compound, suggest


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n].lower() == b[-1 - n].lower():
        n += 1
    return n


def rows(sets: list[str], dump: dict[str, dict]) -> list[str]:
    """One line per correction ``ask`` would make on the questions of ``sets``."""
    engine = engine_for(Settings())
    out = []
    for name in sets:
        path, split = SETS[name]
        for q in load_questions(path, split):
            found = suggest(engine, q.question)
            for s in misspelt(q.question, found, keeps_part_start=False):
                rec = dump.get(f"{name}:{q.id}", {})
                kind = "A" if q.answerable else "U"
                ran = {True: "abst", False: "answ"}.get(rec.get("abstained"), "-")
                w, c = s.word, s.suggestion
                distance = damerau_osa.distance(w.lower(), c.lower(), 9)
                refused = "REFUSED" if changes_part_start(w, c) else "kept"
                out.append(
                    f"{kind} {ran} {refused} {name}:{q.id} {w} -> {c} d={distance}"
                    f" len={len(w)} key={'=' if spelling_key(w) == spelling_key(c) else '!'}"
                    f" end={_common_end(w, c)} zipf={zipf(w, 'nl'):.1f}/{zipf(c, 'nl'):.1f}"
                    f" split={'+'.join(general_compound(w, PART_ZIPF)) or '-'}"
                )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    sets = [n for n in args.sets.split(",") if not held_out(n)]
    dump = json.loads(args.dump.read_text()) if args.dump else {}
    for line in rows(sets, dump):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
