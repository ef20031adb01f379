"""Reading-only scan for session 26 task F4 (acts.toml ``stated`` patterns audited over the
vocabulary): the acts whose support decision differs on some statement of the bundled corpus
between main's acts.toml (``BASE_ACTS``) and this checkout's, and every readable question that
asks one of them (its asked acts read as answer/act_stated.py reads them). Task F5 (the
``asked`` patterns audited too): also every readable question whose asked acts differ between
main's and this checkout's ``asked`` patterns, and one asking a changed act with either. No
``ask`` runs; the held-out sets, the test split and blind26 are never read.

    PYTHONPATH=<this checkout> python eval/act_words_scan.py BASE_ACTS.toml AFFECTED.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer import act_stated
from lrt_search.answer.act_stated import act_pattern, asked_acts
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.lexicon.intents import asks


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.I)


def changed_acts(base: dict[str, dict[str, list[str]]]) -> set[str]:
    """The acts whose old and new ``stated`` patterns decide some sentence of the corpus
    otherwise (printed with that sentence)."""
    sentences = [
        s for c in engine_for(Settings()).chunks for s in re.split(r"(?<=[.!?])\s+|\n", c.text)
    ]
    out = set()
    for name, table in base.items():
        old, new = _alternation(table["stated"]), act_pattern(name)
        for s in sentences:
            if bool(old.search(s)) != bool(new.search(s)):
                print(f"{name}: old {bool(old.search(s))} new {bool(new.search(s))} | {s[:140]}")
                out.add(name)
    return out


def main() -> int:
    """Write AFFECTED.txt: the readable questions asking an act decided otherwise."""
    base = tomllib.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    acts = changed_acts(base)
    print("acts decided otherwise:", sorted(acts))
    s = SimpleNamespace(settings=Settings())
    new_acts = act_stated._acts
    old = {n: (_alternation(t["asked"]), _alternation(t["stated"])) for n, t in base.items()}

    def read(question: str, premise: bool, tables: object) -> set[str]:
        act_stated._acts = tables  # type: ignore[assignment]
        try:
            return set(asked_acts(s, question, premise)[0])  # type: ignore[arg-type]
        finally:
            act_stated._acts = new_acts

    def differs(name: str, q: object) -> bool:
        question = q.question  # type: ignore[attr-defined]
        premise = asks("why", question) or asks("claim_check", question)
        before, after = read(question, premise, lambda: old), read(question, premise, new_acts)
        asked = (before | after) & acts
        if name.startswith("blind26") or not (asked or before != after):
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        what = f"asked {sorted(before)} -> {sorted(after)}" if before != after else sorted(asked)
        print(where, name, q.id, flags(q), what, "|", question)  # type: ignore[arg-type,attr-defined]
        return True

    write_affected(sys.argv[2], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
