"""Write tests/data/preposed_clauses.toml: a question opened by a clause of another party's act
("After members complained about X in November 2023, did the State Secretary offer ...?",
"Nadat de CdK over X klaagde, wat antwoordde de staatssecretaris?", "When MBZK raised X, what did
Aedes say ...?"), and the main clause alone with the clause's period, whose speaker, names, topic
and period the question must read (issue 16, session 30 task E2; rule
``preposed_clause_context``; eval/blind30.md class 3).

Rules of the table (also in its header):
- Reply pairs of the minutes (corpus/*.txt): one party raises X, another answers - the members
  (VNG, IPO, CdK's, Aedes) on the late delivery of documents and SJenV on 10 November 2023, the
  CdK on doelgroepbeperkingen and the State Secretary on 6 April 2023, MBZK on a higher
  allocation percentage and Aedes on 3 November 2023, the VNG and Aedes on their concerns and
  the IPO on 3 November 2023. Each answer asked as a main clause that names its speaker B and
  B's act ("did the State Secretary offer bilateral contact between members?", "wat antwoordde
  de staatssecretaris?"), Dutch and English.
- Clauses: the other party A's act with X, before the main clause and a comma: English "After
  A complained about X", "When A raised X", "Once A had asked about X", "After A asked for X",
  "Following the complaint of A about X"; Dutch "Nadat A over X klaagde", "Toen A X aankaartte",
  "Nadat A om X had gevraagd", "Na de klacht van A over X", "Zodra A waarschuwde voor X"; with
  the meeting's period in the clause or without.
- Expected (``kind = "context"``): the reading (speaker, names, topic, period) of the frame: the
  main clause alone as written (its first word in lower case), with the clause's period phrase
  before its question mark. ``kind =
  "kept"``: questions whose clause is no other party's act before a main clause with a speaker
  (the main clause names no speaker; a time clause of an event; no comma; a question word
  "When did ...?") read as the rule off reads them (``frame`` is the question itself).
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_preposed_clauses.py
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "preposed_clauses.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]

#: (A, X, period, main clauses) per language, written from the minutes' reply pairs.
PAIRS = {
    "en": [
        (["members", "the members", "the VNG and the IPO"], "late papers",
         "in November 2023",
         ["did the State Secretary offer bilateral contact between members?",
          "what did SJenV say about cooperation?"]),
        (["the CdK", "the commissioners"], "target group restrictions", "in April 2023",
         ["what did the State Secretary answer?",
          "did the State Secretary say the Spreidingswet must bring a change?"]),
        (["MBZK", "the interior minister"], "a higher allocation percentage",
         "on 3 November 2023",
         ["what did Aedes say about regular home seekers?",
          "did Aedes warn that waiting times go up?"]),
        (["the VNG and Aedes", "the VNG"], "their concerns", "in November 2023",
         ["did the IPO doubt the feasibility of speeding up?"]),
    ],
    "nl": [
        (["de leden", "verschillende leden", "de VNG en het IPO"],
         "de late aanlevering van documenten", "in november 2023",
         ["bood de staatssecretaris bilateraal contact tussen leden aan?",
          "wat zei SJenV over samenwerking?"]),
        (["de CdK", "de commissarissen"], "doelgroepbeperkingen", "in april 2023",
         ["wat antwoordde de staatssecretaris?",
          "zei de staatssecretaris dat de Spreidingswet daarin verandering moet brengen?"]),
        (["MBZK", "de minister van BZK"], "een hoger toewijzingspercentage",
         "op 3 november 2023",
         ["wat zei Aedes over reguliere woningzoekenden?",
          "waarschuwde Aedes dat de wachttijden omhoog gaan?"]),
        (["de VNG en Aedes", "de VNG"], "hun zorgen", "in november 2023",
         ["twijfelde het IPO over de haalbaarheid van versnelling?"]),
    ],
}  # fmt: skip
#: Clauses: "{A}" the other party, "{X}" what it raised, "{P}" the period (with a space) or "".
CLAUSES = {
    "en": ["After {A} complained about {X}{P}", "When {A} raised {X}{P}",
           "Once {A} had asked about {X}{P}", "After {A} asked for {X}{P}",
           "Following the complaint of {A} about {X}{P}"],
    "nl": ["Nadat {A}{P} over {X} klaagde", "Toen {A}{P} {X} aankaartte",
           "Nadat {A} om {X} had gevraagd{P}", "Na de klacht van {A} over {X}{P}",
           "Zodra {A}{P} waarschuwde voor {X}"],
}  # fmt: skip
#: Questions read as the rule off reads them.
KEPT = [
    ("en", "After members complained about late papers, were the documents sent earlier?"),
    ("en", "After the report was adopted, what did SJenV say about cooperation?"),
    ("en", "When the meeting of April 2023 ended, what did the State Secretary answer?"),
    ("en", "When did the CdK raise target group restrictions?"),
    ("en", "Did the State Secretary answer after the CdK raised target group restrictions?"),
    ("en", "After the CdK raised it, was a change of the Spreidingswet needed?"),
    ("nl", "Nadat de leden klaagden over late stukken, werden de documenten eerder gestuurd?"),
    ("nl", "Toen de vergadering van april 2023 eindigde, wat zei de staatssecretaris?"),
    ("nl", "Wanneer kaartte de CdK doelgroepbeperkingen aan?"),
    ("nl", "Wat antwoordde de staatssecretaris nadat de CdK doelgroepbeperkingen aankaartte?"),
    ("nl", "Nadat het verslag was vastgesteld, wat zei SJenV over samenwerking?"),
]  # fmt: skip


def rows() -> list[dict[str, object]]:
    """The table's rows, in a fixed order."""
    out: list[dict[str, object]] = []
    for lang, pairs in PAIRS.items():
        for actors, raised, period, mains in pairs:
            for main in mains:
                for clause in CLAUSES[lang]:
                    for actor in actors:
                        for with_period in (True, False):
                            p = f" {period}" if with_period else ""
                            text = clause.replace("{A}", actor).replace("{X}", raised)
                            question = f"{text.replace('{P}', p)}, {main}"
                            frame = main[:-1] + (p + "?" if p else "?")
                            out.append({"lang": lang, "kind": "context",
                                        "question": question, "frame": frame})  # fmt: skip
    for lang, question in KEPT:
        out.append({"lang": lang, "kind": "kept", "question": question, "frame": question})
    return out


def main() -> None:
    """Write the table."""
    head = "".join(f"# {line}".rstrip() + "\n" for line in HEADER.strip().splitlines())
    head = "# Generated by eval/make_preposed_clauses.py; do not edit by hand.\n" + head
    write_rows(OUT, head + "\n", rows())


if __name__ == "__main__":
    main()
