"""Rule ``quantity_modifier`` (issue 16 task G, session 24): a "how many" question that counts
a noun with a modifier before it ("Hoeveel minderjarige asielzoekers ...?", "How many underage
asylum seekers ...?", "hoeveel afgewezen asielzoekers") asks a number of that kind of the noun.
A statement answers it only when a number of one of its sentences counts the noun (within
four words of it, as rule ``count_other_noun`` reads a count) and the statement, its item
heading or the statement before it (a list's lead-in) holds the modifier too: its index terms,
its glossary and synonym terms, and of an English modifier its FreeDict Dutch words. A number
of the noun without the modifier ("Op dit moment verblijven er 2.193 asielzoekers in Ter Apel")
is of all of the noun, not of the asked kind, and a number that counts no such noun is of
something else ("De kale taakstelling van 10.000"). With no statement left the question
abstains with ``count_unmodified`` "geen uitspraak noemt een aantal 'minderjarige
asielzoekers'" (true when no sentence holds a number, the noun and the modifier; a modifier the
index lacks stands in none; rule ``property_tied`` leaves such a question to this rule).

A modifier is an adjective or verb form before the counted noun (Dutch: the word class table of
:mod:`lrt_search.lexicon.wordclass`; English: a word that reads as no noun, before one that
does); function words, quantifiers and the words of list ``count_modifier_skip`` of
``lexicon/data/numbers.toml`` ("more", "meer", "precies") are none, and neither is a word that
stands in a glossary or synonym phrase of the question ("Oekraïense ontheemden", "unaccompanied
minors": a name, whose terms the counted noun's terms hold). Switch:
``Settings.quantity_modifier``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, is_english, words
from ..lexicon.freedict import dutch_for, english_headword
from ..lexicon.intents import asks
from ..lexicon.textnorm import split_sentences
from ..lexicon.wordclass import dutch_class, english_noun
from ..lexicon.wordlists import word_set
from .shape import counts, is_counted, noun_terms

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..search.retriever import Retriever

_SKIP = word_set("numbers", "count_modifier_skip")


@dataclass(frozen=True)
class CountModifier:
    """What a "how many MODIFIER NOUN" question counts: the phrase as asked, the index terms of
    each modifier (any one of a modifier's terms holds it) and whether a word is the noun."""

    phrase: str
    noun: str
    modifiers: tuple[frozenset[str], ...]
    head: Callable[[str], bool]
    forms: bool = True  # rule property_forms_read: a count in its forms (answer.property_forms)


def _counted_words(question: str) -> list[str]:
    """The words after "hoeveel" / "how many" ([] without them)."""
    seq = words(question)
    for i, w in enumerate(seq):
        if w == "hoeveel":
            return seq[i + 1 :]
        if w == "how" and seq[i + 1 : i + 2] == ["many"]:
            return seq[i + 2 :]
    return []


def _is_modifier(word: str, english: bool) -> bool:
    """Whether ``word`` can modify a noun after it: an adjective or verb form, no function word."""
    if not word.isalpha() or word in _SKIP or len(word) < 3:
        return False
    if english:  # a word FreeDict knows (not a Dutch name: "azc") that reads as no noun
        known = bool(dutch_for(english_headword(word) or word))
        return known and word not in english_stopwords() and not english_noun(word)[0]
    return word not in dutch_stopwords() and dutch_class(word) in ("A", "V")


def _is_noun(word: str, english: bool) -> bool:
    """Whether ``word`` reads as a noun (the counted noun after its modifiers; English: by the
    noun table alone, whose nouns stopwordsiso's long list holds too: "places", "people")."""
    if not word.isalpha():
        return False
    if english:
        return bool(english_noun(word)[0])
    return word not in dutch_stopwords() and not dutch_class(word)


def _named(retriever: Retriever, question: str) -> set[str]:
    """The words of the question's glossary and synonym phrases (names, not modifiers)."""
    phrases = [text for text, _ in retriever.glossary.matches(question)]
    if retriever.synonyms is not None:
        phrases += [text for text, _ in retriever.synonyms.phrases(question)]
    return {w for p in phrases for w in words(p)}


def _modifier_terms(retriever: Retriever, word: str, english: bool) -> frozenset[str]:
    """The index terms that hold ``word`` (a modifier, or the counted noun): its own, its
    glossary and synonym terms and, of an English word, those of its FreeDict Dutch words."""
    terms = set(noun_terms(retriever, word))
    if english:
        known = retriever.bm25.terms
        for dutch in dutch_for(english_headword(word) or word):
            terms.update(t for t in retriever.analyzer.tokenize_query(dutch, known) if t in known)
    return frozenset(terms)


def count_modifier(retriever: Retriever, question: str) -> CountModifier | None:
    """Rule ``quantity_modifier``: the modifiers and noun a "how many" question counts, or None
    (no such question, no modifier, or the rule off)."""
    s = retriever.settings
    if not s.quantity_modifier or not asks("quantity", question, s.main_clause_intent):
        return None
    english, after = is_english(question), _counted_words(question)
    named = _named(retriever, question)
    mods = []
    for word in after:
        if word in named or not _is_modifier(word, english):
            break
        mods.append(word)
    head = after[len(mods) : len(mods) + 2]  # an English compound: "asylum seekers"
    if not mods or not head or not _is_noun(head[0], english):
        return None
    second = head[1:] and head[1] not in english_stopwords() and _is_noun(head[1], english)
    head = head if english and second else head[:1]
    counted = is_counted(retriever, _modifier_terms(retriever, " ".join(head), english))
    if counted is None:
        return None
    terms = tuple(_modifier_terms(retriever, w, english) for w in mods)
    forms = retriever.settings.property_forms_read
    return CountModifier(" ".join([*mods, *head]), " ".join(head), terms, counted, forms)


def counts_noun(modifier: CountModifier, text: str) -> bool:
    """Rule ``quantity_modifier``: whether a number of a sentence of ``text`` counts the noun."""
    head, forms = modifier.head, modifier.forms
    return any(counts(sentence, head, forms) for sentence in split_sentences(text))


def modifier_held(modifier: CountModifier, text: str, context: set[str]) -> bool:
    """Rule ``quantity_modifier``: whether a statement (``text``) answers: a number of one of
    its sentences counts the noun, and it holds every modifier (``context``: the index terms
    of it, its item heading and the statement before it)."""
    held = all(terms & context for terms in modifier.modifiers)
    return held and counts_noun(modifier, text)
