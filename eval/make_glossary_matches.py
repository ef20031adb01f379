"""Write tests/data/glossary_matches.toml: questions with a phrase filled in, and the glossary
entries (each by its first Dutch term) the phrase must trigger (issue 16, session 26 task D2),
read by tests/unit/lexicon/test_glossary_matches.py (no index).

    python eval/make_glossary_matches.py

Rows: every English term of every entry of lexicon/data/glossary.toml and glossary_minutes.toml
in one frame ("own": the first entry that lists the term as written); and written by hand
("longest", "split", "inflection", "other_word", "dutch") the phrases that test how a term is
found. Each row is decided by meaning.

Decided (a phrase triggers an entry when):
- a term of the entry stands in it, every word as written or an inflection of the same word in
  the same part of speech: a plural or third person ("municipality's", "reception location" for
  "reception locations", "deploys", "clarifies"), and for a term word that is itself a verb
  form ("-ing", "-ed": "housing", "closing", "decided") any form of that verb ("housed",
  "closed", "decide");
- not a derivation sharing a stem: "asylum applications" are no "asylum applicants",
  "organised" / "organisers" / "organisational" no "organisation", "plans" no "planning"
  (a timetable), "directly" no "direction", "integrated" no "integration", "participants" no
  "participation", "securing" no "security";
- not a verb form of a noun term, nor an English function word ("the stated aim" is not "the
  state", "concerning" not "concern", "working group" not "work");
- of overlapping terms the longest wins wherever it starts, a leading article not counted ("the
  state secretary('s letter)": "state secretary", not "the state"; "the state land": "state
  land"; "social housing providers": the housing associations, not social housing), then the
  leftmost;
- terms split by a word are each found ("the housing of status holders": housing and status
  holders);
- a Dutch keyword query triggers an entry only through a word Dutch and English share in the
  same meaning ("hotels", "planning", "budget", "pilot"); Dutch words the English stemmer
  happens to reduce like an English term trigger nothing.
Left (not decided by the table): a term listed in two entries triggers the first that lists it
(a matter of the data); Dutch words written as an English term in another meaning ("plots",
suddenly; "concern", a company; "rent", runs): tests/data/glossary_false_friends.toml
(eval/make_glossary_false_friends.py, task D3); "house" alone (a home, or to house); a
verb that names the act of a noun term ("arrived" / "arrivals": inflow) is another word by the
rules above, though near in meaning.
"""

from __future__ import annotations

import sys
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.glossary import Glossary  # noqa: E402

OUT = ROOT / "tests" / "data" / "glossary_matches.toml"
FRAME = "What did the VNG say about {}?"

