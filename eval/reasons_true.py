"""Whether the reason of every abstention is true of the minutes (issue 16: zero false
reasons), on every readable answer set of eval/answer_sets.toml (never a held-out set, never
test): `ask` every question and check each abstention's reason with
:func:`lrt_search.evaluation.reason_truth.false_reason`.

    python eval/reasons_true.py [--sets dev,probes,...] [--handwritten] [--config FILE.toml]

Prints each false reason (set, id, code, the reason, what makes it false), then per reason code
the abstentions, whether the code is checked and how many reasons are false. Exit status 1 when
one is false. `--handwritten` leaves out the sets generated or derived in bulk (as
tests/integration/test_reasons_true.py does)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from answer_sets import REGISTRY, held_out

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.reason_truth import UNCHECKED, Minutes, false_reason

#: The readable sets generated or derived in bulk from another set; the test leaves them out.
BULK = ("generated", "reworded", "everyday_speech", "attendance_probe", "discussion_form",
        "perfect_form")  # fmt: skip


def readable(handwritten: bool = False) -> list[str]:
    """The names of the readable answer sets (no held-out set; ``handwritten``: no bulk set)."""
    return [
        s.name for s in REGISTRY if not held_out(s.name) and not (handwritten and s.name in BULK)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="")
    parser.add_argument("--handwritten", action="store_true")
    parser.add_argument("--config", type=Path, default=None, help="a TOML file of settings")
    args = parser.parse_args()
    names = args.sets.split(",") if args.sets else readable(args.handwritten)
    if any(held_out(n) for n in names):
        parser.error("a held-out set is only measured, never studied")
    sets = {s.name: s for s in REGISTRY}
    engine = engine_for(Settings.from_toml(args.config) if args.config else Settings())
    minutes = Minutes(engine)
    codes: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for name in names:
        for q in load_questions(sets[name].file, sets[name].split):
            answer = engine.ask(q.question)
            if not answer.abstained:
                continue
            codes[answer.reason_code] += 1
            wrong = false_reason(minutes, answer)
            if wrong:
                false[answer.reason_code] += 1
                print(f"{name}:{q.id} {answer.reason_code} | {answer.reason} | {wrong}")
    print(f"{'reason code':24} abstentions  false  checked")
    for code, n in codes.most_common():
        checked = f"no: {UNCHECKED[code]}" if code in UNCHECKED else "yes"
        print(f"{code:24} {n:11}  {false[code]:5}  {checked}")
    print(f"false reasons: {sum(false.values())} of {sum(codes.values())} abstentions")
    return 1 if false else 0


if __name__ == "__main__":
    raise SystemExit(main())
