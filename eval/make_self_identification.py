"""Write tests/data/self_identification.toml: a question whose asker names their own body in
self-identification ("Als GGD schuiven wij aan bij de regionale tafel. ...", "As a GGD we ...",
"Wij als gemeente ...", "Namens ons bedrijf ...", "Ik werk bij X en ...", "As someone from X,
..."), and the same question without that body, whose names and speaker it must read (issue 16,
session 30 task E2; rule ``self_identification_names_free``; eval/blind30.md class 1).

Rules of the table (also in its header):
- Questions: written from the minutes' statements (corpus/*.txt), Dutch and English, ending in
  "?": some point back to the context sentence ("daar", "daarover", "then", "there then") so
  rule preamble_context keeps the context, some do not; attributed ones ask a body as the
  speaker (het IPO, de CdK, de VNG, het COA), unattributed ones none ("Afspraak:" lines).
- Self-identification: a context sentence before the question or a clause opening it, in which
  the asker names the body they belong to: Dutch "Als X <verb> wij ...", "Wij als X ...",
  "Namens X ...", "Ik werk bij X en ...", "Vanuit X ...", "Als medewerker van X, ..."; English
  "As a X we ...", "We at X ...", "I work at X and ...", "On behalf of X, ...", "As someone from
  X, ...", "Speaking as a X, ...". Each has its twin without the body ("Wij schuiven aan bij de
  regionale tafel.", "We often work with status holders."): the ``frame``.
- Bodies X: absent from the minutes (GGD, GHOR, RIVM, Vluchtelingenwerk, a school board, a
  business, a GGD region) and present (VNG, COA, a municipality, a province); three drawn per
  (question, form), seeded.
- Expected (``kind = "self"``): the names and the speaker of the question read as those of its
  frame: the asker's body is no name a quote must hold and no speaker; the question's own
  speaker and names keep their force. ``kind = "asked"``: the same bodies asked as the speaker
  ("Wat zei de GGD over ...?", "What did the VNG say ...?"), with no self-identification: read
  as the rule off reads them (the body still is a name or the speaker; ``frame`` is the question
  itself).
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_self_identification.py
"""

from __future__ import annotations

import random
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "self_identification.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 30
DRAWN = 3  # bodies per (question, form)

#: (lang, points back, question) written from the minutes' statements.
QUESTIONS = [
    ("nl", False, "Wat zei het IPO over de taakstelling?"),
    ("nl", False, "Vroeg de CdK aandacht voor doelgroepbeperkingen?"),
    ("nl", False, "Heeft de VNG gezegd dat de taakstelling onhaalbaar is?"),
    ("nl", False, "Wat zei het COA over de situatie in Ter Apel?"),
    ("nl", False, "Wordt de verdeling in de week van 11 juli met de provincies gedeeld?"),
    ("nl", True, "Is daar volgens het IPO ook over de taakstelling gesproken?"),
    ("nl", True, "Wilden de commissarissen de opvang van Oekraïners daar afstemmen?"),
    ("nl", True, "Wat zei de VNG daarover in juli 2022?"),
    ("nl", True, "Wordt daar de verdeling met de provincies gedeeld?"),
    ("en", False, "What did the IPO say about the target?"),
    ("en", False, "Did the CdK ask for attention to target group restrictions?"),
    ("en", False, "Did the VNG say the target was unattainable?"),
    ("en", False, "What did the COA say about the situation in Ter Apel?"),
    ("en", False, "Is the distribution shared with the provinces in the week of 11 July?"),
    ("en", True, "Did the IPO talk about the target then?"),
    ("en", True, "Did the commissioners want the reception of Ukrainians coordinated there then?"),
    ("en", True, "What did the VNG say about it in July 2022?"),
]  # fmt: skip

