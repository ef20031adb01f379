"""Rule ``rate_stated``: a "how many / how much" question for a rate ("Hoeveel asielzoekers
meldden zich per dag?", "How many places a week?", "elke maand", "weekly") is answered only by
a statement that states the rate: the same unit after "per" / "a" / "elke" ("per week"), or a
word of that rate alone ("dagelijks", "op jaarbasis"). The units and words are data
(``rate_nouns``, ``rate_words``, ``rate_openers`` of ``lexicon/data/numbers.toml``)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.wordlists import mapping, words


@cache
def _unit_regex(unit: str) -> re.Pattern[str]:
    """The words that say a rate of ``unit``, as one regex."""
    nouns = "|".join(re.escape(n) for n in mapping("numbers", "rate_nouns")[unit])
    alone = "|".join(re.escape(w) for w in mapping("numbers", "rate_words")[unit])
    openers = "|".join(re.escape(w) for w in words("numbers", "rate_openers"))
    later = "|".join(re.escape(w) for w in words("numbers", "rate_not_after"))
    return re.compile(
        rf"\b(?:(?:{openers})\s+(?:{nouns})\b(?!\s+(?:{later})\b)|(?:{alone})\b)", re.I
    )


def asked_rate(question: str) -> tuple[str, str]:
    """The unit of the rate ``question`` asks for ("dag") and its words as written ("per
    dag"); ``("", "")`` for none."""
    found = [
        (m.start(), unit, m.group(0))
        for unit in mapping("numbers", "rate_nouns")
        for m in [_unit_regex(unit).search(question)]
        if m
    ]
    if not found:
        return "", ""
    _, unit, written = min(found)
    return unit, written


def states_rate(text: str, unit: str) -> bool:
    """Whether ``text`` states a rate of ``unit`` ("per week", "wekelijks")."""
    return bool(_unit_regex(unit).search(text))
