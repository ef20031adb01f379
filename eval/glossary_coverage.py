"""How far an English user reaches the minutes' own content words (issue 16, session 24 task C3).

    python eval/glossary_coverage.py [--index DIR] [--top N] [--core]

The minutes' content terms are the words of their sentences (statements and lines of the
agenda items, not the header; lower case as written at least once, or a word of general Dutch
(Zipf >= 2.5) capitalised only at a sentence's start: no name or acronym; three letters or
more; no stopword; no Dutch adjective or verb form of lexicon/wordclass). A term is *reached*
by an English user when

- ``glossary``: a Dutch term of a glossary entry (lexicon/data/glossary*.toml) holds a word of
  the same Dutch Snowball stem;
- ``freedict``: a common English word (Zipf >= 3.5) that FreeDict's nld-eng gives for it
  translates back to it (eng-nld, the way the topic check reads an English word);
- ``cognate``: it is itself a common English word (Zipf >= 3.5: "budget", "crisis"), or an
  English noun gives it by the suffix correspondences of lexicon/data/cognates.toml
  ("integratie" from "integration").

Prints the coverage (terms; terms weighted by the number of statements using them) and the
terms no route reaches, by statement frequency x idf (idf over statements). Reads the minutes
only, never a question.
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import Stemmer

from lrt_search.index.analysis import dutch_stopwords, english_stopwords
from lrt_search.lexicon.cognates import cognate_forms, suffix_pairs
from lrt_search.lexicon.freedict import dutch_to_english, english_to_dutch
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.wordclass import dutch_class, english_noun
from lrt_search.lexicon.wordfreq import zipf
from lrt_search.models import Chunk

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")
COMMON_ENGLISH = 3.5


@dataclass(frozen=True)
class Term:
    """A content term of the minutes: statements using it, idf, and the route reaching it."""

    word: str
    statements: int
    idf: float
    route: str  # "glossary", "freedict", "cognate" or "" (unreached)

    @property
    def weight(self) -> float:
        """Statement frequency x idf: how much policy content the term carries."""
        return self.statements * self.idf


def content_terms(chunks: Iterable[Chunk]) -> tuple[Counter[str], int]:
    """(sentences using each content term, number of sentences)."""
    stop = dutch_stopwords() | english_stopwords()
    counts: Counter[str] = Counter()
    lower: set[str] = set()
    named: set[str] = set()  # capitalised inside a sentence: a name, an acronym
    total = 0
    for chunk in chunks:
        if chunk.kind == "header":
            continue
        for sentence in _SENTENCE.split(chunk.text):
            words = _WORD.findall(sentence)
            if not words:
                continue
            total += 1
            lower.update(w for w in words if w.islower())
            named.update(w.lower() for w in words[1:] if not w.islower())
            counts.update({w.lower() for w in words})
    keep = {
        w: n
        for w, n in counts.items()
        if (w in lower or (w not in named and zipf(w, "nl") >= 2.5))
        and len(w) >= 3
        and w not in stop
        and not dutch_class(w)
    }
    return Counter(keep), total


def _stem() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


def glossary_stems(glossary: Glossary) -> set[str]:
    """The Dutch Snowball stems of every word of the glossary's Dutch terms."""
    stem = _stem().stemWord
    return {stem(w.lower()) for e in glossary.entries for t in e.nl for w in _WORD.findall(t)}


def by_freedict(word: str) -> bool:
    """A common English word FreeDict gives for ``word`` (or its form without a plural ending)
    translates back to it (the same Dutch stem)."""
    stem = _stem().stemWord
    forms = (word, *(word[: -len(end)] for end in ("en", "s", "n") if word.endswith(end)))
    for english in dict.fromkeys(e for form in forms for e in dutch_to_english(form)):
        if " " in english or zipf(english, "en") < COMMON_ENGLISH:
            continue
        if any(stem(d) == stem(word) for d in english_to_dutch(english) if " " not in d):
            return True
    return False


def by_cognate(word: str) -> bool:
    """``word`` is a common English word, or an English noun's cognate form."""
    if zipf(word, "en") >= COMMON_ENGLISH:
        return True
    for english_end, dutch_ends in suffix_pairs():
        for end in dutch_ends:
            for form in (word, word.removesuffix("s"), word.removesuffix("en")):
                if form.endswith(end) and len(form) > len(end) + 2:
                    english = form[: -len(end)] + english_end
                    if english_noun(english)[0] and word in cognate_forms(english) + tuple(
                        f + s for f in cognate_forms(english) for s in ("s", "en")
                    ):
                        return True
    return False


def coverage(chunks: Iterable[Chunk], glossary: Glossary) -> list[Term]:
    """Every content term of the minutes with its route, by weight (largest first)."""
    counts, total = content_terms(chunks)
    stems = glossary_stems(glossary)
    stem = _stem().stemWord
    out = []
    for word, n in counts.items():
        if stem(word) in stems:
            route = "glossary"
        elif by_freedict(word):
            route = "freedict"
        elif by_cognate(word):
            route = "cognate"
        else:
            route = ""
        out.append(Term(word, n, math.log(total / n), route))
    return sorted(out, key=lambda t: (-t.weight, t.word))


def shares(terms: list[Term]) -> tuple[float, float]:
    """(share of terms reached, share of statement uses reached)."""
    reached = [t for t in terms if t.route]
    uses = sum(t.statements for t in terms)
    return len(reached) / len(terms), sum(t.statements for t in reached) / uses


def main(argv: list[str] | None = None) -> int:
    """Print the coverage and the unreached terms (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="index")
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--core", action="store_true", help="glossary.toml alone")
    args = parser.parse_args(argv)
    from lrt_search.config import Settings
    from lrt_search.evaluation import engine_for

    engine = engine_for(Settings(index_dir=Path(args.index)), progress=False)
    terms = coverage(engine.chunks, Glossary.default(minutes=not args.core))
    by_route = Counter(t.route or "unreached" for t in terms)
    term_share, use_share = shares(terms)
    print(
        f"{len(terms)} content terms; reached {term_share:.3f}, by statement uses {use_share:.3f}"
    )
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(by_route.items())))
    for t in [t for t in terms if not t.route][: args.top]:
        print(f"{t.word}\t{t.statements}\t{t.idf:.2f}\t{t.weight:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
