"""Rule ``names_earlier_in_item`` (the setting of that name): a name of the question counts for
a statement when an earlier statement of its agenda item writes it (by the same speaker, or by
anyone), provided the statement holds a topic term of the question or refers back to what the
item named ("het pakket", "deze wetgevingen": ``refers_back`` in lexicon/data/minutes.toml).
Minutes write a topic's name once and then "het pakket", "de wet", "dit"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lexicon.wordlists import word_regex
from ..models import Chunk, Statement
from ..results import Citation

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote


def earlier_statements(retriever: Retriever, chunk: Chunk, index: int) -> list[Statement]:
    """The statements of ``chunk``'s agenda item before its statement ``index`` (those of the
    item's earlier passages too), in order."""
    out = list(chunk.statements[:index])
    row, part = retriever.chunks.row_of(chunk.chunk_id), chunk.part
    while part > 1 and row > 0:
        row -= 1
        previous = retriever.chunks[row]
        if previous.meeting_date != chunk.meeting_date or previous.item != chunk.item:
            break
        out[:0] = previous.statements
        part = previous.part
    return out


class ItemBefore:
    """The statements of a statement's agenda item before it, read when asked. A statement
    that finds a name of the question only there is added to ``borrowed`` (chunk id, first
    line): it is quoted only when no statement that writes the name passes (:func:`named_first`).
    """

    def __init__(
        self, retriever: Retriever, chunk: Chunk, index: int, borrowed: set[tuple[str, int]]
    ) -> None:
        self.retriever, self.chunk, self.index, self.borrowed = retriever, chunk, index, borrowed

    def borrow(self) -> None:
        """Record that the statement found a name only in an earlier statement."""
        self.borrowed.add((self.chunk.chunk_id, self.chunk.statements[self.index].span.line_start))

    def __call__(self) -> list[Statement]:
        """The statements (:func:`earlier_statements`)."""
        return earlier_statements(self.retriever, self.chunk, self.index)


def refers_back(q: Quote) -> bool:
    """Whether the statement holds a topic term of the question or a word that refers back."""
    return bool(q.needs.topic_terms & q.terms) or bool(
        word_regex("minutes", "refers_back").search(q.text)
    )


def names_in_item(q: Quote) -> bool:
    """Rule names_earlier_in_item: every focus name stands in the statement, its item heading
    or an earlier statement of its item (by the same speaker unless the setting is "any");
    a name of an organisation only in the statement or its heading."""
    mode = q.retriever.settings.names_earlier_in_item
    if not mode or q.earlier is None or not q.needs.names or not refers_back(q):
        return False
    earlier = [s for s in q.earlier() if mode == "any" or set(s.speakers).intersection(q.speakers)]
    if not earlier:
        return False
    mentions = q.retriever.orgs.mentions
    own, own_named = [words(q.text), words(q.heading)], {m.code for m in mentions(q.text)}
    # An organisation is not borrowed: one named earlier is an actor of the item, and a
    # statement that does not name it is not by or about it ("Sprak Defensie over ...").
    if not all(
        q.needs.names_ok(own, own_named | set(q.speakers), only=name)
        for name in q.needs.names
        if name[2]
    ):
        return False
    texts = own + [words(s.text) for s in earlier]
    found = q.needs.names_ok(texts, own_named | set(q.speakers))
    if found and isinstance(q.earlier, ItemBefore):
        q.earlier.borrow()
    return found


def named_first(candidates: list[Citation], borrowed: set[tuple[str, int]]) -> list[Citation]:
    """The candidates that write every name of the question themselves, when there are any;
    else those that found one only earlier in their item (rule names_earlier_in_item)."""
    own = [c for c in candidates if (c.chunk_id, c.span.line_start) not in borrowed]
    return own or candidates
