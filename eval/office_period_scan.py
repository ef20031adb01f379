"""Offices whose holder changes with the cabinet, as data (issue 16 session 23 task C3, rule
``office_of_period``): reading only, no ``ask``.

    python eval/office_period_scan.py --offices
    python eval/office_period_scan.py [--sets a,b] [--changed OFF.toml]

``--offices``: every alias and question alias of the alias table that names an office of
lexicon/data/roles.toml ``offices`` (an office title and a portfolio word), the body the alias
table reads it as, and per meeting of the index the bodies present (attendee list, speakers)
and the office's holder there; a mismatch is a meeting where the alias's body is absent while
another holder is present. Default: the readable questions whose speaker words name an office,
with their reading by the rule (speaker codes, or the unheld office); with ``--changed
OFF.toml`` only those whose reading differs from OFF.toml's, as lines of eval/affected_ask.py's
AFFECTED.txt. Held-out sets are skipped; the test split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from answer_sets import readable_sets  # the script's folder is on the path
from reading_scan import affected_lines, flags

from lrt_search import Settings
from lrt_search.answer.office_period import bodies_present, holders_in, office_named
from lrt_search.answer.understanding import understand
from lrt_search.evaluation import Question, engine_for
from lrt_search.lexicon.wordlists import mapping


def _offices(engine) -> None:
    """Print the office aliases, their reading and their holders per meeting."""
    offices = mapping("roles", "offices")
    present = bodies_present(engine)
    for day, codes in sorted(present.items()):
        print("meeting", dt.date.fromordinal(day), "present:", ", ".join(sorted(codes)))
    for name, office in offices.items():
        per = [(dt.date.fromordinal(d), holders_in(engine, name, d, d)) for d in sorted(present)]
        print(f"\noffice {name}: holders {office['holders']}; per meeting:",
              "; ".join(f"{d} {'/'.join(h) or 'NONE'}" for d, h in per))  # fmt: skip
        for code in office["holders"]:
            for alias in _aliases(code):
                if office_named(alias, code) != name:
                    continue
                wrong = [f"{d}" for d, h in per if h and code not in h]
                print(
                    f"  {alias!r} -> {code} without a period; with one: the holder;",
                    "mismatch (read body absent, another holds it):",
                    ", ".join(wrong) or "-",
                )


def _aliases(code: str) -> list[str]:
    """Every alias and question alias of ``code`` in the alias table."""
    data = mapping("organisations", "org").get(code, {})
    return [*data.get("aliases", []), *data.get("query_aliases", [])]


def _reading(engine, question: str) -> tuple[tuple[str, ...], str, str]:
    frame = understand(engine, question, None, None, None)
    parsed = frame.parsed
    # rule office_holders_per_meeting: each holder with the meetings it held the office in
    held = "; ".join(f"{c}: {len(d)}" for c, d in parsed.speaker_meetings) if parsed else ""
    return tuple(frame.orgs), parsed.office_unheld if parsed else "", held


def main() -> int:
    """Print the office aliases (``--offices``), the questions naming an office, or
    (``--changed``) the AFFECTED lines of those read otherwise."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--offices", action="store_true")
    parser.add_argument("--changed", default="")
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    if args.offices:
        _offices(engine)
        return 0
    other = engine_for(Settings.from_toml(args.changed), progress=False) if args.changed else None

    def differs(name: str, q: Question) -> bool:
        frame = understand(engine, q.question, None, None, None)
        words = " ".join(frame.parsed.speaker_words) if frame.parsed else ""
        named = any(office_named(words, c) for c in (frame.parsed.speaker if words else ()))
        if not named and not (frame.parsed and frame.parsed.office_unheld):
            return False
        reading = _reading(engine, q.question)
        if other is not None:
            return reading != _reading(other, q.question)
        print(name, q.id, flags(q), *reading, "|", q.question, sep="\t", flush=True)
        return False

    for line in affected_lines(differs, args.sets):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
