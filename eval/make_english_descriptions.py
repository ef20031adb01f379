"""Write tests/data/english_descriptions.toml: the English descriptions an outsider writes for the
Dutch governance terms of the minutes (bodies, offices, laws, procedures, facilities, groups of
people), each asked in question carriers, with the Dutch terms of the minutes the question reader
must reach (issue 16 session 25 task A3).

    python eval/make_english_descriptions.py

The descriptions are written from general knowledge of Dutch public administration and of English
usage (how English-language government pages, news and research describe these terms), never
from eval questions. Each Dutch target is checked against the bundled minutes: a term the minutes
never write is no target. Negative controls: descriptions that must NOT reach a term ("minister"
alone is no staatssecretaris). tests/unit/lexicon/test_english_descriptions.py reads every row.
"""

from __future__ import annotations

import re
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "english_descriptions.toml"

#: The question sentences each description is asked in.
CARRIERS = ("What was said about {d}?", "Was there any discussion of {d}?")

#: (Dutch terms of the minutes, one of which the reader must reach; English descriptions).
DESCRIPTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Offices and bodies
    (
        ("staatssecretaris",),
        (
            "the junior minister",
            "junior ministers",
            "the state secretary",
            "the deputy minister",
            "the secretary of state",
        ),
    ),
    (
        ("bewindspersoon", "minister"),
        ("the cabinet members", "the responsible minister", "the member of government"),
    ),
    (
        ("ministerraad", "kabinet"),
        (
            "the cabinet",
            "the council of ministers",
            "the government",
            "the Dutch government",
            "the coalition government",
        ),
    ),
    (
        ("Tweede Kamer",),
        (
            "the lower house",
            "the house of representatives",
            "parliament",
            "the Dutch parliament",
            "members of parliament",
        ),
    ),
    (
        ("CdK", "commissarissen"),
        (
            "the King's commissioner",
            "the King's commissioners",
            "the provincial governors",
            "the governor of the province",
        ),
    ),
    (
        ("GS", "gedeputeerde"),
        (
            "the provincial executive",
            "the provincial executives",
        ),
    ),
    (("provincies",), ("the provinces", "the provincial authorities", "the provincial government")),
    (
        ("gemeenten",),
        (
            "the municipalities",
            "the local authorities",
            "local government",
            "the local councils",
            "the councils",
        ),
    ),
    (
        ("medeoverheden",),
        (
            "the other tiers of government",
            "the lower tiers of government",
            "the decentralised authorities",
            "the local and regional authorities",
            "the subnational governments",
        ),
    ),
    (
        ("Rijk", "rijksoverheid"),
        ("the central government", "the national government", "central government"),
    ),
    (
        ("veiligheidsregio",),
        ("the safety region", "the safety regions", "the regional emergency services"),
    ),
    (
        ("woningcorporatie",),
        (
            "housing associations",
            "the social landlords",
            "social housing providers",
            "the housing corporations",
        ),
    ),
    (("Raad van State",), ("the Council of State", "the government's advisory council")),
    # Laws, decisions and procedures
    (
        ("Spreidingswet",),
        (
            "the dispersal law",
            "the distribution act",
            "the dispersal act",
            "the spreading law",
            "the distribution law",
            "the allocation act",
            "the law on spreading asylum seekers",
        ),
    ),
    (
        ("wetsvoorstel",),
        ("the bill", "the draft law", "the legislative proposal", "the proposed legislation"),
    ),
    (
        ("AMvB",),
        ("the order in council", "the general administrative order", "the governmental decree"),
    ),
    (
        ("indeplaatsstelling",),
        (
            "taking over a municipality's powers",
            "the state stepping in for a municipality",
            "the province stepping in for a municipality",
            "stepping in for a municipality",
            "substitute performance",
            "substitution by a higher authority",
            "acting in place of the municipality",
            "taking over the municipality's task",
        ),
    ),
    (
        ("interventieladder", "escalatieladder"),
        ("the escalation ladder", "the intervention ladder", "the escalation steps"),
    ),
    (
        ("interbestuurlijk toezicht",),
        (
            "intergovernmental supervision",
            "supervision of municipalities by the province",
            "oversight of municipalities",
        ),
    ),
    (
        ("doorzettingsmacht",),
        (
            "the power to push through",
            "the power to enforce decisions",
            "the final say",
            "overriding a municipality",
            "powers to override",
        ),
    ),
    (
        ("uitvoeringstoets",),
        (
            "the implementation test",
            "the feasibility assessment",
            "the implementation assessment",
            "the impact assessment",
        ),
    ),
    (("capaciteitsbesluit",), ("the capacity decision", "the capacity order")),
    (("verdeelsleutel",), ("the distribution key", "the allocation key", "the allocation formula")),
    (("taakstelling",), ("the housing target", "the housing quota", "the target for housing")),
    (("consultatie",), ("the public consultation", "the consultation round")),
    (
        ("vertrekmoratorium",),
        ("the departure moratorium", "the moratorium on departures", "the deportation freeze"),
    ),
    # Facilities
    (
        ("azc",),
        (
            "the reception centre",
            "the asylum seekers' centre",
            "the asylum centre",
            "asylum reception centres",
            "the reception center",
        ),
    ),
    (
        ("Ter Apel",),
        (
            "the asylum registration centre",
            "the application centre",
            "the central registration centre",
        ),
    ),
    (
        ("flexwoningen",),
        (
            "temporary homes",
            "temporary housing",
            "modular homes",
            "prefab homes",
            "flexible homes",
            "portable homes",
        ),
    ),
    (("opstartwoningen",), ("starter homes", "start-up housing")),
    (
        ("doorstroomlocatie",),
        (
            "the transit location",
            "the transfer location",
            "the move-on facility",
            "the through-flow location",
        ),
    ),
    (
        ("tussenvoorzieningen",),
        ("intermediate facilities", "interim facilities", "interim accommodation"),
    ),
    (
        ("opvanglocaties",),
        ("the reception locations", "the reception sites", "the shelter locations"),
    ),
    (
        ("recreatieparken", "vakantieparken"),
        ("holiday parks", "recreation parks", "holiday resorts"),
    ),
    # Groups of people
    (
        ("statushouders", "vergunninghouders"),
        (
            "people with a residence permit",
            "refugees with a residence permit",
            "recognised refugees",
            "permit holders",
            "status holders",
        ),
    ),
    (("asielzoekers",), ("asylum seekers", "people seeking asylum", "asylum applicants")),
    (
        ("amv",),
        (
            "unaccompanied minors",
            "unaccompanied children",
            "lone minors",
            "unaccompanied asylum-seeking children",
        ),
    ),
    (
        ("nareizigers",),
        ("family members joining refugees", "reunifying family members", "family reunification"),
    ),
    (
        ("ontheemden",),
        ("displaced persons", "displaced Ukrainians", "displaced people", "Ukrainian refugees"),
    ),
    (("derdelanders",), ("third-country nationals", "third country nationals")),
    (("woningzoekenden",), ("home seekers", "people on the waiting list", "house hunters")),
    (("inburgering",), ("civic integration", "the integration course")),
)

