"""Write tests/data/period_phrases.toml: the table of everyday period phrases (issue 16, task
F2 of session 23) with the period each must read as, every combination of its parts.

    python eval/make_period_phrases.py

Rows: seasons, halves, quarters and parts of a year or a month, Dutch and English, with and
without an article and "van"/"of", after each lead word: "in"/"during" (the period), "rond"/
"around" (the period), "vóór"/"before" and "tot"/"until" (a target's bound: not read,
docs/settings.md everyday_periods; not a part of a month, whose month is read), "voor"/"for"
and "over"/"about" (a season or half after an article: the topic's period, not read; a quarter,
part or bare season: read, scoped later); not after "sinds"/"since" or "na"/"after" (rule
period_phrase_bounds, which read them as open periods, is deleted: docs/settings.md); months
and days with the same lead words, "sinds"/"since" (from its first day) and "na"/"after" (from
the day after its last) among them; relative periods ("vorig jaar", "last autumn", "that
winter": the minutes have no "now", not read). ``since``/``until`` of a row are ISO days, "" for
an open end; ``read = false`` rows must read no period. Each phrase is asked
in a carrier sentence of its language (``carrier``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from toml_rows import write_phrase_table  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "period_phrases.toml"
Y = 2023
SEASONS_NL = {"voorjaar": ("het", 3, 5), "lente": ("de", 3, 5), "zomer": ("de", 6, 8),
              "najaar": ("het", 9, 11), "herfst": ("de", 9, 11),
              "winter": ("de", 12, 2)}  # fmt: skip
SEASONS_EN = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
              "winter": (12, 2)}  # fmt: skip
# lead word -> how the period is read: "span", "since", "after", or "" (not read)
LEADS_NL = {"in": "span", "tijdens": "span", "gedurende": "span", "rond": "span",
            "sinds": "since", "vanaf": "since", "na": "after", "vóór": "", "tot": "",
            "voor": "", "over": ""}  # fmt: skip
LEADS_EN = {"in": "span", "during": "span", "around": "span", "since": "since",
            "after": "after", "before": "", "until": "", "for": "", "about": ""}  # fmt: skip
# Words of the topic: a quarter, a part or a season without an article after them is read as
# the period like any other (its scope, the meetings' or the topic's, is decided later by
# search.parsed._period_scope); a season or half after an article is the topic's ("het plan
# voor de tweede helft van 2025": its half-year term only).
TOPIC_LEADS = ("voor", "over", "for", "about")
# A season, half, quarter or part after these is no row (rule period_phrase_bounds is deleted);
# nor a part of a month after a target's bound, whose month is read ("tot eind maart 2023").
BOUND_READINGS = ("since", "after")
TARGET_LEADS = ("vóór", "tot", "before", "until")


def _how(lead: str, how: str, form: str) -> str:
    """How ``form`` after ``lead`` is read: a topic word before a form without an article
    ("voor Q3 2023", "over najaar 2023") leaves the form's own reading."""
    bare = form.split()[0].lower() not in ("de", "het", "the")
    return "span" if lead in TOPIC_LEADS and bare else how


def _unbound(leads: dict[str, str]) -> list[tuple[str, str]]:
    """The lead words of ``leads`` and their readings, but those read as a bound."""
    return [(lead, how) for lead, how in leads.items() if how not in BOUND_READINGS]


def _end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(first: tuple[int, int], last: tuple[int, int]) -> tuple[dt.date, dt.date]:
    return dt.date(first[0], first[1], 1), _end(*last)


def _read(how: str, span: tuple[dt.date, dt.date]) -> dict[str, object]:
    if how == "span":
        return {"since": span[0].isoformat(), "until": span[1].isoformat()}
    if how == "since":
        return {"since": span[0].isoformat(), "until": ""}
    if how == "after":
        return {"since": (span[1] + dt.timedelta(days=1)).isoformat(), "until": ""}
    return {"read": False}


def _season_span(first: int, last: int) -> tuple[dt.date, dt.date]:
    return _span((Y, first), (Y + 1 if last < first else Y, last))


