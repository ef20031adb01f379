"""Reading-only scan for rule english_lemma_translations (issue 16 session 24 task D;
answer/word_family.py; rule dutch_verb_family, scanned with it then, is deleted).

    python eval/word_family_scan.py [AFFECTED.txt] [--sets a,b]

Reads the topic of every readable question (no ``ask``) with the rule on and off: the
topic check's found and lacking units and whether the topic gate (answer/gates.py
``gate_topic_absent``) refuses. Prints each question whose reading differs (``GATE`` when the
gate's decision does) and writes the AFFECTED lines for eval/affected_ask.py.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from answer_misses import _understand  # the script's folder is on the path
from reading_scan import affected_lines

from lrt_search.answer.answering import _asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.config import Settings
from lrt_search.evaluation import EngineCache, Question, engine_for

OFF = {"english_lemma_translations": False}


def reading(engine, question: str) -> tuple[object, ...]:
    """The topic check's units and the topic gate's refusal of ``question`` under ``engine``."""
    asked = _asked(_understand(engine, question, None, None, None))
    check = asked.topic_check
    if check is None:
        return (None, None, None)
    found = tuple(sorted(name for name, _, _ in check.found))
    lacking = tuple(sorted(name for name, _, _ in check.lacking))
    return (found, lacking, gate_topic_absent(asked))


def main() -> int:
    """Scan every readable set (or ``--sets``); write AFFECTED lines to the file given."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = ""
    if "--sets" in sys.argv:
        names = sys.argv[sys.argv.index("--sets") + 1]
        args = [a for a in args if a != names]
    cache = EngineCache()
    on_engine = engine_for(Settings(), progress=False, cache=cache)
    off_engine = engine_for(replace(Settings(), **OFF), progress=False, cache=cache)

    def differs(name: str, q: Question) -> bool:
        off, on = reading(off_engine, q.question), reading(on_engine, q.question)
        if off != on:
            gate = "GATE " if bool(off[2]) != bool(on[2]) else ""
            cls = "A" if q.answerable else "U"
            print(f"{gate}{cls} {name} {q.id} {q.question}\n   off {off}\n   on  {on}", flush=True)
        return off != on

    text = "\n".join(affected_lines(differs, names)) + "\n"
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
