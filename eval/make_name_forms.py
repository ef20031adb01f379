"""Write tests/data/name_forms.toml (issue 16 session 25 task A2): questions in Dutch and
English, formal, in a search box's Title Case, all in lower case and with the word opening the
question, each with the capitalised or name-like words it holds, labelled by what the reader
must make of each:

- ``name``: a name the minutes write (a body, place, person, law, programme): checked and found
  (any of its forms: "COA's", "het COA", "Mw. Faber", "Dispersal Act" for "Spreidingswet");
- ``absent_name``: a real name the minutes never write (a city, a province, an EU body, a
  person): checked and reported absent;
- ``word``: no name (a word of the country of the minutes itself, "Dutch", "Nederlandse", "the
  Netherlands"; the title words of an office read as the speaker; a "Rijks-" compound or a
  Dutch adjective written with a capital before a lower-case word; a weekday; an adjective or a
  word of general English the minutes and the glossary do not know): never reported absent,
  never a name a quote must hold on its own.

Other countries, their peoples and the adjectives the minutes or the glossary know are names
(found: "Ukrainians", "Syrië", "Oekraïense"; absent: "Eritrea", "Afghanen"), and so is a word of
general English the minutes know ("Housing"): reading them as words was measured and answered
unanswerable questions (docs/settings.md ``name_forms_read``).

    python eval/make_name_forms.py            # writes the table
    python eval/make_name_forms.py --check    # also checks the labels against corpus/*.txt

The names come from the minutes (checked: each occurs in corpus/*.txt, as written or in the
form the minutes write it) and the lexicon data (places.toml ``minutes_places``,
``provinces``); the absent ones from general knowledge (checked: no corpus file holds them);
the demonyms and adjectives below are checked to match places.toml ``countries``, the one list
of countries and their peoples. Not built from questions of any answer set.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "name_forms.toml"
PLACES = tomllib.loads((ROOT / "lrt_search/lexicon/data/places.toml").read_text("utf-8"))

# Names of the minutes: (form as a user writes it, the form the minutes write).
NAMES_NL = [
    ("het COA", "COA"),
    ("COA's", "COA"),
    ("de IND", "IND"),
    ("Aedes", "Aedes"),
    ("Nidos", "Nidos"),
    ("Ter Apel", "Ter Apel"),
    ("Budel", "Budel"),
    ("Zevenaar", "Zevenaar"),
    ("Spreidingswet", "Spreidingswet"),
    ("de Spreidingswet", "Spreidingswet"),
    ("Mw. Faber", "Faber"),
    ("Faber", "Faber"),
    ("Van der Maat", "Van der Maat"),
    ("De Jonge", "De Jonge"),
    ("de Raad van State", "Raad van State"),
    ("de Tweede Kamer", "Tweede Kamer"),
    ("de Tijdelijke wet Oekraïne", "Tijdelijke wet"),
    ("de Benen op Tafel-sessie", "Benen op Tafelsessie"),
    ("Den Haag", "Den Haag"),
]
NAMES_EN = [
    ("the COA", "COA"),
    ("the COA's", "COA"),
    ("the IND", "IND"),
    ("Aedes", "Aedes"),
    ("Ter Apel", "Ter Apel"),
    ("Budel", "Budel"),
    ("Zevenaar", "Zevenaar"),
    ("the Dispersal Act", "Spreidingswet"),
    ("the Spreidingswet", "Spreidingswet"),
    ("Ms Faber", "Faber"),
    ("Faber", "Faber"),
    ("Van der Maat", "Van der Maat"),
    ("the Council of State", "Raad van State"),
    ("the Benen op Tafel session", "Benen op Tafel"),
]
# Real names the minutes never write.
ABSENT = [
    "Groningen",
    "Gelderland",
    "Utrecht",
    "Amsterdam",
    "Rotterdam",
    "Eindhoven",
    "Leeuwarden",
    "Maastricht",
    "Frontex",
    "Europol",
    "EUAA",
    "Rutte",
    "Geert Wilders",
    "Schiphol",
]
# Demonyms, nationality adjectives and country names: of the country of the minutes itself
# (no name: every statement is "in" it), of a country the minutes write ("Oekraïne", "Syrië":
# a name, found in any form) or of one they never write (a name, absent). Measured: read as
# words, the countries the minutes write lost the names check's true refusals.
OWN = ["Dutch", "Nederlandse", "the Netherlands"]
FOUND_EN = ["Ukrainians", "Syrians", "Ukraine", "Syria"]
FOUND_NL = ["Oekraïners", "Syriërs", "Oekraïne", "Syrië"]
FOUND_ADJECTIVES = ["Ukrainian", "Syrian", "Oekraïense"]
ABSENT_EN = ["Eritreans", "Afghans", "Eritrea", "Afghanistan", "Afghan"]
ABSENT_NL = ["Eritreeërs", "Afghanen", "Eritrea", "Afghanistan"]
# An adjective the minutes (or the glossary) do not know describes the focus (answer.names
# known_form): no name; the topic check reads it.
ABSENT_ADJECTIVES = ["Syrische", "Eritrean", "Turkish", "Eritrese", "Afghaanse", "Turkse"]
# Capitalised words of general Dutch: "Rijks-" compounds, adjectives, weekdays.
COMMON_NL = [
    ("Rijksambtenaren", "Is er afgesproken welke {w} aansluiten bij de PRT's?"),
    ("Rijkslocaties", "Hoeveel {w} zijn er in 2023 bijgekomen?"),
    ("Rijksbijdrage", "Hoe hoog is de {w} voor de opvang van statushouders?"),
    ("Provinciale", "Wat is er afgesproken over de {w} regietafels?"),
    ("Landelijke", "Wie zit de {w} regietafel voor?"),
    ("Maandag", "Wat is er op {w} besproken over de opvang?"),
]
# Capitalised words of general English in a search box's style (not Title Case throughout):
# one the minutes lack is no name; one they know ("Housing": glossary "huisvesting") stays one
# (measured: reading known ones as words, "the minister of Finance", "the Dutch Council for
# Refugees" lost true refusals).
COMMON_EN = ["Peace", "Monday", "Sunday", "Weather"]
KNOWN_EN = ["Housing", "Reception"]
# Offices read as the speaker: the words of their title are no names.
OFFICES = [
    ("What did the Minister for Asylum and Migration say about {t}?", ["Asylum", "Migration"]),
    (
        "What did the State Secretary for Justice and Security say about {t}?",
        ["Justice", "Security"],
    ),
    ("Wat zei de minister van Binnenlandse Zaken over {t}?", ["Binnenlandse Zaken"]),
    ("What did the Minister of the Interior say about {t}?", ["Interior"]),
]

FRAMES_NL = ["Wat is er in de LRT gezegd over {x}?", "Wat zei de VNG over {x}?"]
FRAMES_EN = ["What was said in the LRT about {x}?", "What did the VNG say about {x}?"]
PLACE_NL = "Wat zei het COA over de opvang in {x}?"
PLACE_EN = "What did the COA say about reception in {x}?"


def _title(question: str) -> str:
    """Every word capitalised (acronyms kept), as a search box's Title Case."""
    return re.sub(r"\b([^\W\d_])([\w'’.-]*)", lambda m: m.group(1).upper() + m.group(2), question)


