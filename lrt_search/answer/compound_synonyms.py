"""Rule ``compound_synonyms_read`` (issue 16 session 27 task H2): a compound the minutes hold,
asked with one part in other words, is found as the minutes' compound.

"Worden flexhuizen duurder?" asks about the minutes' "flexwoningen": the head "huizen" is a
synonym of "woningen" (``lexicon/data/synonyms.toml``) and the modifier "flex" is the minutes'
own. The question's word is split at every point into a modifier (four letters or more) and a
head (four letters or more); one part is replaced by the words of its synonym group
(:meth:`~lrt_search.lexicon.synonyms.Synonyms.expand`, matched by Snowball stem, so a fragment
such as "zen" finds no group), the other kept as written, and the minutes' word made of the two
(an optional linking "s", "e" or "en" between them; the head by its Dutch stem; a modifier of
four letters or more; no verb or adjective form and no common word of its own, Zipf 3.5 or more:
"belangrijk" is no "belang" + "rijk") is the compound found. Two adjacent words are
read the same way ("opstart huizen"), and so is an English modifier and noun ("front portals":
"voorportalen"): each English word by its FreeDict translations (of its lemma), the modifier
also by the first part of a compound translation ("front": "voorkant", "voor"), the head also
as its cognate (its first six letters: "portal", "portalen"). A synonym in another sense makes
a compound the minutes lack ("huisdieren", "vakantiehuizen", "holiday homes") and stays
missing. Only a word or pair the topic check would not find otherwise is read
(:func:`lrt_search.answer.topics.topic_terms`); the unit is named by the minutes' word.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..index.affixes import affixes
from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.dutch_forms import class_form
from ..lexicon.freedict import dutch_for, english_lemmas
from ..lexicon.stemmers import stem_words
from ..lexicon.wordclass import english_noun, is_paraphrase_word
from ..lexicon.wordfreq import zipf_folded
from .compound_words import LINKS
from .translation_head import cognate

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: The least letters of a compound's modifier (as rule ``compound_both_parts``) and head.
MIN_MODIFIER, MIN_HEAD = 4, 4
#: A minutes' word this common in Dutch (Zipf) is a word of its own, not read by its parts
#: ("belangrijk", "gesprekken", "huisvesting": no "belang" + "rijk").
LEXICALISED_ZIPF = 3.5


def _stem(word: str) -> str:
    return stem_words("dutch", [word])[0]


def joined_compounds(
    retriever: Retriever, firsts: Iterable[str], heads: Iterable[str], cognates: Iterable[str] = ()
) -> list[str]:
    """The minutes' words made of a word of ``firsts``, an optional linking "s", "e" or "en",
    and a word of ``heads`` (by its Dutch stem) or a word beginning as a :func:`cognate` of a
    word of ``cognates`` does ("portal": "portalen"), sorted."""
    head_stems = {_stem(h) for h in heads if len(h) >= MIN_HEAD and h.isalpha()}
    cognate_words = [c for c in cognates if len(c) >= MIN_HEAD]
    out: set[str] = set()
    lookup = affixes(retriever)
    for first in {f for f in firsts if len(f) >= MIN_MODIFIER and f.isalpha()}:
        for word in lookup.starting(first):
            rest = word[len(first) :]
            for link in ("", *LINKS):
                if not rest.startswith(link) or len(rest) - len(link) < MIN_HEAD:
                    continue
                head = rest[len(link) :]
                if _stem(head) in head_stems or any(cognate(c, head) for c in cognate_words):
                    out.add(word)
    return sorted(w for w in out if not _lexicalised(w))


def _lexicalised(word: str) -> bool:
    """A verb or adjective form, or a common word of its own (:data:`LEXICALISED_ZIPF`)."""
    return is_paraphrase_word(class_form(word, True)) or zipf_folded(word, "nl") >= LEXICALISED_ZIPF


def _synonyms(retriever: Retriever, part: str) -> list[str]:
    """The one-word synonyms of ``part`` (none without a synonym table)."""
    table = retriever.synonyms
    if table is None:
        return []
    return [w.lower() for w in table.expand(part) if w.isalpha()]


def _parts_replaced(retriever: Retriever, first: str, second: str) -> list[str]:
    """The minutes' compounds of ``first`` and ``second`` with one of them replaced by a
    synonym: ``first`` with or without a linking morpheme it ends in."""
    firsts = {first} | {first[: -len(k)] for k in LINKS if first.endswith(k)}
    firsts = {f for f in firsts if len(f) >= MIN_MODIFIER and f not in dutch_stopwords()}
    if not firsts:
        return []
    found = joined_compounds(retriever, firsts, _synonyms(retriever, second))
    other = {s for f in firsts for s in _synonyms(retriever, f)}
    return found or joined_compounds(retriever, other, [second])


def dutch_compounds(retriever: Retriever, word: str) -> list[str]:
    """The minutes' compounds that the Dutch ``word`` names with one part in other words
    ("flexhuizen": "flexwoning", "flexwoningen"), of its first split that finds any."""
    if not retriever.settings.compound_synonyms_read or not word.isalpha():
        return []
    for cut in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        if found := _parts_replaced(retriever, word[:cut], word[cut:]):
            return found
    return []


def dutch_compound(retriever: Retriever, word: str) -> str:
    """The first of :func:`dutch_compounds` ("huizenzoekenden": "woningzoekenden"), or ""."""
    return next(iter(dutch_compounds(retriever, word)), "")


def _english_firsts(word: str) -> set[str]:
    """The Dutch words an English modifier may be in a compound: itself, its translations, and
    the first part of a compound translation before a Dutch word ("voorkant": "voor")."""
    out = {word}
    for translation in (t for lemma in (word, *english_lemmas(word)) for t in dutch_for(lemma)):
        out.add(translation)
        for cut in range(MIN_MODIFIER, len(translation) - MIN_HEAD + 1):
            if zipf_folded(translation[cut:], "nl") >= 3.0:
                out.add(translation[:cut])
    return {w for w in out if w.isalpha()}


def _english_pair(retriever: Retriever, first: str, second: str) -> list[str]:
    lemmas = (second, *english_lemmas(second))
    heads = [t for lemma in lemmas for t in dutch_for(lemma)]
    return joined_compounds(retriever, _english_firsts(first), heads, lemmas)


def pair_candidates(retriever: Retriever, first: str, second: str, english: bool) -> list[str]:
    """The minutes' compounds two words name with one part in other words (Dutch) or as
    translations (English), sorted; none with the rule off."""
    if not retriever.settings.compound_synonyms_read:
        return []
    if english:
        return _english_pair(retriever, first, second)
    return _parts_replaced(retriever, first, second)


def pair_compounds(
    retriever: Retriever, topic: str, english: bool
) -> list[tuple[str, tuple[str, str]]]:
    """The pairs of adjacent content words of ``topic`` that name a minutes' compound with one
    part in other words ("opstart huizen": "opstartwoningen", "front portals": "voorportalen"),
    each with that compound; none when the pair written together is itself the minutes' word
    (rule ``word_forms_read`` reads that) or both words are words of the minutes as written."""
    if not retriever.settings.compound_synonyms_read:
        return []
    stop = english_stopwords() | dutch_stopwords()
    vocabulary = retriever.analyzer.vocabulary
    out = []
    for first, second in itertools.pairwise(words(topic)):
        if not (first.isalpha() and second.isalpha()) or second in stop:
            continue
        if first in stop and not (english and english_noun(first)[0]):  # "front" is a noun
            continue
        if min(len(first), len(second)) < MIN_MODIFIER or first + second in vocabulary:
            continue
        if first in vocabulary and second in vocabulary:  # each a word of the minutes
            continue
        if found := pair_candidates(retriever, first, second, english):
            out.append((found[0], (first, second)))
    return out


def with_modifiers(retriever: Retriever, topic: str, question: str, english: bool) -> str:
    """``topic`` with a modifier the topic reading dropped (a stopword: "front" of "front
    portals") put back before its noun, where the two name a minutes' compound
    (:func:`pair_compounds`); ``topic`` as it is with the rule off."""
    if not retriever.settings.compound_synonyms_read or not topic:
        return topic
    kept = words(topic)
    for first, second in itertools.pairwise(words(question)):
        if (
            second in kept
            and first not in kept
            and pair_compounds(retriever, f"{first} {second}", english)
        ):
            at = kept.index(second)
            kept = [*kept[:at], first, *kept[at:]]
    return " ".join(kept) if len(kept) > len(words(topic)) else topic
