"""Reading-only scan for the descriptive body forms of issue 16 session 26 task F3 (data only:
lexicon/data/organisations.toml query aliases, glossary.toml's LRT and medeoverheden terms,
acts.toml's "withdraw from the <table>"): every readable question whose reading differs between
two checkouts (the bodies it names, its speaker, names, topic, glossary terms, asked acts).
No ``ask`` runs; the held-out sets, the test split and blind26 are never read.

    PYTHONPATH=<base checkout> python eval/body_descriptions_scan.py dump BASE.json
    PYTHONPATH=<this checkout> python eval/body_descriptions_scan.py compare BASE.json AFFECTED.txt

``compare`` writes AFFECTED.txt for eval/affected_ask.py and prints each question found with
its fold and both readings."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, readable_sets, write_affected

from lrt_search.answer.act_stated import asked_acts
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def reading(question: str, table: OrgTable) -> list[str]:
    """What the data can change of a question's reading, as strings."""
    s = Settings()
    p = read_question(question, table, Glossary.default(), rules=SpeakerRules.of(s))
    mentioned = [m.code for m in table.query_mentions(question)]
    premise = asks("why", question) or asks("claim_check", question)
    acts = asked_acts(SimpleNamespace(settings=s), question, premise)[0]  # type: ignore[arg-type]
    glossary = Glossary.default().expand(question)
    return [str(x) for x in (mentioned, p.speaker, p.names, p.topic, glossary, acts)]


def _table() -> OrgTable:
    s = Settings()
    flags_ = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(None, *flags_, s.org_english_forms, s.org_coordinated_heads)


def _wanted(name: str) -> bool:
    return not name.startswith("blind26")


def main() -> int:
    """``dump`` the readings of every readable question, or ``compare`` them with a dump."""
    table = _table()
    if sys.argv[1] == "dump":
        out = {
            f"{name}/{q.id}": reading(q.question, table)
            for name, questions in readable_sets()
            if _wanted(name)
            for q in questions
        }
        Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return 0
    base = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))

    def differs(name: str, q: object) -> bool:
        before, after = base.get(f"{name}/{q.id}"), reading(q.question, table)  # type: ignore[attr-defined]
        if not _wanted(name) or before == after:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), "|", q.question)  # type: ignore[arg-type,attr-defined]
        print("    before:", before, "\n    after: ", after)
        return True

    write_affected(sys.argv[3], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