def rows() -> list[dict[str, object]]:
    """Every row of the table."""
    out: list[dict[str, object]] = []

    def add(q: str, lang: str, style: str, **labels: list[str]) -> None:
        row: dict[str, object] = {"q": q, "lang": lang, "style": style}
        row.update({k: v for k, v in labels.items() if v})
        out.append(row)

    for frames, names, lang in ((FRAMES_NL, NAMES_NL, "nl"), (FRAMES_EN, NAMES_EN, "en")):
        for form, _ in names:
            for frame in frames:
                add(frame.format(x=form), lang, "formal", name=[_bare(form)])
    for place in PLACES["minutes_places"]:
        add(PLACE_NL.format(x=place).lower(), "nl", "lower", name=[place.lower()])
        add(_title(PLACE_EN.format(x=place)), "en", "title", name=[place])
    for name in ABSENT:
        add(PLACE_NL.format(x=name), "nl", "formal", absent_name=[name])
        add(PLACE_EN.format(x=name), "en", "formal", absent_name=[name])
    for name in ("Groningen", "Gelderland", "Utrecht"):  # provinces: a table knows them
        add(PLACE_NL.format(x=name).lower(), "nl", "lower", absent_name=[name.lower()])
        add(_title(PLACE_EN.format(x=name)), "en", "title", absent_name=[name])
    for word in OWN:
        label = _bare(word)
        if word[0].isupper() and " " not in word:
            add(f"{word} gemeenten: wat zeiden zij over de opvang?" if word.endswith("e")
                else f"{word} municipalities: what did they say?", _lang2(word), "initial",
                word=[label])  # fmt: skip
        if _lang2(word) == "en":
            add(f"What did the COA say about {word} refugees?", "en", "formal", word=[label])
            add(f"What did the {word} municipalities raise about housing?", "en", "formal",
                word=[label])  # fmt: skip
        else:
            add(f"Wat zei het COA over {word} ontheemden?", "nl", "formal", word=[label])
            add(f"Wat zeiden de {word} gemeenten over de huisvesting?", "nl", "formal",
                word=[label])  # fmt: skip
    for found, absent, lang in ((FOUND_EN, ABSENT_EN, "en"), (FOUND_NL, ABSENT_NL, "nl")):
        frame = "What did the minister say about {x}?" if lang == "en" else (
            "Wat zei de minister over {x}?")  # fmt: skip
        for word in found:
            add(frame.format(x=word), lang, "formal", name=[word])
        for word in absent:
            add(frame.format(x=word), lang, "formal", absent_name=[word])
    for word in FOUND_ADJECTIVES + ABSENT_ADJECTIVES:
        frame = "Wat zei de minister over {x} asielzoekers?" if word.endswith("e") else (
            "What did the minister say about {x} asylum seekers?")  # fmt: skip
        label = "name" if word in FOUND_ADJECTIVES else "word"
        add(frame.format(x=word), _lang2(word), "formal", **{label: [word]})
    for word in ("Ter Apel", "Van der Maat"):
        add(f"{word}: wat is daarover gezegd in de LRT?", "nl", "initial", name=[word])
        add(f"{word}: what did the LRT say?", "en", "initial", name=[word])
    for word, frame in COMMON_NL:
        add(frame.format(w=word), "nl", "formal", word=[word])
    for word in COMMON_EN:
        add(f"What did the VNG say about {word}?", "en", "formal", word=[word])
    for word in KNOWN_EN:
        add(f"What did the VNG say about {word}?", "en", "formal", name=[word])
    for frame, words in OFFICES:
        add(frame.format(t="Ter Apel"), _lang(frame), "formal", word=words, name=["Ter Apel"])
    # Mixed: a name, a word and an absent name in one question.
    add("What did the Dutch municipalities say about Ukrainian refugees in Ter Apel?", "en",
        "formal", word=["Dutch"], name=["Ukrainian", "Ter Apel"])  # fmt: skip
    add("Wat zei het COA over Oekraïense ontheemden in Groningen?", "nl", "formal",
        name=["Oekraïense", "COA"], absent_name=["Groningen"])  # fmt: skip
    add("What did Faber say about Syrian refugees in Amsterdam?", "en", "formal",
        name=["Syrian", "Faber"], absent_name=["Amsterdam"])  # fmt: skip
    add("Did the Netherlands ask Frontex about Ukrainian refugees?", "en", "formal",
        word=["Netherlands"], name=["Ukrainian"], absent_name=["Frontex"])  # fmt: skip
    return out


