"""Write tests/data/ordinal_forms.toml: every ordinal form in every frame the period readers
read (issue 16, session 28 task F2, rule ``ordinal_forms_everywhere``), each with the reading
it must have against the meetings of the bundled corpus.

    python eval/make_ordinal_forms.py

Rules of the table (no eval question is a source; the days are the corpus's meeting days and a
fixed sample of other days, the ordinals every form Dutch and English write):

- ordinal forms of a day ``n``: Dutch "ne" and the long form ("1ste", "2de", "3de", "8ste",
  "19de", "20ste", "21ste": "ste" after 1, 8 and from 20, "de" else, as "eerste", "tweede",
  "achtste", "twintigste" end), English "1st", "2nd", "3rd", "21st", "4th";
- frames of a day (each reader's): day before month with its year ("op 3de november 2023"),
  with an article ("op de 3de november 2023", "on the 3rd of November 2023"), a month before
  the day ("on November 3rd, 2023"), a weekday before it ("op vrijdag 3de november 2023", "op
  vrijdag de 3de november 2023", "on Friday the 3rd of November 2023"), yearless after "op"/"on"
  (read in the minutes' years: the meeting of that day) and after a meeting noun ("tijdens de LRT
  van de 3de november"), a bound ("sinds/na/vóór de 3de november 2023", "since/after/before the
  3rd of November 2023": the bound, not the day), "de week van de 3de november 2023" (the ISO
  week), a range of two ordinal days;
- parts of a year: quarters ("het 1e/1ste/eerste kwartaal van 2023", "the 1st/first quarter of
  2023") and halves ("de 2e/2de/tweede helft van 2023", "jaarhelft", "the 2nd/second half of
  2023") in every ordinal form of 1..4 (halves 1..2);
- not read: an ordinal that is no day ("de 3de keer", "het 2de punt", "de 21ste eeuw", "op de
  3de" without a month: which month is not written).

Columns: ``kind`` (frame and form), ``reader`` (the reader of lrt_search.search that reads the
frame once the ordinal is read: question_period, periods, everyday), ``question``, ``since`` and
``until`` (ISO, "" open), ``meetings`` (the corpus meetings the period holds), or ``read =
false``. tests/unit/search/test_ordinal_forms.py reads every row as ``ask`` reads a question.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "ordinal_forms.toml"
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt; tests/unit/search/test_date_forms.py).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
#: Other days: every long Dutch suffix ("1ste", "2de", "8ste", "20ste", "21ste", "22ste",
#: "23ste") and every English one ("1st", "2nd", "3rd", "21st", "22nd", "23rd").
OTHER_DAYS = (D(2023, 5, 1), D(2024, 6, 2), D(2022, 12, 21), D(2024, 6, 22), D(2023, 9, 23),
              D(2025, 1, 20))  # fmt: skip
NL = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
      "september", "oktober", "november", "december"]  # fmt: skip
EN = [""] + [calendar.month_name[n] for n in range(1, 13)]
WEEKDAY = {"nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           "en": list(calendar.day_name)}  # fmt: skip
CARRIERS = {"nl": "Wat zei de VNG {phrase} over de opvang?",
            "en": "What did the VNG say {phrase} about reception?"}  # fmt: skip
ORDINAL_WORDS = {"nl": ["", "eerste", "tweede", "derde", "vierde"],
                 "en": ["", "first", "second", "third", "fourth"]}  # fmt: skip


def english(n: int) -> str:
    """ "1st", "2nd", "3rd", "4th", "11th", "21st"."""
    if n % 10 in (1, 2, 3) and n // 10 != 1:
        return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}[n % 10] }"
    return f"{n}th"


def dutch(n: int) -> list[str]:
    """ "3e" and the long form, "ste" after 1, 8 and from 20 ("eerste", "achtste",
    "twintigste"), "de" else ("tweede", "derde")."""
    return [f"{n}e", f"{n}{'ste' if n in (1, 8) or n >= 20 else 'de'}"]


def _row(lang: str, kind: str, reader: str, phrase: str,
         span: tuple[D | None, D | None] | None) -> dict[str, object]:  # fmt: skip
    row: dict[str, object] = {"lang": lang, "kind": kind, "reader": reader, "phrase": phrase,
                              "question": CARRIERS[lang].format(phrase=phrase)}  # fmt: skip
    if span is None:
        return {**row, "read": False}
    since, until = span
    held = [d for d in MEETINGS if (since or d) <= d <= (until or d)]
    return {**row, "since": since.isoformat() if since else "",
            "until": until.isoformat() if until else "",
            "meetings": [d.isoformat() for d in held]}  # fmt: skip


def _week(d: D) -> tuple[D, D]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _yearless(d: D, meeting_word: bool = False) -> tuple[D, D] | None:
    """A yearless day after "op"/"on": the meeting held on it, else not read; with a meeting
    noun, the day in the minutes' latest year, which holds no meeting (as date_forms.toml)."""
    held = [m for m in MEETINGS if (m.month, m.day) == (d.month, d.day)]
    if held:
        return held[0], held[-1]
    latest = D(MEETINGS[-1].year, d.month, d.day)
    return (latest, latest) if meeting_word else None


Frame = tuple[str, str, str, tuple[D | None, D | None] | None]