#: Descriptions whose glossary entry cost an answer on the readable sets (eval/affected_ask.py),
#: removed from glossary.toml and from the table: (description, Dutch term, the question lost).
REMOVED = (
    ("the directorate-general", "directoraat-generaal", "role_speaker_probe rs-u13 answered"),
    ("the state secretary", "staatssecretaris", "org_form_probe of11 lost its gold"),
    ("holiday chalets", "recreatieparken", "a narrower thing: english_descriptions_probe ed-u04"),
    ("container homes", "flexwoningen", "a narrower thing: english_descriptions_probe ed-u03"),
)

#: The Dutch terms that name an organisation of lexicon/data/organisations.toml: its code, which
#: the question reader's organisation table may read instead of the glossary.
ORGS = {"CdK": "CdK", "commissarissen": "CdK", "staatssecretaris": "SJenV"}

#: (English description, a Dutch term it must NOT reach): a general word is no office or law.
NEGATIVES: tuple[tuple[str, str], ...] = (
    ("the minister", "staatssecretaris"),
    ("the ministers", "staatssecretaris"),
    ("the municipality", "indeplaatsstelling"),
    ("the state", "indeplaatsstelling"),
    ("the province", "indeplaatsstelling"),
    ("the powers", "indeplaatsstelling"),
    ("the law", "Spreidingswet"),
    ("the act", "Spreidingswet"),
    ("housing", "woningcorporatie"),
    ("the commissioner", "CdK"),
    ("the homes", "flexwoningen"),
    ("the centre", "azc"),
    ("minors", "amv"),
    ("the test", "uitvoeringstoets"),
    ("the key", "verdeelsleutel"),
    ("the ladder", "interventieladder"),
    ("refugees", "statushouders"),
    ("the parks", "recreatieparken"),
    ("the region", "veiligheidsregio"),
)


def minutes_text() -> str:
    """The bundled minutes, lower case, in one text."""
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))
    ).lower()


def written(term: str, text: str) -> bool:
    """The minutes write ``term`` (as the start of a word; a term of four letters or fewer, an
    abbreviation, as a whole word)."""
    end = r"\b" if len(term) <= 4 else ""
    return re.search(r"\b" + re.escape(term.lower()) + end, text) is not None


def build() -> list[dict[str, object]]:
    """Every row: the positive rows, then the negative controls."""
    text, rows = minutes_text(), []
    for targets, descriptions in DESCRIPTIONS:
        reach = [t for t in targets if written(t, text)]
        if not reach:
            raise SystemExit(f"no target of {targets} is written in the minutes")
        for d in descriptions:
            for carrier in CARRIERS:
                row: dict[str, object] = {"description": d, "question": carrier.format(d=d)}
                row["reach"] = reach
                orgs = sorted({ORGS[t] for t in reach if t in ORGS})
                if orgs:
                    row["org"] = orgs
                rows.append(row)
    for d, term in NEGATIVES:
        for carrier in CARRIERS:
            rows.append({"description": d, "question": carrier.format(d=d), "not_reach": term})
    return rows


HEAD = """\
# Issue 16 session 25 task A3: the English descriptions an outsider writes for the Dutch
# governance terms of the minutes, each asked in question carriers (generated by
# eval/make_english_descriptions.py from general knowledge of Dutch public administration and of
# English usage, never from eval questions).
# `reach`: Dutch terms of the minutes, one of which the glossary (the topic check and the search)
# must give for the question; `not_reach`: a Dutch term it must not give (negative control).
# tests/unit/lexicon/test_english_descriptions.py reads every row.

"""

if __name__ == "__main__":
    write_rows(OUT, HEAD, build())
