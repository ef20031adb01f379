"""Write tests/data/date_phrases.toml: the table of dates as people say and write them (issue 16,
task E of session 24) with the period each must read as, every combination of its parts.

    python eval/make_date_phrases.py

A day (digits, "3e"/"3rd", ordinal words "derde"/"third"/"twenty-first", number words
"drie"/"nineteen"), a month (its name, its abbreviation with and without a dot), a year (digits,
"'23", Dutch words "twintig drieëntwintig", "tweeduizend drieëntwintig", English "twenty
twenty-three", "two thousand and twenty-three"), in the orders of each language ("3 november
2023", "de derde november 2023", "the 3rd of November 2023", "November 3rd, 2023", "November
the third 2023"); months with their year after "in"; years alone after "in"/"sinds"/"since";
numbers in words that are no date (``read = false``). ``since``/``until`` are ISO days, "" for
an open end. Each phrase is asked in the carrier sentence of its language (``carrier``).
"""

from __future__ import annotations

import calendar
from pathlib import Path

from toml_rows import write_phrase_table  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_phrases.toml"
NL_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien"]  # fmt: skip
NL_TENS = {20: "twintig", 30: "dertig"}
EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]  # fmt: skip
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
MONTHS_NL = {3: ("maart", "mrt"), 7: ("juli", "jul"), 11: ("november", "nov")}
MONTHS_EN = {3: ("March", "Mar"), 7: ("July", "Jul"), 11: ("November", "Nov")}
DAYS = (1, 3, 8, 10, 19, 21, 23, 30)


