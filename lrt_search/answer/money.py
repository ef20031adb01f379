"""Rule money_word_amount: an amount of money written without a currency.

The minutes often write an amount as a bare number next to a word for money ("De 30.000
regeling, een bedrag dat gemeenten eenmalig ontvangen"). A number that can be an amount (not a
year, a date or a list marker: :func:`lrt_search.answer.shape.amount_spans`) stands for money
when a money word (``money_words`` of lexicon/data/numbers.toml) stands within
:data:`MONEY_WORD_WINDOW` words of it in the same sentence. Switch: ``Settings.money_word_amount``.
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
_SENTENCE_END = lazy(r"[.;:!?](?:\s|$)")


def number_near_money_word(text: str) -> bool:
    """Whether ``text`` holds a number that can be an amount within :data:`MONEY_WORD_WINDOW`
    words of a money word, in the same sentence."""
    for start, end in amount_spans(text):
        before = _SENTENCE_END.split(text[:start])[-1]
        after = _SENTENCE_END.split(text[end:], maxsplit=1)[0]
        near = _WORD.findall(before)[-(MONEY_WORD_WINDOW + 1) :]
        near += _WORD.findall(after)[: MONEY_WORD_WINDOW + 1]
        if any(_MONEY_WORD.fullmatch(w.rstrip(".,")) for w in near):
            return True
    return False
