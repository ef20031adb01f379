"""Rule ``which_focus_named`` (issue 16 task A, session 18): the noun a "which" question asks
for must stand in the statement that answers it.

"Welke sancties krijgen gemeenten die achterlopen?", "Welke criteria gebruikt het COA ...?",
"Noem de namen van de rijksambtenaren ...": the question asks for a kind of thing by its noun.
When the minutes lack that noun in every form (no index term, synonym or glossary term, for
English no Dutch translation), a statement that speaks of the topic does not answer it unless it
holds a compound whose head the noun is ("toets" of "uitvoeringstoets"); the check
``focus_named`` refuses it with reason ``no_focus`` ("no statement about X mentions
“sancties”"). A noun the minutes do write is not checked (see :func:`focus_terms`). The noun is
the first word after a "which" word of lexicon/data/places.toml (``which_words``), or the second
after a number or an adjective ("Which two suggestions"). A class noun whose members are names
("welke gemeenten", "which organisation", "welke partij") is rule ``which_member_named``'s; a
noun of asked_focus.toml ``unchecked`` (a meeting, a date, a person: the statement's own date or
speaker answers) and a word the minutes' lexicons cannot check (an English word no glossary
translates) are not checked. ``Settings.which_focus_named`` (off by default: docs/settings.md).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.wordclass import is_paraphrase_word
from ..lexicon.wordlists import word_set
from .asked_class import noun_class, which_matches
from .number_words import word_numbers
from .topics import topic_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote
    from .evidence import Requirements


def asked_focus(question: str) -> str:
    """The noun (lower case, as written) a "which" question asks for, else "" (none, a class
    noun, an unchecked noun or a name)."""
    stop = dutch_stopwords() | english_stopwords()
    for match in which_matches(question):
        for i, word in enumerate((match["first"], match["second"] or "")):
            noun = word.lower().removesuffix("'")
            if not noun or noun != word.removesuffix("'") or noun_class(noun):
                return ""  # a name, or a class of names (rule which_member_named)
            if i == 0 and (_number(noun) or is_paraphrase_word(noun)):
                continue  # "Which two suggestions", "Welke concrete afspraken"
            if noun in stop or noun in word_set("asked_focus", "unchecked") or len(noun) < 3:
                return ""
            return "" if _english_modifier(match, i) else noun
        return ""
    return ""


def _english_modifier(match: re.Match[str], i: int) -> bool:
    """Whether the word ``i`` of an English "which" phrase may be a modifier: a content word
    follows it ("which cabinet member", "which senior civil servants"; English writes the head
    last), not a function word ("which measures will ...")."""
    if match[0].lower().startswith(("welk", "wat ", "noem")) or i or not match["second"]:
        return False
    after = match["second"].lower()
    return after not in english_stopwords() or after in word_set("asked_focus", "unchecked")


def _number(word: str) -> bool:
    return word.isdigit() or bool(word_numbers(word) or word_numbers(word, english=True))


def focus_terms(retriever: Retriever, noun: str, english: bool) -> tuple[str, frozenset[str]]:
    """``noun`` when the minutes lack it in every form (:func:`~.topics.topic_terms`: no index
    term, synonym, glossary translation), with its index terms (none), else ("", empty). A noun
    the minutes write somewhere is not checked: their statements name the kind asked for in other
    words too ("Welke bezwaren had de VNG ...": "De angst leeft dat ..."), so a quote check on
    every such noun refuses answers (docs/settings.md)."""
    check = topic_terms(retriever, noun, english)
    if not check.missing or check.found or _misspelt(retriever, noun):
        return "", frozenset()
    return noun, check.terms


def _misspelt(retriever: Retriever, noun: str) -> bool:
    """Whether ``noun`` is one letter off a term of the minutes ("sorgen": "zorg"): a typing
    slip the topic check forgives, not a noun they lack."""
    known = retriever.bm25.terms
    for term in retriever.analyzer.tokenize_query(noun, known):
        if len(term) >= 4 and any(_one_off(term, k) for k in known if abs(len(k) - len(term)) <= 1):
            return True
    return False


def _one_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one substituted, added or dropped letter."""
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def asks_focus(q: Quote) -> bool:
    """Whether check ``focus_named`` applies: the question asks for a checked noun."""
    return bool(q.needs.focus_noun)


def quote_names_focus(q: Quote) -> bool:
    """Check ``focus_named``: the statement or its item heading holds a form of the noun, or a
    compound whose head it is ("toets" of "uitvoeringstoets")."""
    terms = q.needs.focus_terms
    if terms & (q.terms | q.heading_terms):
        return True
    heads = tuple(t for t in {*terms, q.needs.focus_noun} if len(t) >= 4)
    return bool(heads) and any(w.endswith(heads) for w in words(f"{q.heading} {q.text}"))


def focus_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reason ``no_focus``: the noun as asked and the topic."""
    return {"words": [needs.focus_noun], "topic": needs.topic or needs.focus_noun}

