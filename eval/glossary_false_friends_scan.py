"""Reading-only scan of the Dutch false friends of rule glossary_matches_read (issue 16, session
26 task D3; lexicon/data/false_friends.toml): the readable questions whose glossary matches
differ when the question is read as Dutch where it is (the rule) and when it is not (main) - in
the whole question and in any run of its words (the topic and name readers match the glossary on
parts of a question). No ``ask`` runs; held-out sets and the test split are never read.

    python eval/glossary_false_friends_scan.py AFFECTED.txt [--sets a,b]
"""

from __future__ import annotations

import argparse
import re

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary


def _parts(question: str) -> list[str]:
    """The question and every run of two to four of its words."""
    words = re.findall(r"\w+", question)
    runs = [" ".join(words[i : i + n]) for n in (2, 3, 4) for i in range(len(words) - n + 1)]
    return [question, *runs]


def main() -> int:
    """Write the AFFECTED lines; print each question whose reading differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    glossary = Glossary.default()

    def differs(set_name: str, q: Question) -> bool:
        for text in _parts(q.question):
            before = [(t.lower(), e.nl[0]) for t, e in glossary.matches(text, in_dutch=False)]
            after = [(t.lower(), e.nl[0]) for t, e in glossary.matches(text)]
            if before != after:
                print(f"{set_name}\t{q.id}\t{'A' if q.answerable else 'U'}\t{before} -> "
                      f"{after}\t{q.question}")  # fmt: skip
                return True
        return False

    write_affected(args.out, affected_lines(differs, args.sets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
