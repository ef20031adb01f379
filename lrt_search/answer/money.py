"""Rule money_word_amount: an amount of money written without a currency.

The minutes often write an amount as a bare number next to a word for money ("De 30.000
regeling, een bedrag dat gemeenten eenmalig ontvangen"). A number that can be an amount (not a
year, a date or a list marker: :func:`lrt_search.answer.shape.amount_spans`) stands for money
when a money word (``money_words`` of lexicon/data/numbers.toml) stands within
:data:`MONEY_WORD_WINDOW` words of it in the same sentence, and the question does not name that
number itself ("How much does the 30,000 scheme cost per year?": 30.000 names the scheme, it
does not answer). Switch: ``Settings.money_word_amount``.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.wordlists import alternation
from .shape import amount_spans

#: Words between a number and a money word at most ("30.000 regeling, een bedrag": 2).
MONEY_WORD_WINDOW = 4

_MONEY_WORD = lazy(rf"\b{alternation('numbers', 'money_words')}(?!\w)", re.I)
_WORD = lazy(r"\w[\w.,'’-]*")
_LIST_MARKER = lazy(r"^\s*\d{1,2}[.)](?=\s)", re.M)  # "2. De 30.000 regeling"
_SENTENCE_END = lazy(r"[.;:!?](?:\s|$)")


def digits(text: str) -> frozenset[str]:
    """The numbers of ``text`` that can be amounts, as digits only ("30,000" -> "30000")."""
    return frozenset(re.sub(r"\D", "", text[a:b]) for a, b in amount_spans(text))


def number_near_money_word(text: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` holds a number that can be an amount within :data:`MONEY_WORD_WINDOW`
    words of a money word, in the same sentence; not one of ``named`` (the question's numbers,
    as :func:`digits`)."""
    return bool(money_sentences(text, named))


def money_sentences(text: str, named: frozenset[str] = frozenset()) -> list[str]:
    """The sentences of ``text`` holding such a number next to a money word."""
    found: list[str] = []
    markers = {m.end() for m in _LIST_MARKER.finditer(text)}
    for start, end in amount_spans(text):
        if end in markers or re.sub(r"\D", "", text[start:end]) in named:
            continue
        before = _SENTENCE_END.split(text[:start])[-1]
        after = _SENTENCE_END.split(text[end:], maxsplit=1)[0]
        near = _WORD.findall(before)[-(MONEY_WORD_WINDOW + 1) :]
        near += _WORD.findall(after)[: MONEY_WORD_WINDOW + 1]
        if any(_MONEY_WORD.fullmatch(w.rstrip(".,")) for w in near):
            found.append(f"{before}{text[start:end]}{after}")
    return found
