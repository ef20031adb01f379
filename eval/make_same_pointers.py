"""Write tests/data/same_pointers.toml: two-sentence questions whose question sentence points
back by a comparative pointer ("say the same", "zeiden zij hetzelfde", "dat ook", "likewise"),
and what rule ``preamble_context`` (search/preamble.py ``question_sentence``) must make of them
(issue 16 session 30 task B2; blind30 class 2, eval/blind30.md).

    python eval/make_same_pointers.py

Rules of the table (seeded, no index, no eval question read; the statements are those of
eval/make_lead_ins.py - a bullet of the minutes opened by an organisation's code gives a
speaker, its meeting's day and its item heading's topic, English through the glossary -, the
fill and the askers' context sentences those of eval/make_follow_ups.py):

- ``same`` (expected: the whole question kept): a first sentence stating what the asker or
  their town finds about the statement's topic ("Bij ons loopt {T} al maanden vast.", "In our
  town the {T} keeps getting stuck.") and a follow-up asking whether the statement's speaker
  said or thought the same, by each comparative pointer: "hetzelfde", "datzelfde", "dat ook",
  "net zo", "ook zo", "the same", "say so too", "likewise", "that too", "that as well".
- ``same_day`` (expected: the whole question kept): a scene naming the statement's day ("Op
  {D} sprak {S} over {T}.") and a question about the same day or meeting ("Wat zei het Rijk op
  dezelfde dag?", "What did the COA say in the same meeting?"): the day is the scene's.
- ``same_as`` (expected: the cut): a true context sentence of the askers' kind and a question
  that compares two times within itself ("in dezelfde week als het COA", "in the same month as
  the COA"): "the same" names no referent before it.
- ``same_state`` (expected: the cut): a true context sentence and a question in which
  something stays the same ("als het beleid hetzelfde blijft", "if the policy stays the
  same"): "the same" there is no pointer (added after the reading-only scan found "if country
  policy stays the same" in a design-fold question, blind10 b10-013).
- ``context`` (expected: the cut): a true context sentence and a question that stands alone.

Expected: ``whole`` - ``question_sentence(q) == (q, "")``; ``cut`` - ``(asked, context)``, the
second sentence and the first. Read by tests/unit/search/test_same_pointers.py (no index).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from make_follow_ups import CONTEXTS, STANDALONE, fill  # same folder
from make_lead_ins import statements
from toml_rows import unique_rows, write_rows

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "same_pointers.toml"
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.glossary import Glossary  # noqa: E402

SEED = 3032
#: What the asker finds about the topic {T}: the content the follow-up points back to.
FINDINGS = {
    "nl": ["Bij ons loopt {T} al maanden vast.", "Wij missen regie vanuit Den Haag bij {T}.",
           "In onze gemeente is {T} een groot probleem.", "Wij vinden {T} veel te traag gaan."],
    "en": ["In our town the {T} keeps getting stuck.",
           "We often miss direction from The Hague on the {T}.",
           "Our council thinks the {T} is moving far too slowly.",
           "Locally the {T} is a big problem."],
}  # fmt: skip
#: Follow-ups asking whether {S} said the same, one pointer each.
POINTERS = {
    "nl": ["Zei {S} in {M} hetzelfde?", "Heeft {S} op {D} datzelfde gezegd?",
           "Vond {S} dat ook?", "Dacht {S} er in {M} net zo over?", "Zag {S} het ook zo?",
           "Zeiden ze bij {S} in {M} hetzelfde?", "Merkte {S} dat ook?"],
    "en": ["Did {S} say the same in {M}?", "Did {S} say so too?",
           "Did {S} feel likewise in {M}?", "Did {S} notice that too?",
           "Did {S} raise that as well on {D}?", "Was {S} of the same view in {M}?",
           "Did {S} see it the same way?"],
}  # fmt: skip
SCENES_DAY = {
    "nl": ["Op {D} sprak {S} over {T}.", "In {M} had {S} het over {T}."],
    "en": ["On {D} {S} spoke about the {T}.", "In {M} {S} brought up the {T}."],
}  # fmt: skip
SAME_DAY = {
    "nl": ["Wat zei het Rijk op dezelfde dag?", "Wat zei het COA in dezelfde vergadering?",
           "Wie reageerde er in dezelfde maand op?"],
    "en": ["What did the COA say in the same meeting?", "What did the state say on the same day?",
           "Who else spoke in the same month?"],
}  # fmt: skip
SAME_AS = {
    "nl": ["Sprak {S} in dezelfde week als het COA over {T}?",
           "Zei {S} op dezelfde dag als het Rijk iets over {T}?",
           "Kwam {T} bij {S} in dezelfde maand als bij het IPO aan de orde?"],
    "en": ["Did {S} speak about the {T} in the same week as the COA?",
           "Did {S} raise the {T} on the same day as the state?",
           "Was the {T} discussed by {S} in the same month as by the IPO?"],
}  # fmt: skip
SAME_STATE = {
    "nl": ["Wat zei {S} in {M} over {T} als het beleid hetzelfde blijft?",
           "Wat verwachtte {S} van {T} als de instroom ongeveer hetzelfde bleef?"],
    "en": ["What did {S} say in {M} about the {T} if the policy stays the same?",
           "What did {S} expect of the {T} if the intake remained the same?"],
}  # fmt: skip
KINDS = (
    ("same", FINDINGS, POINTERS, False),
    ("same_day", SCENES_DAY, SAME_DAY, False),
    ("same_as", CONTEXTS, SAME_AS, True),
    ("same_state", CONTEXTS, SAME_STATE, True),
    ("context", CONTEXTS, STANDALONE, True),
)


def rows() -> list[dict[str, object]]:
    rng, glossary = random.Random(SEED), Glossary.default()
    out: list[dict[str, object]] = []
    for st in statements():
        for lang in ("nl", "en"):
            for kind, firsts, seconds, cut in KINDS:
                picks = seconds[lang] if kind == "same" else rng.sample(seconds[lang], 2)
                for template in picks:
                    first = fill(rng.choice(firsts[lang]), st, lang, glossary)
                    second = fill(template, st, lang, glossary)
                    if not first or not second:
                        continue
                    out.append({"kind": kind, "lang": lang, "question": f"{first} {second}",
                                "expected": "cut" if cut else "whole",
                                "asked": second if cut else f"{first} {second}",
                                "context": first if cut else ""})  # fmt: skip
    return unique_rows(out, ("question",))


HEAD = """\
# Written by eval/make_same_pointers.py (do not edit): two-sentence questions and what rule
# preamble_context (search/preamble.py question_sentence) must make of them: `whole` (asked =
# the question, context "") for a follow-up pointing back by a comparative pointer ("hetzelfde",
# "dat ook", "net zo", "the same", "say so too", "likewise": same) or to the scene's day or
# meeting (same_day); `cut` (asked = the second sentence, context = the first) for a true
# context sentence before a question comparing two times within itself ("in dezelfde week als
# het COA": same_as), in which something stays the same (same_state) or standing alone
# (context). Read by tests/unit/search/test_same_pointers.py (no index).

"""


if __name__ == "__main__":
    write_rows(OUT, HEAD, rows())
