"""Write tests/data/duration_counts.toml: questions that count a unit of time ("hoeveel maanden",
"how many months") and so ask a length, not a count of things (rule duration_count_read, issue
16 session 29 task E, blind28 class 11), read by tests/unit/answer/test_duration_counts.py (no
index).

    python eval/make_duration_counts.py

Rules of the table (seeded; rows from lexicon/data/durations.toml, realised.toml and the
glossary's terms of the minutes' topics; never from eval questions):
- "alone": every quantity opener of realised.toml `quantity_openers` ("hoeveel", "how many",
  "how much": a learner's "how much months") before every unit of durations.toml `units` of
  its language ("week" in both), in three frames of the language on a topic of the minutes (the
  first Dutch or English term of a glossary entry, seeded): expected the unit, a length asked;
- "appended": the unit count appended to a question that asks something else first ("Hoe lang
  is de wachttijd voor X, hoeveel maanden?", "what is the term for X, how many weeks?"):
  expected the unit;
- "more": an opener with "more" / "extra" / "nog" before the unit ("how many more weeks",
  "hoeveel weken nog", "hoeveel extra dagen"): expected the unit;
- "things": the same openers before a noun that is no unit of time (the glossary's one-word
  Dutch and English terms of the topics, "statushouders", "places"), also with a length written
  later in the question ("Hoeveel statushouders wachten al twee jaar?"): expected no unit (a
  count of things, as before).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.datafiles import bundled_toml  # noqa: E402
from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.wordfreq import zipf  # noqa: E402

OUT = ROOT / "tests" / "data" / "duration_counts.toml"
SEED = 29
ALONE = {
    "nl": [
        "{o} {u} duurt {t}?",
        "{o} {u} moeten mensen wachten op {t}?",
        "Na {o} {u} komt er duidelijkheid over {t}?",
    ],
    "en": [
        "{o} {u} does {t} take?",
        "{o} {u} do people wait for {t}?",
        "After {o} {u} is there news on {t}?",
    ],
}
APPENDED = {
    "nl": ["Hoe lang is de wachttijd voor {t}, {o} {u}?", "Wat is de termijn voor {t}? {o} {u}?"],
    "en": ["how long is the waiting time for {t}, {o} {u}?", "What is the term for {t}? {o} {u}?"],
}
MORE = {"nl": ["{o} extra {u} kost {t}?", "{o} {u} nog tot {t}?"], "en": ["{o} more {u} for {t}?"]}
THINGS = {
    "nl": ["{o} {n} zijn er voor {t}?", "{o} {n} wachten al twee jaar op {t}?"],
    "en": ["{o} {n} are there for {t}?", "{o} {n} have waited two years for {t}?"],
}


def _lang(word: str) -> tuple[str, ...]:
    if word == "week":
        return ("nl", "en")
    return ("nl",) if zipf(word, "nl") > zipf(word, "en") else ("en",)


def _openers(lang: str) -> list[str]:
    openers = bundled_toml("realised.toml")["quantity_openers"]
    return [o for o in openers if (o == "hoeveel") == (lang == "nl")]


def _topics(rng: random.Random) -> dict[str, list[str]]:
    entries = Glossary.default(minutes=False).entries
    nl = sorted({e.nl[0] for e in entries if e.nl[0].isalpha()})
    en = sorted({e.en[0] for e in entries if e.en[0].replace(" ", "").isalpha()})
    return {"nl": rng.sample(nl, 12), "en": rng.sample(en, 12)}


def _nouns(rng: random.Random) -> dict[str, list[str]]:
    units = set(bundled_toml("durations.toml")["units"])
    entries = Glossary.default(minutes=False).entries
    nl = sorted({t for e in entries for t in e.nl if t.isalpha() and t.lower() not in units})
    en = sorted({t for e in entries for t in e.en if t.isalpha() and t.lower() not in units})
    return {"nl": rng.sample(nl, 8), "en": rng.sample(en, 8)}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    topics, nouns = _topics(rng), _nouns(rng)
    units = bundled_toml("durations.toml")["units"]
    out: list[dict[str, object]] = []
    for lang in ("nl", "en"):
        own = [u for u in units if lang in _lang(u)]
        for opener in _openers(lang):
            for unit in own:
                for kind, frames in (("alone", ALONE), ("appended", APPENDED), ("more", MORE)):
                    for frame in frames[lang]:
                        text = frame.format(o=opener, u=unit, t=rng.choice(topics[lang]))
                        text = _cap(text) if frame.startswith("{o}") else text
                        out.append({"kind": kind, "lang": lang, "question": text, "unit": unit})
            for noun in nouns[lang]:
                for frame in THINGS[lang]:
                    text = _cap(frame.format(o=opener, n=noun, t=rng.choice(topics[lang])))
                    out.append({"kind": "things", "lang": lang, "question": text, "unit": ""})
    return unique_rows(out, ("question",))


def main() -> None:
    head = (
        "# Generated by eval/make_duration_counts.py (rules in its docstring): a question that\n"
        "# counts a unit of time asks a length in that unit (`unit`), not a count of things\n"
        "# (rule duration_count_read); `unit` empty: a count of things, no length asked.\n\n"
    )
    write_rows(OUT, head, rows())


if __name__ == "__main__":
    main()
