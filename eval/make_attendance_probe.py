"""Writes eval/attendance_probe.jsonl: "who was there for X" asked in the ways people write it,
built from the attendee lists of the bundled minutes (rule ``attendance_for_org`` of
lexicon/data/intents.toml: "Wie zat er namens de provincies bij de vergadering?").

    python eval/make_attendance_probe.py

For every meeting and every organisation with an entry in its "Aanwezig" list, one question in
each form of FORMS (Dutch and English, with the date written out); the gold is that entry as
the minutes write it ("Dhr. De Reus (IPO)"). For every meeting, the same forms for an
organisation that never attends (``ABSENT_ORG``) are unanswerable (rule
``attendance_org_listed`` abstains ``not_listed``). Nothing is chosen by outcome: every entry
of every list, every form.
"""

from __future__ import annotations

import json
from pathlib import Path

from lrt_search.answer.attendance import attendee_lists
from lrt_search.index.facts import ENTRY
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
TARGET = HERE / "attendance_probe.jsonl"
#: (form name, language, template): ``{org}`` and ``{date}`` filled in.
FORMS = (
    ("zat_namens", "nl", "Wie zat er namens {org} bij de vergadering van {date}?"),
    ("was_vanuit", "nl", "Wie was er vanuit {org} bij de LRT van {date}?"),
    ("vertegenwoordigde", "nl", "Wie vertegenwoordigde {org} op de vergadering van {date}?"),
    ("there_for", "en", "Who was there for {org} at the meeting of {date}?"),
    ("from_at", "en", "Who from {org} was at the meeting of {date}?"),
    ("represented", "en", "Who represented {org} at the LRT meeting of {date}?"),
)
#: An organisation of the minutes' world that none of the five meetings lists.
ABSENT_ORG = "Nidos"
MONTHS_NL = (
    *("januari", "februari", "maart", "april", "mei", "juni", "juli"),
    *("augustus", "september", "oktober", "november", "december"),
)


def _date(day: object, lang: str) -> str:
    d = day  # a datetime.date
    if lang == "nl":
        return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"  # type: ignore[attr-defined]
    return f"{d.day} {d.strftime('%B')} {d.year}"  # type: ignore[attr-defined]


def build(engine: Engine) -> list[dict[str, object]]:
    """The probe's rows, from the header chunks of ``engine``'s index."""
    rows: list[dict[str, object]] = []
    headers = sorted((c for c in engine.chunks if c.kind == "header"), key=lambda c: c.meeting_date)
    for header in headers:
        entries: dict[str, str] = {}
        for label, people in attendee_lists(header.text):
            if label.lower() != "aanwezig":
                continue
            for m in ENTRY.finditer(people):
                entry = m.group(0).strip(" ,.")
                org = entry.rsplit("(", 1)[1].split(",")[0].strip(" )")
                named = entry.split("(", 1)[0].strip()  # "(JenV)" alone names nobody
                if org.isalpha() and named and "redact" not in entry.lower():
                    entries.setdefault(org, entry)
        for org, entry in [*sorted(entries.items()), (ABSENT_ORG, "")]:
            day = header.meeting_date.isoformat()
            for form, lang, template in FORMS:
                question = template.format(org=org, date=_date(header.meeting_date, lang))
                row: dict[str, object] = {
                    "id": f"at-{len(rows) + 1:03d}",
                    "question": question,
                    "lang": lang,
                    "type": "attendance_probe",
                    "split": "probe",
                    "form": form,
                    "answerable": bool(entry),
                    "gold": [{"date": day, "quote": entry}] if entry else [],
                }
                rows.append(row)
    return rows


def text_of(rows: list[dict[str, object]]) -> str:
    """The rows as JSON lines."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    """Write the probe."""
    rows = build(Engine.load(progress=False))
    TARGET.write_text(text_of(rows), encoding="utf-8")
    print(f"{len(rows)} questions -> {TARGET}")


if __name__ == "__main__":
    main()
