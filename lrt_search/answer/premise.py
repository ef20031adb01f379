"""The premise of a "why" question ("Waarom is de VNG uit de LRT gestapt?": the VNG left the
LRT): the index terms a statement must hold to support it.

Its content words (not names, not stopwords) each give their terms; a Dutch separable verb is
read whole ("uit ... gestapt" -> "uitstappen", not "stap"), so "stappen op de IBT ladder" does
not support "uit de LRT gestapt".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..search.unread import content_words
from .informativeness import informativeness
from .topics import everyday_paraphrase

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever

#: Particles of Dutch separable verbs ("uit" in "uitstappen", "op" in "opvangen").
_PARTICLES = frozenset(["uit", "op", "aan", "af", "mee", "toe", "terug", "weg"])
_PARTICIPLE = re.compile(r"^ge(\w{3,}(?:d|t|en))$")


def premise_terms(
    retriever: Retriever, parsed: ParsedQuestion, english: bool
) -> tuple[str, tuple[frozenset[str], ...]]:
    """The premise of a why-question (``parsed.premise``: its words after the question word)
    and, per content word, the index terms one of which a supporting statement must hold;
    ``("", ())`` when the question does not ask why. English words the index lacks are left
    unchecked."""
    premise = parsed.premise
    if not parsed.asks("why") or not premise:
        return "", ()
    known = retriever.bm25.terms
    analyzer = retriever.analyzer
    needs: list[frozenset[str]] = []
    paraphrases: list[frozenset[str]] = []
    held: list[str] = []  # the words whose terms the index has
    general: list[frozenset[str]] = []  # general words (not required beside specific ones)
    for word, start, _ in content_words(premise, retriever.orgs):
        if word[:1].isupper() and start > 0:
            continue  # a name: the names check looks for it
        form = word.lower()
        participle = _PARTICIPLE.match(form)
        near = premise[:start].lower().split()[-3:]
        particle = next((p for p in reversed(near) if p in _PARTICLES), None)
        if participle and particle:
            form = particle + participle.group(1)  # "uit" + "stapt"
        terms = frozenset(analyzer.tokenize_query(form, known)[:1])
        in_index = any(t in known for t in terms)
        if english and not in_index:
            continue  # an English word the minutes cannot hold: unchecked
        if _general(retriever, word, english):
            general.append(terms)  # rule premise_specific_words: frames it, names nothing
            continue
        if not english and not in_index and everyday_paraphrase(retriever, word, premise):
            paraphrases.append(terms)
            continue
        held += [word] if in_index else []
        needs.append(terms)
    if not _names_something(retriever, held, english):
        needs += paraphrases  # nothing else to hold: the premise is its paraphrase words
    if not any(needs):
        needs += general  # a premise of general words only keeps them
    return premise, tuple(n for n in needs if n)


def _general(retriever: Retriever, word: str, english: bool) -> bool:
    """Rule ``premise_specific_words`` (``Settings.premise_specific_words``): whether a premise
    word is general (weight below ``Settings.implied_topic_min_weight``, as the general words
    of an implied topic: "komen", "geworden", "zoveel", "informatie"), so that a supporting
    statement need not hold it when the premise has a word that is not general."""
    settings = retriever.settings
    if not settings.premise_specific_words:
        return False
    return informativeness(word, english) < settings.implied_topic_min_weight


def _names_something(retriever: Retriever, held: list[str], english: bool) -> bool:
    """Whether the premise's words the index holds (``held``: not its paraphrase words) name
    something: one is not general (``Settings.implied_topic_min_weight``). Only then are its
    everyday adjectives and verb forms that the minutes lack left unchecked
    (``Settings.premise_paraphrase_words``): "bang dat gemeenten afhaken bij de taakstelling"
    is what "zorgen over hoogte van de taakstelling" says in other words."""
    if not retriever.settings.premise_paraphrase_words:
        return False
    least = retriever.settings.implied_topic_min_weight
    return any(informativeness(word, english) >= least for word in held)
