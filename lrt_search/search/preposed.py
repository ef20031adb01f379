"""A preposed clause of another party's act, read as context (issue 16, session 30 task E2;
eval/blind30.md class 3): rule ``preposed_clause_context``.

"After members complained about late papers in November 2023, did the State Secretary offer
bilateral contact between members?": the clause before the comma states another party's act
(the premise); what is asked is the main clause, the State Secretary's act. When the main clause
names its own speaker, :func:`preposed_context` reads the question as the main clause with the
clause's period ("did the State Secretary offer ... in November 2023?"): the clause's words are
no topic the asked speaker's statement must mention, its party no speaker and no name. A main
clause without a speaker ("After members complained, were the documents sent earlier?"), a
time clause of an event ("When the meeting ended, ..."), "When did A raise X?" read as before.
The forms are data: lexicon/data/questions.toml ``preposed_clause`` and the lists it names.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.intents import expand
from ..lexicon.wordlists import regex_text
from .meeting_counts import speech_counted
from .periods import point_spans
from .query import SpeakerRules, speech_words
from .speaker_position import speaker_mentions

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable

#: A preposition before a point in time, kept with it ("in November 2023", "op 3 november").
_BEFORE_POINT = re.compile(r"(?:\b(?:in|op|on|at|during|tijdens|van|of|rond|around)\s+)$", re.I)


@cache
def _clause() -> re.Pattern[str]:
    return re.compile(expand(regex_text("questions", "preposed_clause")), re.I)


def may_hold_clause(question: str) -> bool:
    """Whether ``question`` opens with the form of a preposed clause (what a scan reads)."""
    return _clause().match(question) is not None


def _period(clause: str) -> str:
    """The period phrases of ``clause`` as written, each with its preposition ("in" if none)."""
    out = []
    for start, end in point_spans(clause):
        prep = _BEFORE_POINT.search(clause[:start])
        out.append(clause[prep.start() : end] if prep else f"in {clause[start:end]}")
    return " ".join(out)


def preposed_context(question: str, orgs: OrgTable, rules: SpeakerRules) -> tuple[str, str]:
    """``(question read, context)``: the main clause with the clause's period and the clause,
    when ``question`` opens with a clause of another party's act before a main clause that is
    a question naming its own speaker or another organisation; else ``(question, "")``."""
    m = _clause().match(question)
    if m is None:
        return question, ""
    clause, main = m.group("clause").strip(), m.group("main").strip()
    spoke = speech_words(speech_counted(main, rules.meeting_counts_read))
    named = speaker_mentions(main, orgs, rules, spoke) or orgs.query_mentions(main)
    if not named:  # the main clause names no party of its own: the clause may be its topic
        return question, ""
    period = _period(clause)
    return (f"{main[:-1].rstrip()} {period}?" if period else main), clause
