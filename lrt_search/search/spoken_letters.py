"""Rule ``spoken_abbreviations``: an abbreviation of the minutes written as its letters sound,
as a question dictated to a phone or typed by ear writes it ("ko a" or "koa" for COA, "ie pee
o" for IPO, "vee en gee" for VNG, "see oh a", "ee joe" for EU, "es jee en vee" for SJenV,
"azetsee" for AZC), is read as the abbreviation before the question is read, so that the
speaker, the names and the topic are read from the minutes' own form.

The letter names are data (``lexicon/data/letter_names.toml``, Dutch and English); a letter
written alone is itself. A run of words, each made wholly of letter names, is read only when it
spells an abbreviation the organisation table or the minutes use (an alias or a word of two to
six capitals of the chunk texts that is no word of general Dutch or English). Guard: one word
alone is read only when it is no word of the index nor of general Dutch or English ("koa",
"azetsee"); a real word that sounds like a letter ("ie", "ee", "es", "de") is never read alone,
and a run that spells no known abbreviation is left as written. Each reading is named in the
answer's notes as an abbreviation read ("abbreviation: ko a -> COA")."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords
from ..index.capital_words import capital_words
from ..lazyre import lazy
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import mapping

if TYPE_CHECKING:
    from .retriever import Retriever

#: The most spellings one word or run may have (letter names of two letters: "k" is c or k).
MAX_SPELLINGS = 64
#: The longest abbreviation read, in letters.
MAX_LETTERS = 6
#: The Zipf frequency from which a word is a word of general use, not an abbreviation.
GENERAL_ZIPF = 3.0

#: The known abbreviations of each retriever with the chunks they were read from (read again
#: when its chunks are replaced), as :func:`lrt_search.index.affixes.affixes` keeps its affixes.
_KNOWN: weakref.WeakKeyDictionary[object, tuple[object, dict[str, str]]] = (
    weakref.WeakKeyDictionary()
)
_WORD = lazy(r"[^\W\d_]+")


@dataclass(frozen=True)
class Spoken:
    """One spoken abbreviation read: ``words`` as written, ``abbreviation`` as the minutes
    write it."""

    words: str
    abbreviation: str

    def note(self) -> str:
        """The answer's note of this reading."""
        return f"abbreviation: {self.words} -> {self.abbreviation}"


@cache
def letter_names() -> dict[str, frozenset[str]]:
    """Every spoken form of a letter (both languages) and each letter a-z -> the letters it
    may stand for."""
    names: dict[str, set[str]] = {chr(c): {chr(c)} for c in range(ord("a"), ord("z") + 1)}
    for lang in ("nl", "en"):
        for letter, forms in mapping("letter_names", lang).items():
            for form in forms:
                names.setdefault(str(form).lower(), set()).add(str(letter))
    return {form: frozenset(letters) for form, letters in names.items()}


def spoken_key(abbreviation: str) -> str:
    """The letters an abbreviation is spoken as, in lower case: "SJenV" -> "sjnv" (its lower-case
    "en" spoken as the letter name "en"), "J&V" -> "jnv", "COA" -> "coa"."""
    letters = abbreviation.replace("&", "en")
    return "".join(c for c in letters.replace("en", "n") if c.isalpha()).lower()


def spellings(word: str) -> frozenset[str]:
    """The letter strings ``word`` (lower case) spells when it is wholly made of letter names
    ("koa" -> {"koa", "coa"}; "azetsee" -> "azc", "azsee", ...); empty when it is not."""
    ends: list[set[str]] = [{""}] + [set() for _ in word]
    names = letter_names()
    for start in range(len(word)):
        if not ends[start]:
            continue
        for end in range(start + 1, min(len(word), start + 9) + 1):
            for letter in names.get(word[start:end], ()):
                ends[end].update(s + letter for s in ends[start] if len(s) < MAX_LETTERS)
        if len(ends[-1]) > MAX_SPELLINGS:
            return frozenset()
    return frozenset(ends[-1])


def _run_spellings(words: Iterable[str]) -> set[str]:
    out = {""}
    for word in words:
        out = {a + b for a in out for b in spellings(word) if len(a + b) <= MAX_LETTERS}
        if not out or len(out) > MAX_SPELLINGS:
            return set()
    return out


