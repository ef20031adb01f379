"""Write tests/data/frequency_forms.toml: the table of the forms in which a question asks a
count of MEETINGS (intent ``frequency``, rule ``frequency_meetings``: how many of the meetings
treated a topic or heard a speaker on it), and of the near forms that ask no such count (issue
16, session 26 task B3).

    python eval/make_frequency_forms.py

Forms asked (``frequency = true``): "in hoeveel vergaderingen / overleggen / bijeenkomsten",
"bij hoeveel overleggen", "hoe vaak kwam X ter sprake / op de agenda", "hoeveel keer heeft de
VNG X aangekaart", "how many times did the CdK ask for X", "how often was X raised", "in how
many of the five meetings", "how many sessions / meetings discussed X", "was X in every
meeting", the verb before or after, passive and active, with and without a speaker. Decisions
written down: "telkens / steeds weer / repeatedly" in a question ("Heeft de VNG telkens X
genoemd?") asks yes or no, not a count: ``false``. "How often did the minutes record X" is
left out (not read): read as a count, rule ``frequency_meetings`` takes "minutes" into the topic
("verslag") and quotes a statement about the minutes in each meeting (blind8_design b8-034 lost
its gold when it was read so; session 26 task B3). Forms not asked (``frequency = false``): how
often something happens in the world ("hoe vaak moeten de PRT's rapporteren", "how often will
COA report", "elke twee weken"), "how many times more" (a ratio), "hoeveel gemeenten" (a count
of members). Speakers are names of lexicon/data/organisations.toml; topics nouns of the
minutes.
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "frequency_forms.toml"

SPEAKERS = ("de VNG", "het COA", "de CdK", "Aedes", "het IPO")
SPEAKERS_EN = ("the VNG", "COA", "the CdK", "Aedes", "the IPO")
TOPICS_NL = ("de spreidingswet", "de capaciteitsbeslissing", "de huisvesting van statushouders")
TOPICS_EN = ("the dispersal act", "the capacity decision", "the housing of status holders")
TOOLS_NL = ("instrumenten", "extra opvangplekken")
TOOLS_EN = ("tools", "extra reception places")

# (language, frequency asked, template): {t} a topic, {s} a speaker, {o} an object asked for.
T = [
    # a count of meetings, Dutch
    ("nl", True, "In hoeveel vergaderingen is {t} besproken?"),
    ("nl", True, "In hoeveel vergaderingen kwam {t} aan bod?"),
    ("nl", True, "In hoeveel vergaderingen stond {t} op de agenda?"),
    ("nl", True, "In hoeveel van de vergaderingen ging het over {t}?"),
    ("nl", True, "In hoeveel van de vijf vergaderingen werd {t} genoemd?"),
    ("nl", True, "In hoeveel overleggen sprak {s} over {t}?"),
    ("nl", True, "Bij hoeveel overleggen kwam {t} ter sprake?"),
    ("nl", True, "Bij hoeveel vergaderingen was {t} een agendapunt?"),
    ("nl", True, "Tijdens hoeveel bijeenkomsten is {t} behandeld?"),
    ("nl", True, "Hoe vaak kwam {t} ter sprake?"),
    ("nl", True, "Hoe vaak kwam {t} op de agenda?"),
    ("nl", True, "Hoe vaak stond {t} op de agenda?"),
    ("nl", True, "Hoe vaak is {t} besproken?"),
    ("nl", True, "Hoe vaak werd {t} aan de orde gesteld?"),
    ("nl", True, "Hoe vaak heeft {s} {t} aangekaart?"),
    ("nl", True, "Hoe vaak kaartte {s} {t} aan?"),
    ("nl", True, "Hoe vaak vroeg {s} om {o}?"),
    ("nl", True, "Hoe vaak heeft {s} om {o} gevraagd?"),
    ("nl", True, "Hoeveel keer heeft {s} {t} aangekaart?"),
    ("nl", True, "Hoeveel keer bracht {s} {t} ter sprake?"),
    ("nl", True, "Hoeveel keer is {t} door {s} genoemd?"),
    ("nl", True, "Hoeveel keer werd {t} besproken?"),
    ("nl", True, "Hoeveel keer kwam {t} terug op de agenda?"),
    ("nl", True, "Hoeveel keer heeft {s} gevraagd om {o}?"),
    ("nl", True, "Hoeveel maal is {t} aan bod gekomen?"),
    ("nl", True, "Hoeveel vergaderingen gingen over {t}?"),
    ("nl", True, "Hoeveel vergaderingen hebben {t} besproken?"),
    ("nl", True, "Kwam {t} in elke vergadering ter sprake?"),
    ("nl", True, "Stond {t} in iedere vergadering op de agenda?"),
    ("nl", True, "Werd {t} in alle vergaderingen besproken?"),
    ("nl", True, "{t}: hoe vaak besproken?"),
    ("nl", True, "hoe vaak {t} besproken"),
    # a count of meetings, English
    ("en", True, "In how many meetings was {t} discussed?"),
    ("en", True, "In how many of the meetings did {s} mention {t}?"),
    ("en", True, "In how many of the five meetings did {t} come up?"),
    ("en", True, "In how many sessions was {t} on the agenda?"),
    ("en", True, "At how many meetings was {t} raised?"),
    ("en", True, "How many meetings discussed {t}?"),
    ("en", True, "How many sessions discussed {t}?"),
    ("en", True, "How many meetings dealt with {t}?"),
    ("en", True, "How many times did {s} ask for {o}?"),
    ("en", True, "How many times has {s} raised {t}?"),
    ("en", True, "How many times was {t} discussed?"),
    ("en", True, "How many times was {t} on the agenda?"),
    ("en", True, "How many times did {t} come up?"),
    ("en", True, "How often was {t} raised?"),
    ("en", True, "How often was {t} on the agenda?"),
    ("en", True, "How often did {s} bring up {t}?"),
    ("en", True, "How often did {s} ask for {o}?"),
    ("en", True, "How often did {s} call for {o}?"),
    ("en", True, "How often did the capacity decision come up?"),
    ("en", True, "How frequently was {t} discussed?"),
    ("en", True, "Was {t} discussed in every meeting?"),
    ("en", True, "Was {t} on the agenda of every meeting?"),
    ("en", True, "Did {t} come up in each meeting?"),
    ("en", True, "Was {t} raised at every meeting?"),
    ("en", True, "{t}: how many times discussed?"),
    # no count of meetings: how often in the world, a ratio, a count of members, "telkens"
    ("nl", False, "Hoe vaak moeten de PRT's rapporteren over {t}?"),
    ("nl", False, "Hoe vaak wordt de monitor van {t} geactualiseerd?"),
    ("nl", False, "Hoe vaak krijgen gemeenten een bijdrage voor {t}?"),
    ("nl", False, "Hoe vaak rapporteert {s} over {t}?"),
    ("nl", False, "Hoeveel keer per jaar wordt {t} geëvalueerd?"),
    ("nl", False, "Hoeveel keer meer plekken zijn er nodig voor {t}?"),
    ("nl", False, "Hoeveel keer zo groot is de opgave voor {t}?"),
    ("nl", False, "Hoeveel gemeenten doen mee aan {t}?"),
    ("nl", False, "Hoeveel gemeenten hebben {t} besproken?"),
    ("nl", False, "Wordt {t} elke twee weken besproken?"),
    ("nl", False, "Heeft {s} telkens {t} genoemd?"),
    ("nl", False, "Bracht {s} steeds weer {t} ter sprake?"),
    ("nl", False, "Wat zei {s} in de vergadering over {t}?"),
    ("nl", False, "Hoeveel opvangplekken zijn er besproken voor {t}?"),
    ("en", False, "How often will COA report on {t}?"),
    ("en", False, "How often are the minutes of {t} sent out?"),
    ("en", False, "How often is the occupancy for {t} recorded?"),
    ("nl", False, "Hoe vaak worden de notulen over {t} rondgestuurd?"),
    ("en", False, "How often are the PRTs required to report on {t}?"),
    ("en", False, "How often is the contribution for {t} paid?"),
    ("en", False, "How many times more places are needed for {t}?"),
    ("en", False, "How many times larger is the task for {t}?"),
    ("en", False, "How many municipalities took part in {t}?"),
    ("en", False, "How many municipalities discussed {t}?"),
    ("en", False, "Is {t} discussed every two weeks?"),
    ("en", False, "Did {s} repeatedly raise {t}?"),
    ("en", False, "What did {s} say about {t} in the meeting?"),
    ("en", False, "How many reception places were discussed for {t}?"),
]


def rows() -> list[dict[str, object]]:
    """Every template filled with each topic (with a speaker and an object in turn)."""
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for lang, asked, template in T:
        topics = TOPICS_NL if lang == "nl" else TOPICS_EN
        speakers = SPEAKERS if lang == "nl" else SPEAKERS_EN
        objects = TOOLS_NL if lang == "nl" else TOOLS_EN
        for i, topic in enumerate(topics):
            text = template.format(t=topic, s=speakers[i % len(speakers)], o=objects[i % 2])
            text = text[0].upper() + text[1:] if template[0] == "{" else text
            if text not in seen:
                seen.add(text)
                out.append({"question": text, "language": lang, "frequency": asked})
    return out


def main() -> None:
    """Write the table."""
    head = (
        "# Written by eval/make_frequency_forms.py (do not edit): the forms in which a question\n"
        "# asks a count of meetings (intent frequency) or not. Read by\n"
        "# tests/unit/lexicon/test_frequency_forms.py.\n\n"
    )
    write_rows(OUT, head, rows())


if __name__ == "__main__":
    main()
