"""Rule ``negative_stance_stated`` (``Settings.negative_stance_stated``; issue 16 task A): a
question whose premise is a negative stance - a refusal, an objection, a rejection, a vote
against, not agreeing, a reservation, criticism, a boycott or walk-out ("Welke gemeenten
weigerden ...", "Why did the COA refuse ...", "wie stemde tegen ...") - is answered only by a
statement that states a negative stance in one of the minutes' forms ("voorbehoud",
"bezwaar", "kritiek", "zorgen over", "niet akkoord", "wil niet", ...); a refusal as an act
(refusing, rejecting, voting against, a boycott) only by a refusal in the minutes' words
("weigert", "afgewezen", "niet acceptabel", "niet opportuun", a negation with a word of
agreement), not by a concern or a doubt. The classes are data (lexicon/data/stances.toml).

For a why-question the stance words are then not checked as premise words (the minutes say
"voorbehoud" where the question says "niet akkoord"): the stance check stands for them.

Rule ``stance_whether_asked`` (``Settings.stance_whether_asked``; issue 16 task D2): a yes/no
question that asks WHETHER a body objected in words ("Did the IPO object to ...?", "Had de VNG
kritiek op ...?", "Is the complaint about ... still there?") presupposes no objection: it asks
for one, and the minutes state it in their own words (a wish, "knelpunt", "angst", "pleit
voor"). For it a statement passes unless it states agreement or support and no negative stance
(stances.toml ``agreed``: "is het eens met", "sluit zich aan", "steunt", "beaamt": the body did
not object, so the question has no answer). A yes/no question about a refusal as an act
("Heeft de VNG de taakstelling afgewezen?") keeps it: an act the minutes do not state is no
answer.
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, words


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    """The forms ``kind`` of stances.toml (its list and its gapped list) as one pattern."""
    gapped = "".join("|" + g for g in words("stances", f"{kind}_gapped"))
    return lazy(rf"\b{alternation('stances', kind)}(?!\w){gapped}", re.I)  # type: ignore[return-value]


def asked_stance(question: str) -> tuple[int, int] | None:
    """The span of the negative stance a question presupposes, ``None`` when it names none."""
    match = _pattern("asked_acts").search(question) or _pattern("asked").search(question)
    return match.span() if match else None


def asks_act(question: str) -> bool:
    """Whether the stance a question presupposes is a refusal as an act (refusing, rejecting,
    voting against, a boycott): only a refusal in the minutes' words states one."""
    return _pattern("asked_acts").search(question) is not None


def stance_words(question: str) -> frozenset[str]:
    """The words (lower case) that name the negative stance a question presupposes: every word
    of a listed form ("niet akkoord", "turn down"), the outer words of a gapped one ("wees" and
    "af" of "wees de VNG de optie af"); empty when it names none."""
    span = asked_stance(question)
    if span is None:
        return frozenset()
    found = question[span[0] : span[1]].lower().split()
    if not (
        _listed("asked").fullmatch(" ".join(found))
        or _listed("asked_acts").fullmatch(" ".join(found))
    ):
        found = [found[0], found[-1]]
    return frozenset(w.strip(".,?!'\"") for w in found)


@cache
def _listed(kind: str) -> re.Pattern[str]:
    return lazy(alternation("stances", kind), re.I)  # type: ignore[return-value]


def states_stance(text: str, act: bool = False) -> bool:
    """Whether ``text`` states a negative stance in a form of the minutes (``act``: a refusal
    in the minutes' words, not a concern or a doubt)."""
    if _pattern("stated_acts").search(text):
        return True
    return not act and _pattern("stated").search(text) is not None


def asks_whether(question: str, yes_no: bool) -> bool:
    """Rule stance_whether_asked: whether a yes/no question (``yes_no``) asks if a body objected
    in words (not a refusal as an act)."""
    return yes_no and asked_stance(question) is not None and not asks_act(question)


def supports_stance(text: str, stance: str, whether: bool) -> bool:
    """Whether ``text`` answers a question naming the negative stance ``stance``: it states one
    (a refusal for an act); for a question asking whether (rule stance_whether_asked) unless
    it states agreement or support and no negative stance."""
    if whether:
        return states_stance(text) or _pattern("agreed").search(text) is None
    return states_stance(text, asks_act(stance))


def stance_premise(question: str, premise: str) -> str:
    """What a question presupposes when it names a negative stance: the why-premise, else the
    question from the stance on ("weigerden statushouders te huisvesten"); empty when it
    names none."""
    span = asked_stance(question)
    if span is None:
        return ""
    return premise or question[span[0] :].strip().rstrip("?").strip()
