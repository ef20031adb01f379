"""The meeting header as evidence: who chaired and who attended stand in a meeting's header
(its attendee lists), not in the discussion, so a chair or attendance question answers from the
headers of the meetings it asks about, whether or not search ranked them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from ..models import Chunk
from ..results import Hit
from .evidence import names_chair

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: At most this many meetings' headers join the passages of one question.
MAX_HEADERS = 10


def header_rows(retriever: Retriever, since: dt.date | None, until: dt.date | None) -> list[int]:
    """The rows of the header chunks of the meetings in the period, the most recent first
    (read from the chunk store's kind and date columns; no chunk is decoded)."""
    rows = np.asarray(retriever.chunks.rows_of_kind("header"), dtype=np.int64)
    dates = np.asarray(retriever.chunks.dates)[rows]
    keep = np.ones(len(rows), dtype=bool)
    if since is not None:
        keep &= dates >= since.toordinal()
    if until is not None:
        keep &= dates <= until.toordinal()
    rows, dates = rows[keep], dates[keep]
    return [int(r) for r in rows[np.argsort(-dates, kind="stable")]]


def meeting_headers(
    retriever: Retriever,
    question: str,
    since: dt.date | None,
    until: dt.date | None,
    chair: bool,
) -> tuple[list[Hit], str | None]:
    """The header passages a chair or attendance question answers from, and a note saying
    which meeting was taken when the question names none.

    With a period: the headers of its meetings (the most recent :data:`MAX_HEADERS`). Without
    one: the most recent meeting's header, and for the chair the most recent header that names
    a chair ("Mw. Faber (AenM, voorzitter)"): "who chaired the meeting?" is answered for the
    last meeting that says so, and the answer says which meeting that is."""
    rows = header_rows(retriever, since, until)
    if since is not None or until is not None:
        chunks = [retriever.chunks[row] for row in rows[:MAX_HEADERS]]
    else:
        chunks = []
        for row in rows[: 5 * MAX_HEADERS]:
            chunk = retriever.chunks[row]
            if not chair or names_chair(chunk.text):
                chunks = [chunk]
                break
    hits = _scored(retriever, question, chunks)
    note = None
    if chunks and since is None and until is None:
        note = "most recent meeting: " + chunks[0].meeting_date.isoformat()
    return hits, note


def _scored(retriever: Retriever, question: str, chunks: list[Chunk]) -> list[Hit]:
    """The header chunks as hits, with their cosine to the question as dense score (what an
    attendee list's quote is scored with), in the order given."""
    if not chunks:
        return []
    rows = np.array([retriever.chunks.row_of(c.chunk_id) for c in chunks], dtype=np.int64)
    cosine = dict(retriever.vectors.search(retriever.query_vector(question), len(rows), rows))
    return [
        Hit(c, cosine.get(int(r), 0.0), i + 1, dense_score=cosine.get(int(r), 0.0))
        for i, (c, r) in enumerate(zip(chunks, rows, strict=True))
    ]
