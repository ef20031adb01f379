"""Write tests/data/presence_lines.toml: whether someone attended a meeting, asked of every party
a line of the minutes names as absent, replaced or represented (issue 16 session 28 task D2,
rule ``presence_lines_read``).

    python eval/make_presence_lines.py [--out tests/data/presence_lines.toml]

Rules of the table (no eval question is read; every row comes from the bundled minutes):

- The lines: every statement line of ``corpus/*.txt`` (not the header's attendee lists) that
  holds a phrase of attendance or absence of ``lrt_search/lexicon/data/attendance.toml``
  (``phrases`` and ``absence``: "kan niet aanwezig zijn", "zijn verhinderd", "wordt vervangen
  door", "op DG-niveau vertegenwoordigd", "vervangt").
- The parties of a line: each organisation the minutes' alias table finds in it (as written:
  "VWS", "VRO", "DGSZI"), each person written after an honorific ("Mw. Van Gennip", "Dhr. De
  Jonge", "dhr. Van der Burg"; the surname with its particles), and for a plural office head
  ("De Ministers van VWS en voor PVO en VRO") each office of the coordination ("de minister
  van VWS", "the Minister of VWS"). A party the header's attendee lists of the same meeting
  already name (by organisation code or surname) is left out: the lists answer it at main.
- Answerable rows (``expect = "line"``): each party asked whether it attended the line's
  meeting, in three Dutch and three English forms ("Was X aanwezig bij de LRT van D?", "Was X
  bij de LRT van D?", "Nam X deel aan de LRT van D?", "Was X present at the LRT of D?", "Did X
  attend the LRT of D?", "Was X at the meeting of D?"): ``ask`` must answer, quoting the line.
- Twins (``expect = "refused"``): the same forms of each party asked of every other meeting of
  the corpus whose lines and attendee lists do not name it: ``ask`` must abstain, with
  ``not_listed`` (the minutes say nothing of its attendance there).
Seeded (``random.Random(28)``) only for the order of forms; every row is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lrt_search.index.absence_lines import states_absence  # noqa: E402
from lrt_search.index.facts import ENTRY, attendee_lists  # noqa: E402
from lrt_search.ingest.speakers import is_attendance  # noqa: E402
from lrt_search.lexicon.organisations import OrgTable  # noqa: E402

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_EN = "January February March April May June July August September October November December"
NL = (
    "Was {x} aanwezig bij de LRT van {d}?",
    "Was {x} bij de LRT van {d}?",
    "Nam {x} deel aan de LRT van {d}?",
)
EN = (
    "Was {x} present at the LRT of {d}?",
    "Did {x} attend the LRT of {d}?",
    "Was {x} at the meeting of {d}?",
)
PERSON = re.compile(
    r"\b(?:Mw|Mevr|Dhr|mw|mevr|dhr)\.\s+((?:(?:[Vv]an|[Dd]e|[Dd]er|[Tt]en|[Tt]er)\s+)*[A-Z][\w-]+)"
)
OFFICES = re.compile(
    r"\b(Ministers|Staatssecretarissen)\s+((?:(?:van|voor)\s+)?[A-Z][\w']+(?:\s*(?:,|en)\s+(?:(?:van|voor)\s+)?[A-Z][\w']+)*)"
)
SINGLE = {
    "Ministers": ("minister", "Minister"),
    "Staatssecretarissen": ("staatssecretaris", "State Secretary"),
}


def day_text(day: dt.date, months: str) -> str:
    return f"{day.day} {months.split()[day.month - 1]} {day.year}"


def meetings() -> list[tuple[dt.date, str, str]]:
    """(day, header text, body text) of every meeting of the bundled corpus."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        day = dt.date.fromisoformat(path.name[:10])
        text = path.read_text("utf-8")
        cut = re.search(r"^1\.\s", text, re.M)
        split = cut.start() if cut else 0
        out.append((day, text[:split], text[split:]))
    return out


def listed(header: str, orgs: OrgTable) -> tuple[set[str], set[str]]:
    """The organisation codes and surnames (lower case) of a header's attendee lists."""
    codes, names = set(), set()
    for _, people in attendee_lists(header):
        for m in ENTRY.finditer(people):
            entry = m.group(0)
            written = entry.split("(", 1)[-1].split(")")[0].split(",")[0].strip()
            if code := orgs.resolve(written):
                codes.add(code)
            names.add(entry.split("(", 1)[0].strip().lower())
    for m in PERSON.finditer(header):
        names.add(m.group(1).lower())
    return codes, names


