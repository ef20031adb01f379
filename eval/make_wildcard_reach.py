"""Write tests/data/wildcard_reach.toml: the words each wildcard entry of the word lists of
lrt_search/lexicon/data/*.toml matches, labelled intended or stray (issue 16, session 28 task
A3, rule ``wildcard_strays_excluded``).

Rules of the table (also in its header):
- Entries: every string of a word list (``wordlists.words``) ending in ``*`` ("urg*",
  "present*"), in every file but places.toml ``countries`` (names, matched case-sensitively
  and in both languages on purpose) and ocr.toml (glyphs). acts.toml writes regular
  expressions ("leak\\w*"), not word lists: not read.
- Words: the minutes' vocabulary (letters only, 4+ letters, of corpus/*.txt) and general Dutch
  and English (wordfreq nl and en, Zipf >= 2.5), lower case; a word is a row of a list when
  an entry of the list matches it as the matcher does (``stem`` + any word ending).
- A word's language: "en" when its English Zipf is 1.0 or more above its Dutch one, "nl"
  when the reverse, or when it is a word of the minutes that wordfreq en lacks (Zipf < 2.5);
  else "both". An entry's language: the language of most of the frequency of the words it
  matches (summed 10**Zipf per language).
- Label: ``stray`` when the word is of one language and every entry of the list that matches
  it is of the other ("urgentie" by "urg*" of speech.toml ``speech``); else ``intended``.
  ``match`` says whether the list should match the word (intended: true; stray: false).
- Every candidate stray row read by hand (``read = "hand"``): it stays stray only when the
  word is in ``HAND_STRAY`` below, another word than the listed one ("urgentie" of "urg*",
  "wantrouwen" of "want*", "reactors" of "react*", "adviseur" of "advis*"); the others are
  the listed word in the other language, which the bilingual lists mean ("discussie" of
  "discuss*", "protesteren" of "protest*", "critici" of "criti*"): intended. A second pass
  read every row that a stray start of lexicon/data/wildcards.toml (commit 4fbd94c8, rule
  ``wildcard_strays_excluded``, tried and deleted) excludes and the rule
  above left intended (a word of both languages or of the entry's: "europese" of "euro*",
  "protestant", "differentiate" of "differ*", "urgently"): all stray, in ``HAND_STRAY``.
Run: PYTHONPATH=. .venv/bin/python eval/make_wildcard_reach.py
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import wordfreq
from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "lrt_search/lexicon/data"
SKIP = {("places", "countries")}
SKIP_FILES = {"ocr", "acts", "wildcards"}
ZIPF = 2.5

#: The candidate strays that are another word than the entry's (read by hand, every one).
HAND_STRAY = frozenset(
    [
        "urgente",
        "urgentie",
        "callantsoog",
        "callcenter",
        "callgirl",
        "warnsveld",
        "zeitschrift",
        "wanten",
        "wantoestanden",
        "wantrouwen",
        "wantrouwig",
        "wantrouwt",
        "believen",
        "presentje",
        "reportage",
        "reportages",
        "respondenten",
        "stressen",
        "stresstest",
        "stressvol",
        "stressvolle",
        "supportersvereniging",
        "oppositie",
        "oppositieleider",
        "oppositiepartij",
        "oppositiepartijen",
        "propositie",
        "proposities",
        "representatie",
        "representatief",
        "representatieve",
        "expressie",
        "expressief",
        "expressieve",
        "expressionisme",
        "reactionary",
        "reactivate",
        "reactivated",
        "reactivation",
        "reactive",
        "reactivity",
        "reactors",
        "reagent",
        "reagents",
        "suggestief",
        "suggestieve",
        "accommodatie",
        "accommodaties",
        "consultatiebureau",
        "contactless",
        "protestanten",
        "protestantisme",
        "protestantse",
        "differentiatie",
        "differentieel",
        "differentiëren",
        "european",
        "europeans",
        "commentatoren",
        "adoptie",
        "adviseur",
        "adviseurs",
        "reactor",
        "urgent",
        "urgency",
        "urgently",
        "differential",
        "differentially",
        "differentials",
        "differentiate",
        "differentiated",
        "differentiates",
        "differentiating",
        "differentiation",
        "europa",
        "europacup",
        "europaplein",
        "europarlementariër",
        "europarlementariërs",
        "europe",
        "europeaan",
        "europeanen",
        "europees",
        "europese",
        "europol",
        "europoort",
        "commentator",
        "commentators",
        "expressionism",
        "expressionist",
        "reactoren",
        "respondent",
        "respondents",
        "zeit",
        "zeitgeist",
        "zeitung",
        "protestant",
        "protestantism",
        "protestants",
    ]
)


def word_lists() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("*.toml")):
        if path.stem in SKIP_FILES:
            continue
        for name, value in tomllib.loads(path.read_text("utf-8")).items():
            if isinstance(value, dict):
                value = list(value)
            if not isinstance(value, list) or (path.stem, name) in SKIP:
                continue
            items = [w for w in value if isinstance(w, str)]
            if any(w.endswith("*") and len(w) > 1 for w in items):
                out[f"{path.stem}.{name}"] = items
    return out


def vocabulary() -> tuple[set[str], set[str]]:
    minutes: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text("utf-8").lower()
        minutes |= {w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4}
    general = set()
    for lang in ("nl", "en"):
        for w in wordfreq.iter_wordlist(lang, "large"):
            if wordfreq.zipf_frequency(w, lang) < ZIPF:
                break
            if w.isalpha():
                general.add(w)
    return minutes, general


def word_language(word: str, minutes: set[str]) -> str:
    en, nl = wordfreq.zipf_frequency(word, "en"), wordfreq.zipf_frequency(word, "nl")
    if en - nl >= 1.0:
        return "en"
    if nl - en >= 1.0 or (word in minutes and en < ZIPF):
        return "nl"
    return "both"


def entry_language(stem: str, words: list[str]) -> str:
    matched = [w for w in words if w.startswith(stem)]
    en = sum(10 ** wordfreq.zipf_frequency(w, "en") for w in matched)
    nl = sum(10 ** wordfreq.zipf_frequency(w, "nl") for w in matched)
    return "en" if en > nl else "nl"


def rows() -> list[dict[str, object]]:
    minutes, general = vocabulary()
    words = sorted(minutes | general)
    out = []
    for name, items in word_lists().items():
        wild = [w[:-1].lower() for w in items if w.endswith("*") and " " not in w]
        langs = {s: entry_language(s, words) for s in wild}
        for word in words:
            hits = [s for s in wild if word.startswith(s)]
            if not hits:
                continue
            lang = word_language(word, minutes)
            stray = lang != "both" and all(langs[s] != lang for s in hits)
            label = word not in HAND_STRAY
            out.append(
                {
                    "list": name,
                    "word": word,
                    "entries": [s + "*" for s in hits],
                    "entry_lang": "/".join(sorted({langs[s] for s in hits})),
                    "word_lang": lang,
                    "label": "intended" if label else "stray",
                    "match": label,
                    "read": "hand" if stray or word in HAND_STRAY else "rule",
                }
            )
    return out


def main() -> None:
    head = "".join("# " + line + "\n" for line in __doc__.splitlines()) + "\n"
    write_rows(ROOT / "tests/data/wildcard_reach.toml", head, rows())


if __name__ == "__main__":
    main()
