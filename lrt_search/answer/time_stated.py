"""Rule ``time_stated`` (issue 16, continuation D2): a question whose answer *is* a time ("Sinds
wanneer geldt X?", "By when must Y be ready?", "Wanneer wordt Z gedeeld?") is answered only by a
statement that states a time: a date, a month, a year, a quarter, a season, a week, "voor de
zomer", "komende week", "binnenkort". The check demands a time as ``amount_stated`` demands
an amount for "how much money".

The question: the form ``when`` of rule ``asked_form`` (``lexicon/data/answer_forms.toml``),
which already leaves out questions about the meetings themselves and about when something was
mentioned; and not a question about when someone *said* something ("When did the VNG say ...?",
"Wanneer zei Aedes ...?", "Wanneer heeft de VNG zorgen geuit?"): the meeting's date answers
those, and every statement carries it. The verbs of speech are those of
``lexicon/data/speech.toml``.

The statement: the time form of ``asked_form``, a written date (``lexicon.dates.find_date``),
a period of the question grammar (``search.periods.find_range``) or an everyday period
(``search.everyday``); in the statement itself or in its item's lead-in (the heading before
the first bullet, or the statement before it when it ends in ":" and opens the list). Not in
any statement before it: "voor de zomer" of the statement about Budel does not date the
statement about the BVM for Syria after it.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.datafiles import bundled_toml
from ..lexicon.dates import find_date
from ..lexicon.intents import asks
from ..lexicon.wordlists import alternation
from ..search.everyday import find_everyday, has_yearless
from ..search.periods import find_range
from .asked_form import has_form


@cache
def _when() -> re.Pattern[str]:
    """The question form ``when`` of ``lexicon/data/answer_forms.toml`` ("wanneer", "since when",
    "per wanneer", "what date", ...)."""
    return re.compile(
        bundled_toml("answer_forms.toml")["when"]["question"].replace("\\\n", ""), re.I
    )


@cache
def _mentioned() -> re.Pattern[str]:
    """The words of mentioning of ``lexicon/data/topics.toml`` ("discussed", "besproken", "ter
    sprake", ...)."""
    verbs = alternation("topics", "mention_verbs")
    closers = alternation("topics", "mention_closers")
    return re.compile(rf"\b(?:{verbs}|{closers})\b", re.I)


@cache
def _said() -> re.Pattern[str]:
    """A question about when something was said: "When did / has X say / mention ...",
    "Wanneer zei / benadrukte X ...", "Wanneer heeft X ... gezegd / geuit" (the speaker verbs of
    ``lexicon/data/speech.toml``; an English one after an auxiliary of the past, a Dutch finite
    one right after "wanneer", a Dutch participle anywhere)."""
    en = alternation("speech", "speaker_verbs_en")
    nl = alternation("speech", "speaker_verbs_nl")
    participle = alternation("speech", "speaker_participles_nl")
    return re.compile(
        rf"\b(?:did|has|have|had)\b[^?]*\b{en}(?!\w)|\bwanneer\s+{nl}(?!\w)|\b{participle}(?!\w)",
        re.I,
    )


def asks_time(question: str) -> bool:
    """Whether ``question`` asks for the time of an event or a state ("Sinds wanneer geldt
    X?", "By when must Y be ready?"): the question form ``when`` of rule ``asked_form``, not
    about the meetings themselves ("When did the LRT meet?", "Wanneer begon de vergadering?"),
    about when something was mentioned ("When was X discussed?") or said ("When did the VNG
    say X?"): the meeting's date answers those."""
    if not _when().search(question):
        return False
    if any(asks(intent, question) for intent in ("meeting_dates", "meeting_time", "header")):
        return False
    return not (_mentioned().search(question) or _said().search(question))


def states_time(text: str) -> bool:
    """Whether ``text`` states a time: a date, a month, a year, a period, a relative time
    ("komende week", "voor de zomer", "binnenkort")."""
    if not text:
        return False
    return bool(
        has_form("when", text)
        or find_date(text)
        or find_range(text)
        or find_everyday(text)
        or has_yearless(text)
    )
