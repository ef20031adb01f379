"""Write tests/data/property_forms.toml: statements in the minutes' register with the properties
each states and does NOT state (issue 16, session 25 task G2), read by the quote checks'
readers (tests/unit/answer/test_property_forms.py).

    python eval/make_property_forms.py

A property is what a question may ask of its topic and a quote check reads in a statement:
``time`` (property_tied.states_time: reasons no_time, no_event_time), ``period`` (the same
for a question of a period, "voor welke periode": with ``halves``), ``duration``
(durations.states_duration), ``length`` (durations.states_length: no_length), ``count``
(shape.answers_shape with a quantity: no_count), ``amount`` (evidence.states_money: no_amount),
``count:<noun>`` (the same with what the question counts: a word starting with ``<noun>``),
``percentage`` (evidence.states_percentage: no_percentage), ``rate:<unit>``
(asked_detail.states_rate: no_rate; ``rate`` under ``not_states``: no unit at all) and
``frequency`` (asked_detail.states_frequency: no_frequency). A property a row lists under
neither is not decided by it. Each form stands in carriers taken from the minutes' own
sentences with the property swapped in (``{p}``).

Decided: a year alone is a time ("In 2024 is ..."); "op korte termijn", "binnenkort" and
"na de zomer" are times (the minutes' answer to "wanneer", however vague); "op de langere
termijn" / "lange termijnperspectief" are no time (a horizon, no point or period); a length of
time states a duration and a length, and a count when its unit or time is counted
(``count:<noun>``: "met een jaar" answers "met hoeveel tijd" and "hoeveel jaar", not "hoeveel
ontheemden"; with a number word it states a count of anything: "twee jaar"); "enkele
honderden", "tientallen", "een tiental" state a count (the minutes' rough count is their answer
to "hoeveel"); "een derde", "de helft" state a share, "een derde
bijeenkomst" (an ordinal before a noun) and "de tweede helft van 2023" (a half-year) do not;
"per 1 juli" is a time, no rate; "artikel 3", "punt 2", "agendapunt 4", "de 1e tranche",
"om 14.00 uur", "2023-II" state no count; a half-year ("2023-II") states the period a target is
for ("voor welke periode"), not the time an act happens ("wanneer" is not decided by it: the
minutes' "de tweede helft van 2023" is a time to the period readers).
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "property_forms.toml"
ALL = ("time", "duration", "length", "count", "amount", "percentage", "rate", "frequency")


def _no(*props: str) -> tuple[str, ...]:
    return props


# Carriers (from the minutes' sentences) per kind of form; {p} is the form.
CARRIERS: dict[str, list[str]] = {
    "time": [
        "De brief wordt nu naar verwachting {p} geagendeerd voor de MR.",
        "MAenM licht toe dat hierover {p} helderheid komt.",
        "- De Raad van State streeft naar een uitspraak {p}.",
    ],
    "extend": [
        "De staatssecretaris geeft aan te verwachten dat de EU tijdelijke richtlijn {p} wordt "
        "verlengd.",
        "- Afspraak: de regeling voor gemeenten wordt {p} verlengd.",
    ],
    "during": [
        "We zitten al {p} in een crisismode.",
        "De noodopvang in de sporthal blijft {p} open.",
    ],
    "count": [
        "Er moeten nog {p} statushouders van huisvesting voorzien worden.",
        "COA meldt dat er {p} extra plekken nodig zijn.",
    ],
    "amount": [
        "Voor de SPUK doorstroomlocaties is {p} beschikbaar.",
        "- MinBZK licht toe dat gemeenten {p} ontvangen voor de huisvesting.",
    ],
    "share": [
        "Volgens COA is {p} van de achterstand ingehaald.",
        "- VNG geeft aan dat {p} van de gemeenten de taakstelling niet haalt.",
    ],
    "rate": [
        "In Ter Apel komen {p} asielzoekers binnen.",
        "COA licht toe dat er {p} nieuwe plekken bijkomen.",
    ],
    "often": [
        "Het LRT komt {p} bijeen.",
        "- Afspraak: de stand van de opvang wordt {p} met de provincies besproken.",
    ],
    "other": [
        "{p}",
    ],
}

# (language, kind of carrier, form, properties stated, properties not stated)
FORMS: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = [
    # times
    ("nl", "time", "na de zomer", ("time",), _no("count", "amount", "percentage", "frequency")),
    ("nl", "time", "eind dit jaar", ("time",), _no("count", "amount", "percentage")),
    ("nl", "time", "in Q3 2024", ("time",), _no("count", "amount", "percentage", "rate")),
    ("nl", "time", "in het derde kwartaal van 2024", ("time",), _no("count", "percentage")),
    ("nl", "time", "per 1 juli", ("time",), _no("count", "amount", "rate", "frequency")),
    ("nl", "time", "per 1 januari 2025", ("time",), _no("count", "amount", "rate", "frequency")),
    ("nl", "time", "binnen zes weken", ("time", "duration", "length"), _no("amount", "rate")),
    ("nl", "time", "voor de kerst", ("time",), _no("count", "amount", "duration")),
    ("nl", "time", "voor de kerstvakantie", ("time",), _no("count", "amount")),
    ("nl", "time", "medio 2025", ("time",), _no("count", "amount", "percentage")),
    ("nl", "time", "begin volgend jaar", ("time",), _no("count", "amount", "duration")),
    ("nl", "time", "op korte termijn", ("time",), _no("count", "amount", "frequency")),
    ("nl", "time", "binnenkort", ("time",), _no("count", "amount")),
    ("nl", "time", "in de zomer van 2025", ("time",), _no("count", "amount", "percentage")),
    ("nl", "time", "in het voorjaar", ("time",), _no("count", "amount")),
    ("nl", "time", "voor het einde van dit jaar", ("time",), _no("count", "amount")),
    ("nl", "time", "in 2024", ("time",), _no("count", "amount", "percentage", "duration")),
    ("nl", "time", "op 3 november", ("time",), _no("count", "amount", "percentage", "duration")),
    ("nl", "time", "in de week van 13 maart", ("time",), _no("count", "amount", "rate")),
    ("nl", "time", "na de MR van 21 april", ("time",), _no("count", "amount")),
    ("nl", "time", "in de tweede helft van 2023", ("time",), _no("count", "percentage")),
    ("nl", "time", "voor 2023-II", ("period",), _no("count", "amount", "percentage")),
    ("nl", "other", "De taakstelling voor 2022-II is vastgesteld op 13.500.", ("period",),
     _no("percentage", "duration", "frequency")),
    ("nl", "time", "om 14.00 uur", ("time",), _no("count", "amount", "duration")),
    ("nl", "time", "uiterlijk 1 april", ("time", "length"), _no("count", "amount")),
    ("nl", "time", "deze maand", ("time",), _no("count", "rate", "frequency")),
    ("nl", "time", "ASAP, in ieder geval voor de zomer", ("time",), _no("count", "amount")),
    ("nl", "time", "op de langere termijn", (), _no("time", "count", "amount")),
    # lengths of time
    ("nl", "extend", "met een jaar", ("duration", "length"), _no("amount")),
    ("nl", "extend", "met twee jaar", ("duration", "length", "count"), _no("amount")),
    ("nl", "extend", "met zes maanden", ("duration", "length", "count"), _no("amount")),
    ("nl", "extend", "met een half jaar", ("duration", "length"), _no("amount")),
    ("nl", "extend", "met anderhalf jaar", ("duration", "length"), _no("amount")),
    ("nl", "extend", "met 12 maanden", ("duration", "length", "count"), _no("amount")),
    ("nl", "extend", "tot 4 maart 2026", ("time", "length"), _no("amount", "percentage")),
    ("nl", "during", "ruim twee jaar", ("duration", "length", "count"), _no("amount", "rate")),
    ("nl", "during", "twee jaar", ("duration", "length", "count"), _no("amount")),
    ("nl", "during", "voor zes maanden", ("duration", "length", "count"), _no("amount")),
    ("nl", "during", "een half jaar", ("duration", "length"), _no("amount")),
    ("nl", "during", "drie weken", ("duration", "length", "count"), _no("amount", "rate")),
    ("nl", "during", "enkele maanden", ("duration", "length"), _no("amount")),
    ("nl", "during", "tien dagen", ("duration", "length", "count"), _no("amount", "frequency")),
    ("nl", "during", "een paar weken", ("duration", "length"), _no("amount")),
    ("en", "during", "for two years", ("duration", "length", "count"), _no("amount")),
    ("en", "during", "six months", ("duration", "length", "count"), _no("amount")),
    # counts
    ("nl", "count", "circa 13.000", ("count",), _no("time", "amount", "percentage", "duration")),
    ("nl", "count", "13.000", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "ruim duizend", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "enkele honderden", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "honderden", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "tientallen", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "een tiental", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "duizenden", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "twee", ("count",), _no("time", "amount", "percentage", "duration")),
    ("nl", "count", "dertien", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "dertienduizend", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "zevenduizendvijfhonderd", ("count",), _no("time", "amount")),
    ("nl", "count", "13 duizend", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "bijna 20.000", ("count",), _no("time", "amount", "percentage")),
    ("nl", "count", "tussen de 1000 en 3000", ("count",), _no("time", "amount")),
    ("nl", "count", "vijftig", ("count",), _no("time", "amount", "percentage")),
    ("en", "count", "about 13,000", ("count",), _no("time", "amount", "percentage")),
    ("en", "count", "two hundred", ("count",), _no("time", "amount", "percentage")),
    # amounts of money
    ("nl", "amount", "€ 1,2 mln", ("amount",), _no("time", "percentage", "duration")),
    ("nl", "amount", "1,2 miljoen euro", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "EUR 500", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "honderd miljoen euro", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "€ 30.000", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "30.000 euro", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "12 miljoen", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "1,5 mld", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "€30k", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "anderhalf miljard euro", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "twee miljoen euro", ("amount",), _no("time", "percentage")),
    ("nl", "amount", "een bedrag", (), _no("amount", "percentage", "time")),
    ("nl", "amount", "extra middelen", (), _no("amount", "count", "percentage", "time")),
    # percentages and shares
    ("nl", "share", "50%", ("percentage",), _no("time", "amount", "duration")),
    ("nl", "share", "10 %", ("percentage",), _no("time", "amount")),
    ("nl", "share", "tien procent", ("percentage",), _no("time", "amount")),
    ("nl", "share", "vijftig procent", ("percentage",), _no("time", "amount")),
    ("nl", "share", "75 procent", ("percentage",), _no("time", "amount")),
    ("nl", "share", "een derde", ("percentage",), _no("time", "amount", "duration")),
    ("nl", "share", "de helft", ("percentage",), _no("time", "amount", "duration")),
    ("nl", "share", "twee derde", ("percentage",), _no("time", "amount")),
    ("nl", "share", "driekwart", ("percentage",), _no("time", "amount")),
    ("nl", "share", "een kwart", ("percentage",), _no("time", "amount")),
    ("nl", "share", "ruim de helft", ("percentage",), _no("time", "amount")),
    ("en", "share", "ten percent", ("percentage",), _no("time", "amount")),
    ("en", "share", "two thirds", ("percentage",), _no("time", "amount")),
    # rates
    ("nl", "rate", "circa 500 per dag", ("rate:day", "count"), _no("amount", "percentage")),
    ("nl", "rate", "300 per week", ("rate:week", "count"), _no("amount", "percentage")),
    ("nl", "rate", "wekelijks 400", ("rate:week", "count"), _no("amount", "percentage")),
    ("nl", "rate", "dagelijks tientallen", ("rate:day", "count"), _no("amount")),
    ("nl", "rate", "elke maand 200", ("rate:month", "count"), _no("amount", "percentage")),
    ("nl", "rate", "jaarlijks zo'n 2.000", ("rate:year", "count"), _no("amount")),
    ("nl", "rate", "per gemeente 20", ("count",), _no("rate", "frequency", "amount")),
    ("en", "rate", "200 a week", ("count",), _no("amount", "percentage")),
    # frequencies
    ("nl", "often", "elke twee weken", ("frequency",), _no("amount", "percentage")),
    ("nl", "often", "maandelijks", ("frequency", "rate:month"), _no("amount", "count")),
    ("nl", "often", "twee keer per jaar", ("frequency", "rate:year"), _no("amount")),
    ("nl", "often", "om de week", ("frequency",), _no("amount", "percentage", "count")),
    ("nl", "often", "eens per kwartaal", ("frequency", "rate:quarter"), _no("amount")),
    ("nl", "often", "tweewekelijks", ("frequency",), _no("amount", "count")),
    ("nl", "often", "elk kwartaal", ("frequency", "rate:quarter"), _no("amount", "count")),
    ("nl", "often", "iedere week", ("frequency", "rate:week"), _no("amount", "count")),
    ("nl", "often", "drie keer", ("frequency",), _no("amount", "percentage")),
    ("nl", "often", "eenmaal per maand", ("frequency", "rate:month"), _no("amount")),
    ("nl", "often", "jaarlijks", ("frequency", "rate:year"), _no("amount", "count")),
    ("nl", "often", "regelmatig", ("frequency",), _no("amount", "count", "time")),
    ("en", "often", "every two weeks", ("frequency",), _no("amount", "percentage")),
    ("en", "often", "twice a year", ("frequency",), _no("amount", "percentage")),
    # negative controls: a number that is no count, a share that is none
    ("nl", "other", "De EU tijdelijke richtlijn voor Oekraïense ontheemden wordt met een jaar "
     "verlengd.", ("duration", "count:tijd", "count:jaar"), _no("count:ontheemden", "count")),
    ("nl", "other", "Medeoverheden zitten al twee jaar in een crisismode.", ("count:jaar", "count"),
     _no("amount", "percentage")),
    ("nl", "other", "Dit volgt uit artikel 3 van de Spreidingswet.", (),
     _no(*ALL)),
    ("nl", "other", "Zie punt 2 van de agenda.", (), _no(*ALL)),
    ("nl", "other", "Onder agendapunt 4 is het coördinatiecentrum besproken.", (), _no(*ALL)),
    ("nl", "other", "De 1e tranche van de SPUK is verdeeld over de gemeenten.", (), _no(*ALL)),
    ("nl", "other", "Er komt een derde bijeenkomst met de provincies.", (),
     _no("percentage", "amount", "time", "duration")),
    ("nl", "other", "Het is de eerste keer dat de wettelijke termijn niet is gehaald.", (),
     _no("count", "amount", "percentage", "duration", "rate")),
    ("nl", "other", "De taakstelling voor de tweede helft van 2023 is bekend.", ("time",),
     _no("count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "De wet treedt in werking op 1 juli 2024.", ("time",),
     _no("count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "Per 1 juli geldt de nieuwe regeling voor alle gemeenten.", ("time",),
     _no("count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "In 2024 is de taakstelling niet gehaald.", ("time",),
     _no("count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "Het LRT begint om 14.00 uur in Den Haag.", ("time",),
     _no("count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "Medeoverheden roepen op tot lange termijnperspectief.", (),
     _no("time", "count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "Zie de Kamerbrief van 12 mei over de opvang.", ("time",),
     _no("count", "amount", "percentage", "duration", "rate", "frequency")),
    ("nl", "other", "VNG vraagt per gemeente om maatwerk.", (),
     _no("time", "count", "amount", "rate", "frequency")),
]  # fmt: skip


def rows() -> list[dict[str, object]]:
    """Every form in every carrier of its kind."""
    out: list[dict[str, object]] = []
    for lang, kind, form, states, not_states in FORMS:
        carriers = CARRIERS[kind] if lang == "nl" or kind == "other" else ["{p}"]
        for carrier in carriers:
            statement = carrier.replace("{p}", form)
            timed = ["count:tijd"] if "duration" in states and kind != "other" else []
            out.append({"lang": lang, "form": form, "statement": statement,
                        "states": [*states, *timed], "not_states": list(not_states)})  # fmt: skip
    return out


def main() -> int:
    head = (
        "# Generated by eval/make_property_forms.py (do not edit): statements in the minutes'\n"
        "# register with the properties each states and does not state\n"
        "# (tests/unit/answer/test_property_forms.py).\n\n"
    )
    write_rows(OUT, head, unique_rows(rows(), ("lang", "statement")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
