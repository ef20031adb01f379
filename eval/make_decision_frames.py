"""Write tests/data/decision_frames.toml: questions in a decision frame - whether something was
decided, agreed or recorded about X, whether X was decided or only discussed, when its decision
falls, what was agreed regarding X (Dutch and English, the compounds "besluitvormingsmoment",
"afsprakenkader", "besluitenlijst") - x topics X of the bundled minutes, and what each must read
(tests/unit/search/test_decision_frames.py; rule ``decision_frames_read``, issue 16 session 27
task C2).

    python eval/make_decision_frames.py

Each row: ``lang``, ``question``, ``frame`` (the kind: asked, open, what), ``intent`` (decided,
agreed, action or proposed_vs_decided: what the frame asks of the register), ``topic`` (X as
the question writes it: no decision word, no frame word, not the decision part of a compound),
``answer_kind`` ("record": the register holds a record on X - an Afspraak, Besluit, Actie or a
decision in words; "statement": X is only discussed, the statement on X with "no record on X"
said, and a question of kind ``asked`` is refused, the register recording nothing on X) and
``answer`` (that record or statement as the minutes write it, once in the corpus: never a
record of another topic).

Decided by meaning:
- "Is er een besluit genomen / iets vastgelegd / besluitvorming geweest over X", "Zijn er
  afspraken gemaakt over X", "Was a decision taken on X", "Was there agreement on X", "Has
  anything been decided about X", "Did the LRT agree on X", "Staat X op de besluitenlijst",
  "Is het afsprakenkader voor X vastgesteld" ask whether the register records X (kind asked):
  X is the topic asked, not a claim whose every word a record must hold.
- "Was X decided or merely proposed / only discussed", "Is er een besluit over X, of alleen een
  vraag?", "Wanneer is het besluitvormingsmoment voor X", "When will a decision be taken on X"
  (kind open) are answered by the record on X, else by the statement that discusses X.
- "What was agreed regarding X", "Wat is er afgesproken omtrent X" (kind what): X after a
  preposition the topic reader did not know.
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "decision_frames.toml"

# (Dutch X, English X, the line that answers, as written in the minutes): X the register records.
RECORDED = [
    ("de escalatieladder", "the escalation ladder", "Er wordt een escalatieladder uitgewerkt"),
    ("de verdeelsleutel", "the distribution key",
     "de eerder in de LRT vastgestelde verdeelsleutel"),
    ("de governancenotitie", "the governance memo",
     "doorgaan op de lijnen zoals beschreven in de governancenotitie"),
    ("het arrangement", "the arrangement", "doorgaan met nadere uitwerking arrangement"),
    ("de lagere regelgeving", "the lower regulations",
     "Medeoverheden worden nadrukkelijk betrokken bij uitwerking lagere regelgeving"),
    ("de crisishulpverlening", "the crisis assistance",
     "Afstemming tussen Rijk en medeoverheden over crisishulpverlening"),
    ("het toewijzingspercentage", "the allocation percentage",
     "BZK en Aedes spreken door over opties voor het toewijzingspercentage"),
    ("de onepager", "the onepager", "in een onepager mee te sturen"),
    ("de uitstroom van statushouders", "the outflow of status holders",
     "vervolgproces inzake de uitstroom van statushouders"),
    ("de nieuwe extra LRT", "the new extra LRT", "wordt een nieuwe (extra) LRT gepland"),
]  # fmt: skip
# X the minutes only discuss: no record holds it.
DISCUSSED = [
    ("de doelgroepbeperkingen", "the target group restrictions",
     "CdK vraagt aandacht voor doelgroepbeperkingen"),
    ("de tijdelijke beschermingsmaatregelen", "the temporary protection measures",
     "wat er met de tijdelijke beschermingsmaatregelen gebeurt"),
    ("de locatie Budel", "the Budel location", "of Defensie de locatie Budel wil gebruiken"),
    ("hotels en vakantieparken", "hotels and holiday parks",
     "welke alternatieve locaties zoals hotels en vakantieparken er in beeld zijn"),
    ("de opstartwoningen", "the start-up homes", "Zij licht ook de opstartwoningen toe."),
]  # fmt: skip
# (template, frame kind, intent): {x} is X.
DUTCH = [
    ("Is er een besluit genomen over {x}?", "asked", "decided"),
    ("Is er iets vastgelegd over {x}?", "asked", "agreed"),
    ("Heeft er besluitvorming plaatsgevonden over {x}?", "asked", "decided"),
    ("Is er besluitvorming geweest over {x}?", "asked", "decided"),
    ("Zijn er afspraken gemaakt over {x}?", "asked", "agreed"),
    ("Is er overeenstemming bereikt over {x}?", "asked", "agreed"),
    ("Heeft de LRT iets besloten over {x}?", "asked", "decided"),
    ("Is er over {x} iets afgesproken?", "asked", "agreed"),
    ("Is er een actie afgesproken over {x}?", "asked", "action"),
    ("Staat {x} op de besluitenlijst?", "asked", "decided"),
    ("Is het afsprakenkader voor {x} vastgesteld?", "asked", "agreed"),
    ("Wanneer is het besluitvormingsmoment voor {x}?", "open", "decided"),
    ("Is er een besluit over {x}, of alleen een vraag?", "open", "proposed_vs_decided"),
    ("Is {x} vastgesteld of alleen besproken?", "open", "proposed_vs_decided"),
    ("Wat is er afgesproken omtrent {x}?", "what", "agreed"),
    ("Welke afspraken zijn er gemaakt over {x}?", "what", "agreed"),
]
ENGLISH = [
    ("Was a decision taken on {x}?", "asked", "decided"),
    ("Was there agreement on {x}?", "asked", "agreed"),
    ("Has anything been decided about {x}?", "asked", "decided"),
    ("Was anything recorded about {x}?", "asked", "agreed"),
    ("Did the LRT agree on {x}?", "asked", "agreed"),
    ("Were any actions agreed on {x}?", "asked", "action"),
    ("Was {x} decided or merely proposed?", "open", "proposed_vs_decided"),
    ("Was {x} decided or only discussed?", "open", "proposed_vs_decided"),
    ("When will a decision be taken on {x}?", "open", "decided"),
    ("What was agreed regarding {x}?", "what", "agreed"),
]


def _corpus() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))


def rows() -> list[dict[str, object]]:
    """Every template x every X, Dutch and English."""
    text = " ".join(_corpus().split())
    out: list[dict[str, object]] = []
    for topics, kind in ((RECORDED, "record"), (DISCUSSED, "statement")):
        for dutch, english, line in topics:
            assert text.count(line) == 1, line  # the answer stands once in the minutes
            for lang, x, templates in (("nl", dutch, DUTCH), ("en", english, ENGLISH)):
                for template, frame, intent in templates:
                    question = template.format(x=x)
                    question = question[0].upper() + question[1:]
                    out.append({"lang": lang, "question": question, "frame": frame,
                                "intent": intent, "topic": x, "answer_kind": kind,
                                "answer": line})  # fmt: skip
    return out


def main() -> int:
    """Write the table."""
    head = ("# Generated by eval/make_decision_frames.py (do not edit): questions in a decision "
            "frame x topics\n# of the bundled minutes, and what each must read "
            "(tests/unit/search/test_decision_frames.py).\n\n")  # fmt: skip
    write_rows(OUT, head, rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
