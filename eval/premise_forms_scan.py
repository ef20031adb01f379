"""Reading-only scan of rule premise_forms_read (issue 16, session 26 task B): the readable
questions whose presupposed acts (answer.act_stated.asked_acts, as ``ask`` calls it) differ
with the rule on and off; prints each and writes AFFECTED lines for eval/affected_ask.py. No
``ask`` runs, no index is needed.

    python eval/premise_forms_scan.py [AFFECTED.txt]
"""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.act_stated import asked_acts
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.intents import asks

_ON: Any = SimpleNamespace(settings=Settings())
_OFF: Any = SimpleNamespace(settings=Settings(premise_forms_read=False))


def _read(retriever: Any, question: str) -> tuple[tuple[str, ...], str]:
    premise = asks("why", question) or asks("claim_check", question)
    return asked_acts(retriever, question, premise)


def differs(name: str, q: Question) -> bool:
    """Whether the rule reads another act in ``q`` (printed: off -> on)."""
    off, on = _read(_OFF, q.question), _read(_ON, q.question)
    if off[0] == on[0]:
        return False
    print(f"{name} {q.id} {'A' if q.answerable else 'U'} {off} -> {on} | {q.question}")
    return True


if __name__ == "__main__":
    write_affected(sys.argv[1] if len(sys.argv) > 1 else "AFFECTED.txt", affected_lines(differs))
