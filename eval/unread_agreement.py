"""Where the "not understood" note disagrees with the topic check (rule
``unread_from_topic_check``, :mod:`lrt_search.evaluation.unread_agreement`), over every readable
answer set (eval/answer_sets.py; no held-out set, never the test split). No `ask` is run.

    python eval/unread_agreement.py [--config eval/configs/unread-from-topic-check-off.toml]

Prints per set the questions that disagree and a total.
"""

from __future__ import annotations

import argparse
import sys

from answer_sets import SETS, held_out

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.unread_agreement import disagreement


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=None, help="a TOML file of settings")
    args = parser.parse_args()
    settings = Settings.from_toml(args.config) if args.config else Settings()
    engine = engine_for(settings)
    total = count = 0
    for name, (path, split) in SETS.items():
        if held_out(name):
            continue
        for q in load_questions(path, split):
            count += 1
            found = disagreement(engine, q.question)
            if found is None:
                continue
            total += 1
            print(f"{name}:{q.id} {q.question!r}")
            print(
                f"   found, listed: {list(found.found_listed)}; lacking, unlisted: "
                f"{list(found.lacking_unlisted)}"
            )
    print(f"{total} of {count} readable questions disagree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
