"""Writes eval/period_probe.jsonl: questions that name a period the everyday way (holidays,
parts of a year or month, quarters, halves, weeks, ranges, a day without a year), in Dutch and
English, built from the meeting dates of the bundled corpus (corpus/*.txt).

Each meeting lends one topic per language: the first answerable question of the reworded set
(eval/generated_reworded.jsonl) whose gold lies in that meeting alone (its topic words and
gold quotes). A question asks about that topic in a period; the label comes from this script's
own calendar (below), not from the reader: answerable when the period holds the meeting
(gold: the topic's quotes), unanswerable (``no_meeting``) when the period holds no meeting of
the corpus. A period that holds another meeting but not the topic's is left out.

Calendar: Christmas 24-26 December, Easter Good Friday to Easter Monday, a part of a year
January-April / May-August / September-December, of a month days 1-10 / 21 to the end, ISO
weeks, a day without a year in each year of the minutes.

    python eval/make_period_probe.py
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path

from lrt_search.search.everyday import easter

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
SOURCE = HERE / "generated_reworded.jsonl"
TARGET = HERE / "period_probe.jsonl"
NL_MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip
EN_MONTHS = list(calendar.month_name)[1:]
NL_ORD = ("eerste", "tweede", "derde", "vierde")
EN_ORD = ("first", "second", "third", "fourth")
Span = tuple[dt.date, dt.date]


def meetings() -> list[dt.date]:
    """The meeting dates of the bundled corpus (its file names)."""
    return sorted(dt.date.fromisoformat(p.name[:10]) for p in CORPUS.glob("*.txt"))


def topics(dates: list[dt.date]) -> dict[tuple[dt.date, str], dict[str, object]]:
    """Per meeting and language, the first answerable reworded row whose gold is that meeting's."""
    out: dict[tuple[dt.date, str], dict[str, object]] = {}
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        days = {g["date"] for g in row["gold"]}
        if not row["answerable"] or len(days) != 1 or row["how"] == "count":
            continue
        key = (dt.date.fromisoformat(days.pop()), row["lang"])
        if key[0] in dates and key not in out:
            out[key] = row
    return out


def _end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def forms(day: dt.date, years: list[int]) -> list[tuple[str, str, str, list[Span]]]:
    """(form, Dutch period, English period, its spans) around meeting ``day``."""
    y, m, d = day.year, day.month, day.day
    nl, en = NL_MONTHS[m - 1], EN_MONTHS[m - 1]
    part = (m - 1) // 4
    q, h = (m - 1) // 3, (m - 1) // 6
    week = day.isocalendar()[1]
    monday = day - dt.timedelta(days=day.weekday())
    other_q = (q + 2) % 4
    out = [
        (
            "christmas",
            f"met kerst {y}",
            f"at Christmas {y}",
            [(dt.date(y, 12, 24), dt.date(y, 12, 26))],
        ),
        (
            "easter",
            f"met Pasen {y}",
            f"at Easter {y}",
            [(easter(y) - dt.timedelta(days=2), easter(y) + dt.timedelta(days=1))],
        ),
        (
            "year_part",
            f"{('begin', 'medio', 'eind')[part]} {y}",
            f"in {('early', 'mid', 'late')[part]} {y}",
            [(dt.date(y, 4 * part + 1, 1), _end(y, 4 * part + 4))],
        ),
        (
            "month_part",
            f"{'begin' if d <= 10 else 'eind'} {nl} {y}",
            f"at the {'beginning' if d <= 10 else 'end'} of {en} {y}",
            [(dt.date(y, m, 1), dt.date(y, m, 10)) if d <= 10 else (dt.date(y, m, 21), _end(y, m))],
        ),
        (
            "month_part_other",
            f"{'eind' if d <= 10 else 'begin'} {nl} {y}",
            f"at the {'end' if d <= 10 else 'beginning'} of {en} {y}",
            [(dt.date(y, m, 21), _end(y, m)) if d <= 10 else (dt.date(y, m, 1), dt.date(y, m, 10))],
        ),
        (
            "quarter",
            f"in Q{q + 1} {y}",
            f"in the {EN_ORD[q]} quarter of {y}",
            [(dt.date(y, 3 * q + 1, 1), _end(y, 3 * q + 3))],
        ),
        (
            "quarter_words",
            f"in het {NL_ORD[q]} kwartaal van {y}",
            f"in Q{q + 1} {y}",
            [(dt.date(y, 3 * q + 1, 1), _end(y, 3 * q + 3))],
        ),
        (
            "quarter_other",
            f"in het {NL_ORD[other_q]} kwartaal van {y}",
            f"in Q{other_q + 1} {y}",
            [(dt.date(y, 3 * other_q + 1, 1), _end(y, 3 * other_q + 3))],
        ),
        (
            "half",
            f"in H{h + 1} {y}",
            f"in H{h + 1} {y}",
            [(dt.date(y, 6 * h + 1, 1), _end(y, 6 * h + 6))],
        ),
        (
            "week",
            f"in week {week} van {y}",
            f"in week {week} of {y}",
            [(monday, monday + dt.timedelta(days=6))],
        ),
        (
            "day_no_year",
            f"op {d} {nl}",
            f"on {d} {en}",
            [(dt.date(yy, m, d), dt.date(yy, m, d)) for yy in years],
        ),
        (
            "range",
            f"tussen {NL_MONTHS[max(m - 2, 0)]} en {NL_MONTHS[min(m, 11)]} {y}",
            f"from {EN_MONTHS[max(m - 2, 0)]} to {EN_MONTHS[min(m, 11)]} {y}",
            [(dt.date(y, max(m - 1, 1), 1), _end(y, min(m + 1, 12)))],
        ),
    ]
    nxt = day + dt.timedelta(days=1)
    out.append(
        (
            "day_no_year_other",
            f"op {nxt.day} {NL_MONTHS[nxt.month - 1]}",
            f"on {nxt.day} {EN_MONTHS[nxt.month - 1]}",
            [(dt.date(yy, nxt.month, nxt.day),) * 2 for yy in years],
        )
    )
    return out


def build() -> list[dict[str, object]]:
    """The probe's rows."""
    dates = meetings()
    years = sorted({d.year for d in dates})
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for (day, lang), source in sorted(topics(dates).items()):
        for form, nl, en, spans in forms(day, years):
            holds_day = any(a <= day <= b for a, b in spans)
            holds_any = any(a <= x <= b for a, b in spans for x in dates)
            if holds_any and not holds_day:
                continue
            topic = source["topic"]
            period = nl if lang == "nl" else en
            question = (
                f"Wat is er {period} gezegd over {topic}?"
                if lang == "nl"
                else f"What was said about {topic} {period}?"
            )
            if question in seen:
                continue
            seen.add(question)
            rows.append({
                "id": f"pp-{len(rows) + 1:03d}", "question": question, "lang": lang,
                "type": "period_probe", "split": "probe", "answerable": holds_day,
                "gold": source["gold"] if holds_day else [], "form": form,
                "change": "" if holds_day else "no_meeting",
            })  # fmt: skip
    return rows


def main() -> int:
    rows = build()
    with TARGET.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    answerable = sum(1 for r in rows if r["answerable"])
    print(f"{len(rows)} questions ({answerable} answerable) -> {TARGET.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
