"""Rule meeting_not_held (answer/meeting_not_held.py), session 23 task A3: whether a meeting
header names a meeting reads only the header rows that hold every word of its name (the corpus
facts' word rows), not every header holding its rarest index term. Chunks are built by hand;
the chunk list counts the rows it is asked for."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from lrt_search.answer.meeting_not_held import _header_names, _rows_writing
from lrt_search.index.facts import CorpusFacts
from lrt_search.models import Chunk, Span


def _chunk(row: int, kind: str, text: str) -> Chunk:
    day = dt.date(2023, 1, 1) + dt.timedelta(days=row)
    return Chunk(f"{day}-lrt#{row}", day, kind, None, "", text, (), "x.txt", Span(1, 1))  # type: ignore[arg-type]


class _Chunks(list):  # type: ignore[type-arg]
    """A chunk list that records the rows read, with the corpus facts a chunk store has."""

    def __init__(self, chunks: list[Chunk]) -> None:
        super().__init__(chunks)
        self.facts = CorpusFacts.from_chunks(chunks)
        self.read: list[int] = []

    def __getitem__(self, row: Any) -> Any:
        self.read.append(row)
        return super().__getitem__(row)

    def rows_of_kind(self, kind: str) -> list[int]:
        return [r for r, c in enumerate(list.__iter__(self)) if c.kind == kind]


class _Retriever:
    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = _Chunks(chunks)


def _headers(n: int) -> list[Chunk]:
    chunks = [
        _chunk(r, "header", f"Verslag LRT {r}\nAanwezig: Dhr. Jansen (VNG)") for r in range(n)
    ]
    chunks.append(_chunk(n, "header", "Verslag kleine LRT\nAanwezig: Mw. Smit (IPO)"))
    chunks.append(_chunk(n + 1, "item", "De kleine LRT bespreekt de opvang."))
    return chunks


def test_a_name_with_a_word_no_chunk_writes_reads_no_header() -> None:
    retriever = _Retriever(_headers(40))
    assert not _header_names(retriever, "small LRT")  # type: ignore[arg-type]
    assert retriever.chunks.read == []  # 'lrt' is in every header; 'small' in none
    assert list(_rows_writing(retriever, "small LRT")) == []  # type: ignore[arg-type]


def test_a_name_a_header_writes_reads_the_headers_holding_its_words() -> None:
    retriever = _Retriever(_headers(40))
    assert _header_names(retriever, "kleine LRT")  # type: ignore[arg-type]
    assert retriever.chunks.read == [40]  # the item chunk writes it too, but is no header
    assert list(_rows_writing(retriever, "kleine LRT")) == [40, 41]  # type: ignore[arg-type]
    assert not _header_names(retriever, "LRT kleine")  # type: ignore[arg-type]


def test_an_index_without_word_rows_reads_the_rarest_terms_rows() -> None:
    retriever = _Retriever(_headers(3))

    class _NoRows(CorpusFacts):
        def rows_of(self, word: str) -> np.ndarray | None:
            return None

    class _Bm25:
        terms = frozenset({"klein", "lrt"})

        def doc_count(self, terms: list[str]) -> int:
            return 2 if terms == ["klein"] else 5

        def scores(self, terms: list[str]) -> np.ndarray:
            return np.array([0.0, 0.0, 0.0, 1.0, 1.0]) if terms == ["klein"] else np.ones(5)

    class _Analyzer:
        def tokenize(self, text: str) -> list[str]:
            return ["klein" if w == "kleine" else w.lower() for w in text.split()]

    retriever.chunks.facts = _NoRows(vocab={}, people=[], present=[])
    retriever.bm25, retriever.analyzer = _Bm25(), _Analyzer()  # type: ignore[attr-defined]
    assert list(_rows_writing(retriever, "kleine LRT")) == [3, 4]  # type: ignore[arg-type]
    assert _header_names(retriever, "kleine LRT")  # type: ignore[arg-type]
    assert retriever.chunks.read == [3]
