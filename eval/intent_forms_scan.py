"""Reading-only scan for the intent forms of task G2 (issue 16, session 24;
tests/data/intent_forms.toml): every question of the readable sets read as ``ask`` reads what
it asks for (the intents of ``ParsedQuestion``, header, topic, counted words, premise; a time,
a length, an amount asked; the asked form), its spoken fillers dropped (rule
``intent_forms_read``). The patterns changed in place, so the reading before is taken from a
worktree of the parent commit: dump there, dump here, then compare (no ``ask``).

    PYTHONPATH=<worktree> python <worktree>/eval/intent_forms_scan.py --dump BEFORE.json
    PYTHONPATH=. python eval/intent_forms_scan.py --dump AFTER.json
    python eval/intent_forms_scan.py --diff BEFORE.json AFTER.json AFFECTED.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reading_scan import affected_lines, flags, held, readable_sets, write_affected

from lrt_search.answer.asked_form import asked_forms
from lrt_search.answer.durations import asks_duration, asks_length
from lrt_search.answer.number_forms import money_asked
from lrt_search.answer.property_tied import asks_time
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.index.analysis import is_english
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

try:  # absent before task G2
    from lrt_search.search.abbreviations import drop_fillers
except ImportError:  # pragma: no cover

    def drop_fillers(question: str) -> str:
        return question


def reading(text: str, orgs: OrgTable, glossary: Glossary, main: bool = True) -> dict[str, object]:
    """What ``ask`` reads ``text`` to ask for; ``main``: rule ``main_clause_intent``."""
    q = drop_fillers(text)
    p = read_question(q, orgs, glossary, held, SpeakerRules(main_clause_intent=main))
    return {
        "text": q, "intents": sorted(p.intents), "header": p.header, "topic": p.topic,
        "counted": p.counted, "premise": p.premise,
        "time": [asks_time(q, main=main), asks_time(q, True, main=main),
                 asks_time(q, trailing=True, main=main)],
        "duration": [asks_duration(q, main), asks_length(q, main)],
        "money": money_asked(Settings(main_clause_intent=main), q, is_english(q)),
        "forms": list(asked_forms(q)),
    }  # fmt: skip


def dump(path: str, main: bool = True) -> None:
    """Write the reading of every readable question to ``path`` (``main``: as in
    :func:`reading`)."""
    orgs, glossary = OrgTable.default(), Glossary.default()
    out = {
        f"{name}\t{q.id}": reading(q.question, orgs, glossary, main)
        for name, questions in readable_sets()
        for q in questions
    }
    Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")


def diff(before: str, after: str, affected: str) -> None:
    """Print each question read otherwise and write the AFFECTED lines."""
    old = json.loads(Path(before).read_text("utf-8"))
    new = json.loads(Path(after).read_text("utf-8"))

    def differs(name: str, q: Question) -> bool:
        a, b = old.get(f"{name}\t{q.id}"), new.get(f"{name}\t{q.id}")
        if a == b:
            return False
        keys = [k for k in b if a is None or a.get(k) != b[k]]
        changes = {k: (a.get(k) if a else None, b[k]) for k in keys if k != "text"}
        print(name, q.id, flags(q), changes, q.question, sep="\t")
        return True

    write_affected(affected, affected_lines(differs))


if __name__ == "__main__":
    if sys.argv[1] == "--dump":
        dump(sys.argv[2])
    else:
        diff(*sys.argv[2:5])
