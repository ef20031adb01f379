"""Rule claim_number_stated: a claim checked against the minutes holds only with its numbers.

A journalist puts a claim to the minutes ("Klopt het dat er in de zomer van 2022 10.000
statushouders versneld uit de opvang zouden uitstromen?", "Is it true that the target was set at
15,000?": intent ``claim_check`` of lexicon/data/intents.toml). Its topic may well be in the
minutes while its number is not: the statement on it gives another. A number of the claim that
can be an amount (a count, an amount, a percentage, a target: not a year, a half-year, a day of
a date or a time, :func:`lrt_search.answer.shape.amount_spans`) must then be stated by a quoted
statement as the claim states it: the same digits ("10,000", "10.000" and "10000" are one
number), a percentage for a percentage and a count for a count ("100 gemeenten" is not "bijna
100%"), and - when the words around the claim's number (:data:`WINDOW` either side) hold words
the index knows, through the glossary and synonyms as a counted noun is read - one of those
words (or a number beside it) around the quote's number: "De kale taakstelling van 10.000 is
behaald" does not state "10.000 statushouders ... uitstromen". When no quoted
statement states it, the answer abstains naming the claim's number and the numbers the quoted
statements give instead ("the quoted statements give “7.500”, not “10.000”"), or, when they give
none, that no statement quoted states it; the closest passages follow, so the journalist sees
what the minutes do say. Switch: ``Settings.claim_number_stated``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..search.date_forms import date_spans
from .claim_bound import KINDS, bound_holds, claim_bounds, whole
from .claim_forms import ClaimReading, claim_spans, is_claim
from .english_numbers import context_words
from .messages import Reason
from .number_forms import participle_cores, phrase_bounds
from .number_words import word_bounds, word_numbers
from .shape import PERCENT_UNIT, amount_spans, noun_terms

if TYPE_CHECKING:
    from ..results import Citation
    from ..search.retriever import Retriever

_NUMBER = lazy(r"\d[\d.,]*\d|\d")
_SHARE_AT = lazy(PERCENT_UNIT, re.I)
_WORD = lazy(r"[^\W\d_][\w'’-]*|\d[\d.,]*\d|\d")
_YEAR = lazy(r"(?:19|20)\d\d")
_SENTENCE_END = lazy(r"[.;:!?](?:\s|$)")

#: Words either side of a number, in its sentence, that say what it counts.
WINDOW = 5


@dataclass(frozen=True)
class Mention:
    """A number where a text writes it: as written (with "%" for a percentage), its digits,
    whether it is a percentage, the words around it (:data:`WINDOW` either side, in its
    sentence) and that sentence; ``dated``: the numbers of that sentence written inside a date
    (rule claim_numbers_undated: "8" and "7" of "op 8-7-2022"), none of what it counts."""

    written: str
    digits: str
    share: bool
    near: tuple[str, ...]
    sentence: str
    dated: frozenset[str] = frozenset()


def mentions(
    text: str, spans: list[tuple[int, int]], dates: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """The numbers of ``text`` at ``spans`` with the words around them; the numbers written
    inside one of the ``dates`` spans are its ``dated`` ones."""
    dated = frozenset(
        w.group(0) for a, b in dates or [] for w in _WORD.finditer(text, a, b) if w[0][0].isdigit()
    )
    found: list[Mention] = []
    for start, end in spans:
        written = text[start:end].rstrip(".,")
        before = _SENTENCE_END.split(text[:start])[-1]
        after = _SENTENCE_END.split(text[end:], maxsplit=1)[0]
        near = _WORD.findall(before)[-WINDOW:] + _WORD.findall(after)[:WINDOW]
        share = bool(_SHARE_AT.match(text, end))
        sentence = " ".join(f"{before}{text[start:end]}{after}".split())
        shown = f"{written}%" if share else written
        found.append(Mention(shown, _digits(written), share, tuple(near), sentence, dated))
    return found


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def near_numbers(mention: Mention) -> set[str]:
    """The digits of the numbers around ``mention`` (its words either side) that count among
    what it is about."""
    return _numbers(mention.near, mention.dated)


def _numbers(near: tuple[str, ...], dated: frozenset[str] = frozenset()) -> set[str]:
    """The digits of the numbers among ``near`` that are no year and written in no date
    (``dated``: rule claim_numbers_undated)."""
    return {
        _digits(w) for w in near if w[0].isdigit() and not _YEAR.fullmatch(w) and w not in dated
    }


def claim_mentions(question: str, reading: ClaimReading | None = None) -> list[Mention]:
    """The numbers of a claim put to be checked (those that can be amounts), with the words
    around them; ``[]`` when the question checks no claim. ``reading``: the rules
    claim_yes_no_forms, claim_number_words and count_not_year (answer/claim_forms.py)."""
    if not is_claim(question, reading):
        return []
    reading = reading or ClaimReading()
    dates = date_spans(question, ordinals=True) if reading.dates else []
    found = [m for m in _valued(question, claim_spans(question, reading), dates) if m.digits]
    if reading.english and reading.english_forms:  # rule english_number_forms
        found = [replace(m, near=context_words(m.near)) for m in found]
    return found


def _valued(
    text: str, spans: list[tuple[int, int, str]], dates: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """The mentions at ``spans``, a number in words given its value's digits; ``dates``: the
    spans of the dates of ``text`` (:func:`mentions`)."""
    found = mentions(text, [(s, e) for s, e, _ in spans], dates)
    return [replace(m, digits=d) if d else m for m, (_, _, d) in zip(found, spans, strict=True)]


def _quote_numbers(quote: str, words: bool) -> list[Mention]:
    """The numbers a quote states (with ``words``, those in words too)."""
    spans = [(s, e, "") for s, e in _spans(quote)] + (word_numbers(quote) if words else [])
    return _valued(quote, spans)


def claim_unstated(
    retriever: Retriever,
    question: str,
    chosen: list[Citation],
    bounded: bool = False,
    reading: ClaimReading | None = None,
) -> Reason | None:
    """The reason to abstain when a number of the claim in ``question`` is stated by none of
    the ``chosen`` quotes as the claim states it, else ``None``; ``bounded`` (rule
    claim_number_bound) reads a comparison word before the number ("meer dan 2.000")."""
    claimed = claim_mentions(question, reading)
    if not claimed:
        return None
    words = reading is not None and reading.words
    bounds = claim_bounds(question) if bounded else {}
    if bounded and words and reading is not None:
        bounds = word_bounds(question, KINDS, reading.english) | bounds
    if bounded and reading is not None and reading.phrases:  # rule number_forms_read
        bounds |= phrase_bounds(question, reading.english)
    stated = [m for c in chosen for m in _quote_numbers(c.quote, words)]
    sentence = reading is not None and reading.sentence
    cores = reading is not None and reading.cores
    missing = [
        m for m in claimed
        if not any(
            _same(retriever, m, q, bounds.get(m.digits, ("", ""))[0], sentence, cores)
            for q in stated
        )
    ]  # fmt: skip
    if not missing:
        return None
    names = [bounds.get(m.digits, ("", m.written))[1] for m in missing]
    # The claim's number stated of something else (or as a share): that sentence is the reason.
    if other := [q.sentence for m in missing for q in stated if q.digits == m.digits]:
        return Reason("claim_number_other", {"names": names, "words": list(dict.fromkeys(other))})
    given = [m.written for c in chosen for m in amounts_of(c.quote, words)]
    if given:
        return Reason("claim_number_differs", {"names": names, "words": list(dict.fromkeys(given))})
    return Reason("claim_number_unstated", {"names": names})


def amounts_of(quote: str, words: bool = False) -> list[Mention]:
    """The numbers of ``quote`` that can be amounts, as written (with ``words``, those written
    in words too: rule claim_number_words)."""
    spans = [(s, e, "") for s, e in amount_spans(quote)] + (word_numbers(quote) if words else [])
    return _valued(quote, sorted(spans))


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NUMBER.finditer(text)]


def _same(
    retriever: Retriever,
    claim: Mention,
    quote: Mention,
    bound: str = "",
    sentence: bool = False,
    cores: bool = False,
) -> bool:
    """Whether ``quote`` states the number ``claim`` names (or, with a ``bound`` of
    :mod:`.claim_bound`, a number that satisfies it), of the same kind and about the same thing:
    the words around the two numbers share a term; with ``sentence`` (rule
    claim_context_sentence) the very number is compared over the words of both sentences, a
    bound's number still over the words near it; with ``cores`` (rule claim_participle_core)
    the two sentences of the very number may share a participle's core instead."""
    if claim.share != quote.share:
        return False
    if claim.digits != quote.digits and not (
        bound and whole(quote.written) and bound_holds(bound, claim.digits, quote.digits)
    ):
        return False
    wanted = _claim_terms(retriever, claim.near, claim.dated)
    if not wanted or wanted & _quote_terms(retriever, quote.near):
        return True
    if not sentence or claim.digits != quote.digits:
        return False
    # Rule claim_context_sentence widens (never narrows): the words of both sentences, but
    # the number itself.
    wanted = _claim_terms(retriever, _others(claim.sentence, claim.digits), claim.dated)
    if wanted & _quote_terms(retriever, _others(quote.sentence, quote.digits)):
        return True
    return cores and bool(participle_cores(claim.sentence) & participle_cores(quote.sentence))


def _others(sentence: str, digits: str) -> tuple[str, ...]:
    """The words of ``sentence`` but the number of ``digits`` itself."""
    return tuple(w for w in _WORD.findall(sentence) if _digits(w) != digits)


def _claim_terms(
    retriever: Retriever, near: tuple[str, ...], dated: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Index terms of the words around a claim's number: each word and each pair, read as a
    counted noun is (glossary, synonyms), and the digits of the numbers not in a date
    (``dated``: left out before the words are paired, "8 July" is no term)."""
    near = tuple(w for w in near if w not in dated)
    phrases = [*near, *(f"{a} {b}" for a, b in pairwise(near))]
    terms = {t for p in phrases if not p[0].isdigit() for t in noun_terms(retriever, p)}
    return frozenset(terms | _numbers(near, dated))


def _quote_terms(retriever: Retriever, near: tuple[str, ...]) -> frozenset[str]:
    """Index terms of the words around a quote's number, and the digits of the numbers."""
    terms = set(retriever.analyzer.tokenize(" ".join(w for w in near if not w[0].isdigit())))
    return frozenset(terms | _numbers(near))
