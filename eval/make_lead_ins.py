"""Write tests/data/lead_ins.toml: questions opened by an asker's lead-in before a colon, each
with the question whose reading it must have (issue 16 session 29 task B, rule lead_ins_read).

    python eval/make_lead_ins.py

Rules of the table (seeded, no index, no eval question read):

- **Lead-ins** are the asker's purpose or file, before a colon: a frame (Dutch "In het kader van
  een", "Ten behoeve van ons", "Voor een", "Ter voorbereiding van een", "Naar aanleiding van
  een", "Korte vraag voor mijn", "Ik schrijf een"; English "For a", "For our", "In the context
  of a", "As part of our", "Quick question for a", "In connection with a", "I'm writing a")
  with an asker's role noun of general vocabulary (klacht, klachtdossier, onderzoek, artikel,
  dossier, rapport, podcast, scriptie, raadsvraag, Woo-verzoek; complaint, complaint file,
  inquiry, investigation, report, article, story, thesis, podcast, FOI request), with or
  without "over X" / "naar X" / "about X" / "into X", X a topic of the minutes' item headings
  (English: the first English term of a glossary entry holding that heading word).
- **Bodies** are built from the minutes' statements: a bullet opened by an organisation's code
  (lexicon organisations) gives a speaker, its meeting's month and day and its item heading's
  topic; its first sentence gives a "Staat in het verslag van <day> dat <sentence>?" body.
  Rows of kind ``lead_in`` / ``lead_in_about`` take statements that state no negative stance
  (answer/stance.py ``states_stance``, lexicon stances.toml); each body is asked after three
  lead-ins drawn with a seeded random, the colon followed by the body's first word in lower
  case or as a capital. Expected (``same_as``): the reading of the body alone - no stance,
  topic, speaker or period from the lead-in.
- ``own_stance``: bodies that name a stance of their own ("Welke bezwaren uitte VNG ...",
  "What objections did VNG raise ...") from statements that state one: the stance is kept.
- ``topic_from_lead_in``: a body with no topic of its own ("Wat is er besloten?", "Wat zei
  VNG?", "What was agreed?") after a lead-in "over X": read as the body with "over X" / "about
  X" (the asker's subject is the question's topic when the question names none).
- ``body``: each body alone (its reading must not change by the rule).
- ``not_lead_in``: a text before a colon that is the question's own topic or speaker ("Over de
  spreidingswet:", "Spreidingswet:", "Vraag over de taakstelling:", "Klacht van de VNG:", "Voor
  het verslag van 8 juli 2022:", "For the minutes of 8 July 2022:"):
  ``same_as`` the question itself read as before.

Read by tests/unit/search/test_lead_ins.py (no index).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "lead_ins.toml"
sys.path.insert(0, str(ROOT))

from lrt_search.answer.stance import states_stance  # noqa: E402
from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.organisations import OrgTable  # noqa: E402

SEED = 29
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
#: Frames of a lead-in: {R} the role noun, {A} " over X" or "".
FRAMES = {
    "nl": ["In het kader van een {R}{A}", "Ten behoeve van ons {R}{A}", "Voor een {R}{A}",
           "Voor mijn {R}{A}", "Ter voorbereiding van een {R}{A}", "Naar aanleiding van een {R}{A}",
           "Korte vraag voor mijn {R}{A}", "Vraag voor een {R}{A}", "Ik schrijf een {R}{A}",
           "In verband met een {R}{A}"],
    "en": ["For a {R}{A}", "For our {R}{A}", "In the context of a {R}{A}", "As part of our {R}{A}",
           "Quick question for a {R}{A}", "In connection with a {R}{A}", "I'm writing a {R}{A}",
           "A question for my {R}{A}", "For the purposes of our {R}{A}"],
}  # fmt: skip
ROLES = {
    "nl": ["klacht", "klachtdossier", "klachtonderzoek", "onderzoek", "artikel", "dossier",
           "rapport", "podcast", "scriptie", "raadsvraag", "Woo-verzoek", "nieuwsbrief"],
    "en": ["complaint", "complaint file", "inquiry", "investigation", "report", "article",
           "story", "thesis", "podcast", "FOI request", "briefing", "case file"],
}  # fmt: skip
ABOUT = {"nl": (" over ", " naar "), "en": (" about ", " into ")}
#: Headings that name no topic.
SKIP_HEADINGS = {"opening", "mededelingen", "overige", "rondvraag", "sluiting", "verslag",
                 "agenda", "actielijst", "afsluiting", "vaststelling", "vaststellen",
                 "wvttk"}  # fmt: skip
#: Bodies with no topic of their own ({S}: a speaker code).
TOPICLESS = {
    "nl": ["Wat is er besloten?", "Wat is er afgesproken?", "Wat zei {S}?",
           "Wat heeft {S} gezegd?"],
    "en": ["What was decided?", "What was agreed?", "What did {S} say?", "What has {S} said?"],
}  # fmt: skip
#: Own-stance bodies ({S} speaker, {T} topic, {P} period).
STANCE_BODIES = {
    "nl": ["Welke bezwaren uitte {S} {P} over {T}?", "Welke kritiek had {S} {P} op {T}?",
           "Welke klachten uitte {S} {P} over {T}?"],
    "en": ["What objections did {S} raise {P} about {T}?", "Did {S} complain {P} about {T}?",
           "What criticism did {S} voice {P} of {T}?"],
}  # fmt: skip
#: Texts before a colon that are the question's own.
NOT_LEAD_INS = [
    ("nl", "Over {T}: wat zei {S} {P}?"), ("nl", "{Tc}: wat zei {S} {P}?"),
    ("nl", "Vraag over {T}: wat zei {S} {P}?"), ("nl", "Klacht van {S} {P}: wat was die?"),
    ("en", "About {T}: what did {S} say {P}?"), ("en", "{Tc}: what did {S} say {P}?"),
    ("en", "Question about {T}: what did {S} say {P}?"),
    ("nl", "Voor het verslag van {D}: wat zei {S} over {T}?"),
    ("en", "For the minutes of {D}: what did {S} say about {T}?"),
]  # fmt: skip


def statements() -> list[dict[str, str]]:
    """Every bullet of the corpus opened by an organisation's code: its speaker, day, heading
    topic, first sentence and whether it states a negative stance."""
    orgs, out = OrgTable.default(), []
    for path in sorted((ROOT / "corpus").glob("*-lrt.txt")):
        day, heading = path.name[:10], ""
        for line in path.read_text("utf-8").splitlines():
            line = line.strip()
            if not line or "\t" in line or line.lower() == "verslag":
                continue
            if re.match(r"\d+[a-z]?\.\s", line):  # a numbered item heading
                heading = _heading_topic(line)
                continue
            if not line.startswith(("- ", "• ")):
                continue
            ws = line[2:].split()[:2]
            article = ws[0].lower() if ws and ws[0].lower() in {"de", "het"} else ""
            first = (ws[1] if article and len(ws) > 1 else ws[0]) if ws else ""
            code = orgs.resolve(first) if first[:1].isupper() else None
            if code is None or not heading:
                continue
            first = f"{article} {first}" if article else first  # "het COA" as written
            sentence = re.split(r"(?<=[a-z])\.\s", line[2:])[0]
            sentence = sentence.rstrip(".") if "." in line[2:] else ""  # wrapped: not whole
            out.append({"day": day, "speaker": first, "topic": heading, "sentence": sentence,
                        "stance": str(states_stance(line[2:]))})  # fmt: skip
    return out


def _heading_topic(line: str) -> str:
    """The first part of an item heading that names a topic (1-3 words, no digit), lower case
    unless an acronym; "" when none."""
    text = re.sub(r"^\d+[a-z]?\.\s*", "", line)
    for part in re.split(r",\s*|\s+en\s+", text):
        ws = part.split()
        if not 1 <= len(ws) <= 3 or any(c.isdigit() for c in part) or len(part) < 5:
            continue
        if ws[0].lower() in SKIP_HEADINGS or not re.fullmatch(r"[\w' -]+", part):
            continue
        return " ".join(w if w.isupper() and len(w) <= 5 else w.lower() for w in ws)
    return ""


def english_topic(topic: str, glossary: Glossary) -> str:
    """The first English term of a glossary entry whose Dutch terms hold ``topic`` or its
    last word; "" when none."""
    last = topic.split()[-1].lower()
    for entry in glossary.entries:
        if any(last == n.lower() or topic.lower() == n.lower() for n in entry.nl):
            return entry.en[0]
    return ""


def _when(day: str, lang: str, whole: bool) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    if lang == "nl":
        return f"op {d} {MONTHS_NL[m - 1]} {y}" if whole else f"in {MONTHS_NL[m - 1]} {y}"
    return f"on {d} {MONTHS_EN[m - 1]} {y}" if whole else f"in {MONTHS_EN[m - 1]} {y}"


def bodies(st: dict[str, str], lang: str, glossary: Glossary) -> list[str]:
    """The question bodies of statement ``st`` in ``lang``."""
    s, t = st["speaker"], st["topic"]
    if lang == "nl":
        y, m, d = (int(x) for x in st["day"].split("-"))
        sentence = st["sentence"]
        out = [f"Wat zei {s} {_when(st['day'], 'nl', False)} over {t}?",
               f"Wat heeft {s} {_when(st['day'], 'nl', True)} gezegd over {t}?"]  # fmt: skip
        if sentence[1:2].islower():  # "dat het COA ...", not "dat Het COA ..."
            sentence = sentence[:1].lower() + sentence[1:]
        whole = sentence and "." not in sentence.split()[-1]  # not cut at "z.s.m."
        if whole and 6 <= len(sentence.split()) <= 16:
            out.append(f"Staat in het verslag van {d} {MONTHS_NL[m - 1]} {y} dat {sentence}?")
        return out
    te = english_topic(t, glossary)
    s = "the " + s.split()[1] if " " in s else s  # "het COA" -> "the COA"
    if not te:
        return []
    return [f"What did {s} say {_when(st['day'], 'en', False)} about {te}?",
            f"Did {s} speak about {te} {_when(st['day'], 'en', True)}?"]  # fmt: skip


def lead_in(rng: random.Random, lang: str, about: str) -> str:
    """A lead-in drawn with ``rng``: a frame, a role noun, and " over X" when ``about``."""
    frame, role = rng.choice(FRAMES[lang]), rng.choice(ROLES[lang])
    if lang == "en" and frame.endswith("a {R}{A}") and role[0] in "aeiouAEIOU":
        frame = frame.replace("a {R}", "an {R}")
    link = rng.choice(ABOUT[lang]) if about else ""
    return frame.format(R=role, A=link + about if about else "")


def _joined(lead: str, body: str, capital: bool) -> str:
    return f"{lead}: {body if capital else body[:1].lower() + body[1:]}"


def rows() -> list[dict[str, object]]:
    rng, glossary = random.Random(SEED), Glossary.default()
    sts = statements()
    topics = sorted({st["topic"] for st in sts})
    out: list[dict[str, object]] = []
    for st in sts:
        for lang in ("nl", "en"):
            for body in bodies(st, lang, glossary):
                kind = "own_stance" if st["stance"] == "True" else "lead_in"
                if kind == "own_stance":
                    continue  # a statement of a stance gives own-stance bodies below
                out.append({"kind": "body", "lang": lang, "question": body, "same_as": body})
                for i in range(4):
                    x = rng.choice(topics) if i else ""
                    if x and lang == "en":
                        x = english_topic(x, glossary)
                    lead = lead_in(rng, lang, x)
                    out.append({"kind": "lead_in_about" if x else "lead_in", "lang": lang,
                                "question": _joined(lead, body, rng.random() < 0.3),
                                "same_as": body})  # fmt: skip
    out += _stance_rows(rng, sts, glossary) + _topic_rows(rng, sts, topics, glossary)
    out += _not_lead_in_rows(sts, glossary)
    return unique_rows(out, ("question",))


def _stance_rows(
    rng: random.Random, sts: list[dict[str, str]], glossary: Glossary
) -> list[dict[str, object]]:
    """Own-stance bodies from statements that state one, each after two lead-ins."""
    out: list[dict[str, object]] = []
    for st in (s for s in sts if s["stance"] == "True"):
        for lang in ("nl", "en"):
            t = st["topic"] if lang == "nl" else english_topic(st["topic"], glossary)
            if not t:
                continue
            s = (
                st["speaker"]
                if lang == "nl" or " " not in st["speaker"]
                else "the " + st["speaker"].split()[1]
            )
            body = rng.choice(STANCE_BODIES[lang]).format(S=s, T=t, P=_when(st["day"], lang, False))
            out.append({"kind": "body", "lang": lang, "question": body, "same_as": body})
            for x in ("", t):
                lead = lead_in(rng, lang, x)
                q = _joined(lead, body, rng.random() < 0.3)
                out.append({"kind": "own_stance", "lang": lang, "question": q, "same_as": body})
    return out


def _topic_rows(
    rng: random.Random, sts: list[dict[str, str]], topics: list[str], glossary: Glossary
) -> list[dict[str, object]]:
    """Topicless bodies after a lead-in "over X": read as the body "over X"."""
    out: list[dict[str, object]] = []
    speakers = sorted({st["speaker"].split()[-1] for st in sts})
    for lang in ("nl", "en"):
        for template in TOPICLESS[lang]:
            for _ in range(6):
                x = rng.choice(topics)
                x = x if lang == "nl" else english_topic(x, glossary)
                if not x:
                    continue
                body = template.format(S=rng.choice(speakers))
                link = rng.choice(ABOUT[lang])
                lead = lead_in(rng, lang, "") + link + x
                same = f"{body.rstrip('?')} {'over' if lang == 'nl' else 'about'} {x}?"
                out.append({"kind": "topic_from_lead_in", "lang": lang,
                            "question": _joined(lead, body, False), "same_as": same})  # fmt: skip
    return out


def _not_lead_in_rows(sts: list[dict[str, str]], glossary: Glossary) -> list[dict[str, object]]:
    """Texts before a colon that are the question's own: read as before."""
    out: list[dict[str, object]] = []
    for st in sts[::6]:
        for lang, template in NOT_LEAD_INS:
            t = st["topic"] if lang == "nl" else english_topic(st["topic"], glossary)
            if not t:
                continue
            q = template.format(
                S=st["speaker"],
                T=t,
                Tc=t[:1].upper() + t[1:],
                P=_when(st["day"], lang, False),
                D=_when(st["day"], lang, True)[3:],
            )
            out.append({"kind": "not_lead_in", "lang": lang, "question": q, "same_as": q})
    return out


HEAD = """\
# Written by eval/make_lead_ins.py (do not edit): questions opened by an asker's lead-in before
# a colon ("In het kader van een klacht over X:", "For a complaint file:") and the question
# whose reading each must have (`same_as`: stance, topic, speaker, period). Kinds: lead_in,
# lead_in_about (the body has a topic of its own: the lead-in's X is none), own_stance (the
# body's stance is kept), topic_from_lead_in (a topicless body takes the lead-in's "over X"),
# body (a body alone), not_lead_in (a text before a colon that is the question's own: read as
# before). Rule lead_ins_read; read by tests/unit/search/test_lead_ins.py (no index).

"""


if __name__ == "__main__":
    write_rows(OUT, HEAD, rows())
