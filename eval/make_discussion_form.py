"""Writes eval/discussion_form.jsonl: the questions of the reworded set
(eval/generated_reworded.jsonl) that name an organisation, asked again in word orders where the
organisation is the one who discussed the topic but no verb of speech says so: the passive
("Is X door VNG besproken?", "Was X discussed by COA?"), "Heeft VNG het over X gehad?", "Kwam X
ter sprake bij VNG?", "Did VNG discuss X?"; gold, answerability and how a control was made
(``org_swap``: an organisation that never speaks on the topic) are kept. Written for rule
``discussion_speaks`` (issue 16, task F), before it was measured.

    python eval/make_discussion_form.py
"""

from __future__ import annotations

import json
from pathlib import Path

from jsonl_sets import run, write  # noqa: F401  (write: the tests write with it)

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "generated_reworded.jsonl"
TARGET = HERE / "discussion_form.jsonl"
# The forms, one per question of each language in turn (no choice by outcome).
FORMS = {
    "nl": (
        "Is {topic} door {org} besproken?",
        "Heeft {org} het over {topic} gehad?",
        "Kwam {topic} ter sprake bij {org}?",
        "Werd {topic} door {org} besproken?",
    ),
    "en": (
        "Was {topic} discussed by {org}?",
        "Did {org} discuss {topic}?",
        "Has {topic} been discussed by {org}?",
    ),
}


def build(source: Path = SOURCE) -> list[dict[str, object]]:
    """The discussion-form rows of the reworded set at ``source``."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    out: list[dict[str, object]] = []
    seen = {"nl": 0, "en": 0}
    for row in rows:
        if not row.get("org"):
            continue
        lang = str(row["lang"])
        form = FORMS[lang][seen[lang] % len(FORMS[lang])]
        seen[lang] += 1
        question = form.format(topic=row["topic"], org=row["org"])
        out.append(dict(row, id="d" + str(row["id"])[1:], question=question, form="discussion"))
    return out


def main() -> int:
    """Write the set to TARGET."""
    return run(build, TARGET)


if __name__ == "__main__":
    raise SystemExit(main())