def parties(line: str, orgs: OrgTable) -> list[tuple[str, str, str]]:
    """(kind, Dutch form, English form) of each party ``line`` names."""
    out = []
    for m in OFFICES.finditer(line):
        nl, en = SINGLE[m.group(1)]
        prep = "van"
        for part in re.split(r"\s*(?:,|\ben\b)\s*", m.group(2)):
            words = part.split()
            if words and words[0] in ("van", "voor"):
                prep, words = words[0], words[1:]
            if words:
                body = " ".join(words)
                out.append(
                    (
                        "office",
                        f"de {nl} {prep} {body}",
                        f"the {en} {'of' if prep == 'van' else 'for'} {body}",
                    )
                )
    for m in orgs.mentions(line):
        out.append(("organisation", m.text, m.text))
    for m in PERSON.finditer(line):
        out.append(("person", m.group(1), m.group(1)))
    seen, kept = set(), []
    for p in out:
        if p[1].lower() not in seen:
            seen.add(p[1].lower())
            kept.append(p)
    return kept


def is_listed(
    party: tuple[str, str, str], codes: set[str], names: set[str], orgs: OrgTable
) -> bool:
    kind, nl, _ = party
    if kind == "person":
        return nl.lower() in names or nl.split()[-1].lower() in {n.split()[-1] for n in names if n}
    code = orgs.resolve(nl.split()[-1]) if kind == "office" else orgs.resolve(nl)
    return bool(code) and code in codes


def rows() -> list[dict[str, str]]:
    orgs = OrgTable.default()
    rng = random.Random(28)
    found = []
    all_meetings = meetings()
    named: dict[dt.date, set[str]] = {}
    for day, header, body in all_meetings:
        codes, names = listed(header, orgs)
        for raw in body.split("\n"):
            line = raw.strip().lstrip("-•* ").strip()
            if not line or not (is_attendance(line) or states_absence(line)):
                continue
            for party in parties(line, orgs):
                named.setdefault(day, set()).add(party[1].lower())
                if not is_listed(party, codes, names, orgs):
                    found.append((day, line, party))
    out = []
    for day, line, party in found:
        forms = [(f, "nl", party[1], MONTHS_NL) for f in NL] + [
            (f, "en", party[2], MONTHS_EN) for f in EN
        ]
        rng.shuffle(forms)
        for form, lang, x, months in forms:
            q = form.format(x=x, d=day_text(day, months))
            out.append(
                {
                    "question": q,
                    "lang": lang,
                    "kind": party[0],
                    "party": party[1],
                    "day": day.isoformat(),
                    "expect": "line",
                    "line": line,
                }
            )
        for other, header, _ in all_meetings:
            if other == day:
                continue
            codes, names = listed(header, orgs)
            if party[1].lower() in named.get(other, set()) or is_listed(party, codes, names, orgs):
                continue
            for form, lang, x, months in forms:
                q = form.format(x=x, d=day_text(other, months))
                out.append(
                    {
                        "question": q,
                        "lang": lang,
                        "kind": party[0],
                        "party": party[1],
                        "day": other.isoformat(),
                        "expect": "refused",
                        "line": "",
                    }
                )
    return out


def toml_text(table: list[dict[str, str]]) -> str:
    head = [f"# {line}".rstrip() for line in (__doc__ or "").strip().splitlines()]
    body = []
    for row in table:
        body.append("\n[[row]]")
        for key, value in row.items():
            esc = value.replace("\\", "\\\\").replace('"', '\\"')
            body.append(f'{key} = "{esc}"')
    return (
        "\n".join([*head, "# Written by eval/make_presence_lines.py; do not edit by hand.", *body])
        + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "data" / "presence_lines.toml")
    args = parser.parse_args()
    table = rows()
    args.out.write_text(toml_text(table), "utf-8")
    kinds = {}
    for r in table:
        kinds[r["expect"]] = kinds.get(r["expect"], 0) + 1
    print(f"{len(table)} rows: {kinds}")


if __name__ == "__main__":
    main()
