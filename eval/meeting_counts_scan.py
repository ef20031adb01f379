"""Reading-only scan of rule ``meeting_counts_read`` (issue 16, session 29 task C): every question
of the readable sets (no held-out half, no test split, no blind29: first-run only this session)
read with the rule on and off (no ``ask``; the bundled corpus's meeting days say whether a period
holds a meeting); prints each question read otherwise (speaker, speaker phrase, names, intents,
topic) and writes AFFECTED lines for eval/affected_ask.py.

    python eval/meeting_counts_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, readable_sets, rule_differs, write_affected

from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import SpeakerRules


def _shown(p: ParsedQuestion) -> tuple[object, ...]:
    return p.speaker, p.speaker_phrase, p.names, "frequency" in p.intents, p.topic


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    differs = rule_differs(None, SpeakerRules(meeting_counts_read=False), _shown)
    names = ",".join(n for n, _ in readable_sets() if not n.startswith("blind29"))
    write_affected(sys.argv[1], affected_lines(differs, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
