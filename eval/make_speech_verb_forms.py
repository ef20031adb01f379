"""Write tests/data/speech_verb_forms.toml: every verb of speech in every form, asked in question
frames (issue 16, session 28 task B2, rule ``speech_verb_forms_read``).

Rules of the table (also in its header):
- The verbs: the project's inventory of verbs of saying, asking, proposing, promising,
  warning, objecting, agreeing, reacting and stance, tests/data/speaker_roles.toml ``[forms]``
  ``verb`` (37 Dutch with their past singular and plural, present singular and plural,
  participle, separable particle or "zich"; 46 English with base, past and participle), plus
  the verbs of the task's list that inventory lacks (:data:`EXTRA`: "opmerken" is there as
  "merkte op"; "tell", "told" were missing).
- Dutch forms, each in its frame: past singular (a singular body) and plural (a plural
  body), present singular and plural, the participle after the topic and before it, the
  infinitive after a modal (its particle joined: "voorstellen"), the te-infinitive after
  "had" (the particle apart: "op te merken"), and the past in a subordinate clause with its
  particle joined ("Klopt het dat de VNG over de opvang voorstelde?").
- English forms: base after "did", third person "-s" after "Who" (no speaker), participle
  after "has", "-ing" after "was", past after "Who" (no speaker).
- Left out (:data:`LEFT_OUT`): "staan"/"stand", a light verb of stance read through its
  preposition ("Hoe staat X tegenover", "stand on"), no word of speech in every form.
- Expected of every row: the question holds a word of speech (``ParsedQuestion.speech``),
  the body is the speaker (``speaker``; none after "Wie"/"Who"), the topic's content words are
  the topic's and nothing else (``topic``: no form of the verb), and no word of the verb is a
  content word (what the "not understood" note and the implied topic read).
- Bodies and topics rotate (seeded order) over a few forms of the alias table and a few
  topics of the minutes; no question of eval/ is used.
Run: PYTHONPATH=. .venv/bin/python eval/make_speech_verb_forms.py
"""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "speech_verb_forms.toml"
SEED = 28

#: Verbs of the task's list the inventory lacks (same fields as speaker_roles.toml [forms]).
EXTRA = [
    {"lang": "en", "base": "tell", "past": "told", "part": "told", "prep": "about"},
    {"lang": "en", "base": "speak", "past": "spoke", "part": "spoken", "prep": "about"},
]
#: Verbs whose final consonant doubles before "-ing".
DOUBLED = frozenset(["commit"])
#: Left out: a light verb of stance, read through its preposition ("Hoe staat X tegenover",
#: "Where does X stand on"), never a word of speech in every form ("staat", "stood").
LEFT_OUT = frozenset(["staan", "stand"])
BODIES = {
    "nl": [("de VNG", "VNG"), ("het IPO", "IPO"), ("het COA", "COA"), ("de IND", "IND")],
    "nl_plural": [("de gemeenten", "VNG"), ("de provincies", "IPO")],
    "en": [("the VNG", "VNG"), ("the IPO", "IPO"), ("the COA", "COA"), ("the IND", "IND")],
}
TOPICS = {
    "nl": [("de opvang", ["opvang"]), ("de spreidingswet", ["spreidingswet"]),
           ("de taakstelling", ["taakstelling"])],
    "en": [("reception", ["reception"]), ("the dispersal law", ["dispersal", "law"]),
           ("the housing target", ["housing", "target"])],
}  # fmt: skip


def _english_s(base: str) -> str:
    """The third person singular of an English verb (its first word; "object to": "objects to")."""
    word, _, rest = base.partition(" ")
    if word.endswith(("s", "sh", "ch", "x")):
        word += "es"
    elif word.endswith("y") and word[-2] not in "aeiou":
        word = word[:-1] + "ies"
    else:
        word += "s"
    return f"{word} {rest}".strip()


def _english_ing(base: str) -> str:
    """The "-ing" form of an English verb (its first word)."""
    word, _, rest = base.partition(" ")
    if word.endswith("ie"):
        word = word[:-2] + "ying"
    elif word in DOUBLED:
        word += word[-1] + "ing"
    elif word.endswith("e") and not word.endswith(("ee", "ye")):
        word = word[:-1] + "ing"
    else:
        word += "ing"
    return f"{word} {rest}".strip()


