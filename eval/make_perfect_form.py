"""Writes eval/perfect_form.jsonl: the Dutch questions of the reworded set
(eval/generated_reworded.jsonl) asked again in the Dutch perfect with a verb of mentioning
("Heeft VNG de taakstelling genoemd?", "Heeft iemand X besproken?"), the form rule
``topic_after_perfect`` reads; gold, answerability and how a control was made are kept.

    python eval/make_perfect_form.py
"""

from __future__ import annotations

import json
from pathlib import Path

from jsonl_sets import run, write  # noqa: F401  (write: the tests write with it)

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "generated_reworded.jsonl"
TARGET = HERE / "perfect_form.jsonl"
# The closing participles, one per question in turn (no choice by outcome).
VERBS = ("genoemd", "besproken", "aangekaart", "ter sprake gebracht")
# Forms whose question names its topic and maybe an organisation (not the counted form).
FORMS = ("org", "yesno", "who", "when", "agreed")


def perfect(row: dict[str, object], verb: str) -> str:
    """The row's topic asked in the perfect: its organisation as the subject, else "iemand";
    a subject of "de ...en" (a plural group) takes "Hebben"."""
    org = str(row.get("org") or "iemand")
    aux = "Hebben" if org.startswith("de ") and org.endswith("en") else "Heeft"
    return f"{aux} {org} {row['topic']} {verb}?"


def build(source: Path = SOURCE) -> list[dict[str, object]]:
    """The perfect-form rows of the reworded set at ``source``."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    out: list[dict[str, object]] = []
    for row in rows:
        if row["lang"] != "nl" or row["form"] not in FORMS:
            continue
        verb = VERBS[len(out) % len(VERBS)]
        new = dict(row, id="p" + str(row["id"])[1:], question=perfect(row, verb), form="perfect")
        out.append(new)
    return out


def main() -> int:
    """Write the set to TARGET."""
    return run(build, TARGET)


if __name__ == "__main__":
    raise SystemExit(main())
