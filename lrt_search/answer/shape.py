"""Whether a statement has the shape of an answer: the identifiers the question names, and a
number that counts what a "how many" question counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, words
from ..lazyre import lazy
from ..lexicon.intents import asks
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import word_set
from .asked_detail import asks_rate
from .property_forms import count_word, length_starts, not_a_count
from .quantity_matches import AmountAsked, count_text, length_given

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# A number that can be an amount: not a list marker ("1)"), a year, a half-year ("2025-II"),
# a day of a date ("1 april") or a time.
_AMOUNT = lazy(
    r"(?<![\w.,-])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d[\d.,]*(?![\d)])(?![.,]?\d)"
    r"(?!-[IV]+\b)(?!\s*(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*)"
    r"(?![:.]\d\d)",
    re.I,
)


def amount_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers of ``text`` that can be amounts (not a list marker, a year, a
    half-year, a day of a date or a time)."""
    return [m.span() for m in _AMOUNT.finditer(text)]


#: Number words (a count written out: "twee", "honderd"): lexicon/data/numbers.toml.
NUMBER_WORDS = word_set("numbers", "number_words")


#: The unit of a percentage after its number ("50%", "50 procent").
PERCENT_UNIT = r"\s*(?:%|procent\b|percent\b|per ?cent\b)"
_SHARE = lazy(PERCENT_UNIT, re.I)
_WORD = lazy(r"\d[\d.,]*\d|\d|[^\W\d_][\w'’-]*")
_FOLLOWING = lazy(r"[^\W_][\w'’-]*|[.;:!?()]")
_COUNTED = lazy(r"\b(?:hoeveel|how many)\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+)?)", re.I)


def counted_terms(retriever: Retriever, question: str) -> frozenset[str]:
    """Index terms of what a "hoeveel X" / "how many X" question counts (X and its glossary
    terms); empty when there is no such X or the index does not know it."""
    # (a "hoeveel" that is part of the topic, "het bericht over hoeveel ...", counts nothing)
    main = retriever.settings.main_clause_intent
    m = _COUNTED.search(question) if asks("quantity", question, main) else None
    if not m:
        return frozenset()
    # The counted noun and an adjective before it ("hoeveel aanvullende bedden").
    return noun_terms(retriever, m.group("noun"))


_GENERIC = word_set("numbers", "generic_counted")


def other_noun_asked(retriever: Retriever, question: str) -> bool:
    """Rule ``count_other_noun``: whether the question counts a noun (:func:`counted_terms`) it
    writes as the minutes do (its own index terms, not only a translation: "refugees with a
    permit" may be counted as "statushouders") and that is no noun of anyone ("mensen",
    "people": any noun of people counts them); not a rate ("per dag": rule ``rate_stated``)."""
    settings = retriever.settings
    m = _COUNTED.search(question) if settings.count_other_noun else None
    if (
        not m
        or not asks("quantity", question, settings.main_clause_intent)
        or _GENERIC & set(words(m["noun"].lower()))
    ):
        return False
    if asks_rate(question):  # a rate ("per dag"): rule rate_stated reads it, not this one
        return False
    known = retriever.bm25.terms
    return any(t in known for t in retriever.analyzer.tokenize_query(m["noun"], known))


def noun_terms(retriever: Retriever, noun: str) -> frozenset[str]:
    """Index terms of ``noun`` (what is counted) and of its glossary terms and synonyms; empty
    when the index knows none."""
    known = retriever.bm25.terms
    synonyms = retriever.synonyms
    phrases = [noun, *retriever.glossary.expand(noun), *(synonyms.expand(noun) if synonyms else [])]
    return frozenset(
        t for p in phrases for t in retriever.analyzer.tokenize_query(p, known) if t in known
    )


_ORDINALS = word_set("numbers", "ordinals")


def _number_word(seq: list[str], i: int, forms: bool = False) -> bool:
    """Whether ``seq[i]`` is a number word, not the half of a half-year ("tweede helft"); with
    ``forms`` (rule property_forms_read) any count in one word ("dertien", "tientallen")."""
    if seq[i] not in NUMBER_WORDS and not (forms and count_word(seq[i])):
        return False
    return not (seq[i] in ("helft", "half") and i > 0 and seq[i - 1] in _ORDINALS)


