"""How every question of the non-test answer sets is read: its intents, speaker and topic, one
line each, to find words that trigger an intent or a speaker wrongly (no index needed).

    python eval/parsed_questions.py [--sets dev,probes,...] [--intent timeline] [--speaker]

``--intent`` prints only the questions read with that intent; ``--speaker`` only those with a
word of speech but no speaker. The test split is never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lrt_search.evaluation import load_questions
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answer_sets import SETS


def main() -> int:
    """Print the reading of each question of the chosen sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--intent", default="")
    parser.add_argument("--speaker", action="store_true")
    args = parser.parse_args()
    orgs, glossary = OrgTable.default(), Glossary.default()
    for name in args.sets.split(","):
        path, split = SETS[name]
        for q in load_questions(path, split):
            p = read_question(q.question, orgs, glossary)
            if args.intent and not p.asks(args.intent):
                continue
            if args.speaker and (p.speaker or not p.speech):
                continue
            intents = ",".join(sorted(p.intents)) or "-"
            print(
                f"{name}\t{q.id}\t{intents}\tspeaker={','.join(p.speaker) or '-'}"
                f"\ttopic={p.topic!r}\t{q.question}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
