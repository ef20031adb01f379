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
from collections import defaultdict

from answer_sets import SETS, held_out  # the script's folder is on the path
from event_date_scan import _fold

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def _reading(engine, question: str) -> tuple:
    p = read_question(
        question, engine.orgs, engine.glossary, rules=SpeakerRules.of(engine.settings)
    )
    return p.speaker, sorted(p.intents), p.header, p.chair, p.topic, p.period_scope


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(n for n in SETS if not held_out(n)))
    parser.add_argument("--fold", default="")
    args = parser.parse_args()
    on = engine_for(Settings(), progress=False)
    off = engine_for(Settings.from_toml("eval/configs/body-chair-off.toml"), progress=False)
    affected: dict[str, list[str]] = defaultdict(list)
    for name in args.sets.split(","):
        if held_out(name) or name not in SETS or name.startswith("test"):
            continue
        path, split = SETS[name]
        if args.fold and _fold(name, path.name) != args.fold:
            continue
        for q in load_questions(path, split):
            after, before = _reading(on, q.question), _reading(off, q.question)
            if after != before:
                flag = ("G" if q.gold else "") + ("A" if q.answerable else "U")
                affected[name].append(q.id + flag)
                print("#", name, q.id, flag, before, "->", after, "|", q.question, flush=True)
    for name, ids in affected.items():
        print(name, len(ids), *ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
