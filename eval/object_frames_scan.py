"""Reading-only scan for rule ``object_frames_read`` (issue 16 session 26 task C): the
readings of another code tree (main's) are compared with this one's, since the rule adds data
too ("verteld" to speech.toml ``addressee_participles``). No ``ask`` runs.

    PYTHONPATH=<base tree> python eval/object_frames_scan.py --dump BASE_READINGS.json
    PYTHONPATH=<this tree> python eval/object_frames_scan.py BASE_READINGS.json AFFECTED.txt

The first writes every readable question's reading (:class:`ParsedQuestion` without its text,
and which capitalised words stand where a person who speaks stands: search/speaker_people.py,
the rule's titles before a name); the second prints each question read otherwise now and
writes the AFFECTED lines for eval/affected_ask.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
from pathlib import Path

from reading_scan import affected_lines, flags, readable_sets, write_affected

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.role_words import chair_span, role_asked
from lrt_search.search.speaker_people import person_speaks

ROOT = Path(__file__).resolve().parent.parent
DAYS = sorted(dt.date.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))


def _people() -> frozenset[str]:
    """The surnames of the minutes' attendee lists ("Dhr. De Jonge (MBZK)": "Jonge")."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("*-lrt.txt"))
    return frozenset(re.findall(r"([A-Z][a-z\u00e0-\u00ff]+)\s*\(", text))


PEOPLE = _people()


def _held(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in DAYS)


def _reading(question: str, orgs: OrgTable, glossary: Glossary) -> dict[str, str]:
    parsed = read_question(question, orgs, glossary, _held)

    def shown(value: object) -> str:  # a set's repr in a fixed order (hash seeds differ)
        return repr(sorted(value)) if isinstance(value, (set, frozenset)) else repr(value)

    out = {k: shown(v) for k, v in dataclasses.asdict(parsed).items() if k != "text"}
    # a person of the attendee lists is the speaker where person_speaks says so
    rules = SpeakerRules()
    out["person_positions"] = repr(
        [
            m.group(0)
            for m in re.finditer(r"\b[A-Z][a-z\u00e0-\u00ff]+\b", question)
            if m.group(0) in PEOPLE and person_speaks(question, m.start(), m.end(), rules)
        ]
    )
    # the chair and a role word where a speaker stands (search/role_words.py)
    out["role_positions"] = repr((chair_span(question, rules), role_asked(question, rules)))
    return out


def main() -> int:
    """Dump the readings, or compare with a dump and write the AFFECTED lines."""
    orgs, glossary = OrgTable.default(), Glossary.default()
    if sys.argv[1] == "--dump":
        out = {
            f"{name}:{q.id}": _reading(q.question, orgs, glossary)
            for name, questions in readable_sets()
            for q in questions
        }
        Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return 0
    base = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))

    def differs(name: str, q: Question) -> bool:
        was, now = base.get(f"{name}:{q.id}"), _reading(q.question, orgs, glossary)
        if was == now:
            return False
        changed = [k for k in now if was is None or was.get(k) != now[k]]
        shown = {k: (was or {}).get(k, "") + " -> " + now[k] for k in changed}
        print(name, q.id, flags(q), q.question, shown, sep="\t")
        return True

    write_affected(sys.argv[2], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
