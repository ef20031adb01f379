"""Reading-only scan of rule ``glossary_head_reason`` (issue 16 session 28 task H2): the rule
changes only the reason of a ``topic_absent`` refusal of an English question, so every question
of the readable answer sets (no held-out set, no test split, not the first-run set blind28; no
``ask``) that a base dump refuses with ``topic_absent`` in English and whose named words the rule
reads as bare glossary heads (answer/glossary_reason.py ``head_reason_params``, a Dutch term
counted when the index holds it) is affected. Writes AFFECTED.txt for eval/affected_ask.py
("<set> <n> <id><flags> ...", flags G A/U) and prints each question with the reason it gets.

    python eval/head_reason_scan.py BASE.json AFFECTED.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from answer_sets import held_out  # the script's folder is on the path

from lrt_search.answer.glossary_reason import head_reason
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for

FIRST_RUN = ("blind28",)  # written this session: asked once, never scanned
QUOTED = re.compile(r"\u201c([^\u201d]*)\u201d")


def main() -> int:
    base = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    engine = engine_for(Settings())
    hits: dict[str, list[str]] = defaultdict(list)
    for key, row in base.items():
        name, _, qid = key.partition(":")
        if held_out(name) or name.startswith(FIRST_RUN) or row.get("reason_code") != "topic_absent":
            continue
        reason = str(row.get("reason") or "")
        if not reason.startswith("the topic "):
            continue  # a Dutch reason: the rule reads English questions only
        said = QUOTED.findall(reason)
        params = head_reason(engine, row["question"], said)
        if params:
            flags = f"{'G' if row.get('has_gold') else ''}{'A' if row['answerable'] else 'U'}"
            hits[name].append(f"{qid}{flags}")
            print(f"# {key} {said} -> {params['phrases']} {params['terms']}: {row['question']}")
    lines = [f"{name} {len(ids)} {' '.join(ids)}" for name, ids in hits.items()]
    Path(sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
