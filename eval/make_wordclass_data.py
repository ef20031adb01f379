#!/usr/bin/env python
"""Regenerate ``lrt_search/lexicon/data/wordclass.sqlite``: the Dutch words that are no noun.

    apt-get install hunspell-nl && pip install spylls && python eval/make_wordclass_data.py

A topic check (:mod:`lrt_search.answer.topics`) counts a question's word the minutes lack as a
missing topic. A noun names a topic ("studenten", "beveiliging"); an adjective, verb or adverb
of an everyday question mostly paraphrases what a statement says in other words ("rustig" for
"stabiel", "naartoe" for "trekt naar", "gereageerd" for "reacties"). The word class comes from
OpenTaal's Hunspell dictionary (Debian's ``hunspell-nl``) read with spylls (Hunspell in pure
Python): every reading of the word (a dictionary form with its affixes; of a compound, its last
part) is looked at, and a word is stored when no reading is a noun: its suffix is an adjective
or verb suffix, or its dictionary form carries adjective or verb flags only. A word with a noun
reading ("druk", "staking"), an entry without flags (an invariable word, or a form listed on its
own: the plural "excuses"), or a word the dictionary does not know is not stored: it stays a
topic word.

Only words of general Dutch of Zipf ``MIN_ZIPF`` or more (wordfreq's list, as shipped in
``wordfreq.sqlite``) are classified: rarer words are kept as topic words. Loading the dictionary
takes seconds, so the result ships as one SQLite table (word -> class letter: A adjective,
V verb); a lookup reads one row.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT = DATA / "wordclass.sqlite"
HUNSPELL = "/usr/share/hunspell/nl"
MIN_ZIPF = 2.5

# OpenTaal's flags (nl.aff): A* adjective suffixes, P*/V* verb forms; Y* diminutives and Z*
# plurals are noun flags (Zm: an adjective's "-heid" noun is a flag of the adjective), Cc a
# compound's last part, Ch a noun's "-s" compound form.
_NOUN = ("Y", "Z", "Cc", "Ch")
_ADJECTIVE = ("A",)
_VERB = ("P", "V")


def _kind(flags: set[str]) -> str:
    if flags and all(f.startswith("C") and f not in ("Cc", "Ch") for f in flags):
        return "C"  # a compound part only: says nothing of the class
    if any(f.startswith(_NOUN) and f != "Zm" for f in flags):
        return "N"
    if any(f.startswith(_ADJECTIVE) or f == "Zm" for f in flags):
        return "A"
    if any(f.startswith(_VERB) for f in flags):
        return "V"
    return "X" if not flags else "?"


def word_class(dictionary: object, word: str) -> str:
    """``N`` when some reading of ``word`` is a noun, else ``A`` or ``V``; ``?`` when the
    dictionary cannot tell (unknown, or an entry without flags)."""
    kinds: set[str] = set()
    for form in dictionary.lookuper.good_forms(word):  # type: ignore[attr-defined]
        if hasattr(form, "parts"):  # a compound: its last part decides
            form = form.parts[-1]
        suffix = form.suffix
        if suffix is not None:
            kinds.add(_kind({suffix.flag}))
        else:
            entry = form.in_dictionary
            kinds.add(_kind(set(entry.flags) if entry is not None else {"?"}))
    kinds.discard("C")
    if "N" in kinds:
        return "N"
    if not kinds or "?" in kinds or "X" in kinds:
        # Unknown, or an entry without flags: an invariable word ("naartoe") or a form listed
        # on its own (the irregular plural "excuses"); the dictionary cannot tell them apart.
        return "?"
    return sorted(kinds)[0]


def main() -> int:
    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(HUNSPELL)
    freq = sqlite3.connect(DATA / "wordfreq.sqlite")
    bucket = round(100 * (9 - MIN_ZIPF))
    rows = freq.execute(
        "SELECT word FROM zipf WHERE lang = 'nl' AND bucket <= ? ORDER BY word", (bucket,)
    ).fetchall()
    out: list[tuple[str, str]] = []
    for (word,) in rows:
        if not word.isalpha():
            continue
        kind = word_class(dictionary, word)
        if kind in ("A", "V"):
            out.append((word, kind))
    OUT.unlink(missing_ok=True)
    conn = sqlite3.connect(OUT)
    conn.execute("CREATE TABLE not_noun (word TEXT PRIMARY KEY, class TEXT NOT NULL) WITHOUT ROWID")
    conn.executemany("INSERT INTO not_noun VALUES (?, ?)", out)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    print(f"{len(out)} of {len(rows)} Dutch words of Zipf >= {MIN_ZIPF} are no noun -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