# kind | language | question | first Dutch terms of the entries it triggers ("-": none)
HAND = """
longest | en | What did the state secretary say about reception? | staatssecretaris, opvang
longest | en | What was in the state secretary's letter? | staatssecretaris, brief
longest | en | What did the state secretaries decide? | staatssecretaris, besloten
longest | en | What did the state contribute to the costs? | Rijk, prijs
longest | en | What did the state-owned property offer? | rijksvastgoed
longest | en | Was the state land used for homes? | rijksvastgoed, woningen
longest | en | Which tasks does the state body have? | rijksorgaan
longest | en | What is the state of affairs of the outflow? | stand van zaken, uitstroom
longest | en | What did the Council of State advise? | Raad van State
longest | en | What did the Secretary of State promise? | staatssecretaris
longest | en | What did the Netherlands say about the housing target? | Nederland, taakstelling
longest | en | What did the housing associations offer? | woningcorporaties
longest | en | What did social housing providers say? | woningcorporaties
longest | en | How many asylum seekers centres are there? | azc
longest | en | Who runs the asylum reception centre? | azc
longest | en | Is the emergency shelter in sports halls? | crisisnoodopvang, tenten
longest | en | What did the national round table agree? | Landelijke Regietafel
longest | en | What did the provincial round table discuss? | PRT
longest | en | When is the spring decision-making? | Voorjaarsbesluitvorming
longest | en | What did the national government decide? | Rijk, besloten
longest | en | What did local governments say? | gemeenten
longest | en | How many unaccompanied minor asylum seekers are in reception? | amv, opvang
longest | en | What did the rejected asylum seekers receive? | uitgeprocedeerde
split | en | What did the housing of status holders cost? | huisvesting, statushouders, prijs
split | en | What did the VNG say about the status holders' housing? | statushouders, huisvesting
split | en | What is the target for the housing of refugees? | huisvesting, vluchtelingen
split | en | Were the homes of the status holders temporary? | woningen, statushouders
split | en | Did municipalities discuss reception and housing? | gemeenten, opvang, huisvesting
inflection | en | How many status holders were housed? | statushouders, huisvesting
inflection | en | What did the municipality's alderman say? | gemeenten, burgemeester
inflection | en | Which reception location was closed? | opvanglocaties, sluiting
inflection | en | How many people does the COA deploy? | inzet
inflection | en | The COA deploys extra staff: how many? | inzet
inflection | en | How does the VNG clarify the letter? | toelichting, brief
inflection | en | Which warnings did the IPO give? | waarschuwt
inflection | en | Which hotel schemes were used? | hotels
inflection | en | How many families came over? | gezin
inflection | en | Who took the decisions on the budget? | besloten, budget
inflection | en | What did the municipalities' housing duty require? | gemeenten, taakstelling
inflection | en | How many asylum seekers' centres closed? | azc, sluiting
inflection | en | How many starter homes were built? | opstartwoningen
inflection | en | Which bottleneck did the provinces name? | knelpunten, provincies
inflection | en | Did the cabinet decide the dispersal bill? | kabinet, besloten, Spreidingswet
other_word | en | How many asylum applications were made in 2023? | -
other_word | en | What did the IND say about applications? | -
other_word | en | Who organised the meeting? | -
other_word | en | Which organisers were present? | -
other_word | en | What organisational changes were made? | -
other_word | en | Were municipalities directly involved? | gemeenten
other_word | en | What was said concerning the dispersal act? | Spreidingswet
other_word | en | What did the working group say? | -
other_word | en | What did the VNG state about the outflow? | uitstroom
other_word | en | What was the stated aim of the cabinet? | kabinet
other_word | en | What are the plans for the emergency shelter? | crisisnoodopvang
other_word | en | What did the COA say about securing places? | plekken
other_word | en | Who asked for an integrated approach? | -
other_word | en | How did the participants react? | -
other_word | en | What did the caretaker cabinet decide? | kabinet, besloten
other_word | en | What did the provincial directors say? | provincies
dutch | nl | opvang asielzoekers Ter Apel | Ter Apel
dutch | nl | hotels gemeenten | hotels
dutch | nl | pilot flexwoningen | pilot
dutch | nl | planning noodopvang | planning
dutch | nl | governance notitie | governance
dutch | nl | budget gemeenten | budget
dutch | nl | media aandacht azc | media
dutch | nl | huisvesting statushouders | -
dutch | nl | integratie en participatie | -
dutch | nl | organisatie locatie consultatie | -
dutch | nl | acties instroom | -
dutch | nl | stemming kosten | -
dutch | nl | tent sporthal | tenten
dutch | nl | studenten huisvesting | -
dutch | nl | gas energie | energie
"""


def own_rows() -> list[dict[str, object]]:
    """Every English term of every entry in :data:`FRAME`: the first entry that lists it."""
    first: dict[str, str] = {}
    for entry in Glossary.default().entries:
        for term in entry.en:
            first.setdefault(term, entry.nl[0])
    return [
        {"kind": "own", "lang": "en", "question": FRAME.format(term), "nl": [nl]}
        for term, nl in first.items()
    ]


def main() -> int:
    """Write the table."""
    hand = []
    for line in HAND.strip().splitlines():
        kind, lang, question, nl = (part.strip() for part in line.split("|"))
        terms = [t.strip() for t in nl.split(",") if t.strip() not in ("", "-")]
        hand.append({"kind": kind, "lang": lang, "question": question, "nl": terms})
    write_rows(OUT, _head(), unique_rows([*hand, *own_rows()], ("question",)))
    return 0


def _head() -> str:
    """The table's comment: this script's docstring."""
    text = (__doc__ or "").strip()
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines()) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
