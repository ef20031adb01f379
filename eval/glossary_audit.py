"""Audit of the English -> Dutch glossary (lexicon/data/glossary.toml) against Debian's FreeDict
(``dict-freedict-eng-nld``) as a second opinion, and of its word classes (issue 16, task F).

Prints, for every one-word English term of every entry:

- the disagreements: FreeDict translates the word (its dictionary form) but none of its one-word
  translations shares a Dutch Snowball stem with, or stands inside, a Dutch term of the entry
  (either side may be wrong: FreeDict often gives another sense, "location" -> "lokaliteit");
- the entries whose one-word English terms all read as nouns only while every Dutch term is a
  Dutch verb form with no noun reading (tests/unit/lexicon/test_glossary_senses.py fails on
  those);
- the Dutch terms the index of the minutes does not hold (``--index DIR``), a target the
  keyword query cannot meet.

    python eval/glossary_audit.py [--index DIR]
"""

from __future__ import annotations

import argparse
import sys

import Stemmer

from lrt_search.lexicon.freedict import english_headword, english_to_dutch
from lrt_search.lexicon.glossary import Glossary, GlossaryEntry
from lrt_search.lexicon.wordclass import dutch_class, english_not_noun, english_noun


def disagreements(entry: GlossaryEntry) -> list[tuple[str, list[str]]]:
    """(English term, FreeDict's one-word translations) where none meets a Dutch term."""
    stem = Stemmer.Stemmer("dutch").stemWord
    dutch = [w.lower() for t in entry.nl for w in t.split()]
    stems = {stem(w) for w in dutch}
    out = []
    for term in entry.en:
        if " " in term:
            continue
        senses = [s for s in english_to_dutch(english_headword(term)) if " " not in s]
        met = any(stem(s) in stems or any(s in w or w in s for w in dutch) for s in senses)
        if senses and not met:
            out.append((term, senses))
    return out


def noun_to_verbs(entry: GlossaryEntry) -> bool:
    """Whether every one-word English term reads as a noun only and every Dutch term is one
    word with no noun reading (a verb form)."""
    english = [t for t in entry.en if " " not in t]
    nouns = all(english_noun(t)[0] and not english_not_noun(t) for t in english)
    verbs = all(" " not in t and dutch_class(t) == "V" for t in entry.nl)
    return bool(english) and nouns and verbs


def main(argv: list[str] | None = None) -> int:
    """Print the audit (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", help="an index folder (with corpus/): list Dutch terms it lacks")
    args = parser.parse_args(argv)
    glossary = Glossary.default()
    terms = sum(" " not in t for e in glossary.entries for t in e.en)
    rows = [(e, d) for e in glossary.entries for d in disagreements(e)]
    print(f"{len(glossary.entries)} entries, {terms} one-word English terms")
    print(f"disagreements with FreeDict: {len(rows)}")
    for entry, (term, senses) in rows:
        print(f"  {term}: glossary {', '.join(entry.nl[:4])} | FreeDict {', '.join(senses[:6])}")
    wrong = [e for e in glossary.entries if noun_to_verbs(e)]
    print(f"English nouns mapped to Dutch verb forms only: {len(wrong)}")
    for entry in wrong:
        print(f"  {', '.join(entry.en)} -> {', '.join(entry.nl)}")
    if args.index:
        from lrt_search.service import Engine

        retriever = Engine.load("corpus", args.index, build=False)
        known, analyzer = retriever.bm25.terms, retriever.analyzer
        absent = [
            t
            for e in glossary.entries
            for t in e.nl
            if not all(w in known for w in analyzer.tokenize(t))
        ]
        print(f"Dutch terms the index lacks: {len(absent)}")
        print("  " + ", ".join(absent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
