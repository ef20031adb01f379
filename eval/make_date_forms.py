"""Write tests/data/date_forms.toml: every way people write a date (issue 16, session 27 task
F2), each with the reading it must have against the meetings of the bundled corpus.

    python eval/make_date_forms.py

For every meeting day of the corpus and a sample of other days, months and years: numeric days
with "-", "/" and "." (day before month, with and without leading zeros, four- and two-digit
years, ISO), days with a Dutch or English month name or abbreviation with and without a dot, in
the orders of each language, ordinals "3e"/"3rd", "de 3e november", "the 3rd of November";
the same days without a year (after "op"/"on", a weekday, a meeting noun), read in the
minutes' years (the meeting held on it, else not read: no meeting word in the carrier); bare
("3 nov": not read, the day of the word before it, "brieven 10 nov", b13-049); months ("nov. '23",
"11/2023"); parts of a month or year ("begin november 2023", "half juli 2022", "mid-2023");
quarters, halves, seasons, "de week van"; before/after a day. Not read, by decision: periods
relative to now ("vorige zomer", "last year", "rond de jaarwisseling": the minutes have no
"now"), a bound of a season ("vóór de zomer van 2023": rule period_phrase_bounds was measured
and deleted), a yearless bound ("vóór 1 juni": the year is not fixed); numbers that are no date
("3/4 van de gemeenten", "13.500", "1-2 jaar", the half-year "2022-II"). Each phrase is asked
in the carrier of its language; numeric forms in both. Columns: ``kind`` (the form), ``since``
and ``until`` (ISO, "" open), ``year`` (the year is written), ``meetings`` (the corpus meetings
the period holds), or ``read = false``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_forms.toml"
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt; tests/unit/search/test_date_forms.py).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
OTHER_DAYS = (D(2022, 12, 21), D(2024, 6, 15), D(2023, 9, 1), D(2025, 1, 30))
NL = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
      "september", "oktober", "november", "december"]  # fmt: skip
NL_ABBR = ["", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN = [""] + [calendar.month_name[n] for n in range(1, 13)]
EN_ABBR = [""] + [calendar.month_abbr[n] for n in range(1, 13)]
CARRIERS = {"nl": "Wat zei de VNG {phrase} over de opvang?",
            "en": "What did the VNG say {phrase} about reception?"}  # fmt: skip


def suffix(n: int) -> str:
    """ "st", "nd", "rd" or "th" after the digits of ``n``."""
    if n % 10 in (1, 2, 3) and n // 10 != 1:
        return {1: "st", 2: "nd", 3: "rd"}[n % 10]
    return "th"


def _row(lang: str, kind: str, phrase: str, span: tuple[D | None, D | None] | None,
         year: bool = True) -> dict[str, object]:  # fmt: skip
    row: dict[str, object] = {"lang": lang, "kind": kind, "phrase": phrase,
                              "question": CARRIERS[lang].format(phrase=phrase)}  # fmt: skip
    if span is None:
        return {**row, "read": False}
    since, until = span
    held = [d for d in MEETINGS if (since or d) <= d <= (until or d)]
    return {**row, "since": since.isoformat() if since else "",
            "until": until.isoformat() if until else "", "year": year,
            "meetings": [d.isoformat() for d in held]}  # fmt: skip


def numeric_forms(d: D) -> list[tuple[str, str]]:
    """(kind, words) of ``d`` in digits, day before month."""
    y, yy, m, day = d.year, f"{d.year % 100:02d}", d.month, d.day
    return [("d-m-yyyy", f"{day}-{m}-{y}"), ("d/m/yyyy", f"{day}/{m}/{y}"),
            ("d.m.yyyy", f"{day}.{m}.{y}"), ("dd-mm-yyyy", f"{day:02d}-{m:02d}-{y}"),
            ("dd/mm/yyyy", f"{day:02d}/{m:02d}/{y}"), ("d-m-yy", f"{day}-{m}-{yy}"),
            ("d/m/yy", f"{day}/{m}/{yy}"), ("dd.mm.yy", f"{day:02d}.{m:02d}.{yy}"),
            ("iso", d.isoformat())]  # fmt: skip


def written_forms(d: D, lang: str) -> list[tuple[str, str]]:
    """(kind, words) of ``d`` with its month in words and its year."""
    y, yy, m, day = d.year, f"{d.year % 100:02d}", d.month, d.day
    if lang == "nl":
        return [("d month yyyy", f"{day} {NL[m]} {y}"), ("d mon yyyy", f"{day} {NL_ABBR[m]} {y}"),
                ("d mon. yyyy", f"{day} {NL_ABBR[m]}. {y}"), ("de de month yyyy",
                f"de {day}e {NL[m]} {y}"), ("de month yyyy", f"{day}e {NL[m]} {y}"),
                ("d mon. 'yy", f"{day} {NL_ABBR[m]}. '{yy}")]  # fmt: skip
    sfx = suffix(day)
    return [("d Month yyyy", f"{day} {EN[m]} {y}"), ("d Mon yyyy", f"{day} {EN_ABBR[m]} {y}"),
            ("d Mon. yyyy", f"{day} {EN_ABBR[m]}. {y}"), ("Month d, yyyy", f"{EN[m]} {day}, {y}"),
            ("Mon dth, yyyy", f"{EN_ABBR[m]} {day}{sfx}, {y}"),
            ("Month dth yyyy", f"{EN[m]} {day}{sfx} {y}"),
            ("the dth of Month yyyy", f"the {day}{sfx} of {EN[m]} {y}"),
            ("dth Month yyyy", f"{day}{sfx} {EN[m]} {y}"),
            ("d Mon 'yy", f"{day} {EN_ABBR[m]} '{yy}")]  # fmt: skip


def yearless_forms(d: D, lang: str) -> list[tuple[str, str]]:
    """(kind, words) of ``d`` without its year, after "op"/"on" or bare."""
    m, day = d.month, d.day
    if lang == "nl":
        return [("op d month", f"op {day} {NL[m]}"), ("op d mon", f"op {day} {NL_ABBR[m]}"),
                ("op d mon.", f"op {day} {NL_ABBR[m]}."), ("op de month", f"op {day}e {NL[m]}"),
                ("op de de month", f"op de {day}e {NL[m]}"), ("op d-m", f"op {day}-{m}"),
                ("op d/m", f"op {day}/{m}"), ("op dd-mm", f"op {day:02d}-{m:02d}"),
                ("bare d mon", f"{day} {NL_ABBR[m]}"),
                ("bare d month", f"{day} {NL[m]}")]  # fmt: skip
    sfx = suffix(day)
    return [("on d Month", f"on {day} {EN[m]}"), ("on d Mon", f"on {day} {EN_ABBR[m]}"),
            ("on Month d", f"on {EN[m]} {day}"), ("on Mon dth", f"on {EN_ABBR[m]} {day}{sfx}"),
            ("on Month dth", f"on {EN[m]} {day}{sfx}"),
            ("on the dth of Month", f"on the {day}{sfx} of {EN[m]}"),
            ("on dth Month", f"on {day}{sfx} {EN[m]}"), ("on d/m", f"on {day}/{m}"),
            ("bare d Mon", f"{day} {EN_ABBR[m]}"),
            ("bare Mon dth", f"{EN_ABBR[m]} {day}{sfx}")]  # fmt: skip


WEEKDAYS = {"nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                    "zondag"], "en": list(calendar.day_name)}  # fmt: skip
WEEKDAYS_SHORT = {"nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
                  "en": list(calendar.day_abbr)}  # fmt: skip


def weekday_forms(d: D, lang: str) -> list[tuple[str, str]]:
    """(kind, words) of ``d`` with its weekday, with and without its year, and after a meeting
    noun without a lead word ("tijdens de LRT 3 nov")."""
    m, day, wd = d.month, d.day, WEEKDAYS[lang][d.weekday()]
    short, yy = WEEKDAYS_SHORT[lang][d.weekday()], f"{d.year % 100:02d}"
    if lang == "nl":
        return [("op weekday d month yyyy", f"op {wd} {day} {NL[m]} {d.year}"),
                ("op weekday d month", f"op {wd} {day} {NL[m]}"),
                ("op wd d mon", f"op {short} {day} {NL_ABBR[m]}"),
                ("op d-mon-yyyy", f"op {day}-{NL_ABBR[m]}-{d.year}"),
                ("op d-mon-yy", f"op {day}-{NL_ABBR[m]}-{yy}"),
                ("op d-mon", f"op {day}-{NL_ABBR[m]}"),
                ("noun d mon", f"tijdens de LRT {day} {NL_ABBR[m]}"),
                ("noun d month", f"in de vergadering {day} {NL[m]}")]  # fmt: skip
    return [("on Weekday d Month yyyy", f"on {wd} {day} {EN[m]} {d.year}"),
            ("on Wd, Mon dth", f"on {short}, {EN_ABBR[m]} {day}{suffix(day)}"),
            ("on d-Mon-yyyy", f"on {day}-{EN_ABBR[m]}-{d.year}"),
            ("on Weekday, Month dth", f"on {wd}, {EN[m]} {day}{suffix(day)}"),
            ("noun d Mon", f"at the LRT {day} {EN_ABBR[m]}")]  # fmt: skip


def _yearless_reading(d: D, meeting_word: bool = False) -> tuple[D, D] | None:
    """A day without its year in the minutes' years: the meeting held on it, else not read;
    with a meeting word, the day in the minutes' latest year, which holds no meeting."""
    held = [x for x in MEETINGS if (x.month, x.day) == (d.month, d.day)]
    if held:
        return held[0], held[-1]
    latest = D(MEETINGS[-1].year, d.month, d.day)
    return (latest, latest) if meeting_word else None


