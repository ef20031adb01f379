"""The readable questions of a run of ``eval/answer_sets.py --dump`` that ask "which <noun>
<verb of speech>" ("Which party called for ...", "Welke partij pleitte voor ...") and whose
implied topic (answer.implied_topic) holds that noun, the asked speaker's kind, as a topic word.

    python eval/answer_sets.py --dump run.json
    python eval/frame_noun_topics.py run.json

Issue 16 (b4-046): the size of the class before a rule is written for it. The held-out sets
("*holdout") are left out entirely.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from answer_sets import held_out  # the script's folder is on the path

from lrt_search.answer.implied_topic import implied_topic
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.query import is_speech_word

_WHICH = re.compile(r"^\s*(?:which|welke|welk)\s+(?P<noun>\w+)\s+(?P<verb>\w+)", re.I)


def main() -> int:
    """Print the questions of the class and their outcome; the count last."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    args = parser.parse_args()
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    table = OrgTable.default()
    asked = found = 0
    for key, record in records.items():
        name = key.split(":")[0]
        m = _WHICH.match(record.get("question", ""))
        if held_out(name) or not m or not is_speech_word(m.group("verb")):
            continue
        asked += 1
        topic = implied_topic(record["question"], table)
        if m.group("noun").lower() in topic.lower().split():
            found += 1
            outcome = record.get("reason_code") or "answered"
            print(f"{key}\tanswerable={record['answerable']}\t{outcome}\t{topic!r}")
    print(f"{found} of {asked} 'which <noun> <speech verb>' questions hold the noun in the topic")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
