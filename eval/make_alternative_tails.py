"""Write tests/data/alternative_tails.toml: a question with an alternative tail that offers
another actor ("..., of beslist Den Haag dat zelf?", "..., or is it up to the ministry?"), and
the question without it, whose names and speaker the tailed question must read (issue 16,
session 30 task E; rule ``alternative_tail_names_free``; eval/blind29.md class 2).

Rules of the table (also in its header):
- Main clauses: questions written from the minutes' statements (corpus/*.txt), Dutch and
  English, each ending in "?": unattributed ones (an "Afspraak:" or "Actie:" line, a note with no
  speaker: "Wordt er voor de MR van 21 april een extra LRT gepland?", some with a name of their
  own that keeps its force: "het Rijk", "Budel", "Ter Apel") and attributed ones (a body asked
  as the speaker: "Stelde AenM voor ...?", "What did the IPO say about ...?").
- Tails: an alternative clause after a comma or before the question mark that offers another
  actor of the act: Dutch "of beslist X dat (allemaal) zelf", "of bepaalt X dat", "of is dat
  aan X", "of ligt dat bij X", "of X zelf", "of regelt X dat zelf", "of besluit X daar zelf
  over", "of gaat X daarover", "of was het X"; English "or does X decide that alone", "or is it
  up to X", "or was it X", "or does X decide", "or is that for X to decide", "or is that down
  to X", "or does X settle that itself", "or does X have the final say", "or X itself". The
  verbs of deciding are general Dutch and English (wordfreq Zipf 3 or more in their language,
  checked when the table is written).
- Actors X: bodies a resident names for "the others who decide": Den Haag / The Hague, het Rijk
  / the Rijk, de rijksoverheid / the central government, the government, de provincie / the
  province, het ministerie / the ministry, de minister / the minister, Brussel / Brussels, het
  COA / the COA, de VNG / the VNG; three drawn per (main clause, tail), seeded.
- Expected (``kind = "tail"``): the names and the speaker of the question read as those of the
  main clause alone (``frame``). ``kind = "choice"``: the tail IS the question - "or was it X"
  after a main clause with a speaker asked ("Heeft de VNG dat gevraagd, of was het het IPO?":
  two asked speakers), a cleft over two bodies ("Was het de VNG of het IPO die dat vroeg?"), a
  wh-question's candidates after a comma ("Wie ..., de VNG of het Rijk?"), "of" as "whether",
  an alternative that opens the question - read as the rule off reads them (``frame`` is the
  question itself).
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_alternative_tails.py
"""

from __future__ import annotations

import random
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "alternative_tails.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 30
DRAWN = 3  # actors per (main clause, tail)

#: (lang, attributed, main clause) written from the minutes' statements.
MAIN = [
    # Unattributed: "Afspraak:"/"Actie:" lines and notes.
    ("nl", False, "Wordt er voor de MR van 21 april een extra LRT gepland?"),
    ("nl", False, "Komt er een lijst met wie vanuit het Rijk aansluit bij de PRT's?"),
    ("nl", False, "Wordt de nadere uitwerking op ambtelijk niveau besproken?"),
    ("nl", False, "Mogen leden nog schriftelijk opmerkingen maken op de concept-brieven?"),
    ("nl", False, "Wordt de verdeling in de week van 11 juli met de provincies gedeeld?"),
    ("nl", False, "Wordt de taakstelling van 2025-I bijgesteld van 17.700 naar 15.000?"),
    ("nl", False, "Moeten er per provincie lijsten komen van recreatieterreinen en hotels?"),
    ("nl", False, "Mogen gemeenten kiezen welke doelgroep ze in de asielopvang willen?"),
    ("nl", False, "Blijft de situatie in Ter Apel stabiel?"),
    ("nl", False, "Wordt de locatie Budel voor de zomer gebruikt?"),
    # Attributed: a body asked as the speaker.
    ("nl", True, "Stelde AenM voor om alleen kwetsbare OEK'ers op te vangen?"),
    ("nl", True, "Wat zei het IPO over de taakstelling?"),
    ("nl", True, "Vroeg de CdK aandacht voor doelgroepbeperkingen?"),
    ("nl", True, "Heeft de VNG gezegd dat de taakstelling onhaalbaar is?"),
    ("en", False, "Is an extra LRT planned before the cabinet meeting of 21 April?"),
    ("en", False, "Will there be a list of who from the Rijk joins the PRTs?"),
    ("en", False, "Is the further elaboration discussed at the official level?"),
    ("en", False, "Can members still send written comments on the draft letters?"),
    ("en", False, "Is the distribution shared with the provinces in the week of 11 July?"),
    ("en", False, "Was the 2025-I target lowered from 17,700 to 15,000?"),
    ("en", False, "Can municipalities choose which target group they accept in asylum reception?"),
    ("en", False, "Will the situation in Ter Apel stay stable?"),
    ("en", False, "Will the Budel location be used before the summer?"),
    ("en", False, "Is the new report of 3 November sent along before the next LRT?"),
    ("en", True, "Did AenM propose to receive only vulnerable Ukrainians?"),
    ("en", True, "What did the IPO say about the target?"),
    ("en", True, "Did the CdK ask for attention to target group restrictions?"),
    ("en", True, "Did the VNG say the target was unattainable?"),
]  # fmt: skip

