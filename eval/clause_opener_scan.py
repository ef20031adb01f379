"""Which questions rule ``clause_opener_not_speaker`` reads differently: for every question of
the non-test answer sets (eval/answer_sets.py), the speaker phrase
(:func:`lrt_search.search.phrases.speaker_phrase`) with the rule off and on. No index needed.

    python eval/clause_opener_scan.py

Prints per set how many questions change; each one (id, phrase off -> on) only for sets that
are not held out (a held-out set's questions are never listed). The test split is never read.
"""

from __future__ import annotations

import sys

from answer_sets import SETS, held_out

from lrt_search.evaluation import load_questions
from lrt_search.search.phrases import speaker_phrase


def main() -> int:
    total = 0
    for name, (path, split) in SETS.items():
        changed = [
            (q.id, q.question, off, on)
            for q in load_questions(path, split)
            if (off := speaker_phrase(q.question, opener=False))
            != (on := speaker_phrase(q.question, opener=True))
        ]
        total += len(changed)
        if not changed:
            continue
        print(f"{name}: {len(changed)} questions read differently")
        if held_out(name):
            continue
        for qid, text, off, on in changed:
            print(f"   {qid} {text!r}: {off!r} -> {on!r}")
    print(f"all sets: {total} questions read differently")
    return 0


if __name__ == "__main__":
    sys.exit(main())