#: (form, its twin without the body); "{X}" the body, "{Q}" the question (its first letter
#: lowered for a clause). A form with "{Q}" is a clause of the question sentence itself.
FORMS = {
    "nl": [
        ("Als {bare} schuiven wij aan bij de regionale tafel. {Q}",
         "Wij schuiven aan bij de regionale tafel. {Q}"),
        ("Wij als {bare} werken veel met statushouders. {Q}",
         "Wij werken veel met statushouders. {Q}"),
        ("Namens {the} stel ik deze vraag over de regionale tafel. {Q}",
         "Ik stel deze vraag over de regionale tafel. {Q}"),
        ("Ik werk bij {the} en volg de regionale tafel van dichtbij. {Q}",
         "Ik volg de regionale tafel van dichtbij. {Q}"),
        ("Vanuit {the} zien wij veel Oekraïense ontheemden aan de regionale tafel. {Q}",
         "Wij zien veel Oekraïense ontheemden aan de regionale tafel. {Q}"),
        ("Als medewerker van {the}, {q}", "{Q}"),
    ],
    "en": [
        ("As a {bare} we often sit at the regional table. {Q}",
         "We often sit at the regional table. {Q}"),
        ("We at {the} follow the regional table closely. {Q}",
         "We follow the regional table closely. {Q}"),
        ("I work at {the} and follow the regional table closely. {Q}",
         "I follow the regional table closely. {Q}"),
        ("On behalf of {the}, I have a question about the regional table. {Q}",
         "I have a question about the regional table. {Q}"),
        ("As someone from {the}, {q}", "{Q}"),
        ("Speaking as a {bare}, {q}", "{Q}"),
    ],
}  # fmt: skip

#: Bodies: (bare form, with its article or possessive), per language.
BODIES = {
    "nl": [("GGD", "de GGD"), ("GHOR", "de GHOR"), ("RIVM", "het RIVM"),
           ("Vluchtelingenwerk", "Vluchtelingenwerk"), ("schoolbestuur", "ons schoolbestuur"),
           ("bedrijf", "ons bedrijf"), ("GGD-regio", "onze GGD-regio"), ("VNG", "de VNG"),
           ("COA", "het COA"), ("gemeente", "onze gemeente"), ("provincie", "de provincie")],
    "en": [("GGD", "the GGD"), ("GHOR", "the GHOR"), ("RIVM", "the RIVM"),
           ("Vluchtelingenwerk", "Vluchtelingenwerk"), ("school board", "our school board"),
           ("business", "our company"), ("GGD region", "our GGD region"), ("VNG", "the VNG"),
           ("COA", "the COA"), ("municipality", "our municipality"),
           ("province", "the province")],
}  # fmt: skip
#: The same bodies asked as the speaker: read as the rule off reads them.
ASKED = [
    ("nl", "Wat zei de GGD over de opvang in Ter Apel?"),
    ("nl", "Heeft het RIVM iets gezegd over de opvang van Oekraïners?"),
    ("nl", "Wat vond Vluchtelingenwerk van de spreidingswet?"),
    ("nl", "Wat zei de VNG als vertegenwoordiger van de gemeenten over de taakstelling?"),
    ("nl", "Sprak de GHOR namens de veiligheidsregio's over de noodopvang?"),
    ("nl", "Wat zei het COA als uitvoerder over de situatie in Ter Apel?"),
    ("en", "What did the GGD say about reception in Ter Apel?"),
    ("en", "Did the RIVM say anything about the reception of Ukrainians?"),
    ("en", "What did the VNG say on behalf of the municipalities about the target?"),
    ("en", "As for the COA, what did it say about Ter Apel?"),
    ("en", "Did the GHOR speak as the safety region about emergency reception?"),
]  # fmt: skip


def _fill(form: str, question: str, bare: str, the: str) -> str:
    lowered = question[0].lower() + question[1:]
    text = form.replace("{bare}", bare).replace("{the}", the)
    return text.replace("{Q}", question).replace("{q}", lowered)


def rows() -> list[dict[str, object]]:
    """The table's rows, in a fixed order."""
    rng = random.Random(SEED)
    out: list[dict[str, object]] = []
    for lang, back, question in QUESTIONS:
        for form, twin in FORMS[lang]:
            if back and "{q}" in form:
                continue  # a clause of the question sentence has nothing to point back to
            for bare, the in rng.sample(BODIES[lang], DRAWN):
                out.append({"lang": lang, "kind": "self", "back": back,
                            "question": _fill(form, question, bare, the),
                            "frame": _fill(twin, question, bare, the)})  # fmt: skip
    for lang, question in ASKED:
        out.append({"lang": lang, "kind": "asked", "back": False,
                    "question": question, "frame": question})  # fmt: skip
    return out


def main() -> None:
    """Write the table."""
    head = "".join(f"# {line}".rstrip() + "\n" for line in HEADER.strip().splitlines())
    head = (
        "# Generated by eval/make_self_identification.py (seed 30); do not edit by hand.\n" + head
    )
    write_rows(OUT, head + "\n", rows())


if __name__ == "__main__":
    main()
