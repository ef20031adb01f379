"""Reading-only scan for rule ``wildcard_strays_excluded`` (issue 16, session 28 task A3):
every question of the readable sets (no holdout, no test, not blind28) whose words a wildcard
entry of the lexicon word lists matches with the rule off and not on (a word starting with one
of the entry's stray starts in lexicon/data/wildcards.toml: "urgentie" of "urg*"). No ``ask``:
a list that matches otherwise can change any reading that uses it (a speech word dropped, a
money word, a plan word), so each such question is listed; prints the word and the entry.

    python eval/wildcard_reach_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.evaluation import Question
from lrt_search.lexicon.datafiles import bundled_toml


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    strays = bundled_toml("wildcards.toml")["strays"]

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28"):
            return False
        hits = [
            f"{word} ({entry})"
            for word in re.findall(r"[^\W\d_]+", q.question.lower())
            for entry, starts in strays.items()
            if word.startswith(entry[:-1]) and any(word.startswith(s) for s in starts)
        ]
        if hits:
            print(name, q.id, flags(q), ", ".join(hits), sep="\t")
        return bool(hits)

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
