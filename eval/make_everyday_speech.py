"""Writes eval/everyday_speech.jsonl: the topic of every question of the reworded set
(eval/generated_reworded.jsonl, counted form aside) asked again with the everyday words of
speaking and asking a citizen types ("Is er over X gepraat?", "Hebben ze het over X gehad?",
"Wat vinden ze van X?", "Did they talk about X?", "Did anyone bring up X?"); gold,
answerability and how a control was made are kept. The form is taken in turn per language
(no choice by outcome); an organisation of the row is the subject where the form has one.
An unanswerable org_swap twin (its organisation swapped for one that never said it) whose form
has no subject names no organisation any more: its topic alone is in the minutes, so it is no
unanswerable question and is left out (its form's turn is still taken: the other rows keep
their wording).

    python eval/make_everyday_speech.py
"""

from __future__ import annotations

import json
from pathlib import Path

from jsonl_sets import run, write  # noqa: F401  (write: the tests write with it)

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "generated_reworded.jsonl"
TARGET = HERE / "everyday_speech.jsonl"
# Forms whose question names its topic and maybe an organisation (not the counted form).
FORMS = ("org", "yesno", "who", "when", "agreed")
# {who}: the row's organisation or "ze"/"they"; {aux}: the auxiliary agreeing with it.
DUTCH = (
    "Is er gepraat over {topic}?",
    "{aux} {who} het over {topic} gehad?",
    "Wat vinden {who} van {topic}?",
    "Hoe denken {who} over {topic}?",
    "Is er over {topic} gesproken?",
    "Kwam {topic} op tafel?",
    "{aux} {who} over {topic} gepraat?",
    "Wat is de mening over {topic}?",
    "Is {topic} ter sprake gekomen?",
    "Wat zeggen {who} over {topic}?",
)
ENGLISH = (
    "Did {who} talk about {topic}?",
    "Did anyone bring up {topic}?",
    "What do {who} think of {topic}?",
    "Was {topic} talked about?",
    "What is their opinion on {topic}?",
    "Did {who} go on about {topic}?",
    "Has anyone raised {topic}?",
    "Were people chatting about {topic}?",
    "What did {who} have to say about {topic}?",
    "Did {topic} come up at all?",
)

# The verb a subject that is one organisation takes ("Wat vindt IPO", "What does VNG think").
SINGULAR = {"vinden": "vindt", "denken": "denkt", "zeggen": "zegt", "do": "does"}


def everyday(row: dict[str, object], template: str) -> str:
    """The row's topic asked in ``template``: its organisation as the subject where the form
    has one, else "ze" / "they"; a Dutch subject that is one organisation takes "Heeft"."""
    english = row["lang"] == "en"
    org = str(row.get("org") or "")
    who = org or ("they" if english else "ze")
    aux = "Heeft" if org and not (org.startswith("de ") and org.endswith("en")) else "Hebben"
    if aux == "Heeft":
        template = " ".join(SINGULAR.get(w, w) for w in template.split(" "))
    text = template.format(who=who, aux=aux, topic=row["topic"])
    return text[0].upper() + text[1:]


def build(source: Path = SOURCE) -> list[dict[str, object]]:
    """The everyday-speech rows of the reworded set at ``source``."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    out: list[dict[str, object]] = []
    seen = {"nl": 0, "en": 0}
    for row in rows:
        if row["form"] not in FORMS:
            continue
        lang = str(row["lang"])
        templates = ENGLISH if lang == "en" else DUTCH
        template = templates[seen[lang] % len(templates)]
        seen[lang] += 1
        if row.get("change") == "org_swap" and "{who}" not in template:
            continue
        question = everyday(row, template)
        out.append(dict(row, id="s" + str(row["id"])[1:], question=question, form="everyday"))
    return out


def main() -> int:
    """Write the set to TARGET."""
    return run(build, TARGET)


if __name__ == "__main__":
    raise SystemExit(main())
