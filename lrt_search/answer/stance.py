"""Rule ``negative_stance_stated`` (``Settings.negative_stance_stated``; issue 16 task A): a
question whose premise is a negative stance - a refusal, an objection, a rejection, a vote
against, not agreeing, a reservation, criticism, a boycott or walk-out ("Welke gemeenten
weigerden ...", "Why did the COA refuse ...", "wie stemde tegen ...") - is answered only by a
statement that states a negative stance in any of the minutes' forms ("voorbehoud",
"bezwaar", "kritiek", "niet acceptabel", "niet akkoord", "wil niet", ...), itself or in the
statement before or after it in its item. Both classes are data (lexicon/data/stances.toml).

For a why-question the stance words are then not checked as premise words (the minutes say
"voorbehoud" where the question says "niet akkoord"): the stance check stands for them.
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, words


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    """The forms ``kind`` ("asked" or "stated") of stances.toml as one pattern."""
    gapped = "|".join(words("stances", f"{kind}_gapped"))
    return lazy(rf"\b{alternation('stances', kind)}(?!\w)|{gapped}", re.I)  # type: ignore[return-value]


def asked_stance(question: str) -> tuple[int, int] | None:
    """The span of the negative stance a question presupposes, ``None`` when it names none."""
    match = _pattern("asked").search(question)
    return match.span() if match else None


def stance_words(question: str) -> frozenset[str]:
    """The words (lower case) that name the negative stance a question presupposes: every word
    of a listed form ("niet akkoord", "turn down"), the outer words of a gapped one ("wees" and
    "af" of "wees de VNG de optie af"); empty when it names none."""
    span = asked_stance(question)
    if span is None:
        return frozenset()
    found = question[span[0] : span[1]].lower().split()
    if not _listed().fullmatch(" ".join(found)):
        found = [found[0], found[-1]]
    return frozenset(w.strip(".,?!'\"") for w in found)


@cache
def _listed() -> re.Pattern[str]:
    return lazy(alternation("stances", "asked"), re.I)  # type: ignore[return-value]


def states_stance(*texts: str) -> bool:
    """Whether one of ``texts`` states a negative stance in a form of the minutes."""
    pattern = _pattern("stated")
    return any(pattern.search(text) for text in texts if text)


def stance_premise(question: str, premise: str) -> str:
    """What a question presupposes when it names a negative stance: the why-premise, else the
    question from the stance on ("weigerden statushouders te huisvesten"); empty when it
    names none."""
    span = asked_stance(question)
    if span is None:
        return ""
    return premise or question[span[0] :].strip().rstrip("?").strip()
