#!/usr/bin/env python
"""Regenerate ``lrt_search/lexicon/data/english_nouns.sqlite``: the English words read as nouns.

    apt-get install wordnet-base && python eval/make_english_nouns_data.py

The English topic check (:mod:`lrt_search.answer.topics`, rule ``english_noun_absent``) counts
an English word of a question whose Dutch translations the minutes lack as a missing topic only
when the word is a noun: a noun names a topic ("pension", "drug", "terrorism"); a verb or an
adjective mostly says what a statement says in other words ("weekly", "discussed", "elderly").
The word class comes from Princeton WordNet 3.0 (Debian's ``wordnet-base``): for every
one-word lemma, the number of times each of its senses was tagged in the SemCor corpus
(``cntlist.rev``) is summed per part of speech, and the lemma is stored when its noun senses
carry at least as many tags as those of any other part of speech (a lemma whose senses were
never tagged is stored when it has at least as many noun senses as of any other part), with
its number of noun senses (how ambiguous it is: "drug" 1, "body" 11). "use", "say" and
"elderly" (verbs, an adjective) are not stored; "target" and "drug" are.

Only lemmas of general English of Zipf ``MIN_ZIPF`` or more (wordfreq's list, as shipped in
``wordfreq.sqlite``) are kept: a rarer word is left unchecked. Inflected forms are not stored;
:func:`lrt_search.lexicon.wordclass.english_noun` reduces a plural with WordNet's rules.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT = DATA / "english_nouns.sqlite"
WORDNET = Path("/usr/share/wordnet")
MIN_ZIPF = 2.5
# WordNet's synset types (the digit after "%" in a sense key): 1 noun, 2 verb, 3 adjective,
# 4 adverb, 5 adjective satellite.
_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
_INDEX = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}


def _senses() -> dict[str, dict[str, int]]:
    """Per one-word lemma, its number of senses per part of speech."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pos, name in _INDEX.items():
        for line in (WORDNET / name).read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            if fields[0].isalpha():
                out[fields[0]][pos] += int(fields[2])
    return out


def _tags() -> dict[str, dict[str, int]]:
    """Per one-word lemma, its SemCor tag count per part of speech."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in (WORDNET / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        if lemma.isalpha():
            out[lemma][_POS[rest[0]]] += int(count)
    return out


def is_noun(senses: dict[str, int], tags: dict[str, int]) -> bool:
    """Whether a lemma reads as a noun first (see the module docstring)."""
    if not senses.get("n"):
        return False
    counts = tags if any(tags.values()) else senses
    return counts.get("n", 0) >= max(counts.get(p, 0) for p in "var")


def main() -> int:
    if not (WORDNET / "cntlist.rev").exists():
        print(f"error: {WORDNET} has no WordNet: apt-get install wordnet-base", file=sys.stderr)
        return 1
    freq = sqlite3.connect(DATA / "wordfreq.sqlite")
    bucket = round(100 * (9 - MIN_ZIPF))
    common = {
        w
        for (w,) in freq.execute(
            "SELECT word FROM zipf WHERE lang = 'en' AND bucket <= ?", (bucket,)
        ).fetchall()
    }
    senses, tags = _senses(), _tags()
    out = sorted(w for w in senses if w in common and is_noun(senses[w], tags.get(w, {})))
    OUT.unlink(missing_ok=True)
    conn = sqlite3.connect(OUT)
    conn.execute("CREATE TABLE noun (word TEXT PRIMARY KEY, senses INTEGER NOT NULL) WITHOUT ROWID")
    conn.executemany("INSERT INTO noun VALUES (?, ?)", [(w, senses[w]["n"]) for w in out])
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    print(f"{len(out)} of {len(senses)} WordNet lemmas of Zipf >= {MIN_ZIPF}: nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