def read_spoken(
    question: str, known: dict[str, str], is_word: Callable[[str, bool], bool]
) -> tuple[str, tuple[Spoken, ...]]:
    """``question`` with each run of letter names that spells an abbreviation of ``known``
    (spoken key -> the abbreviation as written) read as it, and the readings made.
    ``is_word(word, alone)`` says whether ``word`` is a word of its own: a run of one word is
    read only when it is not (``alone``: a stopword, a word of the index or of general Dutch or
    English), and a word of several letters run together ("in", "op") that is one (a stopword
    or a word of the index) ends a run; a word with a capital is never part of a run."""
    tokens = list(_WORD.finditer(question))
    made: list[Spoken] = []
    parts: list[str] = []
    at, i = 0, 0
    while i < len(tokens):
        found = _longest_run(question, tokens, i, known, is_word)
        if found is None:
            i += 1
            continue
        end, abbreviation = found
        written = question[tokens[i].start() : tokens[end - 1].end()]
        parts += [question[at : tokens[i].start()], abbreviation]
        made.append(Spoken(written, abbreviation))
        at, i = tokens[end - 1].end(), end
    return "".join(parts) + question[at:], tuple(made)


def _longest_run(
    question: str,
    tokens: list[re.Match[str]],
    i: int,
    known: dict[str, str],
    is_word: Callable[[str, bool], bool],
) -> tuple[int, str] | None:
    """The end (exclusive) of the longest run of words from ``tokens[i]`` that spells a known
    abbreviation, with that abbreviation; None when none does."""
    best: tuple[int, str] | None = None
    for end in range(i + 1, min(len(tokens), i + MAX_LETTERS) + 1):
        word = tokens[end - 1].group(0)
        if not word.islower() or not spellings(word):
            break
        if word not in letter_names() and is_word(word, False):
            break  # letters run together that make a word ("in de": no IND)
        if end > i + 1 and question[tokens[end - 2].end() : tokens[end - 1].start()].strip():
            break  # a comma or other mark ends a run
        run = [t.group(0) for t in tokens[i:end]]
        if end == i + 1 and (word in known or is_word(word, True)):
            continue  # one word alone: never a word, nor the abbreviation as typed ("coa")
        hits = sorted(known[s] for s in _run_spellings(run) if s in known)
        if hits and len(spoken_key(hits[0])) >= 2:
            best = (end, hits[0])
    return best


def known_abbreviations(retriever: Retriever) -> dict[str, str]:
    """The abbreviations a spoken run may spell: spoken key -> as written (the organisation
    codes and aliases written with two capitals and no space; the chunk texts' words of two to
    six letters with a capital at each end that are no word of general Dutch or English)."""
    chunks = retriever.chunks
    found = _KNOWN.get(retriever)
    if found is not None and found[0] is chunks:
        return found[1]
    names = [
        alias for org in retriever.orgs.organisations.values() for alias in (org.code, *org.aliases)
    ]
    seen = _capital_words(retriever)
    names += [w for w in sorted(seen) if len(w) <= MAX_LETTERS and not _general(w)]
    known: dict[str, str] = {}
    for name in names:
        if " " not in name and sum(c.isupper() for c in name) >= 2 and len(name) <= 8:
            known.setdefault(spoken_key(name), name)
    _KNOWN[retriever] = (chunks, known)
    return known


def _capital_words(retriever: Retriever) -> set[str]:
    """The words of the chunk texts with a capital at each end: table ``capital_words`` of the
    index's corpus facts (session 23 task A3: no chunk decoded), else read from every chunk."""
    from ..index.facts import corpus_facts

    stored = corpus_facts(retriever.chunks).capital_words()
    return capital_words(c.text for c in retriever.chunks) if stored is None else stored


def _general(word: str) -> bool:
    """Whether ``word`` (in capitals in the minutes) is a word, not an abbreviation: a stopword
    ("EN", "OP") or, of four letters or more, a word of general use (a heading: "INZET")."""
    low = word.lower()
    if len(low) <= 3:
        return low in dutch_stopwords() or low in english_stopwords()
    return zipf(low, "nl") >= GENERAL_ZIPF or zipf(low, "en") >= GENERAL_ZIPF


def read_spoken_abbreviations(retriever: Retriever, question: str) -> tuple[str, list[str]]:
    """``question`` as read by rule ``spoken_abbreviations`` against ``retriever``'s index and
    organisations, and the notes of its readings; unchanged with the rule off."""
    if not retriever.settings.spoken_abbreviations:
        return question, []
    from ..index.facts import corpus_facts

    facts = corpus_facts(retriever.chunks)

    def is_word(word: str, alone: bool) -> bool:
        stop = word in dutch_stopwords() or word in english_stopwords()
        general = alone and max(zipf(word, "nl"), zipf(word, "en")) >= GENERAL_ZIPF
        return stop or general or word in facts

    text, made = read_spoken(question, known_abbreviations(retriever), is_word)
    return text, [s.note() for s in made]


__all__ = [
    "Spoken",
    "known_abbreviations",
    "letter_names",
    "read_spoken",
    "read_spoken_abbreviations",
    "spellings",
    "spoken_key",
]
