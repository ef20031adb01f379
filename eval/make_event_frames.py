"""Write tests/data/event_frames.toml: a day asked in a frame of attendance, the chair, the
minutes or the meetings, tied to an event noun or to an LRT meeting, and whether the day stays a
meeting's (issue 16, session 28 task H, rule ``event_frames_read``).

Rules of the table (also in its header):
- Event nouns, Dutch: the minutes' words (corpus/*.txt) and general Dutch words (wordfreq nl,
  top 50,000, Zipf 2.0 or more) that end in an event head (``HEADS``: gesprek, overleg,
  afstemming, bijeenkomst, sessie, bezoek, debat, conferentie, beraad, ministerraad,
  hoorzitting) and are longer than it, or are it and no meeting noun of periods.toml; no verb or
  adjective form (lexicon.wordclass); a bare meeting-noun head takes the minutes' modifier
  ("bestuurlijk overleg"). Eight per head at most, seeded sample (seed 28).
- Event nouns, English: the FreeDict nld-eng translations of the Dutch heads (one word, English
  Zipf 3 or more, no meeting noun: "conversation", "debate", "visit"), and "<modifier> meeting"
  for the FreeDict translations of the first part of the minutes' compounds on a meeting head
  ("kennismakingsgesprek" -> "introduction meeting"), plus "talks".
- Days: every meeting day of the corpus and four days no meeting holds, written in full
  ("8 februari 2023", "8 February 2023"); the minutes' frames also without the year.
- Frames and what the day must be: who took part in / attended / was present at the event
  (``event``: the event's day, rule off: a meeting's); who chaired the event (``meeting``, kept
  either way); the minutes of "de LRT" / "the meeting" of the day approved or changed
  (``event``); the same frames on "de LRT" / "the meeting" / "the extra LRT" itself
  (``meeting``).
Each row: question, lang, day (ISO), reading ("event": not kept a meeting's; "meeting": kept).
Run: PYTHONPATH=. .venv/bin/python eval/make_event_frames.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import wordfreq
from toml_rows import unique_rows, write_rows  # the script's folder is on the path

from lrt_search.lexicon.freedict import dutch_to_english
from lrt_search.lexicon.wordclass import dutch_class
from lrt_search.lexicon.wordfreq import zipf_folded
from lrt_search.lexicon.wordlists import word_set

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "event_frames.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
HEADS = (
    "gesprek",
    "overleg",
    "afstemming",
    "bijeenkomst",
    "sessie",
    "bezoek",
    "debat",
    "conferentie",
    "beraad",
    "ministerraad",
    "hoorzitting",
)
NEUTER = ("gesprek", "overleg", "bezoek", "debat", "beraad")
OTHER_DAYS = (
    dt.date(2023, 2, 8),
    dt.date(2023, 11, 20),
    dt.date(2022, 12, 18),
    dt.date(2025, 2, 2),
)
EVENT_NL = (
    "Wie namen deel aan {e} van {d}?",
    "Wie nemen deel aan {e} van {d}?",
    "Wie waren aanwezig bij {e} van {d}?",
    "Welke organisaties namen deel aan {e} van {d}?",
)
EVENT_EN = (
    "Who took part in {e} of {d}?",
    "Who attended {e} of {d}?",
    "Who was present at {e} of {d}?",
    "Which organisations took part in {e} of {d}?",
)
CHAIR = {"nl": "Wie zat {e} van {d} voor?", "en": "Who chaired {e} of {d}?"}
MINUTES = {
    "nl": (
        "Werd het verslag van de LRT van {d} goedgekeurd?",
        "Is het verslag van de vergadering van {d} vastgesteld?",
        "Wie vroeg een wijziging in het verslag van de LRT van {d}?",
        "Is het verslag van de LRT-vergadering van {d} vastgesteld?",
    ),
    "en": (
        "Were the minutes of the LRT of {d} approved?",
        "Was the report of the meeting of {d} adopted?",
        "Who asked for a change to the minutes of the meeting of {d}?",
        "Was the report of the LRT meeting of {d} adopted?",
    ),
}
MEETING = {
    "nl": (
        "Wie namen deel aan de LRT van {d}?",
        "Wie waren aanwezig bij de vergadering van {d}?",
        "Wat werd er besproken in de LRT van {d}?",
        "Wie namen deel aan de extra LRT van {d}?",
    ),
    "en": (
        "Who took part in the LRT of {d}?",
        "Who attended the meeting of {d}?",
        "What did the LRT of {d} decide?",
        "Who attended the extra LRT of {d}?",
    ),
}


def corpus_words() -> set[str]:
    text = " ".join(p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


def meeting_days() -> list[dt.date]:
    return [dt.date.fromisoformat(p.name[:10]) for p in sorted((ROOT / "corpus").glob("*.txt"))]


def dutch_events(vocab: set[str], rng: random.Random) -> list[str]:
    meeting = word_set("periods", "meeting_nouns")
    general = {w for w in wordfreq.top_n_list("nl", 50000) if zipf_folded(w, "nl") >= 2.0}
    out = []
    for head in HEADS:
        found = sorted(
            w
            for w in vocab | general
            if w.isalpha()
            and w.endswith(head)
            and (len(w) > len(head) or w not in meeting)
            and not dutch_class(w)
        )
        rng.shuffle(found)
        out += found[:8]
    art = [("het " if w.endswith(NEUTER) else "de ") + w for w in out]
    return [*art, "het bestuurlijk overleg", "de Benen op Tafel-bijeenkomst"]


def english_events(vocab: set[str]) -> list[str]:
    meeting = word_set("periods", "meeting_nouns")
    out = {"the talks"}
    for head in HEADS:
        for e in dutch_to_english(head):
            if " " not in e and e not in meeting and wordfreq.zipf_frequency(e, "en") >= 3:
                out.add("the " + e)
    for w in vocab:
        for head in ("gesprek", "overleg", "bijeenkomst"):
            if w.endswith(head) and len(w) > len(head) + 3:
                mod = w[: -len(head)].rstrip("s")
                for e in dutch_to_english(mod)[:1]:
                    if " " not in e and e.isalpha():
                        out.add(f"the {e} meeting")
    return sorted(out)


def written(day: dt.date, lang: str, year: bool = True) -> str:
    return f"{day.day} {_month(day.month, lang)}" + (f" {day.year}" if year else "")


def _month(n: int, lang: str) -> str:
    nl = (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    )
    return nl[n - 1] if lang == "nl" else dt.date(2000, n, 1).strftime("%B")


def rows() -> list[dict[str, object]]:
    rng = random.Random(28)
    vocab = corpus_words()
    days = meeting_days() + list(OTHER_DAYS)
    events = {"nl": dutch_events(vocab, rng), "en": english_events(vocab)}
    out: list[dict[str, object]] = []
    for lang, frames in (("nl", EVENT_NL), ("en", EVENT_EN)):
        for event in events[lang]:
            day = rng.choice(days)
            d = written(day, lang)
            out.append(_row(rng.choice(frames).format(e=event, d=d), lang, day, "event"))
            out.append(_row(CHAIR[lang].format(e=event, d=d), lang, day, "meeting"))
        for day in days:
            for frame in MINUTES[lang]:
                for year in (True, False):
                    q = frame.format(d=written(day, lang, year))
                    out.append(_row(q, lang, day, "event"))
            for frame in MEETING[lang]:
                out.append(_row(frame.format(d=written(day, lang)), lang, day, "meeting"))
    return unique_rows(out, ("question",))


def _row(question: str, lang: str, day: dt.date, reading: str) -> dict[str, object]:
    return {"question": question, "lang": lang, "day": day.isoformat(), "reading": reading}


if __name__ == "__main__":
    write_rows(OUT, "".join(f"# {line}\n" for line in HEADER.strip().splitlines()) + "\n", rows())
