"""Write tests/data/office_holders.toml: every office phrase of the alias table asked with no
period, each meeting's month, each year and two ranges, with the (body, meeting) pairs that
held the office (issue 16 session 27 task C, rule office_holders_per_meeting;
tests/unit/answer/test_office_holders.py reads every row with the question reader).

    python eval/make_office_holders.py

The phrases are the aliases and question aliases of organisations.toml of every holder of an
office of lexicon/data/roles.toml ``offices`` that hold an office title word ("minister",
"staatssecretaris", "secretary"): "the housing minister", "de woonminister", "minister voor
VRO", "the minister for asylum", "de staatssecretaris", "the interior minister", .... Which
body sat in which meeting is read from the minutes files themselves (corpus/, parsed by
lrt_search.ingest: the attendee lists and the statements' speakers), never typed per row: a
phrase naming an office (a portfolio word and a holder's alias) is held, in each meeting of the
period, by the first of the office's ``holders`` present there (with no period, only the holders
of the title of the phrase's own body, roles.toml ``titles``, when one held it: "the asylum
minister" MAenM, "the asylum state secretary" SJenV, "the housing minister" MVRO and MBZK); any
other phrase by its own body in the meetings it is present at. A row's ``pairs`` are
"CODE@YYYY-MM-DD", sorted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from toml_rows import toml_value, unique_rows, write_rows

from lrt_search.ingest.corpus import read_minutes
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.lexicon.wordlists import mapping, words

ROOT = Path(__file__).resolve().parents[1]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
ENGLISH = (
    r"\b(for|of|the|state|secretary|housing|asylum|interior|home|junior|deputy|migration|spatial)\b"
)
CARRIER = {
    "nl": "Wat zei de {phrase}{period} over de opvang?",
    "en": "What did the {phrase} say{period} about reception?",
}


def present(orgs: OrgTable) -> dict[str, list[str]]:
    """Meeting date -> the codes of its attendee list and of its statements' speakers."""
    out: dict[str, set[str]] = {}
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        meeting = read_minutes(path)
        codes = out.setdefault(meeting.date.isoformat(), set())
        for person in meeting.attendees:
            code = person.org_code or (orgs.resolve(person.organisation or "") or "")
            codes.add(code)
        for item in meeting.items:
            for statement in item.statements:
                codes.update(statement.speakers)
    return {day: sorted(c for c in codes if c) for day, codes in sorted(out.items())}


def phrases() -> list[tuple[str, str, str]]:
    """(phrase, its body, office name or "") of every holder alias with an office title."""
    titles = tuple(words("roles", "office_titles"))
    offices = mapping("roles", "offices")
    table = mapping("organisations", "org")
    out = []
    for code in dict.fromkeys(h for o in offices.values() for h in o["holders"]):
        data = table.get(code, {})
        for alias in dict.fromkeys([*data.get("aliases", []), *data.get("query_aliases", [])]):
            low = alias.lower()
            if not any(w.endswith(titles) and "ministerie" not in w for w in low.split()):
                continue
            named = [
                name for name, o in offices.items()
                if code in o["holders"] and any(p in low for p in o["portfolio"])
            ]  # fmt: skip
            out.append((re.sub(r"^(the|de) ", "", alias), code, named[0] if named else ""))
    return out


def periods(days: list[str], lang: str) -> list[tuple[str, str, str]]:
    """(words, first day, last day) of: no period, each meeting's month, each year, two ranges."""
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    out = [("", "", "")]
    for day in dict.fromkeys(d[:7] for d in days):
        year, month = day.split("-")
        out.append((f" in {months[int(month) - 1]} {year}", f"{day}-01", f"{day}-31"))
    for year in dict.fromkeys(d[:4] for d in days):
        out.append((f" in {year}", f"{year}-01-01", f"{year}-12-31"))
    first, last = days[0][:7], days[-1][:7]
    between = "tussen {} en {}" if lang == "nl" else "between {} and {}"
    for low, high in ((first, last), (first, "2023-11")):
        a, b = (f"{months[int(d[5:]) - 1]} {d[:4]}" for d in (low, high))
        out.append((" " + between.format(a, b), f"{low}-01", f"{high}-31"))
    return out


def pairs(present: dict[str, list[str]], code: str, office: str, low: str, high: str) -> list[str]:
    """The (body, meeting) pairs, "CODE@date", that hold ``office`` (or are ``code``); with no
    period only the holders of the title of ``code`` (roles.toml ``titles``) when one holds it."""
    data = mapping("roles", "offices")[office] if office else {"holders": [code]}
    out = []
    for day, codes in present.items():
        if low and not low <= day <= high:
            continue
        held = next((h for h in data["holders"] if h in codes), None)
        if held:
            out.append((held, day))
    titles = data.get("titles", {})
    own = [(h, d) for h, d in out if titles.get(h) == titles.get(code)]
    return sorted(f"{h}@{d}" for h, d in (own or out if not low else out))


def rows(present: dict[str, list[str]]) -> list[dict[str, object]]:
    """Every phrase in every period, with its pairs."""
    out: list[dict[str, object]] = []
    days = list(present)
    for phrase, code, office in phrases():
        lang = "en" if re.search(ENGLISH, phrase, re.I) else "nl"
        for said, low, high in periods(days, lang):
            question = CARRIER[lang].format(phrase=phrase, period=said)
            out.append({
                "question": question, "lang": lang, "phrase": phrase, "body": code,
                "office": office, "since": low, "until": high,
                "pairs": pairs(present, code, office, low, high),
            })  # fmt: skip
    return unique_rows(out, ("question",))


def main() -> int:
    """Write the table."""
    orgs = OrgTable.default()
    seen = present(orgs)
    head = (
        "# Generated by eval/make_office_holders.py (issue 16 session 27 task C): an office\n"
        "# phrase asked with no period, a month, a year or a range, and the (body, meeting)\n"
        "# pairs that held it, from the minutes' attendee lists and speakers and roles.toml\n"
        "# `offices`. Read by tests/unit/answer/test_office_holders.py.\n\n"
        "[present]\n" + "".join(f'"{d}" = {toml_value(c)}\n' for d, c in seen.items()) + "\n"
    )
    write_rows(ROOT / "tests" / "data" / "office_holders.toml", head, rows(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