#: (tail, its verb of deciding or ""); "{X}" the actor; "was" marks the "or was it X" form.
TAILS = {
    "nl": [
        (", of beslist {X} dat zelf?", "beslist"),
        (", of beslist {X} dat allemaal zelf?", "beslist"),
        (", of bepaalt {X} dat?", "bepaalt"),
        (", of is dat aan {X}?", ""),
        (", of ligt dat bij {X}?", ""),
        (", of {X} zelf?", ""),
        (", of regelt {X} dat zelf?", "regelt"),
        (" of besluit {X} daar zelf over?", "besluit"),
        (", of gaat {X} daarover?", ""),
        (", of was het {X}?", "was"),
    ],
    "en": [
        (", or does {X} decide that alone?", "decide"),
        (", or is it up to {X}?", ""),
        (", or was it {X}?", "was"),
        (", or does {X} decide?", "decide"),
        (", or is that for {X} to decide?", "decide"),
        (", or is that down to {X}?", ""),
        (" or does {X} settle that itself?", "settle"),
        (", or does {X} have the final say?", ""),
        (", or {X} itself?", ""),
    ],
}
ACTORS = {
    "nl": ["Den Haag", "het Rijk", "de rijksoverheid", "de provincie", "het ministerie",
           "de minister", "Brussel", "het COA", "de VNG"],
    "en": ["The Hague", "the Rijk", "the central government", "the government", "the province",
           "the ministry", "the minister", "Brussels", "the COA", "the VNG"],
}  # fmt: skip
#: Questions whose tail IS the question: read as the rule off reads them.
CHOICES = [
    ("nl", "Was het de VNG of het IPO die dat vroeg?"),
    ("nl", "Was het het COA of de VNG die in maart 2025 de asielcijfers toelichtte?"),
    ("nl", "Wie zat de vergadering van maart 2025 voor, de VNG of het Rijk?"),
    ("nl", "Wie besliste over de verdeelsleutel, de provincies of Den Haag?"),
    ("nl", "Heeft de VNG dat gevraagd, of het IPO?"),
    ("nl", "Steunde de VNG of het IPO het voorstel over de terugvaloptie?"),
    ("nl", "Beslist Den Haag dat allemaal zelf, of mogen gemeenten meepraten?"),
    ("nl", "Weet het COA of de provincie dat zelf bepaalt?"),
    ("nl", "Is het aan de provincie of aan de gemeenten om locaties te zoeken?"),
    ("nl", "Ging SJenV akkoord met de tekstwijziging, of niet?"),
    ("en", "Was it the COA or the VNG that explained the asylum figures?"),
    ("en", "Who chaired the meeting of March 2025, the VNG or the Rijk?"),
    ("en", "Who proposed the extra LRT, the ministry or the COA?"),
    ("en", "Did the VNG or the IPO support the proposal on the fallback option?"),
    ("en", "Does The Hague decide that alone, or can municipalities have a say?"),
    ("en", "Is it up to the province or the municipalities to find locations?"),
    ("en", "Did SJenV agree to the text change or not?"),
]  # fmt: skip


def _general(verb: str, lang: str) -> bool:
    return verb in ("", "was") or zipf_frequency(verb, lang) >= 3.0


def rows() -> list[dict[str, object]]:
    """The table's rows, in a fixed order."""
    rng = random.Random(SEED)
    out: list[dict[str, object]] = []
    for lang, attributed, main in MAIN:
        for tail, verb in TAILS[lang]:
            assert _general(verb, lang), verb
            for actor in rng.sample(ACTORS[lang], DRAWN):
                question = main[:-1] + tail.replace("{X}", actor)
                choice = verb == "was" and attributed  # two asked speakers
                out.append({"lang": lang, "kind": "choice" if choice else "tail",
                            "attributed": attributed, "question": question,
                            "frame": question if choice else main})  # fmt: skip
    for lang, question in CHOICES:
        out.append({"lang": lang, "kind": "choice", "attributed": False,
                    "question": question, "frame": question})  # fmt: skip
    return out


def main() -> None:
    """Write the table."""
    head = "".join(f"# {line}".rstrip() + "\n" for line in HEADER.strip().splitlines())
    head = "# Generated by eval/make_alternative_tails.py (seed 30); do not edit by hand.\n" + head
    write_rows(OUT, head + "\n", rows())


if __name__ == "__main__":
    main()
