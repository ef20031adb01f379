"""Write tests/data/period_covered.toml: which statements cover a topic period (rule
``topic_period_covered``, answer/period_covered.py; issue 16 session 27 task G2), read by
tests/unit/answer/test_period_covered_table.py.

    python eval/make_period_covered.py

Two kinds of rows, decided by meaning (date arithmetic written here, not the rule's code):

- ``kind = "statement"``: a statement of the minutes of ``meeting`` and a topic period
  (``period``, as a question writes it; ``topic_period`` its first and last day); ``covers``:
  whether the statement speaks of the period - its meeting lies from a year before the period's
  start to its end (the window rule period_modifier_read prefers: a target or budget is set the
  year before), or it writes a time inside the period: a year, a half-year ("2025-II", "de
  tweede helft van 2025" is July-December only), a month or a day with its year, or a year
  relative to its meeting ("Dit jaar" said in 2023 is 2023, "volgend jaar" said in 2024 is 2025,
  "vorig jaar" ...). ``why``: "near", "written", "relative" or "none".
- ``kind = "period"``: a topic period and the bundled corpus: ``near`` the meeting days in its
  window, ``written`` the statements of other meetings that write a time inside it ("<meeting
  day> | <text>"),
  and ``answerable``: whether a question about a thing of that period can be answered from the
  corpus on that basis (a near meeting or a statement that writes it).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

from lrt_search.ingest.corpus import read_minutes
from lrt_search.lexicon.dates import MONTHS
from lrt_search.lexicon.wordlists import mapping

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "period_covered.toml"
D = dt.date.fromisoformat
# (period as a question writes it, first day, last day)
PERIODS = [(str(y), f"{y}-01-01", f"{y}-12-31") for y in range(2020, 2028)] + [
    (f"{y}-{h}", f"{y}-{'01' if h == 'I' else '07'}-01", f"{y}-{'06-30' if h == 'I' else '12-31'}")
    for y in range(2022, 2027)
    for h in ("I", "II")
] + [
    ("Q3 2023", "2023-07-01", "2023-09-30"),
    ("de tweede helft van 2025", "2025-07-01", "2025-12-31"),
    ("the first quarter of 2025", "2025-01-01", "2025-03-31"),
    ("maart 2025", "2025-03-01", "2025-03-31"),
    ("juni 2024", "2024-06-01", "2024-06-30"),
]  # fmt: skip
FAR = "2015-03-01"  # a meeting near none of the periods: only what is written covers
# (statement with {y} for a year, what it writes: "year", "II", "I", "half2", "march", "day")
WRITTEN = [
    ("De taakstelling voor {y} wordt vastgesteld.", "year"),
    ("De taakstelling voor {y}-II wordt op 13.000 gezet.", "II"),
    ("Na evaluatie wordt de taakstelling van {y}-I bijgesteld.", "I"),
    ("Het gaat om de taakstelling voor de tweede helft van {y}.", "half2"),
    ("In maart {y} volgt een brief aan de Kamer.", "march"),
    ("Op 1 juli {y} gaat de wet in.", "day"),
    ("The package for {y} is presented.", "year"),
]
# (statement, years after its meeting's year it names; None: none)
RELATIVE = [
    ("Dit jaar moeten nog circa 13.000 statushouders van huisvesting voorzien.", 0),
    ("Volgend jaar komt er een nieuw pakket.", 1),
    ("Komend jaar wordt de wet geëvalueerd.", 1),
    ("Vorig jaar is de taakstelling niet gehaald.", -1),
    ("Next year the target will be lowered.", 1),
    ("Er wordt ingestemd met de taakstelling.", None),
    ("Heeft een capaciteitsbesluit genomen, met daarin de opgave van 51.000 plekken.", None),
]
MEETINGS = ["2022-07-08", "2023-04-06", "2023-11-03", "2024-05-15", "2025-03-19", "2026-09-01"]


def _spans(kind: str, y: int) -> tuple[dt.date, dt.date]:
    """The days a written form of year ``y`` means."""
    return {
        "year": (dt.date(y, 1, 1), dt.date(y, 12, 31)),
        "II": (dt.date(y, 7, 1), dt.date(y, 12, 31)),
        "half2": (dt.date(y, 7, 1), dt.date(y, 12, 31)),
        "I": (dt.date(y, 1, 1), dt.date(y, 6, 30)),
        "march": (dt.date(y, 3, 1), dt.date(y, 3, 31)),
        "day": (dt.date(y, 7, 1), dt.date(y, 7, 1)),
    }[kind]


def _near(meeting: dt.date, first: dt.date, last: dt.date) -> bool:
    return first - dt.timedelta(days=365) <= meeting <= last


def _overlap(a: tuple[dt.date, dt.date], first: dt.date, last: dt.date) -> bool:
    return a[0] <= last and first <= a[1]


def statement_rows() -> list[dict[str, object]]:
    """Each written form of three years and each relative form at six meetings, against each
    period."""
    rows: list[dict[str, object]] = []
    for phrase, a, b in PERIODS:
        first, last = D(a), D(b)
        base = {"kind": "statement", "period": phrase, "topic_period": [a, b]}
        for k, (text, form) in enumerate(WRITTEN):
            for y in (first.year - 1, first.year, first.year + 1)[k % 3 :][:2]:
                covers = _overlap(_spans(form, y), first, last)
                rows.append({**base, "meeting": FAR, "statement": text.format(y=y),
                             "covers": covers, "why": "written" if covers else "none"})  # fmt: skip
        for j, (text, shift) in enumerate(RELATIVE):
            meeting = D(MEETINGS[(j + len(rows)) % len(MEETINGS)])
            near = _near(meeting, first, last)
            year = meeting.year + shift if shift is not None else None
            said = year is not None and first.year <= year <= last.year
            why = "near" if near else "relative" if said else "none"
            rows.append({**base, "meeting": meeting.isoformat(), "statement": text,
                         "covers": near or said, "why": why})  # fmt: skip
    return rows


def _writes(text: str, meeting: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The times ``text`` writes, read here by meaning (independent of the rule's reader)."""
    low = text.lower()
    out = []
    for m in re.finditer(r"(?<![\d.,])((?:19|20)\d\d)(?:-(II|I)\b)?(?![\d.,]\d)", text):
        y, half = int(m.group(1)), m.group(2)
        before = low[max(0, m.start() - 25) : m.start()]
        ends = [n for w, n in MONTHS.items() if len(w) > 3 and re.search(rf"\b{w}\s*$", before)]
        month = ends[0] if ends else 0
        if half:
            out.append(_spans(half, y))
        elif re.search(r"tweede helft van\s*$", before):
            out.append(_spans("half2", y))
        elif re.search(r"eerste helft van\s*$", before):
            out.append(_spans("I", y))
        elif month:
            end = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            out.append((dt.date(y, month, 1), end))
        else:
            out.append(_spans("year", y))
    for phrase, shift in mapping("periods", "year_offsets").items():
        if re.search(rf"\b{phrase}\b", low):
            out.append(_spans("year", meeting.year + shift))
    return out


def period_rows() -> list[dict[str, object]]:
    """Each period against the bundled corpus."""
    meetings = [read_minutes(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    rows: list[dict[str, object]] = []
    for phrase, a, b in PERIODS:
        first, last = D(a), D(b)
        near = [m.date.isoformat() for m in meetings if _near(m.date, first, last)]
        written = [
            f"{m.date.isoformat()} | " + " ".join(s.text.split())
            for m in meetings
            if m.date.isoformat() not in near
            for s in m.statements
            if any(_overlap(w, first, last) for w in _writes(s.text, m.date))
        ]
        rows.append({"kind": "period", "period": phrase, "topic_period": [a, b], "near": near,
                     "written": written, "answerable": bool(near or written)})  # fmt: skip
    return rows


def main() -> int:
    """Write the table."""
    head = ("# Generated by eval/make_period_covered.py (do not edit): which statements cover a "
            "topic period\n# (tests/unit/answer/test_period_covered_table.py).\n\n")  # fmt: skip
    write_rows(OUT, head, statement_rows() + period_rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