def day_rows() -> list[dict[str, object]]:
    """Every day form of every meeting day and the sample days, with and without a year."""
    rows = []
    for d in MEETINGS + OTHER_DAYS:
        for lang, lead in (("nl", "op"), ("en", "on")):
            for kind, words in numeric_forms(d) + written_forms(d, lang):
                rows.append(_row(lang, kind, f"{lead} {words}", (d, d)))
            for kind, words in weekday_forms(d, lang):
                dated = "yyyy" in kind or "yy" in kind
                read = (d, d) if dated else _yearless_reading(d, "noun" in kind)
                rows.append(_row(lang, kind, words, read, year=dated))
            for kind, words in yearless_forms(d, lang):
                read = None if kind.startswith("bare") else _yearless_reading(d)
                rows.append(_row(lang, kind, words, read, year=False))
    return rows


def _month(y: int, m: int) -> tuple[D, D]:
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


def month_rows() -> list[dict[str, object]]:
    """Months with their year: names, abbreviations with and without a dot, "'23", digits."""
    rows = []
    for y, m in ((2022, 7), (2023, 4), (2023, 11), (2025, 3), (2024, 6), (2022, 12)):
        yy, span = f"{y % 100:02d}", _month(y, m)
        for words in (f"{NL[m]} {y}", f"{NL_ABBR[m]} {y}", f"{NL_ABBR[m]}. {y}",
                      f"{NL_ABBR[m]}. '{yy}", f"{NL_ABBR[m]} '{yy}", f"{m:02d}-{y}",
                      f"{m}/{y}"):  # fmt: skip
            rows.append(_row("nl", "month", f"in {words}", span))
        for words in (f"{EN[m]} {y}", f"{EN_ABBR[m]} {y}", f"{EN_ABBR[m]}. '{yy}", f"{m}/{y}"):
            rows.append(_row("en", "month", f"in {words}", span))
    return rows