def nl_number(n: int, diaeresis: bool = True) -> str:
    """A Dutch number 1..99 in words ("drieëntwintig", or "drieentwintig")."""
    if n < 20:
        return NL_UNITS[n]
    unit, ten = n % 10, {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig"}[n // 10]
    if not unit:
        return ten
    word = NL_UNITS[unit]
    joiner = "ën" if diaeresis and word.endswith("e") else "en"
    return f"{word}{joiner}{ten}"


def nl_ordinal(n: int) -> str:
    """A Dutch ordinal 1..31 in words ("derde", "tiende", "eenentwintigste")."""
    special = {1: "eerste", 3: "derde", 8: "achtste"}
    if n in special:
        return special[n]
    return nl_number(n) + ("ste" if n >= 20 else "de")


def en_number(n: int, hyphen: str = "-") -> str:
    """An English number 1..99 in words ("twenty-three", with ``hyphen`` " ": "twenty three")."""
    if n < 20:
        return EN_UNITS[n]
    ten = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}[n // 10]
    return f"{ten}{hyphen}{EN_UNITS[n % 10]}" if n % 10 else ten


def en_ordinal(n: int, hyphen: str = "-") -> str:
    """An English ordinal 1..31 in words ("third", "twenty-first", "thirtieth")."""
    if n < 20:
        return EN_ORD[n]
    ten = {2: "twenty", 3: "thirty"}[n // 10]
    return f"{ten}{hyphen}{EN_ORD[n % 10]}" if n % 10 else ten[:-1] + "ieth"


def en_suffix(n: int) -> str:
    """ "st", "nd", "rd" or "th" after the digits of ``n``."""
    if n % 10 in (1, 2, 3) and n // 10 != 1:
        return {1: "st", 2: "nd", 3: "rd"}[n % 10]
    return "th"


def year_forms(year: int, lang: str) -> list[str]:
    """The ways of writing ``year`` (2000..2099) in ``lang``."""
    short = year % 100
    if lang == "nl":
        return [str(year), f"'{short:02d}", f"twintig {nl_number(short)}",
                f"twintig {nl_number(short, False)}", f"tweeduizend {nl_number(short)}",
                f"tweeduizend{nl_number(short)}"]  # fmt: skip
    return [str(year), f"'{short:02d}", f"twenty {en_number(short)}",
            f"twenty {en_number(short, ' ')}", f"two thousand and {en_number(short)}",
            f"two thousand {en_number(short)}"]  # fmt: skip


def day_forms(day: int, lang: str) -> list[str]:
    """The ways of writing the day ``day`` before a month in ``lang``."""
    if lang == "nl":
        return [str(day), f"{day}e", f"de {day}e", nl_ordinal(day), f"de {nl_ordinal(day)}",
                nl_number(day)]  # fmt: skip
    return [str(day), f"{day}{en_suffix(day)}", f"the {day}{en_suffix(day)} of",
            f"the {en_ordinal(day)} of", en_ordinal(day), en_number(day)]  # fmt: skip


def _day(year: int, month: int, day: int) -> dict[str, str]:
    iso = f"{year}-{month:02d}-{day:02d}"
    return {"since": iso, "until": iso}


def _month(year: int, month: int) -> dict[str, str]:
    end = calendar.monthrange(year, month)[1]
    return {"since": f"{year}-{month:02d}-01", "until": f"{year}-{month:02d}-{end:02d}"}


def day_rows(year: int = 2023) -> list[dict[str, object]]:
    """Days with month and year, Dutch ("op 3 november 2023", "op de derde nov. twintig
    drieëntwintig") and English ("on the 3rd of November 2023", "on November third, twenty
    twenty-three"): every day form with every month form, years in full for the first days."""
    rows: list[dict[str, object]] = []
    for month, names in MONTHS_NL.items():
        months = [names[0], names[1], names[1] + "."]
        for day in DAYS:
            if day > calendar.monthrange(year, month)[1]:
                continue
            years = year_forms(year, "nl") if day in (3, 21) else [str(year), f"'{year % 100}"]
            for d in day_forms(day, "nl"):
                for m in months:
                    for y in years:
                        rows.append({"lang": "nl", "phrase": f"op {d} {m} {y}",
                                     **_day(year, month, day)})  # fmt: skip
    for month, names in MONTHS_EN.items():
        months = [names[0], names[1], names[1] + "."]
        for day in DAYS:
            years = year_forms(year, "en") if day in (3, 21) else [str(year), f"'{year % 100}"]
            after = [f"{day}{en_suffix(day)}", f"the {day}{en_suffix(day)}", en_ordinal(day),
                     f"the {en_ordinal(day)}"]  # fmt: skip
            for y in years:
                for d in day_forms(day, "en"):
                    m = months[0] if y != str(year) else months[day % 3]
                    rows.append({"lang": "en", "phrase": f"on {d} {m} {y}",
                                 **_day(year, month, day)})  # fmt: skip
                for d in after:
                    m = months[0] if y != str(year) else months[day % 3]
                    rows.append({"lang": "en", "phrase": f"on {m} {d}, {y}",
                                 **_day(year, month, day)})  # fmt: skip
    return rows


def month_rows() -> list[dict[str, object]]:
    """A month with its year after "in" ("in november twintig drieëntwintig", "in nov. '23",
    "in November twenty twenty-three", "in November twenty-three"), and after "sinds"/"since"."""
    rows: list[dict[str, object]] = []
    for year in (2022, 2023, 2025):
        for lang, months_of in (("nl", MONTHS_NL), ("en", MONTHS_EN)):
            for month, names in months_of.items():
                short = nl_number(year % 100) if lang == "nl" else en_number(year % 100)
                for m in (names[0], names[1] + "."):
                    for y in [*year_forms(year, lang), short]:
                        rows.append({"lang": lang, "phrase": f"in {m} {y}",
                                     **_month(year, month)})  # fmt: skip
                since = "sinds" if lang == "nl" else "since"
                for y in year_forms(year, lang)[2:4]:
                    rows.append({"lang": lang, "phrase": f"{since} {names[0]} {y}",
                                 "since": _month(year, month)["since"], "until": ""})  # fmt: skip
    return rows


def year_rows() -> list[dict[str, object]]:
    """A year alone in words after "in", "sinds"/"since", "vóór"/"before"."""
    rows: list[dict[str, object]] = []
    for year in (2022, 2023, 2024, 2025):
        for lang in ("nl", "en"):
            for y in year_forms(year, lang)[2:]:
                leads = (("in", "span"), ("sinds", "since"), ("vóór", "before")) if lang == "nl" \
                    else (("in", "span"), ("since", "since"), ("before", "before"))  # fmt: skip
                for lead, how in leads:
                    read = {"span": {"since": f"{year}-01-01", "until": f"{year}-12-31"},
                            "since": {"since": f"{year}-01-01", "until": ""},
                            "before": {"since": "", "until": f"{year - 1}-12-31"}}[how]  # fmt: skip
                    rows.append({"lang": lang, "phrase": f"{lead} {y}", **read})
    return rows


NOT_DATES = {"nl": ["twintig statushouders", "tweeduizend plekken", "drieëntwintig gemeenten",
                    "tweeduizend drieëntwintig plekken in totaal", "de derde brief",
                    "drie keer", "de tiende keer", "twintig procent", "elf november-brieven"],
             "en": ["twenty status holders", "two thousand places", "twenty-three councils",
                    "the third letter", "three times", "twenty percent",
                    "two thousand and twenty-three places in total"]}  # fmt: skip


def not_date_rows() -> list[dict[str, object]]:
    """Numbers in words that are no date: no period is read."""
    return [
        {"lang": lang, "phrase": p, "read": False} for lang, ps in NOT_DATES.items() for p in ps
    ]


def main() -> int:
    rows = day_rows() + month_rows() + year_rows() + not_date_rows()
    comment = (
        "# Generated by eval/make_date_phrases.py (do not edit): dates as people say and write\n"
        "# them and the period each reads as (tests/unit/search/test_date_phrases.py).\n"
    )
    write_phrase_table(OUT, comment, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
