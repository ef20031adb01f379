"""Reading-only scan of rule glossary_derivations_read (issue 16, session 30 task D): the
readable questions whose glossary matches differ with the rule on and off - in the whole
question or in any of its words alone (the topic and name readers match the glossary on parts
of a question). No ``ask`` runs; held-out sets and the test split are never read.

    python eval/glossary_derivations_scan.py AFFECTED.txt [--sets a,b]
"""

from __future__ import annotations

import argparse
import re

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary


def reading(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    """The glossary terms found in ``text`` with their entries' first Dutch terms."""
    return [(found.lower(), entry.nl[0]) for found, entry in glossary.matches(text)]


def main() -> int:
    """Write the AFFECTED lines; print each question whose reading differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    on, off = Glossary.default(derivations=True), Glossary.default(derivations=False)

    def differs(set_name: str, q: Question) -> bool:
        for text in [q.question, *re.findall(r"\w+", q.question)]:
            before, after = reading(off, text), reading(on, text)
            if before != after:
                print(f"{set_name}\t{q.id}\t{'A' if q.answerable else 'U'}\t{before} -> "
                      f"{after}\t{q.question}")  # fmt: skip
                return True
        return False

    write_affected(args.out, affected_lines(differs, args.sets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