def answers_shape(
    text: str,
    context: set[str],
    required: set[str],
    quantity: bool,
    counted: Callable[[str], bool] | None = None,
    restated: bool = False,
    other_noun: bool = False,
    forms: bool = True,
    asked: AmountAsked | None = None,
) -> bool:
    """Whether a statement can answer: it (or its item heading's words, ``context``) holds the
    required identifiers, and it holds a number when the question asks for a quantity. When
    the statement names what the question counts (``counted`` says whether a word is that),
    the number must stand within four words of it: "twee suggesties ... statushouders" does
    not answer "hoeveel statushouders". "De tweede helft van 2023" is a period, not an
    amount. With ``restated`` (rule ``count_not_restated``) a number of the question itself
    (``required``: "How many of the 7,500 ...?") is no answer to its "how many". With ``forms``
    (rule property_forms_read) a count in one word counts ("dertien", "tientallen") and a
    number that names a thing, an order or a clock time does not ("artikel 3", "1e", "14.00
    uur"), and a length of time counts its unit when that, or time, is what is counted ("met
    een jaar" for "hoeveel jaar", "met hoeveel tijd"). With ``asked`` (rule
    quantity_matches_read, answer.quantity_matches: the question's reading) a
    count of a unit of time is any length of time, and a count of a noun no amount of money,
    no length of time and no number of the other flow."""
    seq = words(text)
    own = set(seq)
    if required - own - context:
        return False
    if not quantity:
        return True
    if asked is not None and counted is not None:  # rule quantity_matches_read
        if (length := length_given(text, asked)) is not None:
            return length
        text = count_text(text, asked.flow)
        seq = words(text)
    positions = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text)]
    # A "hoeveel X" question counts: a percentage ("bijna 100%") is a share, not a count.
    amounts = [
        m for m in _AMOUNT.finditer(text) if counted is None or not _SHARE.match(text, m.end())
    ]
    amounts = [m for m in amounts if not (forms and not_a_count(text, m.start(), m.end()))]
    if forms and counted and length_starts(text, counted):  # "met een jaar": time counted
        return True
    if restated:  # rule count_not_restated: the question's own number is not the count asked
        amounts = [m for m in amounts if not set(words(m.group(0))) & required]
    if counted is None or not any(counted(w) for _, w in positions if not w[0].isdigit()):
        # What is counted is not named here (or said in other words): any amount may answer;
        # with rule count_other_noun, not one that counts another noun ("1500 mensen").
        if other_noun and counted is not None:
            return bool(amounts) and not others_only(text, counted)
        return bool(amounts) or any(_number_word(seq, i, forms) for i in range(len(seq)))
    # The statement names what the question counts: a number answers only when it stands
    # within four words of it (else it counts something else: "twee suggesties").
    numbers = {m.start() for m in amounts}
    seen = [w for _, w in positions]
    for i, (start, _) in enumerate(positions):
        if start in numbers or _number_word(seen, i, forms):
            near = positions[max(0, i - 4) : i + 5]
            if any(counted(w) for _, w in near if not w[0].isdigit()):
                return True
    return False


def others_only(text: str, counted: Callable[[str], bool]) -> bool:
    """Rule ``count_other_noun``: whether ``text`` does not name what is counted and each of
    its numbers that can be an amount counts another noun (:func:`counts_other`)."""
    if any(counted(w) for w in words(text) if not w[0].isdigit()):
        return False
    amounts = list(_AMOUNT.finditer(text))
    return bool(amounts) and all(counts_other(text, m.end()) for m in amounts)


def counts_other(text: str, end: int) -> bool:
    """Rule ``count_other_noun``: whether the number ending at ``end`` of ``text`` counts a noun:
    the first word after it that is no number word, adjective or verb form
    (:func:`~lrt_search.lexicon.wordclass.dutch_class`), at most two words on ("500 extra
    plekken", "circa 1500 mensen"); the caller knows that noun is not what the question counts.
    A number before a function word ("van 13.500 is", "op 13.000 gezet") or a punctuation mark
    counts none."""
    for m in list(_FOLLOWING.finditer(text, end))[:3]:
        word = m.group(0).lower()
        if not word[0].isalpha():
            return False
        if word in NUMBER_WORDS or dutch_class(word):
            continue
        return len(word) > 2 and word not in dutch_stopwords()
    return False


def is_counted(retriever: Retriever, terms: frozenset[str]) -> Callable[[str], bool] | None:
    """Whether a word is what is counted (one of its query terms in ``terms``, of
    :func:`counted_terms` or :func:`noun_terms`); None without ``terms``."""
    if not terms:
        return None
    known = retriever.bm25.terms
    return lambda w: bool(terms.intersection(retriever.analyzer.tokenize_query(w, known)))


def counts(
    text: str,
    counted: Callable[[str], bool],
    forms: bool = True,
    asked: AmountAsked | None = None,
) -> bool:
    """Whether ``text`` names what a "how many" question counts with a number within four
    words of it ("circa 13.000 statushouders"; ``forms``: rule property_forms_read;
    ``matches``, ``flow``: rule quantity_matches_read)."""
    named = any(counted(w) for w in words(text) if not w[0].isdigit())
    return named and answers_shape(text, set(), set(), True, counted, forms=forms, asked=asked)
