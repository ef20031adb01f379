"""Rule ``cover_by_topic_check`` (``Settings.cover_by_topic_check``; issue 16, session 25 task
E3): the confidence feature ``topic_cover`` (:mod:`.confidence_features`) reads a statement as
the topic check read it.

The topic check (:func:`.checks._topic_quoted`, through :class:`.checks.Quote`) passes a
statement when a topic term stands in its own words, its item heading, or (when the statement
is anchored: by the asked speaker, or holding a topic term or a focus name) the statement before
it. ``topic_cover`` counted the topic units the statement's own words hold, so a statement that
passed the check on its heading or on the statement it replies to scored as holding nothing of
the topic. With the rule, the cover counts a unit held by any of the terms the check read with
the statement (the same analyzer terms; recorded when the statement is kept as a candidate).
The quote shown, the checks and the label caps (``not_high`` reads the quote alone) are
unchanged. Measured and left off by default: docs/settings.md ``cover_by_topic_check``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..results import Citation
    from .checks import Quote
    from .frame import Frame


def read_with(frame: Frame, quote: Quote, c: Citation) -> Citation:
    """Keep the terms the topic check read with ``quote`` for its candidate ``c`` (rule on);
    ``c`` itself."""
    if frame.retriever.settings.cover_by_topic_check:
        frame.check_terms[(c.chunk_id, c.span.line_start)] = frozenset(
            quote.terms | quote.heading_terms
        )
    return c


def checked_terms(frame: Frame, c: Citation) -> frozenset[str]:
    """The terms the topic check read with candidate ``c`` (empty when the rule is off or ``c``
    was not kept by :func:`read_with`: an attendee list, a record)."""
    if not frame.retriever.settings.cover_by_topic_check:
        return frozenset()
    return frame.check_terms.get((c.chunk_id, c.span.line_start), frozenset())
