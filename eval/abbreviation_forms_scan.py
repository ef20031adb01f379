"""Reading-only scan for rule abbreviation_forms (issue 16 session 24 task D2;
search/abbreviation_forms.py).

    python eval/abbreviation_forms_scan.py [AFFECTED.txt] [--sets a,b]

Reads every readable question with the rule (no ``ask``): a question whose abbreviation forms
are read ("amv'ers" -> "amv", "brpinschrijving" -> "brp-inschrijving") reads otherwise than
with the rule off. Prints each with its readings and writes the AFFECTED lines for
eval/affected_ask.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reading_scan import affected_lines  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.search.abbreviation_forms import read_abbreviation_forms


def main() -> int:
    """Scan every readable set (or ``--sets``); write AFFECTED lines to the file given."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = ""
    if "--sets" in sys.argv:
        names = sys.argv[sys.argv.index("--sets") + 1]
        args = [a for a in args if a != names]
    engine = engine_for(Settings(), progress=False)

    def differs(name: str, q: Question) -> bool:
        _, notes = read_abbreviation_forms(engine, q.question)  # type: ignore[arg-type]
        if notes:
            cls = "A" if q.answerable else "U"
            print(f"{cls} {name} {q.id} {q.question}\n   {notes}", flush=True)
        return bool(notes)

    text = "\n".join(affected_lines(differs, names)) + "\n"
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
