"""Rule ``header_unasked_not_high`` (``Settings.header_unasked_not_high``; issue 16 task G): an
answer quoting a meeting's header lines (its attendee or absentee list, its date and time)
answers who attended, chaired or was absent, and when; a question that asks something more of
them ("Hoe opende de voorzitter de vergadering?", "Welke rol neemt de voorzitter op zich?", "Who
replaced Van Gennip ...?", "Zijn OCW en VRO op ministerieel niveau vertegenwoordigd?") is not
answered by the list, whose names only show who was there. Such an answer is never labelled
high when the question has a content word (:func:`~lrt_search.search.unread.content_words`,
outside the words that ask for attendance, the chair or absence) that the quoted header lacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.intents import pattern
from ..search.unread import content_words
from .header_spans import HEADER_KINDS

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame

#: The intents whose words ask what the header holds.
_ASKING = ("header", "chair", "absence")


def unasked_words(frame: Frame, c: Citation) -> list[str]:
    """The content words of the question that the header quote ``c`` lacks (empty for a quote
    that is no header's)."""
    if (c.kind or "") not in HEADER_KINDS:
        return []
    question, retriever = frame.question, frame.retriever
    spans = [m.span() for name in _ASKING for m in pattern(name).finditer(question)]
    terms = set(retriever.analyzer.tokenize(c.quote))
    return [
        w
        for w, start, _ in content_words(
            question, retriever.orgs, None, retriever.settings.frame_gap_topic, frame.main_clause
        )
        if not any(a <= start < b for a, b in spans)
        and not set(retriever.analyzer.tokenize(w)) & terms
    ]
