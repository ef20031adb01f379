"""Whether a reason ``count_unmodified`` (rule quantity_modifier, answer.count_modifier) is
true of the minutes: "no statement gives a number of {names}" is false when a sentence of the
statements it speaks of holds a number, the noun (``words``: any of its words' forms, "asylum
seekers" as "asielzoekers") and every modifier of ``names``. A modifier the index lacks in every
form (its own, its glossary terms and, of an English question, its FreeDict Dutch words) stands
in no sentence."""

from __future__ import annotations

from typing import Any

from ..answer.count_realised import done_clauses
from ..answer.shape import answers_shape
from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.freedict import dutch_for, english_headword
from ..lexicon.textnorm import split_sentences
from .reason_minutes import Minutes
from .reason_words import dutch_forms, english


def _units(minutes: Minutes, phrase: str, en: bool) -> list[frozenset[str]]:
    """The index terms of each content word of ``phrase`` in its every form; a word the index
    lacks in every form is an empty unit (no sentence holds it)."""
    engine = minutes.engine
    known, stop = engine.bm25.terms, english_stopwords() | dutch_stopwords()
    units = []
    for word in words(phrase):
        if word in stop:
            continue
        forms = [word, *engine.glossary.expand(word)]
        if en:
            forms += [*dutch_forms(word, heads=False), *dutch_for(english_headword(word) or word)]
        query = engine.analyzer.tokenize_query(" ".join(forms), known)
        units.append(frozenset(t for t in query if t in known))
    return units


def _glossed(minutes: Minutes, phrase: str) -> str:
    """The Dutch glossary terms of ``phrase`` as a whole ("asylum seekers": "asielzoekers")."""
    return " ".join(minutes.engine.glossary.expand(phrase))


def count_unmodified(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """What makes the reason false (see the module), or None."""
    en = english(answer)
    said = " ".join(params.get("words", ()))
    forms = [*_units(minutes, said, en), *_units(minutes, _glossed(minutes, said), en)]
    noun = [frozenset().union(*forms)]
    asked = " ".join(params.get("names", ()))
    own = set(words(" ".join(params.get("words", ()))))
    modifiers = _units(minutes, " ".join(w for w in words(asked) if w not in own), en)
    tokenize = minutes.engine.analyzer.tokenize
    counted = [
        terms
        for s in minutes.statements(params)
        for sentence in split_sentences(s.text)
        if answers_shape(sentence, set(), set(), True, None)
        and all(unit & (terms := frozenset(tokenize(sentence))) for unit in noun)
    ]
    if any(all(unit & terms for unit in modifiers) for terms in counted):
        return "a sentence gives a number with the noun and every modifier"
    return None


def count_unrealised(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule count_realised (answer.count_realised): "no statement about {topic} gives a number
    already {words}" is false when a statement (of the speaker, in the period) holding a form of
    every content word of the topic the index knows - its own, its glossary terms, the glossary
    terms of the topic as a whole ("status holders": "statushouders"); the asked verb left out -
    has a clause with a number and no plan, need or expectation
    (:func:`~..answer.count_realised.done_clauses`). FreeDict's senses are not read: "status"
    is no "situatie"."""
    verb = set(words(" ".join(params.get("words", ()))))
    topic = " ".join(w for w in words(str(params.get("topic") or "")) if w not in verb)
    forms = [*_units(minutes, topic, False), *_units(minutes, _glossed(minutes, topic), False)]
    units = [u for u in forms if u]
    for s in minutes.statements(params):
        terms = frozenset(minutes.engine.analyzer.tokenize(s.text))
        if all(unit & terms for unit in units) and done_clauses(s.text):
            return f"a statement on the topic gives a number done: {s.text[:160]!r}"
    return None
