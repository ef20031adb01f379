"""Which readable questions rule ``body_chair`` reads differently (issue 16 session 23 task D3):
reading only, no ``ask``.

    python eval/body_chair_scan.py [--sets a,b] [--fold design|validation]

Each question is read (search.parsed.read_question) with the default settings and with
eval/configs/body-chair-off.toml; where the speaker, intents, header, chair, topic or period
scope differ, it is listed, then per set one line of eval/affected_ask.py's AFFECTED.txt
(``<set> <n> <id><flags> ...``). Held-out sets are skipped; the test split is never read.
"""

from __future__ import annotations

import argparse
import sys

from answer_sets import SETS, readable_sets  # the script's folder is on the path
from event_date_scan import _fold
from reading_scan import affected_lines, flags

from lrt_search import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def _reading(engine, question: str) -> tuple:
    p = read_question(
        question, engine.orgs, engine.glossary, rules=SpeakerRules.of(engine.settings)
    )
    return p.speaker, sorted(p.intents), p.header, p.chair, p.topic, p.period_scope


def main() -> int:
    """Print each question read otherwise, then the AFFECTED lines."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--fold", default="")
    args = parser.parse_args()
    on = engine_for(Settings(), progress=False)
    off = engine_for(Settings.from_toml("eval/configs/body-chair-off.toml"), progress=False)

    def differs(name: str, q: Question) -> bool:
        if name.startswith("test") or (args.fold and _fold(name, SETS[name][0].name) != args.fold):
            return False
        after, before = _reading(on, q.question), _reading(off, q.question)
        if after != before:
            print("#", name, q.id, flags(q), before, "->", after, "|", q.question, flush=True)
        return after != before

    for line in affected_lines(differs, args.sets):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
