"""Rule ``header_quotes_asked`` (issue 16, task D): a meeting's attendee lists are quoted only
for a question that asks who attended, was represented or chaired.

A word of attendance alone makes a question's intent ``attendance`` ("Wie was het eens met de
inzet ...", "Met wie was het COA het oneens ...", "Who were in favour of ...", "Welke deelnemer
pleitte ...") and so read the meeting headers' attendee lists among the candidate quotes, where
the list, scored with the whole lexical bonus, outscored the statement that answers. With the
rule, the lists are candidates only when the header answers: the question asks who attended or
chaired (``Frame.header_answers``: intents ``attendance_asked``, ``chair``) or whether someone
was represented (intent ``represented`` of ``lexicon/data/intents.toml``), and not "who was in
favour of / in agreement with X" (intent ``in_favour``: a stance, not a presence). A question
whose lists are no candidates reads its topic as any other question does (its implied topic
is checked: :class:`~lrt_search.answer.evidence.Asked` gets ``attendance`` false).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .frame import Frame


def header_quoted(frame: Frame) -> bool:
    """Whether the attendee lists of the meeting headers found are candidate quotes of
    ``frame``'s question: an attendance or chair question, and with rule
    ``header_quotes_asked`` only one that asks who attended, was represented or chaired."""
    if not frame.attendance:
        return False
    if not frame.retriever.settings.header_quotes_asked:
        return True
    if frame.asks("in_favour"):  # "who was in favour of X": a stance, not a presence
        return False
    return frame.header_answers or frame.asks("represented")
