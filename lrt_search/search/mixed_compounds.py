"""Rule ``mixed_compounds_read`` (issue 16 session 30 task H; eval/blind30.md class 4): a
compound of the minutes asked as its Dutch modifier and an English head is read as the
compound.

A mixed-language asker writes "doorstroom places", "spreiding act": the Dutch modifier of a
compound of the minutes ("doorstroomlocatie", "Spreidingswet") that the minutes never write as a
word of its own, and the compound's head in English. Read word by word the modifier is "no word
of the minutes" (``topic_absent``: "the topic “doorstroom” does not occur") and the English noun
a topic of its own. With the rule, two adjacent words of the question are one reading when

- the first (four letters or more, no stopword, no English word - wordfreq en Zipf below
  :data:`ENGLISH_ZIPF`: "status holders", "flex homes" are English pairs; a linking "s", "e" or
  "en" at its end may be dropped) begins words of the minutes
  (:func:`~lrt_search.index.affixes.affixes`) as their modifier - an optional linking "s", "e"
  or "en", then a head of three letters or more; no verb or adjective form
  (``is_paraphrase_word``: "voortvloeien") - and is no word of the minutes itself, nor one with
  only an inflection ending after it ("-en", "-s", "-e", "-n"): the minutes hold it only as the
  first part of their compounds;
- the second is an English noun (:func:`~lrt_search.lexicon.wordclass.english_noun`) whose
  Dutch translations - FreeDict eng-nld of it and its lemmas
  (:func:`~lrt_search.lexicon.freedict.dutch_for`), and the one-word Dutch terms of every
  glossary entry with an English term that is the noun or ends in it ("reception places" ->
  "opvanglocaties", "locaties", "plekken") - hold a head of one of those compounds (by Dutch
  Snowball stem).

The compounds so read (every one of them: "doorstroomlocatie", "doorstroomlocaties") are the
pair's reading: the topic check's unit, named by the first ("doorstroomlocatie"; the pair's
words leave the topic, so no glossary term of the noun is a unit of its own:
:func:`lrt_search.answer.unread_topic.check_of`), and extra BM25
terms of the search (:func:`with_compound_terms`, noted "compound: ..."). A Dutch word followed
by an English noun that makes no compound of the minutes stays as today, and so does a modifier
the minutes write on its own ("taakstelling letter": both words are read already).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from ..answer.compound_words import LINKS
from ..index.affixes import affixes
from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.dutch_forms import class_form
from ..lexicon.freedict import dutch_for, english_lemmas
from ..lexicon.stemmers import stem_words
from ..lexicon.wordclass import english_noun, is_paraphrase_word
from ..lexicon.wordfreq import zipf_folded

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from .query import QueryScope
    from .retriever import Retriever

#: The endings after which a word of the minutes is the modifier itself, inflected.
INFLECTIONS = ("", "en", "s", "e", "n")
MIN_MODIFIER, MIN_HEAD = 4, 3
#: A modifier this common in English (wordfreq Zipf) is an English word, and its pair English
#: ("status holders", "flex homes", "expert session": the glossary and rule
#: ``compound_synonyms_read`` read those).
ENGLISH_ZIPF = 2.5


@dataclasses.dataclass(frozen=True)
class MixedCompound:
    """A pair of the question read as the minutes' compounds."""

    modifier: str
    noun: str
    compounds: tuple[str, ...]

    @property
    def name(self) -> str:
        """The unit's name: the first compound."""
        return self.compounds[0]


def _stem(word: str) -> str:
    return stem_words("dutch", [word])[0]


def _modifiers(word: str) -> list[str]:
    """``word`` and ``word`` without a linking morpheme at its end."""
    out = [word] + [word[: -len(k)] for k in LINKS if word.endswith(k)]
    return [w for w in out if len(w) >= MIN_MODIFIER and w not in dutch_stopwords()]


def compounds_of(retriever: Retriever, modifier: str) -> dict[str, frozenset[str]]:
    """``{compound: its possible heads}`` of the minutes' words that ``modifier`` begins as
    their modifier; empty when the minutes write ``modifier`` as a word of its own."""
    out: dict[str, set[str]] = {}
    for word in affixes(retriever).starting(modifier):
        rest = word[len(modifier) :]
        if rest in INFLECTIONS:
            return {}  # held on its own
        for link in ("", *LINKS):
            head = rest[len(link) :]
            if rest.startswith(link) and len(head) >= MIN_HEAD and head.isalpha():
                out.setdefault(word, set()).add(head)
    return {w: frozenset(h) for w, h in out.items() if not is_paraphrase_word(class_form(w, True))}


