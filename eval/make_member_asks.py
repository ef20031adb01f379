"""Write tests/data/member_asks.toml: questions with a "which" word and a class noun, each
with whether it asks for NAMED members of the class (and which class), read by
answer/asked_class.py ``asked_member`` (issue 16 session 26 task G3; rule member_asks_read;
tests/unit/answer/test_member_asks.py).

    python eval/make_member_asks.py

The class nouns are those of lexicon/data/places.toml (gemeenten, provincies, locaties: place;
ministeries, organisaties, instanties: org; landen: country), Dutch and English; the topics are
nouns of the minutes. Frames that ask for named members: "Welke gemeenten ...", "Which
provinces ...", "Bij welke gemeenten ...", "Which of the ministries ...", "Welke van de ...",
"Welke drie / andere gemeenten ...", "Noem de gemeenten die ...", a lead about the minutes or a
request ("Is bekend welke ...", "Can you tell me which ..."), a possessive ("Which
municipalities' concerns ...": decided, the members whose concerns are asked), a kind ("welke
soort gemeenten", "wat voor gemeenten", "which types of ...": decided, see below) and a "which"
inside a yes/no question ("Weet de VNG welke ...", "Did the VNG say which ...", "Is er
afgesproken welke ...": decided, see below). Frames that do not: a noun after "welke" that is
not a class ("welke rol / kosten / afspraken", search-box style "welke kosten gemeenten
noodopvang", "which costs municipalities ...") and a count ("hoeveel gemeenten").

Decided on measurement (docs/settings.md, member_asks_read): a kind is answered by a
description ("hotels en vakantieparken"), but the member check is the one check that refuses a
kind the minutes do not give: reading kinds as no member question cost 6 right refusals for 11
answers on the design fold (kinds_asked_probe, member_ask_probe) and the validation fold has
none. A yes/no question's "yes" to "did X say which municipalities" names them: read as asking
whether, such questions whose members the minutes do not name were answered with any statement
on the topic (tried on the bundled corpus), and the one readable question of the form
(blind24_design b24-041) stayed refused with another reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from toml_rows import unique_rows, write_rows

ROOT = Path(__file__).resolve().parents[1]

#: (kind, Dutch plural, English plural, English possessive)
NOUNS = [
    ("place", "gemeenten", "municipalities"),
    ("place", "provincies", "provinces"),
    ("place", "locaties", "locations"),
    ("org", "ministeries", "ministries"),
    ("org", "organisaties", "organisations"),
    ("org", "instanties", "bodies"),
    ("country", "landen", "countries"),
]
#: Topics of the minutes: (Dutch, English, Dutch bare for a search box)
TOPICS = [
    ("de spreidingswet", "the dispersal act", "spreidingswet"),
    ("de huisvesting van statushouders", "housing status holders", "statushouders"),
    (
        "de opvang van Oekraïense ontheemden",
        "reception of Ukrainian displaced persons",
        "ontheemden",
    ),
    ("de noodopvang", "emergency reception", "noodopvang"),
    ("de taakstelling", "the housing target", "taakstelling"),
]
ASK_NL = [
    "Welke {n} hadden zorgen over {t}?",
    "Bij welke {n} speelden problemen met {t}?",
    "Welke drie {n} noemde de VNG bij {t}?",
    "Welke andere {n} waren betrokken bij {t}?",
    "Welke van de {n} waren betrokken bij {t}?",
    "Noem de {n} die betrokken waren bij {t}.",
    "Van welke {n} kwamen signalen over {t}?",
    "Is bekend welke {n} betrokken waren bij {t}?",
    "Welke soort {n} had problemen met {t}?",
    "Wat voor {n} waren betrokken bij {t}?",
    "Is er afgesproken welke {n} zich inzetten voor {t}?",
    "Weet de VNG welke {n} problemen hebben met {t}?",
    "Heeft MAenM gezegd welke {n} meedoen aan {t}?",
    "Werd besproken welke {n} achterlopen met {t}?",
]
ASK_EN = [
    "Which {n} had concerns about {t}?",
    "Which of the {n} were involved in {t}?",
    "Which two {n} were mentioned regarding {t}?",
    "In which {n} were there problems with {t}?",
    "Which other {n} took part in {t}?",
    "Which {p} concerns about {t} were discussed?",
    "Can you tell me which {n} were involved in {t}?",
    "What kind of {n} had problems with {t}?",
    "Which types of {n} were involved in {t}?",
    "Was it decided which {n} would take part in {t}?",
    "Did the VNG say which {n} had problems with {t}?",
    "Has it been agreed which {n} contribute to {t}?",
]
NOT_NL = [
    "Welke rol spelen {n} bij {t}?",
    "Welke afspraken maakten {n} over {t}?",
    "welke kosten {n} {b}",
    "welke taak {n} {b}",
    "Hoeveel {n} waren betrokken bij {t}?",
]
NOT_EN = [
    "Which role do {n} play in {t}?",
    "which costs {n} {b}",
    "How many {n} were involved in {t}?",
]


def possessive(noun: str) -> str:
    """The English plural possessive: "municipalities'"."""
    return noun + "'"


def rows() -> list[dict[str, object]]:
    """Every frame with every class noun and topic."""
    out: list[dict[str, object]] = []
    for kind, nl, en in NOUNS:
        for tnl, ten, bare in TOPICS:
            for frames, lang, noun, topic, asked in (
                (ASK_NL, "nl", nl, tnl, True), (ASK_EN, "en", en, ten, True),
                (NOT_NL, "nl", nl, tnl, False), (NOT_EN, "en", en, ten, False),
            ):  # fmt: skip
                for frame in frames:
                    question = frame.format(n=noun, t=topic, b=bare, p=possessive(noun))
                    out.append({
                        "question": question, "lang": lang, "asks": asked,
                        "kind": kind if asked else "", "noun": noun if asked else "",
                    })  # fmt: skip
    return unique_rows(out, ("question",))


HEAD = """# Generated by eval/make_member_asks.py (issue 16 session 26 task G3): does the question
# ask for NAMED members of a class (asks, kind, noun as asked)? Read by
# tests/unit/answer/test_member_asks.py with answer.asked_class.asked_member.

"""


def main() -> None:
    """Write the table."""
    write_rows(ROOT / "tests" / "data" / "member_asks.toml", HEAD, rows())


if __name__ == "__main__":
    main()
