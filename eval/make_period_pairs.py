"""Write tests/data/period_pairs.toml: two periods joined in one question (issue 16, session 29
task C2; blind28's b28-043 "how many meetings talked about the Spreidingswet, in april 2023 and
2025?" suggested the class), each with the reading it must have against the meetings of the
bundled corpus.

    python eval/make_period_pairs.py

Rules. A period is written in a form the date-forms table (eval/make_date_forms.py) uses: a year,
a month with its year (name, abbreviation), a day (words, English order, digits with "-" or
"/"), a quarter ("Q2 2023", "het tweede kwartaal van 2023"), a half ("de eerste helft van 2023")
and a season ("het najaar van 2023"), in Dutch and English; the days, months and years are those
of the corpus's meetings (corpus/*-lrt.txt) and of other days no meeting holds. Two periods are
joined by "en", "of", "alsook" / "and", "or", "as well as", the second with or without its
preposition ("in 2023 en in 2025"), or share their year or month and year ("in april en november
2023", "op 3 en 10 november 2023", "in april 2023 en 2025": a bare year after the join is that
year). Such a pair is read as the union of its two periods ("pair": a meeting or statement in
either; never the span between them). Span twins ("tussen X en Y", "between X and Y", "van X tot
Y", "from X to Y", "X t/m Y", "X tot en met Y") are one period from the first's start to the
second's end ("span"). False pairs ("false"): yearless days of one month ("op 3 en 10 november":
two days, in the minutes' year that holds both), and a period joined to a number that is no year
("in 2023 en 13.500 plekken", "in 2023 and 13,500 places": one period). Each phrase is asked in
a Dutch or English carrier of its language (a question for a speaker, and a count of meetings).
Columns: ``kind`` (pair, span, false), ``form`` (the forms joined), ``join``, ``phrase``,
``question``, ``periods`` (the union read, as "since..until" ISO pairs, sorted, adjacent ones
merged: "in 2022 of 2023" is one stretch of days), ``meetings`` (the corpus meetings the union
holds). Seeded (random 29): a sample of the pairs of each form, every span and false form.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "period_pairs.toml"
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt; tests/unit/search/test_period_pairs.py).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
OTHER_DAYS = (D(2022, 12, 21), D(2024, 6, 15), D(2023, 9, 1), D(2025, 1, 30))
NL = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
      "september", "oktober", "november", "december"]  # fmt: skip
NL_ABBR = ["", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN = [""] + [calendar.month_name[n] for n in range(1, 13)]
EN_ABBR = [""] + [calendar.month_abbr[n] for n in range(1, 13)]
CARRIERS = {
    "nl": ("Wat zei de VNG {phrase} over de opvang?",
           "Hoeveel vergaderingen spraken {phrase} over de Spreidingswet?"),
    "en": ("What did the VNG say {phrase} about reception?",
           "How many meetings talked about the Spreidingswet, {phrase}?"),
}  # fmt: skip
JOINS = {"nl": ["en", "of", "alsook"], "en": ["and", "or", "as well as"]}
SPANS = {
    "nl": ["tussen {a} en {b}", "van {a} tot {b}", "{a} t/m {b}", "{a} tot en met {b}"],
    "en": ["between {a} and {b}", "from {a} to {b}", "{a} through {b}"],
}
NL_ORD = ["", "eerste", "tweede", "derde", "vierde"]
EN_ORD = ["", "first", "second", "third", "fourth"]
Period = tuple[str, str, str, D, D]  # form, preposition, words, since, until


def month_end(year: int, month: int) -> D:
    return D(year, month, calendar.monthrange(year, month)[1])


def periods(d: D, lang: str) -> list[Period]:
    """The periods of ``d`` in each form: its year, month, day, quarter, half and season."""
    y, m, day = d.year, d.month, d.day
    q, h = (m - 1) // 3 + 1, 1 if m <= 6 else 2
    qs, qe = D(y, 3 * q - 2, 1), month_end(y, 3 * q)
    hs, he = D(y, 6 * h - 5, 1), month_end(y, 6 * h)
    yr, mo, dd = (D(y, 1, 1), D(y, 12, 31)), (D(y, m, 1), month_end(y, m)), (d, d)
    if lang == "nl":
        out = [("year", "in", str(y), *yr), ("month", "in", f"{NL[m]} {y}", *mo),
               ("mon", "in", f"{NL_ABBR[m]} {y}", *mo), ("day", "op", f"{day} {NL[m]} {y}", *dd),
               ("d-m-yyyy", "op", f"{day}-{m}-{y}", *dd),
               ("quarter", "in", f"het {NL_ORD[q]} kwartaal van {y}", qs, qe),
               ("Qn", "in", f"Q{q} {y}", qs, qe),
               ("half", "in", f"de {NL_ORD[h]} helft van {y}", hs, he)]  # fmt: skip
    else:
        out = [("year", "in", str(y), *yr), ("month", "in", f"{EN[m]} {y}", *mo),
               ("mon", "in", f"{EN_ABBR[m]} {y}", *mo), ("day", "on", f"{day} {EN[m]} {y}", *dd),
               ("Month d, yyyy", "on", f"{EN[m]} {day}, {y}", *dd),
               ("d/m/yyyy", "on", f"{day}/{m}/{y}", *dd),
               ("quarter", "in", f"the {EN_ORD[q]} quarter of {y}", qs, qe),
               ("Qn", "in", f"Q{q} {y}", qs, qe),
               ("half", "in", f"the {EN_ORD[h]} half of {y}", hs, he)]  # fmt: skip
    if 9 <= m <= 11:
        season = "het najaar van" if lang == "nl" else "autumn"
        out.append(("season", "in", f"{season} {y}", D(y, 9, 1), D(y, 11, 30)))
    return out


def union(spans: list[tuple[D, D]]) -> list[tuple[D, D]]:
    """``spans`` sorted, overlapping or adjacent ones merged."""
    out: list[tuple[D, D]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + dt.timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def row(lang: str, kind: str, form: str, join: str, phrase: str, spans: list[tuple[D, D]],
        carrier: int) -> dict[str, object]:  # fmt: skip
    read = union(spans)
    held = [d for d in MEETINGS if any(a <= d <= b for a, b in read)]
    return {"lang": lang, "kind": kind, "form": form, "join": join, "phrase": phrase,
            "question": CARRIERS[lang][carrier].format(phrase=phrase),
            "periods": [f"{a.isoformat()}..{b.isoformat()}" for a, b in read],
            "meetings": [d.isoformat() for d in held]}  # fmt: skip


def pair_rows(rng: random.Random, lang: str) -> list[dict[str, object]]:
    """Two periods of other years or months in every pair of forms, joined every way."""
    days = sorted(MEETINGS + OTHER_DAYS)
    out = []
    for i, first in enumerate(days):
        for second in days[i + 1 :]:
            if (first.year, first.month) == (second.year, second.month):
                continue
            for a in periods(first, lang):
                for b in periods(second, lang):
                    if a[0] == "year" and b[0] == "year" and first.year == second.year:
                        continue
                    if not (a[4] < b[3]):  # no overlap, first before second
                        continue
                    join = rng.choice(JOINS[lang])
                    again = rng.random() < 0.4 or a[1] != b[1]
                    words = f"{a[1]} {a[2]} {join} {b[1] + ' ' if again else ''}{b[2]}"
                    form = f"{a[0]} + {b[0]}"
                    out.append(row(lang, "pair", form, join, words,
                                   [(a[3], a[4]), (b[3], b[4])], rng.randrange(2)))  # fmt: skip
    return out


def shared_rows(lang: str) -> list[dict[str, object]]:
    """Pairs that share their year or month and year, and a month with a bare year after it."""
    out = []
    months = NL if lang == "nl" else EN
    for join in JOINS[lang]:
        for d, e in [(D(2023, 11, 3), D(2023, 11, 10)), (D(2022, 7, 8), D(2022, 7, 21))]:
            prep = "op" if lang == "nl" else "on"
            words = f"{prep} {d.day} {join} {e.day} {months[d.month]} {d.year}"
            out.append(row(lang, "pair", "d + d month yyyy", join, words, [(d, d), (e, e)], 0))
        for y, m1, m2 in [(2023, 4, 11), (2022, 7, 12), (2025, 1, 3)]:
            words = f"in {months[m1]} {join} {months[m2]} {y}"
            spans = [(D(y, m1, 1), month_end(y, m1)), (D(y, m2, 1), month_end(y, m2))]
            out.append(row(lang, "pair", "month + month yyyy", join, words, spans, 1))
        for m, y1, y2 in [(4, 2023, 2025), (11, 2023, 2025), (7, 2022, 2023), (3, 2024, 2025)]:
            words = f"in {months[m].lower() if lang == 'nl' else months[m]} {y1} {join} {y2}"
            spans = [(D(y1, m, 1), month_end(y1, m)), (D(y2, 1, 1), D(y2, 12, 31))]
            out.append(row(lang, "pair", "month yyyy + yyyy", join, words, spans, 1))
        for y1, y2 in [(2022, 2023), (2023, 2025), (2022, 2025), (2024, 2025), (2025, 2023)]:
            words = f"in {y1} {join} {y2}"
            spans = [(D(y1, 1, 1), D(y1, 12, 31)), (D(y2, 1, 1), D(y2, 12, 31))]
            out.append(row(lang, "pair", "yyyy + yyyy", join, words, spans, 0))
            out.append(row(lang, "pair", "yyyy + yyyy", join, words, spans, 1))
    return out


def span_rows(lang: str) -> list[dict[str, object]]:
    """The span twins: one period from the first's start to the second's end."""
    out = []
    days = [(D(2022, 7, 8), D(2023, 11, 3)), (D(2023, 4, 6), D(2025, 3, 19)),
            (D(2022, 12, 21), D(2023, 9, 1))]  # fmt: skip
    for template in SPANS[lang]:
        for first, second in days:
            for a, b in zip(periods(first, lang), periods(second, lang), strict=False):
                if a[0] != b[0] or a[0] in ("quarter", "half", "season"):
                    continue
                words = template.format(a=a[2], b=b[2])
                out.append(row(lang, "span", f"{a[0]} .. {b[0]}", template.split()[1]
                               if template.startswith("{a}") else template.split()[0], words,
                               [(a[3], b[4])], 0))  # fmt: skip
    return out


def false_rows(lang: str) -> list[dict[str, object]]:
    """A period joined to a number that is no year, and two yearless days of one month."""
    out = []
    numbers = (["13.500 plekken", "2 locaties", "30 procent", "1.000 statushouders"]
               if lang == "nl" else ["13,500 places", "2 locations", "30 percent",
                                     "1,000 status holders"])  # fmt: skip
    for join in JOINS[lang][:2]:
        for y in (2023, 2025):
            for n in numbers:
                out.append(row(lang, "false", "yyyy + number", join, f"in {y} {join} {n}",
                               [(D(y, 1, 1), D(y, 12, 31))], 0))  # fmt: skip
        months = NL if lang == "nl" else EN
        prep = "op" if lang == "nl" else "on"
        days = [(D(2023, 11, 3), D(2023, 11, 10))]
        for d, e in days:
            words = f"{prep} {d.day} {join} {e.day} {months[d.month]}"
            out.append(row(lang, "false", "d + d month", join, words, [(d, d), (e, e)], 0))
    return out


def main() -> int:
    rng = random.Random(29)
    rows: list[dict[str, object]] = []
    for lang in ("nl", "en"):
        pairs = pair_rows(rng, lang)
        rows += rng.sample(pairs, 180) + shared_rows(lang) + span_rows(lang) + false_rows(lang)
    head = "# Generated by eval/make_period_pairs.py (do not edit): two periods joined in a\n"
    head += "# question, their union read (tests/unit/search/test_period_pairs.py).\n\n"
    write_rows(OUT, head, unique_rows(rows, ("question",)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
