"""Rule question_parts after other abstention reasons: the two-part questions of the readable
answer sets, asked with the default settings and, where they abstain, with the rule following
every quote and gate reason and one part answered enough (``question_parts_every`` off).

    python eval/question_parts_reasons.py [--sets blind5_design,blind6_design,...]

One line per two-part question that abstains by default: set, id, answerable, the default
reason, and the wider rule's outcome (answered, with or without a gold quote). The test split
and the held-out sets ("*holdout") are never run.
"""

from __future__ import annotations

import argparse

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.answer.question_parts import split_parts
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import ask_all

#: The reasons the wider rule follows.
WIDER = (
    "not_together", "premise_unsupported", "name_not_quoted", "topic_not_quoted", "no_answer",
    "low_confidence", "topic_absent", "name_absent", "no_amount", "not_listed",
)  # fmt: skip


def main() -> int:
    """Print the outcome of the wider rule on each two-part question abstained by default."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    readable = [n for n in SETS if not held_out(n)]
    parser.add_argument("--sets", default=",".join(readable))
    args = parser.parse_args()
    base = engine_for(Settings())
    wider = base.with_settings(
        base.settings.replace(question_parts=WIDER, question_parts_every=False)
    )
    for name in args.sets.split(","):
        if held_out(name):
            continue
        path, split = SETS[name]
        two = [q for q in load_questions(path, split) if split_parts(q.question)]
        _, records = ask_all(base, two, progress=False)
        abstained = [q for q, r in zip(two, records, strict=True) if r.abstained]
        _, after = ask_all(wider, abstained, progress=False)
        before = {r.id: r for r in records}
        for r in after:
            outcome = "abstained" if r.abstained else f"answered gold={r.has_gold}"
            was = before[r.id].reason_code
            print(f"{name} {r.id} answerable={r.answerable} {was} -> {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
