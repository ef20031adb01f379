"""The features of every ``topic_absent`` abstention of a dump (``answer_sets.py --dump``):
answerable (a false abstention) and unanswerable alike, so what separates the two shows.

    python eval/topic_absent_features.py DUMP.json [--sets dev,quote_probe,...]

Per question: A (answerable) or U, the set and id, whether the topic is implied or an "about X"
phrase, the gate's missing share (and its threshold), the standout z of the best statement on
the topic's found words, the found words, and per missing word its general-language Zipf
(wordfreq, Dutch or English), its informativeness weight and the nearest index word by edit
distance. Held-out sets ("*holdout") are skipped; the test split is never in a dump.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import held_out

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.corpus_spread import gate_missing_share
from lrt_search.answer.informativeness import informativeness, zipf
from lrt_search.answer.topic_discussed import standout
from lrt_search.evaluation import engine_for


def _line(engine, record: dict) -> str:
    asked = _asked(_frame(engine, record["question"]))
    check = asked.topic_check
    if check is None:
        return "no topic check"
    settings = engine.settings
    implied = asked.topic_implied
    share = gate_missing_share(asked.retriever, check, implied)
    limit = settings.implied_topic_missing_share if implied else settings.topic_missing_share
    z = standout(asked.retriever, asked.topic, check)
    lang = "en" if check.english else "nl"
    missing = " ".join(
        f"{name}(z{max(zipf(w, lang) for w in parts):.1f},"
        f"w{max(informativeness(w, check.english) for w in parts):.1f})"
        for name, parts, _ in check.lacking
    )
    found = " ".join(
        f"{name}(w{max(informativeness(w, check.english) for w in parts):.1f})"
        for name, parts, _ in check.found
    )
    kind = "implied" if implied else "about"
    return (
        f"{kind} share {share:.2f}/{limit:.2f} standout {z:.2f} | found {found} | "
        f"missing {missing} | topic {asked.topic!r}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    engine = engine_for(Settings(), progress=False)
    for key, record in records.items():
        name = key.split(":")[0]
        if held_out(name) or (wanted and name not in wanted):
            continue
        if record.get("reason_code") != "topic_absent":
            continue
        cls = "A" if record["answerable"] else "U"
        print(f"{cls}\t{key}\t{_line(engine, record)}\t{record['question']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