@cache
def _glossary_heads(glossary: Glossary) -> dict[str, frozenset[str]]:
    """{English word: the one-word Dutch terms of the entries with an English term that is
    the word or ends in it}."""
    out: dict[str, set[str]] = {}
    for entry in glossary.entries:
        dutch = {t.lower() for t in entry.nl if " " not in t and t.isalpha()}
        for term in entry.en:
            last = term.lower().split()[-1] if term.strip() else ""
            if last.isalpha():
                out.setdefault(last, set()).update(dutch)
    return {k: frozenset(v) for k, v in out.items()}


def noun_translations(noun: str, glossary: Glossary | None) -> frozenset[str]:
    """The Dutch translations of the English ``noun`` and of its lemmas: FreeDict's and the
    glossary's (as a term or a term's last word)."""
    forms = {noun, *english_lemmas(noun)}
    lemma = english_noun(noun)[0]
    if lemma:
        forms.add(lemma)
    heads = _glossary_heads(glossary) if glossary is not None else {}
    out = {t.lower() for form in forms for t in dutch_for(form) if t.isalpha()}
    out.update(t for form in forms for t in heads.get(form, ()))
    return frozenset(out)


def _heads_in(heads: frozenset[str], stems: set[str]) -> bool:
    return any(_stem(h) in stems for h in heads)


def read_pair(retriever: Retriever, first: str, second: str) -> MixedCompound | None:
    """The reading of two adjacent words (see the module), or ``None``."""
    if not (first.isalpha() and second.isalpha()) or second in dutch_stopwords():
        return None
    if first in english_stopwords() or not english_noun(second)[0]:
        return None
    if zipf_folded(first, "en") >= ENGLISH_ZIPF:
        return None  # an English pair
    for modifier in _modifiers(first):
        compounds = compounds_of(retriever, modifier)
        if not compounds:
            continue
        stems = {_stem(t) for t in noun_translations(second, retriever.glossary)}
        found = tuple(sorted(w for w, heads in compounds.items() if _heads_in(heads, stems)))
        if found:
            return MixedCompound(first, second, found)
    return None


def mixed_compounds(retriever: Retriever, question: str) -> tuple[MixedCompound, ...]:
    """Every pair of adjacent words of ``question`` read as the minutes' compounds; none with
    the rule off."""
    if not retriever.settings.mixed_compounds_read:
        return ()
    out = []
    for first, second in itertools.pairwise(words(question)):
        if reading := read_pair(retriever, first, second):
            out.append(reading)
    return tuple(out)


def compound_terms(retriever: Retriever, read: MixedCompound) -> frozenset[str]:
    """The index terms of the compounds of ``read``."""
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    return frozenset(t for c in read.compounds for t in tokenize(c, known) if t in known)


def with_compound_terms(retriever: Retriever, scope: QueryScope, question: str) -> QueryScope:
    """``scope`` with the compounds of :func:`mixed_compounds` as extra BM25 terms, noted; the
    glossary terms that only the pair's English noun added ("places": "plekken") dropped."""
    read = mixed_compounds(retriever, question)
    if not read:
        return scope
    dropped = _noun_glossary_terms(retriever, read, question)
    kept = tuple(t for t in scope.glossary_terms if t not in dropped)
    terms = tuple(dict.fromkeys(c for r in read for c in r.compounds if c not in kept))
    notes = [n for n in scope.notes if not (dropped and n.startswith("glossary: "))]
    if dropped and (glossed := [t for t in kept if t in retriever.glossary.expand(question)]):
        notes.append("glossary: " + ", ".join(glossed[:8]) + (" …" if len(glossed) > 8 else ""))
    notes += [f"compound: {r.modifier} {r.noun} -> {', '.join(r.compounds)}" for r in read]
    return dataclasses.replace(scope, glossary_terms=(*kept, *terms), notes=tuple(notes))


def _noun_glossary_terms(
    retriever: Retriever, read: tuple[MixedCompound, ...], question: str
) -> frozenset[str]:
    """The glossary terms of the read pairs' nouns that the rest of ``question`` does not add."""
    if retriever.glossary is None:
        return frozenset()
    rest = question
    for r in read:
        rest = re.sub(rf"\b{re.escape(r.noun)}\b", " ", rest, flags=re.IGNORECASE)
    nouns = {t for r in read for t in retriever.glossary.expand(r.noun)}
    return frozenset(nouns - set(retriever.glossary.expand(rest)))
