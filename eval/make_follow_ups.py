"""Write tests/data/follow_ups.toml: two-sentence questions and what rule ``preamble_context``
(search/preamble.py ``question_sentence``) must make of them (issue 16 session 29 task B2;
blind29 class 1, eval/blind29.md).

    python eval/make_follow_ups.py

Rules of the table (seeded, no index, no eval question read; the statements are those of
eval/make_lead_ins.py: a bullet of the minutes opened by an organisation's code gives a speaker,
its meeting's day and its item heading's topic, English through the glossary):

- ``follow_up`` (expected: the whole question kept): a first sentence holding a statement's
  topic, period or speaker (a scene: "In juli 2022 sprak IPO in de LRT over X.", "On 8 July
  2022 the LRT discussed the X.") and a follow-up that points back to it by a bare
  demonstrative - "dat"/"that" as a pronoun ("Ging dat sneller of juist trager?", "Hoe liep dat
  uiteindelijk af?", "Welke week was dat ook alweer?", "Who was going to keep an eye on
  that?", "What came of that in the end?") - or a determiner ("zulke afspraken", "die hele
  operatie", "van dat voorstel", "such agreements", "that whole operation", "of that plan").
- ``indirect`` (expected: the whole question kept): the first sentence is itself the question,
  an indirect one ("Ik vroeg me af hoe IPO in juli 2022 over X dacht.", "I was wondering
  whether IPO spoke about X on 8 July 2022."), and a short follow-up that names nothing
  ("Was de toon positief of kritisch?", "Or was there mostly criticism?").
- ``conjunction`` (expected: the cut): a true context sentence of the askers' kind (below) and a
  question whose "dat"/"that" is a conjunction or a relative ("Klopt het dat IPO in juli 2022
  over X sprak?", "Is it true that IPO spoke about X in July 2022?", "What was the point that
  IPO made about X ...?", "Wat zei IPO over het besluit dat in juli 2022 over X viel?", "the
  decision that was taken").
- ``context`` (expected: the cut): a true context sentence of the askers' kind - a neighbour of
  a reception location, a podcast host, a school board member ("Wij hebben al jaren noodopvang
  in het dorp.", "I host a podcast on asylum reception.") - and a question that stands alone.

Expected: ``whole`` - ``question_sentence(q) == (q, "")``; ``cut`` - ``(asked, context)``, the
second sentence and the first. Read by tests/unit/search/test_follow_ups.py (no index).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from make_lead_ins import MONTHS_EN, MONTHS_NL, english_topic, statements  # same folder
from toml_rows import unique_rows, write_rows

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "follow_ups.toml"
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.glossary import Glossary  # noqa: E402

SEED = 2929
#: Scenes: {S} speaker, {T} topic, {M} "juli 2022", {D} "8 juli 2022".
SCENES = {
    "nl": ["In {M} sprak {S} in de LRT over {T}.", "{S} had het in {M} over {T}.",
           "Op {D} kwam {T} aan de orde.", "In {M} lag er iets over {T} op tafel bij {S}."],
    "en": ["In {M} {S} brought up the {T}.", "On {D} the LRT discussed the {T}.",
           "So in {M} there was the {T} on the table.", "Back in {M} {S} talked about the {T}."],
}  # fmt: skip
#: Follow-ups pointing back by a bare demonstrative or a determiner.
FOLLOW_UPS = {
    "nl": ["Ging dat sneller of juist trager?", "Hoe liep dat uiteindelijk af?",
           "Wie hield dat in de gaten?", "Welke week was dat ook alweer?",
           "Wie besliste dat uiteindelijk?", "Waarom duurde dat zo lang?",
           "Werd dat later nog aangepast?", "Dat werd toch uitgesteld?",
           "Worden zulke afspraken ook nagekomen?", "Wie betaalde die hele operatie eigenlijk?",
           "Wat vond de VNG van dat voorstel?", "Kwam er van die plannen nog iets terecht?"],
    "en": ["Who was going to keep an eye on that?", "What came of that in the end?",
           "Who handled that, just the COA?", "How did that turn out?",
           "Why did that take so long?", "Who pushed for that in the end?",
           "Did such agreements get kept?", "Who paid for that whole operation?",
           "What did the VNG think of that plan?", "Was anything done with that later?"],
}  # fmt: skip
INDIRECT = {
    "nl": ["Ik vroeg me af hoe {S} in {M} over {T} dacht.",
           "Ik vroeg me af wat {S} op {D} over {T} heeft gezegd.",
           "Ik vraag me af of {S} in {M} iets over {T} zei."],
    "en": ["I was wondering what {S} said about the {T} in {M}.",
           "I was wondering whether {S} spoke about the {T} on {D}.",
           "I'd like to know how {S} saw the {T} in {M}."],
}  # fmt: skip
NEUTRAL = {
    "nl": ["Was de toon positief of kritisch?", "Viel het mee of tegen?",
           "Was men tevreden of juist niet?", "Of was er vooral kritiek?"],
    "en": ["Was the tone positive or critical?", "Or was there mostly criticism?",
           "Did the mood change later on?", "Was the tone mostly positive?"],
}  # fmt: skip
CONTEXTS = {
    "nl": ["Wij hebben al jaren noodopvang in het dorp.",
           "Ik woon vlak naast de geplande opvanglocatie.",
           "Ik maak een podcast over de asielopvang.", "Bij ons in de straat komt een azc.",
           "Ik zit in het bestuur van een basisschool in een gemeente met een azc.",
           "Voor de volgende aflevering zoek ik nog wat achtergrond."],
    "en": ["We have had emergency shelter in our village for years.",
           "I live right next to the planned reception site.",
           "I host a podcast on asylum reception.",
           "I sit on the board of a primary school in a town with an azc.",
           "For the next episode I need some background."],
}  # fmt: skip
CONJUNCTIONS = {
    "nl": ["Klopt het dat {S} in {M} over {T} sprak?",
           "Is het waar dat {S} op {D} iets over {T} heeft gezegd?",
           "Wat was het punt dat {S} in {M} over {T} maakte?",
           "Staat in het verslag van {D} dat {S} over {T} sprak?",
           "Wat zei {S} over het besluit dat in {M} over {T} viel?"],
    "en": ["Is it true that {S} spoke about the {T} in {M}?",
           "Do the minutes of {D} say that {S} raised the {T}?",
           "What was the point that {S} made about the {T} in {M}?",
           "What did {S} say about the decision that was taken on the {T} in {M}?"],
}  # fmt: skip
STANDALONE = {
    "nl": ["Wat zei {S} in {M} over {T}?", "Wat heeft {S} op {D} gezegd over {T}?"],
    "en": ["What did {S} say about the {T} in {M}?", "Did {S} speak about the {T} on {D}?"],
}  # fmt: skip


def fill(template: str, st: dict[str, str], lang: str, glossary: Glossary) -> str:
    """``template`` with the statement's speaker, topic and day in ``lang``; "" when the
    topic has no English term."""
    y, m, d = (int(x) for x in st["day"].split("-"))
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    topic = st["topic"] if lang == "nl" else english_topic(st["topic"], glossary)
    speaker = st["speaker"]
    if lang == "en" and " " in speaker:
        speaker = "the " + speaker.split()[1]  # "het COA" -> "the COA"
    if not topic:
        return ""
    text = template.format(
        S=speaker, T=topic, M=f"{months[m - 1]} {y}", D=f"{d} {months[m - 1]} {y}"
    )
    return text[:1].upper() + text[1:]


def rows() -> list[dict[str, object]]:
    rng, glossary = random.Random(SEED), Glossary.default()
    out: list[dict[str, object]] = []
    for st in statements():
        for lang in ("nl", "en"):
            for kind, firsts, seconds in (
                ("follow_up", SCENES, FOLLOW_UPS),
                ("indirect", INDIRECT, NEUTRAL),
                ("conjunction", CONTEXTS, CONJUNCTIONS),
                ("context", CONTEXTS, STANDALONE),
            ):
                for _ in range(3):
                    first = fill(rng.choice(firsts[lang]), st, lang, glossary)
                    second = fill(rng.choice(seconds[lang]), st, lang, glossary)
                    if not first or not second:
                        continue
                    cut = kind in ("conjunction", "context")
                    out.append({"kind": kind, "lang": lang, "question": f"{first} {second}",
                                "expected": "cut" if cut else "whole",
                                "asked": second if cut else f"{first} {second}",
                                "context": first if cut else ""})  # fmt: skip
    return unique_rows(out, ("question",))


HEAD = """\
# Written by eval/make_follow_ups.py (do not edit): two-sentence questions and what rule
# preamble_context (search/preamble.py question_sentence) must make of them: `whole` (asked =
# the question, context "") for a follow-up pointing back by a bare demonstrative or a
# determiner (follow_up) and for a first sentence that is itself the question (indirect); `cut`
# (asked = the second sentence, context = the first) for a true context sentence before a
# question whose "dat"/"that" is a conjunction (conjunction) or that stands alone (context).
# Read by tests/unit/search/test_follow_ups.py (no index).

"""


if __name__ == "__main__":
    write_rows(OUT, HEAD, rows())