def season_rows() -> list[dict[str, object]]:
    """Seasons: with and without article and "van"/"of", after every lead word, and bare."""
    rows = []
    for word, (art, first, last) in SEASONS_NL.items():
        span = _season_span(first, last)
        for lead, how in _unbound(LEADS_NL):
            for form in (f"{art} {word} van {Y}", f"{art} {word} {Y}", f"{word} {Y}"):
                read = _read(_how(lead, how, form), span)
                rows.append({"lang": "nl", "phrase": f"{lead} {form}", **read})
        rows.append({"lang": "nl", "phrase": f"{word} {Y}", **_read("span", span)})
        rows.append({"lang": "nl", "phrase": f"over {art} {word} van {Y}", "read": False})
    for word, (first, last) in SEASONS_EN.items():
        span = _season_span(first, last)
        for lead, how in _unbound(LEADS_EN):
            for form in (f"the {word} of {Y}", f"{word} {Y}", f"{word} of {Y}"):
                read = _read(_how(lead, how, form), span)
                rows.append({"lang": "en", "phrase": f"{lead} {form}", **read})
        rows.append({"lang": "en", "phrase": f"{word} {Y}", **_read("span", span)})
    return rows


def half_rows() -> list[dict[str, object]]:
    """Halves: "eerste/1e helft (van) (het jaar) 2023", "the second half of 2023", "H2 2023"."""
    rows = []
    for which, months in ((1, ((Y, 1), (Y, 6))), (2, ((Y, 7), (Y, 12)))):
        span = _span(*months)
        nl = ("eerste", "1e") if which == 1 else ("tweede", "2e")
        en = ("first", "1st") if which == 1 else ("second", "2nd")
        for ordinal in nl:
            for noun in ("helft", "jaarhelft"):
                for lead, how in _unbound(LEADS_NL):
                    for form in (f"de {ordinal} {noun} van {Y}", f"de {ordinal} {noun} {Y}"):
                        rows.append({"lang": "nl", "phrase": f"{lead} {form}", **_read(how, span)})
            rows.append({"lang": "nl", "phrase": f"in de {ordinal} helft van het jaar {Y}",
                         **_read("span", span)})  # fmt: skip
        for ordinal in en:
            for lead, how in _unbound(LEADS_EN):
                for form in (f"the {ordinal} half of {Y}", f"the {ordinal} half of the year {Y}"):
                    rows.append({"lang": "en", "phrase": f"{lead} {form}", **_read(how, span)})
        for lead, how in (("in", "span"), ("", "span")):
            rows.append(
                {"lang": "en", "phrase": f"{lead} H{which} {Y}".strip(), **_read(how, span)}
            )
    return rows


def quarter_rows() -> list[dict[str, object]]:
    """Quarters: "Q3 2023", "2023-Q3", "het derde/3e kwartaal (van) 2023", "the third quarter of
    2023", after the lead words."""
    rows = []
    nl_ord = ("eerste", "tweede", "derde", "vierde")
    en_ord = ("first", "second", "third", "fourth")
    for q in range(1, 5):
        span = _span((Y, 3 * q - 2), (Y, 3 * q))
        for lead, how in _unbound(LEADS_NL):
            for form in (f"het {nl_ord[q - 1]} kwartaal van {Y}", f"het {q}e kwartaal {Y}",
                         f"Q{q} {Y}"):  # fmt: skip
                read = _read("span" if lead in TOPIC_LEADS else how, span)
                rows.append({"lang": "nl", "phrase": f"{lead} {form}", **read})
        for lead, how in _unbound(LEADS_EN):
            for form in (f"the {en_ord[q - 1]} quarter of {Y}", f"Q{q} {Y}"):
                read = _read("span" if lead in TOPIC_LEADS else how, span)
                rows.append({"lang": "en", "phrase": f"{lead} {form}", **read})
        rows.append({"lang": "en", "phrase": f"in {Y}-Q{q}", **_read("span", span)})
        rows.append({"lang": "nl", "phrase": f"kwartaal {q} van {Y}", **_read("span", span)})
    return rows


PARTS_NL = {"begin": (1, 4, 1, 10), "het begin van": (1, 4, 1, 10), "medio": (5, 8, 11, 20),
            "halverwege": (5, 8, 11, 20), "het midden van": (5, 8, 11, 20),
            "eind": (9, 12, 21, 31), "het einde van": (9, 12, 21, 31)}  # fmt: skip