def _dutch(verb: dict, pick: random.Random) -> list[dict[str, object]]:
    """The rows of a Dutch verb: each form in its frame."""
    prt, prep, wh = verb.get("prt", ""), verb.get("prep", ""), verb.get("wh", "Wat")
    past, present, part = verb["past"], verb["present"], verb["part"].removeprefix("zich ")
    infinitive = present[1]
    zich = "zich " if prt.startswith("zich") else ""  # before the topic: "zich over X uit"
    particle = prt.removeprefix("zich").strip()
    joined = particle + infinitive
    te = (particle + " " if particle else "") + "te " + infinitive
    sub = particle + past[0]
    frames = [
        ("past", past[0], f"{wh} {past[0]} {{X}} {prt} {prep} {{T}}?", False),
        ("past_plural", past[1], f"{wh} {past[1]} {{P}} {prt} {prep} {{T}}?", True),
        ("present", present[0], f"{wh} {present[0]} {{X}} {prt} {prep} {{T}}?", False),
        ("present_plural", present[1], f"{wh} {present[1]} {{P}} {prt} {prep} {{T}}?", True),
        ("participle_after", part, f"{wh} heeft {{X}} {zich}{prep} {{T}} {part}?", False),
        ("participle_before", part, f"{wh} heeft {{X}} {zich}{part} {prep} {{T}}?", False),
        ("infinitive", joined, f"{wh} wilde {{X}} {zich}{prep} {{T}} {joined}?", False),
        ("te_infinitive", te, f"{wh} had {{X}} {zich}{prep} {{T}} {te}?", False),
        ("subordinate_past", sub, f"Klopt het dat {{X}} {zich}{prep} {{T}} {sub}?", False),
    ]
    return [_row("nl", present[1], *frame, pick) for frame in frames]


def _english(verb: dict, pick: random.Random) -> list[dict[str, object]]:
    """The rows of an English verb: each form in its frame."""
    base, prep, wh = verb["base"], verb.get("prep", ""), verb.get("wh", "What")
    s, ing = _english_s(base), _english_ing(base)
    frames = [
        ("base", base, f"{wh} did {{X}} {base} {prep} {{T}}?", False),
        ("third_person", s, f"Who {s} {prep} {{T}}?", False),
        ("participle", verb["part"], f"{wh} has {{X}} {verb['part']} {prep} {{T}}?", False),
        ("ing", ing, f"{wh} was {{X}} {ing} {prep} {{T}}?", False),
        ("past_no_speaker", verb["past"], f"Who {verb['past']} {prep} {{T}}?", False),
    ]
    return [_row("en", base, *frame, pick) for frame in frames]


def _row(
    lang: str, verb: str, kind: str, form: str, frame: str, plural: bool, pick: random.Random
) -> dict[str, object]:
    """One row: ``frame`` filled with a body ({X} singular, {P} plural) and a topic ({T})."""
    body, code = pick.choice(BODIES[f"{lang}_plural" if plural else lang])
    topic, words = pick.choice(TOPICS[lang])
    question = frame.replace("{X}", body).replace("{P}", body).replace("{T}", topic)
    question = " ".join(question.split()).replace(" ?", "?")
    if "{X}" not in frame and "{P}" not in frame:
        code = ""
    return {
        "lang": lang, "verb": verb, "kind": kind, "form": form, "question": question,
        "speaker": code, "topic": words,
    }  # fmt: skip


def main() -> None:
    verbs = tomllib.loads((ROOT / "tests/data/speaker_roles.toml").read_text("utf-8"))
    pick = random.Random(SEED)
    rows = []
    for verb in [*verbs["forms"]["verb"], *EXTRA]:
        if verb.get("base", verb.get("present", ["", ""])[1]) in LEFT_OUT:
            continue
        rows += _dutch(verb, pick) if verb["lang"] == "nl" else _english(verb, pick)
    seen, kept = set(), []
    for row in rows:
        if row["question"] not in seen:
            seen.add(row["question"])
            kept.append(row)
    lines = (__doc__ or "").splitlines()[:-1]
    head = "".join(f"# {line}".rstrip() + "\n" for line in lines)
    write_rows(OUT, head + "\n", kept)


if __name__ == "__main__":
    main()
