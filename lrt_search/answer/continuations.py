"""Rule ``join_continuations``: a quoted statement is followed by the next statement of its
item when that one continues it, so an answer never stops before the words that complete it.

The next statement (same item, same list level) continues the quoted one when its first word
points back to it ("Deze randvoorwaarden worden deze zomer uitgewerkt door de HLRT.", "Hij
geeft aan ...") or when it replies to a question the quoted one asks ("CdK vraagt aandacht voor
doelgroepbeperkingen" -> "Staatssecretaris antwoordt dat ..."; "VB stelt vraag over ..." ->
"Ten aanzien van de eerste vraag, ..."). The words are data: ``anaphoric_openers``,
``question_markers``, ``reply_markers`` and ``reply_reference`` of
``lexicon/data/minutes.toml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordlists import regex_text, word_regex, word_set
from ..models import Statement
from ..results import Citation

if TYPE_CHECKING:
    from ..search.retriever import Retriever

_OPENERS = word_set("minutes", "anaphoric_openers")
_TIMES = word_set("minutes", "not_anaphoric_before")
_FIRST_TWO = lazy(r"\W{0,2}([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_REFERENCE = lazy(regex_text("minutes", "reply_reference"), re.I)


def continues(before: str, after: str) -> bool:
    """Whether statement ``after`` continues statement ``before`` that stands right before it:
    it opens with a word pointing back, or it replies to a question ``before`` asks."""
    first = _FIRST_TWO.match(after)
    if first is not None and first.group(1).lower() in _OPENERS:
        return (first.group(2) or "").lower() not in _TIMES
    asks = before.rstrip().endswith("?") or bool(
        word_regex("minutes", "question_markers").search(before)
    )
    return asks and not _replies(before) and _replies(after)


def _replies(text: str) -> bool:
    return bool(word_regex("minutes", "reply_markers").search(text) or _REFERENCE.search(text))


def with_continuations(retriever: Retriever, chosen: list[Citation]) -> list[Citation]:
    """``chosen`` with, right after each quote, the statement that continues it (see the
    module docstring), unless it is quoted already. Only the quoted statements' chunks are
    decoded."""
    quoted = {(c.chunk_id, c.span) for c in chosen}
    out: list[Citation] = []
    for c in chosen:
        out.append(c)
        nxt = _next_statement(retriever, c)
        if nxt is None or (c.chunk_id, nxt.span) in quoted or not continues(c.quote, nxt.text):
            continue
        quoted.add((c.chunk_id, nxt.span))
        out.append(c.followed_by(nxt))
    return out


def _next_statement(retriever: Retriever, c: Citation) -> Statement | None:
    try:
        chunk = retriever.chunks[retriever.chunks.row_of(c.chunk_id)]
    except KeyError:
        return None
    statements = list(chunk.statements)
    for i, s in enumerate(statements[:-1]):
        if s.span == c.span and s.text == c.quote:
            nxt = statements[i + 1]
            return nxt if nxt.level == s.level and nxt.kind != "note" else None
    return None
