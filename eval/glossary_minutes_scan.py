"""Reading-only scan of rule glossary_minutes (issue 16, session 24 task C3): the readable
questions whose glossary matches differ with lexicon/data/glossary_minutes.toml read and without
it (the terms found and the Dutch terms they add). No ``ask`` runs; held-out sets and the test
split are never read.

    python eval/glossary_minutes_scan.py AFFECTED.txt [--sets a,b]
"""

from __future__ import annotations

import argparse

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary


def reading(glossary: Glossary, question: str) -> list[tuple[str, tuple[str, ...]]]:
    """The glossary terms found in ``question`` with their Dutch terms."""
    return [(text.lower(), entry.nl) for text, entry in glossary.matches(question)]


def main() -> int:
    """Write the AFFECTED lines; print each question whose reading differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    on, off = Glossary.default(minutes=True), Glossary.default(minutes=False)

    def differs(set_name: str, q: Question) -> bool:
        before, after = reading(off, q.question), reading(on, q.question)
        if before == after:
            return False
        added = [t for t in after if t not in before]
        print(f"{set_name}\t{q.id}\t{'A' if q.answerable else 'U'}\t{added}\t{q.question}")
        return True

    write_affected(args.out, affected_lines(differs, args.sets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