PARTS_DAYS = {"begin": (1, 10), "mid": (11, 20), "end": (21, 31)}
PARTS_MONTHS = {"begin": (1, 4), "mid": (5, 8), "end": (9, 12)}
PART_WORDS = {"nl": {"begin": ["begin"], "mid": ["medio", "half", "halverwege"], "end": ["eind"]},
              "en": {"begin": ["early", "the beginning of"], "mid": ["mid-", "the middle of"],
                     "end": ["late", "the end of"]}}  # fmt: skip


def part_rows() -> list[dict[str, object]]:
    """Begin, middle and end of a month or a year ("begin november 2023", "half juli 2022",
    "mid-2023", "late 2022")."""
    rows = []
    for lang, names in (("nl", NL), ("en", EN)):
        for part, forms in PART_WORDS[lang].items():
            for word in forms:
                join = "" if word.endswith("-") else " "
                for y, m in ((2023, 11), (2022, 7), (2025, 3)):
                    first, last = PARTS_DAYS[part]
                    end = D(y, m, min(last, calendar.monthrange(y, m)[1]))
                    rows.append(_row(lang, "part of month", f"{word}{join}{names[m]} {y}",
                                     (D(y, m, first), end)))  # fmt: skip
                for y in (2023, 2025):
                    first, last = PARTS_MONTHS[part]
                    for year in (str(y), f"'{y % 100}"):
                        rows.append(_row(lang, "part of year", f"{word}{join}{year}",
                                         (D(y, first, 1), _month(y, last)[1])))  # fmt: skip
    return rows


QUARTER_NL = ["", "eerste", "tweede", "derde", "vierde"]
QUARTER_EN = ["", "first", "second", "third", "fourth"]


