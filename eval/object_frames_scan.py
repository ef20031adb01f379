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

import re
import sys

from reading_scan import ROOT, question_reader, shown_fields, tree_scan

from lrt_search.search.query import SpeakerRules
from lrt_search.search.role_words import chair_span, role_asked
from lrt_search.search.speaker_people import person_speaks


def _people() -> frozenset[str]:
    """The surnames of the minutes' attendee lists ("Dhr. De Jonge (MBZK)": "Jonge")."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("*-lrt.txt"))
    return frozenset(re.findall(r"([A-Z][a-z\u00e0-\u00ff]+)\s*\(", text))


PEOPLE = _people()

READ = question_reader()  # as ask reads a question, with the corpus's meeting days


def _reading(question: str) -> dict[str, str]:
    out = shown_fields(READ(question))
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
    return tree_scan(_reading, sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