PARTS_EN = {"early": (1, 4, 1, 10), "the beginning of": (1, 4, 1, 10), "mid": (5, 8, 11, 20),
            "the middle of": (5, 8, 11, 20), "late": (9, 12, 21, 31),
            "the end of": (9, 12, 21, 31)}  # fmt: skip


def _part_span(months_days: tuple[int, int, int, int], month: int | None) -> tuple[dt.date, ...]:
    first_m, last_m, first_d, last_d = months_days
    if month is None:
        return _span((Y, first_m), (Y, last_m))
    end = _end(Y, month)
    return dt.date(Y, month, first_d), end.replace(day=min(last_d, end.day))


def part_rows() -> list[dict[str, object]]:
    """Parts of a year or a month ("begin 2023", "eind maart 2023", "mid-2023", "the end of
    March 2023"), bare and after the lead words (not "in" before a Dutch part: unidiomatic)."""
    rows = []
    for parts, lang, leads, march in ((PARTS_NL, "nl", LEADS_NL, "maart"),
                                      (PARTS_EN, "en", LEADS_EN, "March")):  # fmt: skip
        for part, md in parts.items():
            for month in (None, 3):
                span = _part_span(md, month)
                form = f"{part} {march + ' ' if month else ''}{Y}"
                for lead, how in _unbound(leads):
                    if lang == "nl" and lead in ("in", "tijdens", "gedurende"):
                        continue
                    if month and lead in TARGET_LEADS:
                        continue
                    read = _read("span" if lead in TOPIC_LEADS else how, span)
                    rows.append({"lang": lang, "phrase": f"{lead} {form}", **read})
                rows.append({"lang": lang, "phrase": form, **_read("span", span)})
    rows.append({"lang": "en", "phrase": f"mid-{Y}", **_read("span", _span((Y, 5), (Y, 8)))})
    rows.append({"lang": "en", "phrase": f"in mid-March {Y}",
                 **_read("span", (dt.date(Y, 3, 11), dt.date(Y, 3, 20)))})  # fmt: skip
    return rows


def point_rows() -> list[dict[str, object]]:
    """Months, days and years after the lead words (read before this table; kept as rows)."""
    rows = []
    month = _span((Y, 7), (Y, 7))
    day = (dt.date(Y, 7, 1), dt.date(Y, 7, 1))
    for lang, form_m, form_d in (("nl", f"juli {Y}", f"1 juli {Y}"),
                                 ("en", f"July {Y}", f"1 July {Y}")):  # fmt: skip
        for lead, how in (("in", "span"), ("sinds", "since"), ("since", "since"),
                          ("na", "after"), ("after", "after")):  # fmt: skip
            if (lead in ("sinds", "na")) != (lang == "nl") and lead != "in":
                continue
            rows.append({"lang": lang, "phrase": f"{lead} {form_m}", **_read(how, month)})
            if lead != "in":
                rows.append({"lang": lang, "phrase": f"{lead} {form_d}", **_read(how, day)})
    rows.append({"lang": "nl", "phrase": f"vóór juli {Y}", "since": "",
                 "until": f"{Y}-06-30"})  # fmt: skip
    rows.append({"lang": "en", "phrase": f"before July {Y}", "since": "",
                 "until": f"{Y}-06-30"})  # fmt: skip
    return rows


RELATIVE = {"nl": ["vorig jaar", "eind vorig jaar", "begin dit jaar", "het afgelopen najaar",
                   "in de zomer", "in de tweede helft van het jaar", "dat najaar",
                   "afgelopen voorjaar", "na de zomer", "rond de zomer"],
            "en": ["last year", "late last year", "early this year", "last autumn",
                   "that winter", "in the first half of the year", "this summer",
                   "after the summer", "around the summer"]}  # fmt: skip


def relative_rows() -> list[dict[str, object]]:
    """Relative and yearless periods: not read (the minutes have no "now")."""
    return [{"lang": lang, "phrase": p, "read": False} for lang, ps in RELATIVE.items() for p in ps]


def main() -> int:
    rows = season_rows() + half_rows() + quarter_rows() + part_rows() + point_rows()
    rows += relative_rows()
    comment = (
        "# Generated by eval/make_period_phrases.py (do not edit): everyday period phrases and\n"
        "# the period each reads as (tests/unit/search/test_period_phrases.py).\n"
    )
    write_phrase_table(OUT, comment, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