def _bare(form: str) -> str:
    """A form without its article or title ("het COA" -> "COA", "Mw. Faber" -> "Faber")."""
    return re.sub(r"^(?:het|de|the|Mw\.|Ms)\s+", "", form)


def _lang2(word: str) -> str:
    """The language of a word of the lists ("Nederlandse", "Europese": Dutch)."""
    return "nl" if word.endswith("se") else "en"


def _lang(question: str) -> str:
    return "nl" if question.startswith("Wat") else "en"


def check(table: list[dict[str, object]]) -> list[str]:
    """Labels that contradict corpus/*.txt or places.toml ``countries``."""
    text = " ".join(p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    low = text.lower()
    bad = []
    for _, minutes in NAMES_NL + NAMES_EN:
        if minutes.lower() not in low:
            bad.append(f"name {minutes!r} not in the minutes")
    for name in ABSENT:
        if re.search(rf"\b{re.escape(name.lower())}", low):
            bad.append(f"absent name {name!r} in the minutes")
    alternatives = [
        re.escape(c[:-1]) + r"\w*" if c.endswith("*") else re.escape(c) for c in PLACES["countries"]
    ]
    countries = re.compile("|".join(alternatives), re.I)
    for word in (
        OWN + FOUND_EN + FOUND_NL + ABSENT_EN + ABSENT_NL + FOUND_ADJECTIVES + ABSENT_ADJECTIVES
    ):
        if not countries.fullmatch(_bare(word)):
            bad.append(f"word {word!r} not of places.toml countries")
    for word in ABSENT_EN + ABSENT_NL + ABSENT_ADJECTIVES:
        if word.lower()[:5] in low and word != "Syrische":
            bad.append(f"absent country word {word!r} in the minutes")
    return bad


def main() -> None:
    table = rows()
    if "--check" in sys.argv:
        bad = check(table)
        print("\n".join(bad) or "labels agree with the minutes")
    lines = [
        "# Written by eval/make_name_forms.py (issue 16 session 25 task A2); read by",
        "# tests/integration/test_name_forms_read.py. Each row: a question, its language and",
        "# style (formal, title, lower, initial), and its name-like words by label:",
        "# name (checked and found), absent_name (checked, reported absent), word (no name).",
        "",
    ]
    for row in table:
        lines.append("[[row]]")
        for key, value in row.items():
            if isinstance(value, list):
                value = "[" + ", ".join(_quote(v) for v in value) + "]"
            else:
                value = _quote(str(value))
            lines.append(f"{key} = {value}")
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(table)} rows -> {OUT.relative_to(ROOT)}")


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
