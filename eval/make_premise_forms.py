"""Write tests/data/premise_forms.toml: questions with the act each presupposes, or none (issue
16, session 26 task B), read by the reader of presupposed acts, answer.act_stated.asked_acts
(tests/unit/answer/test_premise_forms.py; no index).

    python eval/make_premise_forms.py

An act is a table of lexicon/data/acts.toml (its name: "close", "lower", "abolish", ...); a
row's ``acts`` are the acts the reader must read, in any order, and no other. Why- and
claim-questions read the acts of ``premise = true`` too. Bodies are organisations of
lexicon/data/organisations.toml, things nouns of the minutes (Dutch and English).

Decided: a participle or -ing form that describes a noun after an article, demonstrative or
possessive names a thing and presupposes no act ("the closing session", "the revised letter",
"de verhoogde taakstelling", "the lowered target", "de afgesloten overeenkomst", "the closed
location"): the question asks of the thing, and a why-premise's words are still required by
the premise check (answer/premise.py), which this table does not touch. A word of an act in a
quoted title ("'Closing the gap'", "'Stop de instroom'") presupposes nothing; nor does a
compound ("eindsessie", "slotoverleg"). A nominalised act ("de sluiting van", "the closure
of", "de afschaffing van", "the vote on") IS read: the question asks of the act as its topic,
and only a statement that writes it ("sluiting", "sluit", "gesloten") answers it, whether it
happened or was planned (the stated forms hold both). A yes/no question ("Is de locatie
gesloten?", "Did the COA close ...?") presupposes no act but asks whether it happened: the act
is read, since only a statement that states it (or, through its stated forms, its stopping)
answers it (at main the act check abstains on 6 unanswerable yes/no questions of the readable
sets and falsely on 1). A finite act with its subject between the auxiliary and the verb is
read ("Why did the COA close ...", "Waarom heeft het COA de locatie gesloten?"), not an
agreement concluded ("een akkoord gesloten").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "premise_forms.toml"
ORGS = ROOT / "lrt_search" / "lexicon" / "data" / "organisations.toml"

#: (code of organisations.toml, Dutch form, English form)
BODIES = [
    ("COA", "het COA", "the COA"),
    ("VNG", "de VNG", "the VNG"),
    ("IPO", "het IPO", "the IPO"),
]
#: Things of the minutes (Dutch with its article, English).
THINGS = [
    ("de locatie", "location"),
    ("de noodopvang", "emergency reception"),
    ("de regeling", "scheme"),
    ("de pilot", "pilot"),
]

# (language, frame, question with {org} / {thing} (Dutch: with its article; {noun}: without),
#  acts read)
FRAMES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # why / when / who with a real act
    ("en", "act", "Why did {org} close the {thing}?", ("close",)),
    ("en", "act", "When did {org} close the {thing}?", ("close",)),
    ("en", "act", "Why will {org} close the {thing}?", ("close",)),
    ("en", "act", "Why did {org} shut the {thing}?", ("close",)),
    ("en", "act", "Why was the {thing} closed?", ("close",)),
    ("en", "act", "Why has {org} closed the {thing}?", ("close",)),
    ("en", "act", "Why did {org} stop the {thing}?", ("stop",)),
    ("en", "act", "Why did {org} scrap the {thing}?", ("abolish",)),
    ("en", "act", "Why did {org} lower the housing target?", ("lower",)),
    ("en", "act", "Why did {org} vote against the {thing}?", ("vote",)),
    ("en", "act", "Why did {org} leave the LRT?", ("leave",)),
    ("en", "act", "Who replaced {org} at the LRT?", ("replace",)),
    ("nl", "act", "Waarom heeft {org} {thing} gesloten?", ("close",)),
    ("nl", "act", "Wanneer werd {thing} gesloten?", ("close",)),
    ("nl", "act", "Waarom gaat {thing} dicht?", ("close",)),
    ("nl", "act", "Waarom heeft {org} de taakstelling verlaagd?", ("lower",)),
    ("nl", "act", "Waarom stopte {org} met {thing}?", ("stop",)),
    ("nl", "act", "Waarom heeft {org} {thing} afgeschaft?", ("abolish",)),
    ("nl", "act", "Waarom is {org} uit de LRT gestapt?", ("leave",)),
    ("nl", "act", "Wie stemde tegen {thing}?", ("vote",)),
    ("nl", "act", "Waarom werd {thing} verlengd?", ("extend",)),
    ("nl", "act", "Waarom werd {thing} stopgezet?", ("stop",)),
    ("nl", "act", "Waarom heeft {org} {thing} afgebouwd?", ("stop",)),
    ("en", "act", "Why did {org} withdraw from the LRT?", ("leave",)),
    ("en", "act", "Why did {org} withdraw its support for the {thing}?", ("end",)),
    # a participle or -ing form describing a noun: no act
    ("en", "modifier", "When was the closing session on the {thing} planned?", ()),
    ("en", "modifier", "What did {org} say in the closing session on the {thing}?", ()),
    ("en", "modifier", "Why was the closing session on the {thing} postponed?", ("cancel",)),
    ("en", "modifier", "What did {org} say about the revised letter?", ()),
    ("en", "modifier", "What did {org} say about the closed {thing}?", ()),
    ("en", "modifier", "Why did {org} discuss the closed {thing}?", ()),
    ("en", "modifier", "Why was the lowered housing target discussed?", ()),
    ("en", "modifier", "Why was the increased housing target discussed?", ()),
    ("en", "modifier", "Why was the extended {thing} evaluated?", ()),
    ("en", "modifier", "Why did {org} criticise the scrapped {thing}?", ()),
    ("en", "modifier", "What was the agreed timeline for the {thing}?", ()),
    ("en", "modifier", "Why was the agreed approach to the {thing} changed?", ()),
    ("en", "modifier", "What did {org} say about the banned fireworks?", ()),
    ("en", "modifier", "What is the closing date of the {thing}?", ()),
    ("en", "modifier", "Who chaired the closing meeting on the {thing}?", ()),
    ("en", "modifier", "Who replaced the resigned chair of {org}?", ("replace",)),
    ("nl", "modifier", "Wat zei {org} over de gewijzigde brief?", ()),
    ("nl", "modifier", "Wat staat er in de afgesloten overeenkomst over {thing}?", ()),
    ("nl", "modifier", "Waarom werd de verhoogde taakstelling besproken?", ()),
    ("nl", "modifier", "Waarom werd de verlaagde taakstelling besproken?", ()),
    ("nl", "modifier", "Waarom is de verlengde regeling geëvalueerd?", ()),
    ("nl", "modifier", "Waarom werd de gestopte pilot geëvalueerd?", ()),
    ("nl", "modifier", "Wat zei {org} over de gesloten {noun}?", ()),
    ("nl", "modifier", "Wat zei {org} over de afgeschafte regeling?", ()),
    ("nl", "modifier", "Waarom wil {org} de gesloten {noun} heropenen?", ()),
    ("nl", "modifier", "Waarom besprak {org} de stopgezette {noun}?", ()),
    ("en", "modifier", "Why did {org} criticise the withdrawn {thing}?", ()),
    # compounds and quoted titles: no act
    ("nl", "compound", "Wanneer is de eindsessie over {thing} gepland?", ()),
    ("nl", "compound", "Wat werd in het slotoverleg over {thing} besproken?", ()),
    ("nl", "compound", "Wat zei {org} over de sluitingsdatum van {thing}?", ()),
    ("en", "title", "Why was the report 'Closing the gap' discussed?", ()),
    ("en", "title", 'What did {org} say about the memo "Stop the influx"?', ()),
    ("nl", "title", "Wat staat er in de notitie 'Sluiting van locaties'?", ()),
    ("nl", "title", 'Waarom besprak {org} de brief "Stop de instroom"?', ()),
    # a nominalised act: read (the topic asked)
    ("nl", "noun", "Wat zei {org} over de sluiting van {thing}?", ("close",)),
    ("en", "noun", "What did {org} say about the closure of the {thing}?", ("close",)),
    ("en", "noun", "What did {org} say about the closing of the {thing}?", ("close",)),
    ("nl", "noun", "Wat zei {org} over de afschaffing van de taakstelling?", ("abolish",)),
    ("en", "noun", "What did {org} say about the abolition of the housing target?", ("abolish",)),
    ("en", "noun", "What was the outcome of the vote on the {thing}?", ("vote",)),
    # yes/no: no premise, but the act asked
    ("nl", "yes_no", "Is {thing} gesloten?", ("close",)),
    ("en", "yes_no", "Did {org} close the {thing}?", ("close",)),
    ("en", "yes_no", "Is the {thing} closed?", ("close",)),
    # no act at all
    ("en", "none", "When was the meeting on the {thing} planned?", ()),
    ("nl", "none", "Wat zei {org} over {thing}?", ()),
    ("en", "none", "How close is {org} to the housing target?", ()),
]


def _bodies() -> list[tuple[str, str]]:
    """The (Dutch, English) forms of :data:`BODIES`, each an organisation of the table."""
    codes = tomllib.loads(ORGS.read_text(encoding="utf-8"))["org"]
    assert all(code in codes for code, _, _ in BODIES)
    return [(nl, en) for _, nl, en in BODIES]


def rows() -> list[dict[str, object]]:
    """One row per frame, body and thing (a frame without one of them: once)."""
    out: list[dict[str, object]] = []
    for lang, frame, text, acts in FRAMES:
        for (org_nl, org_en), (thing_nl, thing_en) in zip(_bodies(), THINGS, strict=False):
            org = org_en if lang == "en" else org_nl
            thing = thing_en if lang == "en" else thing_nl
            question = text.format(org=org, thing=thing, noun=thing.split(" ", 1)[-1])
            if question[0].islower():
                question = question[0].upper() + question[1:]
            out.append({"lang": lang, "frame": frame, "question": question, "acts": list(acts)})
    return unique_rows(out, ("question",))


def main() -> None:
    head = (
        "# Generated by eval/make_premise_forms.py (do not edit): questions with the acts each\n"
        "# presupposes or asks (acts.toml names), read by answer.act_stated.asked_acts\n"
        "# (tests/unit/answer/test_premise_forms.py).\n\n"
    )
    write_rows(OUT, head, rows())


if __name__ == "__main__":
    main()
