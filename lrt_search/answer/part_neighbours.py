"""Rule ``neighbours_across_parts``: the statements right before and after a statement are read
across the boundary of two passages (chunk parts) of one agenda item.

An item longer than ``chunk_max_words`` is split into parts at statement boundaries, so the
first statement of a part had no statement before it and the last one none after it, while in
the minutes the bullet before it is the question it replies to or the list it continues
("Verschillende leden ... hebben moeite met de late aanlevering van documenten" /
"SJenV geeft aan dat hij goede samenwerking uitermate belangrijk vindt ..."). The quote checks
read a statement's neighbours (``Quote.before``, ``Quote.after``: the topic and names of the
statement before it, names of the next one) across the boundary too, but only for a question
that asks a reply or what followed something said (:func:`asks_reply`): read for every
question, the bullet before a part let the asked speaker's next bullet stand for a topic it
does not answer ("Wat zei de VNG over het vertrekmoratorium voor Syrië?": MAenM's Syria bullet
closes the part before the VNG's OEK bullet; eval/passage_evidence_probe.jsonl). Only the two
neighbouring parts of the same meeting and item are decoded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, regex_text, word_regex

if TYPE_CHECKING:
    from ..models import Chunk
    from ..search.retriever import Retriever

_AFTER_NOUN = lazy(
    regex_text("questions", "reply_after") + alternation("questions", "reply_to_nouns") + r"\b",
    re.I,
)
_CLAUSE = lazy(regex_text("questions", "reply_clause"), re.I)


def part_neighbours(retriever: Retriever, chunk: Chunk, read: bool = True) -> tuple[str, str]:
    """The text of the last statement of the part of ``chunk``'s item before it and of the
    first statement of the part after it ("" where the item starts or ends with ``chunk``,
    and both "" unless ``read``)."""
    if not read:
        return "", ""
    try:
        row = retriever.chunks.row_of(chunk.chunk_id)
    except KeyError:
        return "", ""
    before = _edge(retriever, chunk, row - 1, -1) if chunk.part > 1 else ""
    return before, _edge(retriever, chunk, row + 1, 0)


def _edge(retriever: Retriever, chunk: Chunk, row: int, at: int) -> str:
    """The text of statement ``at`` of the chunk at ``row`` when it is another part of the
    same meeting's item as ``chunk``; "" otherwise."""
    if row < 0 or row >= len(retriever.chunks):
        return ""
    other = retriever.chunks[row]
    same = _place(other) == _place(chunk)
    if not same or other.kind != chunk.kind or not other.statements:
        return ""
    if at == 0 and other.part <= 1:  # the next item's first part
        return ""
    return other.statements[at].text


def _place(chunk: Chunk) -> tuple[str, object, str]:
    """The file, meeting and item a chunk belongs to."""
    return chunk.source, chunk.meeting_date, chunk.item


def asks_reply(question: str) -> bool:
    """Whether ``question`` asks what replied to or followed something said (a verb or noun
    of replying, "na de klachten" / "after the call", "nadat" / "after saying"): only then
    does the bullet before the first of a part hold what it names (rule
    ``neighbours_across_parts``; data ``reply_*`` of ``lexicon/data/questions.toml``)."""
    return bool(
        word_regex("questions", "reply_verbs").search(question)
        or _AFTER_NOUN.search(question)
        or _CLAUSE.search(question)
    )
