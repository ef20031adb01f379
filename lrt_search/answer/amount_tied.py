"""Rule ``amount_noun_tied`` (issue 16 task E, session 23; used by rule ``property_tied``): a
Dutch question for an amount of money names what costs it or what the money is for - the
subject of "kosten" ("Hoeveel mag een tijdelijke woning maximaal kosten?", "Wat kost een
flexwoning?"), the noun after a noun of a price ("de prijs per flexwoning") or after a noun of
money and "voor / als / om" ("Hoeveel geld krijgen gemeenten voor de inburgering ...?") - and
its first noun (not a stop word, adjective or verb form; ``lexicon/data/amounts.toml``) must
stand in the statement that states the amount (as quoted): "De 30.000 regeling, een
bedrag dat gemeenten eenmalig ontvangen als zij een statushouder overnemen" is not money for the
inburgering. A noun the index lacks (a word the minutes never write) ties to no statement.
English questions are not read (their words reach the index only through the glossary).
Switch: ``Settings.amount_noun_tied``."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, words
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import alternation
from ..lexicon.wordlists import words as words_of
from .shape import noun_terms

if TYPE_CHECKING:
    from ..results import Citation
    from ..search.retriever import Retriever
    from .frame import Frame

#: How many words of the phrase after the cue its first noun may be.
REACH = 6


@cache
def _cues() -> tuple[re.Pattern[str], ...]:
    """The cues of what costs or what the money is for (amounts.toml), in order of trust."""
    a = {n: alternation("amounts", n) for n in (
        "askers", "auxiliaries", "cost_verbs", "price_nouns", "price_links", "money_nouns",
        "purpose_openers")}  # fmt: skip
    rest = r"(?P<phrase>[^?]+)"
    return tuple(
        re.compile(p, re.I)
        for p in (
            rf"\b{a['askers']}\s+{a['auxiliaries']}\s+(?P<phrase>[^?]+?)\s+(?:\w+\s+)?kosten\b",
            rf"\b{a['askers']}\s+{a['cost_verbs']}\s+{rest}",
            rf"\b{a['price_nouns']}\s+{a['price_links']}\s+{rest}",
            rf"\b{a['money_nouns']}\b[^?]*?\b{a['purpose_openers']}\s+{rest}",
        )
    )


def _not_noun(word: str) -> bool:
    """Whether ``word`` is an adjective or verb form (the word class table, or an adjective's
    ending of amounts.toml: "tijdelijke")."""
    return bool(dutch_class(word)) or word.endswith(_endings())


@cache
def _endings() -> tuple[str, ...]:
    """amounts.toml ``adjective_endings``."""
    return words_of("amounts", "adjective_endings")


def paid_for(retriever: Retriever, question: str) -> tuple[str, frozenset[str]] | None:
    """The first noun of what a Dutch money question's amount is of, with its index terms
    (:func:`.shape.noun_terms`: glossary terms and synonyms too; empty when the minutes never
    write it); None when the question names none."""
    for cue in _cues():
        m = cue.search(question)
        if not m:
            continue
        for word in words(m["phrase"])[:REACH]:
            if word in dutch_stopwords() or word[0].isdigit() or _not_noun(word):
                continue
            return word, noun_terms(retriever, word)
        return None
    return None


def untied(frame: Frame, stating: list[Citation]) -> str:
    """Rule ``amount_noun_tied``: the noun the Dutch money question's amount is of when no
    statement that states an amount (``stating``, as quoted: with the list lead-in or
    continuation quoted with it) names it; else ""."""
    retriever = frame.retriever
    if not retriever.settings.amount_noun_tied or frame.scope.english or not stating:
        return ""
    asked = paid_for(retriever, frame.question)
    if asked is None:
        return ""
    (noun, terms), tokenize = asked, retriever.analyzer.tokenize
    return "" if any(terms & set(tokenize(c.quote)) for c in stating) else noun