def period_rows() -> list[dict[str, object]]:
    """Quarters, halves, seasons and weeks with their year."""
    rows = []
    for y in (2023, 2025):
        for q in (1, 2, 3, 4):
            span = (D(y, 3 * q - 2, 1), _month(y, 3 * q)[1])
            for lang, words in (("nl", f"Q{q} {y}"), ("nl", f"in Q{q} {y}"), ("en", f"Q{q} {y}"),
                                ("nl", f"in Q{q}-{y}"), ("en", f"in Q{q} '{y % 100}"),
                                ("en", f"in the {QUARTER_EN[q]} quarter of '{y % 100}"),
                                ("nl", f"in het {QUARTER_NL[q]} kwartaal van {y}"),
                                ("en", f"in the {QUARTER_EN[q]} quarter of {y}")):  # fmt: skip
                rows.append(_row(lang, "quarter", words, span))
        for h in (1, 2):
            span = (D(y, 1, 1), D(y, 6, 30)) if h == 1 else (D(y, 7, 1), D(y, 12, 31))
            nth_nl, nth_en = QUARTER_NL[h], QUARTER_EN[h]
            for lang, words in (("nl", f"in de {nth_nl} helft van {y}"), ("nl", f"H{h} {y}"),
                                ("nl", f"in de {nth_nl} helft van '{y % 100}"),
                                ("en", f"H{h} '{y % 100}"),
                                ("en", f"in the {nth_en} half of {y}")):  # fmt: skip
                rows.append(_row(lang, "half", words, span))
    for y in (2022, 2023):
        for lang, words, (a, b) in (("nl", f"voorjaar {y}", (3, 5)),
                                    ("nl", f"in het voorjaar van {y}", (3, 5)),
                                    ("nl", f"najaar {y}", (9, 11)), ("en", f"summer {y}", (6, 8)),
                                    ("en", f"in the autumn of {y}", (9, 11)),
                                    ("nl", f"najaar '{y % 100}", (9, 11)),
                                    ("nl", f"in de zomer van '{y % 100}", (6, 8)),
                                    ("en", f"in autumn '{y % 100}", (9, 11))):  # fmt: skip
            rows.append(_row(lang, "season", words, (D(y, a, 1), _month(y, b)[1])))
    for d in (D(2023, 4, 6), D(2023, 11, 6), D(2022, 7, 6)):
        monday = d - dt.timedelta(days=d.weekday())
        week = (monday, monday + dt.timedelta(days=6))
        rows.append(_row("nl", "week", f"in de week van {d.day} {NL[d.month]} {d.year}", week))
        rows.append(_row("en", "week", f"in the week of {d.day} {EN[d.month]} {d.year}", week))
        held = [(y, _week_of(D(y, d.month, d.day))) for y in sorted({x.year for x in MEETINGS})]
        held = [(y, w) for y, w in held if any(w[0] <= x <= w[1] for x in MEETINGS)]
        yearless = (held[0][1][0], held[-1][1][1]) if held else None
        rows.append(_row("nl", "week yearless", f"in de week van {d.day} {NL[d.month]}", yearless,
                         year=False))  # fmt: skip
        rows.append(_row("en", "week yearless", f"in the week of {d.day} {EN[d.month]}", yearless,
                         year=False))  # fmt: skip
    return rows


def _week_of(d: D) -> tuple[D, D]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def bound_rows() -> list[dict[str, object]]:
    """Before / after / since a day with its year: open periods."""
    rows = []
    one = dt.timedelta(days=1)
    for d in (D(2023, 6, 1), D(2023, 9, 1), D(2023, 11, 3)):
        for lang, words, span in (
            ("nl", f"vóór {d.day} {NL[d.month]} {d.year}", (None, d - one)),
            ("en", f"before {d.day} {EN[d.month]} {d.year}", (None, d - one)),
            ("nl", f"na {d.day} {NL[d.month]} {d.year}", (d + one, None)),
            ("en", f"after {d.day} {EN[d.month]} {d.year}", (d + one, None)),
            ("nl", f"sinds {d.day}-{d.month}-{d.year}", (d, None)),
            ("en", f"since {d.day}/{d.month}/{d.year}", (d, None)),
        ):
            rows.append(_row(lang, "bound", words, span))
    return rows


NOT_READ = {"nl": ["vorige zomer", "vorig jaar", "rond de jaarwisseling", "eind vorig jaar",
                   "vóór de zomer van 2023", "vóór 1 juni", "na 1 september",
                   "over 3/4 van de gemeenten", "op 3/4 van de locaties", "over 13.500 plekken",
                   "in 2022-II", "over 1-2 jaar", "op 1-2 dagen", "om 9.15 uur",
                   "over 1,5 jaar"],
            "en": ["last summer", "last year", "early next year", "before 1 June",
                   "after 1 September", "about 3/4 of the councils", "about 13.500 places",
                   "in 2022-II", "about 1-2 years", "at 9.15", "on 24/7 duty"]}  # fmt: skip


def not_read_rows() -> list[dict[str, object]]:
    """Relative periods, bounds of a target, and numbers that are no date: no period."""
    return [_row(lang, "not read", p, None) for lang, ps in NOT_READ.items() for p in ps]


def main() -> int:
    rows = day_rows() + month_rows() + part_rows() + period_rows() + bound_rows()
    unique = unique_rows(rows + not_read_rows(), ("question",))
    head = (
        "# Generated by eval/make_date_forms.py (do not edit): every way people write a date and\n"
        "# the reading it must have (tests/unit/search/test_date_forms.py).\n\n"
    )
    write_rows(OUT, head, unique)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
