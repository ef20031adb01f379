"""Which readable questions rule ``possessive_bodies_read`` reads differently (issue 16 session
29 task A2): reading only, no ``ask``.

    python eval/possessive_bodies_scan.py [--sets a,b] [--fold design|validation]

Each question is read (search.parsed.read_question) with the default settings and with
eval/configs/possessive-bodies-read-off.toml; where the speaker, the names or the topic differ,
it is listed, then per set one line of eval/affected_ask.py's AFFECTED.txt (``<set> <n>
<id><flags> ...``). Held-out sets are skipped, the test split is never read, and blind29 (first
run only this session) is not read.
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

_OFF = "eval/configs/possessive-bodies-read-off.toml"


def _reading(engine, question: str) -> tuple:
    p = read_question(
        question, engine.orgs, engine.glossary, rules=SpeakerRules.of(engine.settings)
    )
    return p.speaker, p.names, p.topic


def main() -> int:
    """Print each question read otherwise, then the AFFECTED lines."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--fold", default="")
    args = parser.parse_args()
    on = engine_for(Settings(), progress=False)
    off = engine_for(Settings.from_toml(_OFF), progress=False)
    sets = ",".join(n for n in args.sets.split(",") if not n.startswith("blind29"))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("test") or (args.fold and _fold(name, SETS[name][0].name) != args.fold):
            return False
        after, before = _reading(on, q.question), _reading(off, q.question)
        if after != before:
            print("#", name, q.id, flags(q), before, "->", after, "|", q.question, flush=True)
        return after != before

    for line in affected_lines(differs, sets):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
