"""Reading-only scan of rule glossary_words_read (issue 16 session 29 task E): every readable
question whose glossary matches differ with the rule on (an English word the glossary knows only
inside a phrase read alone) and off, printed with both readings, written as AFFECTED lines for
eval/affected_ask.py. The entries the rule adds are read from the English side only
(``GlossaryEntry.alone``: no Dutch synonym, abbreviation or expansion bridge), so no other
reading of a question changes. No ``ask`` runs; no held-out set, no test split, not blind29.

    python eval/glossary_words_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, readable_sets, write_affected

from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary

ON = Glossary.default(words=Settings().general_word_zipf)
OFF = Glossary.default()


def _shown(glossary: Glossary, text: str) -> list[str]:
    return [f"{found}: {'/'.join(entry.nl[:2])}" for found, entry in glossary.matches(text)]


def differs(name: str, q: Question) -> bool:
    now, was = _shown(ON, q.question), _shown(OFF, q.question)
    if now == was:
        return False
    print(name, q.id, flags(q), q.question, was, "->", now, sep="\t")
    return True


def main() -> int:
    names = ",".join(n for n, _ in readable_sets() if not n.startswith("blind29"))
    write_affected(sys.argv[1], affected_lines(differs, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