def day_frames(d: D, lang: str, o: str) -> list[Frame]:
    """(kind, reader, words, span) of day ``d`` written with ordinal ``o`` in each frame."""
    one, y, wd = dt.timedelta(days=1), d.year, WEEKDAY[lang][d.weekday()]
    day = (d, d)
    if lang == "nl":
        m = NL[d.month]
        return [
            ("day", "question_period", f"op {o} {m} {y}", day),
            ("de day", "question_period", f"op de {o} {m} {y}", day),
            ("weekday day", "question_period", f"op {wd} {o} {m} {y}", day),
            ("weekday de day", "question_period", f"op {wd} de {o} {m} {y}", day),
            ("yearless", "everyday", f"op de {o} {m}", _yearless(d)),
            ("meeting yearless", "everyday", f"tijdens de LRT van de {o} {m}", _yearless(d, True)),
            ("since", "periods", f"sinds de {o} {m} {y}", (d, None)),
            ("after", "periods", f"na de {o} {m} {y}", (d + one, None)),
            ("before", "periods", f"vóór de {o} {m} {y}", (None, d - one)),
            ("week of", "everyday", f"in de week van de {o} {m} {y}", _week(d)),
        ]
    m = EN[d.month]
    return [
        ("day", "question_period", f"on the {o} of {m} {y}", day),
        ("day no of", "question_period", f"on {o} {m} {y}", day),
        ("month day", "question_period", f"on {m} {o}, {y}", day),
        ("weekday the day", "question_period", f"on {wd} the {o} of {m} {y}", day),
        ("yearless", "everyday", f"on the {o} of {m}", _yearless(d)),
        ("meeting yearless", "everyday", f"at the meeting of the {o} of {m}", _yearless(d, True)),
        ("since", "periods", f"since the {o} of {m} {y}", (d, None)),
        ("after", "periods", f"after the {o} of {m} {y}", (d + one, None)),
        ("before", "periods", f"before the {o} of {m} {y}", (None, d - one)),
        ("week of", "everyday", f"in the week of the {o} of {m} {y}", _week(d)),
    ]


def day_rows() -> list[dict[str, object]]:
    rows = []
    for d in (*MEETINGS, *OTHER_DAYS):
        for lang, forms in (("nl", dutch(d.day)), ("en", [english(d.day)])):
            for o in forms:
                rows += [_row(lang, f"{k} {o}", r, w, s) for k, r, w, s in day_frames(d, lang, o)]
    a, b = D(2023, 4, 1), D(2023, 11, 3)
    for oa, ob in zip(dutch(1), dutch(3), strict=True):
        words = f"tussen de {oa} april 2023 en de {ob} november 2023"
        rows.append(_row("nl", f"range {oa}", "periods", words, (a, b)))
    words = "between the 1st of April 2023 and the 3rd of November 2023"
    rows.append(_row("en", "range 1st", "periods", words, (a, b)))
    return rows


def _quarter(y: int, q: int) -> tuple[D, D]:
    last = 3 * q
    return D(y, last - 2, 1), D(y, last, calendar.monthrange(y, last)[1])


def part_rows() -> list[dict[str, object]]:
    """Quarters 1..4 and halves 1..2 of two years in every ordinal form."""
    rows = []
    for y in (2023, 2025):
        for n in range(1, 5):
            for o in [*dutch(n), ORDINAL_WORDS["nl"][n]]:
                rows.append(_row("nl", f"quarter {o}", "everyday", f"in het {o} kwartaal van {y}",
                                 _quarter(y, n)))  # fmt: skip
            for o in (english(n), ORDINAL_WORDS["en"][n]):
                rows.append(_row("en", f"quarter {o}", "everyday", f"in the {o} quarter of {y}",
                                 _quarter(y, n)))  # fmt: skip
        for n in (1, 2):
            span = (D(y, 1, 1), D(y, 6, 30)) if n == 1 else (D(y, 7, 1), D(y, 12, 31))
            for o in [*dutch(n), ORDINAL_WORDS["nl"][n]]:
                for noun in ("helft", "jaarhelft"):
                    rows.append(_row("nl", f"half {o} {noun}", "periods",
                                     f"in de {o} {noun} van {y}", span))  # fmt: skip
            for o in (english(n), ORDINAL_WORDS["en"][n]):
                rows.append(_row("en", f"half {o}", "periods", f"in the {o} half of {y}", span))
    return rows


NOT_READ = {"nl": ["voor de 3de keer", "over het 2de punt", "over de 21ste eeuw", "op de 3de",
                   "over de 1ste gemeente", "voor de 2de maal"],
            "en": ["for the 3rd time", "about the 2nd point", "about the 21st century",
                   "on the 3rd", "about the 1st municipality"]}  # fmt: skip


def not_read_rows() -> list[dict[str, object]]:
    """Ordinals that are no day, and a day without its month: no period."""
    return [_row(lang, "not read", "", p, None) for lang, ps in NOT_READ.items() for p in ps]


def main() -> int:
    rows = unique_rows(day_rows() + part_rows() + not_read_rows(), ("question",))
    head = (
        "# Generated by eval/make_ordinal_forms.py (do not edit): every ordinal form in every\n"
        "# frame the period readers read (tests/unit/search/test_ordinal_forms.py).\n\n"
    )
    write_rows(OUT, head, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
