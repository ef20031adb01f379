"""Reading-only scan of rule compound_parts_together (issue 16, session 27 task B2): list every
readable question whose topic holds a Dutch compound the minutes lack, found only through its
parts (answer.compound_spans), with its parts, and write them as AFFECTED lines for
eval/affected_ask.py. No ``ask`` runs.

    python eval/compound_spans_scan.py AFFECTED.txt [SETS]
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.compound_spans import compound_spans
from lrt_search.answer.evidence import Asked
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def main() -> int:
    """Print each question of the class and write the AFFECTED file."""
    engine = engine_for(Settings(), progress=False)

    def differs(name: str, q: Question) -> bool:
        frame = understand(engine, q.question, None, None, None)
        asked = Asked(engine, frame.question, frame.scope, frame.since, frame.until)
        spans = compound_spans(engine, asked.topic_check)
        if not spans:
            return False
        shown = [" + ".join("/".join(sorted(p)) for p in parts) for parts, _ in spans]
        print(name, q.id, "A" if q.answerable else "U", shown, "|", q.question, flush=True)
        return True

    write_affected(sys.argv[1], affected_lines(differs, sys.argv[2] if len(sys.argv) > 2 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
