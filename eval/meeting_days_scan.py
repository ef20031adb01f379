"""Reading-only dump of session 25 task H2: every readable question read as ``ask`` reads it
(:func:`lrt_search.search.parsed.read_question` with the corpus's meetings known: the
engine's check, :class:`lrt_search.answer.meeting_period.MeetingCheck`, which lists the meeting
days from the index) and its ParsedQuestion, one line each. Run it on the tree before the
change (where the check is a plain test and the meeting days are found by halving the span)
and after, and compare the files. No ``ask`` runs.

    PYTHONHASHSEED=0 PYTHONPATH=<tree> python eval/meeting_days_scan.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from reading_scan import readable_sets  # the script's folder is on the path

from lrt_search.answer import meeting_period
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def main() -> int:
    """Write the dump to the file named first."""
    engine = engine_for(Settings(), progress=False)
    rules = SpeakerRules.of(engine.settings)
    check: Callable[..., bool] | None = getattr(meeting_period, "MeetingCheck", None)
    if check is not None:
        has_meeting = check(engine)
    else:  # the tree before: the plain test, as understanding._read passed it

        def has_meeting(since, until):  # type: ignore[no-untyped-def]
            return meeting_period.period_has_meeting(engine, since, until)  # type: ignore[arg-type]

    n = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for name, questions in readable_sets():
            for q in questions:
                parsed = read_question(q.question, engine.orgs, engine.glossary, has_meeting, rules)
                row = {"set": name, "id": q.id, "parsed": repr(parsed)}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} questions -> {sys.argv[1]} (check: {type(has_meeting).__name__})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
