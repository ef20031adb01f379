"""Write tests/data/quantity_matches.toml: amount questions x statements in the minutes' number
forms, and whether the statement GIVES the amount asked (issue 16, session 26 task D), read by
tests/unit/answer/test_quantity_matches.py (no index).

    python eval/make_quantity_matches.py

A question has a unit (``time``: "hoeveel jaar/maanden/weken", "how many months", "hoe lang",
"how long"; ``count``: "hoeveel <noun>", "how many <noun>"; ``share``: "welk deel", "what
share"; ``money``: "hoeveel geld", "hoeveel euro"), the stems of its counted noun and its
glossary synonyms (what the index's matcher reads as that noun; the test reads a word as the
noun when it starts with a stem), and for a count of people whether its verb asks a stock
("wonen", "verblijven", "living") or a flow ("uitstromen", "gehuisvest", "arrive").

Decided (a statement gives the amount asked when):
- time: it states a length of time in any unit ("ruim twee jaar", "een half jaar", "drie
  maanden" answer "hoeveel jaar", "hoeveel maanden" and "hoe lang": units convert); a count of
  anything else does not ("1.500 plekken"), nor a number near the unit that is no length ("Dit
  jaar moeten nog circa 13.000 ...");
- count: a number stands by the counted noun or its synonym ("circa 13.000 statushouders",
  "tientallen gemeenten", "de helft van de gemeenten": a share of the noun is the minutes'
  answer to how many); not a length of time, an amount of money, nor a number of another noun;
  and when both the question and the number's clause say stock or flow, the same ("7.500
  statushouders uitstromen" does not answer "hoeveel statushouders wonen er in de azc's");
- share: it states a share or percentage ("de helft", "50 procent");
- money: it states an amount of money ("100 miljoen euro", "€ 30.000").
Left (not decided by the table, nor read by the rule): a glossary term standing for a noun
other than the one asked ("asylum applications" vs "asielzoekers": the glossary's stemmed
match), the place or period a number is of ("in onze provincie"), the plain "zijn" of a stock,
a separable verb whose particle alone says the flow ("kwamen ... binnen": "binnen" is also a
preposition of place and time).
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "quantity_matches.toml"

_HOLDERS = ["statushouder", "vergunninghouder", "status holder"]
_SEEKERS = ["asielzoeker", "asylum seeker"]
_TOWNS = ["gemeente", "municipalit"]
_PLACES = ["plek", "plaats", "place"]
# "asylum applications" as the index reads it: the glossary also gives "asielzoekers"
_APPLICATIONS = ["asielaanvra", "aanvra", "asielzoeker"]

# (language, question, unit, counted stems, flow of the question: "stock", "flow" or "")
# fmt: off
QUESTIONS: list[tuple[str, str, str, list[str], str]] = [
    ("nl", "Hoeveel jaar zitten de medeoverheden al in een crisismode?", "time", ["jaar"], ""),
    ("nl", "Hoeveel maanden wordt de tijdelijke richtlijn verlengd?", "time", ["maand"], ""),
    ("nl", "Hoeveel weken hebben gemeenten voor de aanlevering?", "time", ["week", "weken"], ""),
    ("nl", "Hoe lang blijft de noodopvang in de sporthal open?", "time", [], ""),
    ("nl", "Met hoeveel tijd wordt de tijdelijke richtlijn verlengd?", "time", ["tijd"], ""),
    ("en", "How many months is the temporary directive extended?", "time", ["month", "maand"],
     ""),
    ("en", "How long will the emergency shelter stay open?", "time", [], ""),
    ("nl", "Hoeveel statushouders moeten er dit jaar nog gehuisvest worden?", "count", _HOLDERS,
     "flow"),
    ("nl", "Hoeveel statushouders wonen er op dit moment in de azc's?", "count", _HOLDERS,
     "stock"),
    ("nl", "Hoeveel statushouders stromen de komende periode uit?", "count", _HOLDERS, "flow"),
    ("en", "How many status holders are living in the reception centres?", "count", _HOLDERS,
     "stock"),
    ("nl", "Hoeveel asielzoekers verblijven er in Ter Apel?", "count", _SEEKERS, "stock"),
    ("en", "How many asylum seekers arrived in Ter Apel?", "count", _SEEKERS, "flow"),
    ("en", "How many asylum applications were made in 2022?", "count", _APPLICATIONS, "flow"),
    ("nl", "Hoeveel plekken zijn er nodig?", "count", _PLACES, ""),
    ("en", "How many municipalities do not meet the target?", "count", _TOWNS, ""),
    ("nl", "Welk deel van de gemeenten haalt de taakstelling?", "share", [], ""),
    ("en", "What share of the backlog has been cleared?", "share", [], ""),
    ("nl", "Hoeveel geld is er beschikbaar voor de SPUK?", "money", [], ""),
    ("nl", "Hoeveel euro ontvangen gemeenten voor de huisvesting?", "money", [], ""),
]

# (statement in the minutes' register, unit, counted noun's stem or "", flow or "")
STATEMENTS: list[tuple[str, str, str, str]] = [
    ("We zitten al ruim twee jaar in een crisismode.", "time", "", ""),
    ("De noodopvang in de sporthal blijft nog een half jaar open.", "time", "", ""),
    ("De staatssecretaris verwacht dat de richtlijn met drie maanden wordt verlengd.", "time",
     "", ""),
    ("Gemeenten krijgen zes weken voor de aanlevering van de stukken.", "time", "", ""),
    ("Dit jaar moeten nog circa 13.000 statushouders van huisvesting voorzien worden.", "count",
     "statushouder", "flow"),
    ("De komende periode zullen 7.500 statushouders uitstromen.", "count", "statushouder",
     "flow"),
    ("In de azc's wonen op dit moment 13.500 statushouders.", "count", "statushouder", "stock"),
    ("De uitstroom van 7.500 statushouders uit de azc's blijft achter.", "count", "statushouder",
     "flow"),
    ("Op dit moment verblijven 2.193 asielzoekers in Ter Apel.", "count", "asielzoeker", "stock"),
    ("Afgelopen week zijn 500 asielzoekers in Ter Apel binnengekomen.", "count", "asielzoeker",
     "flow"),
    ("In 2022 zijn tot nu toe 20.000 asielaanvragen ingediend.", "count", "asielaanvra", "flow"),
    ("COA meldt dat er 1.500 extra plekken nodig zijn.", "count", "plek", ""),
    ("Tientallen gemeenten halen de taakstelling niet.", "count", "gemeente", ""),
    ("VNG geeft aan dat de helft van de gemeenten de taakstelling niet haalt.", "share",
     "gemeente", ""),
    ("Er zijn twee suggesties gedaan voor de huisvesting van statushouders.", "count",
     "suggestie", ""),
    ("Voor de SPUK doorstroomlocaties is 100 miljoen euro beschikbaar.", "money", "", ""),
    ("Gemeenten ontvangen € 30.000 per statushouder voor de huisvesting.", "money", "", ""),
]


def gives(question: tuple[str, str, str, list[str], str], statement: tuple[str, ...]) -> bool:
    """Whether the statement gives the amount the question asks (the decisions of the module)."""
    _, _, unit, stems, flow = question
    _, s_unit, noun, s_flow = statement
    if unit == "time":
        return s_unit == "time"
    if unit == "share":
        return s_unit == "share"
    if unit == "money":
        return s_unit == "money"
    if s_unit not in ("count", "share") or not any(noun.startswith(s) for s in stems):
        return False
    return not (flow and s_flow and flow != s_flow)


def main() -> None:
    """Write every question x statement pair."""
    rows: list[dict[str, object]] = []
    for q in QUESTIONS:
        for s in STATEMENTS:
            rows.append({
                "lang": q[0], "question": q[1], "unit": q[2], "counted": q[3], "flow": q[4],
                "statement": s[0], "gives": gives(q, s),
            })  # fmt: skip
    head = (
        "# Generated by eval/make_quantity_matches.py (do not edit): amount questions x\n"
        "# statements in the minutes' number forms, and whether the statement gives the amount\n"
        "# asked\n"
        "# (tests/unit/answer/test_quantity_matches.py).\n\n"
    )
    write_rows(OUT, head, rows)


if __name__ == "__main__":
    main()
