"""Which words of a passage match a query, and a snippet around them (for people to read).

Matching goes through the index's analyzer, so "indeplaatsstelling" in a query highlights
"indeplaatstellingen" in a passage. The functions return character spans; the terminal and the
web page each draw them their own way.
"""

from __future__ import annotations

from typing import Protocol

from ..lazyre import lazy

_WORD = lazy(r"\w[\w'.-]*\w|\w")


class _Tokenizer(Protocol):
    def tokenize(self, text: str) -> list[str]: ...


def match_spans(text: str, terms: set[str], analyzer: _Tokenizer) -> list[tuple[int, int]]:
    """``(start, end)`` of every word of ``text`` whose first index term is one of ``terms``."""
    if not terms:
        return []
    spans = []
    first: dict[str, bool] = {}  # a passage repeats its words: analyse each once
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word not in first:
            tokens = analyzer.tokenize(word)
            first[word] = bool(tokens) and tokens[0] in terms
        if first[word]:
            spans.append((m.start(), m.end()))
    return spans


def snippet(
    text: str, spans: list[tuple[int, int]], max_chars: int
) -> tuple[str, list[tuple[int, int]]]:
    """At most about ``max_chars`` of ``text`` around its densest stretch of matches, cut at
    word boundaries and marked with ``…`` where cut; the spans are moved into the snippet."""
    if len(text) <= max_chars:
        return text, spans
    if spans:
        # The window start that covers the most matches.
        best, best_count = spans[0][0], 0
        for start, _ in spans:
            count = sum(1 for s, e in spans if start <= s and e <= start + max_chars)
            if count > best_count:
                best, best_count = start, count
        begin = max(0, best - max_chars // 4)
    else:
        begin = 0
    end = min(len(text), begin + max_chars)
    begin = max(0, end - max_chars)
    if begin > 0:
        space = text.rfind(" ", 0, begin + 1)
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    begin, end = _statement_bounds(text, begin, end, max_chars)
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - begin
    inside = [(s + shift, e + shift) for s, e in spans if s >= begin and e <= end]
    return prefix + text[begin:end] + suffix, inside


#: Where a statement starts in a flattened passage: a "- " bullet or a new sentence.
_STATEMENT_START = lazy(r"(?<=\s)-\s+(?=\S)|(?<=[.!?;]\s)(?=[A-ZÀ-Ý])")


def _statement_bounds(text: str, begin: int, end: int, max_chars: int) -> tuple[int, int]:
    """The snippet window moved to whole statements: it starts where a statement starts (at
    most a quarter of the window earlier) and ends where one ends, unless that would keep
    less than half the window."""
    starts = [m.start() for m in _STATEMENT_START.finditer(text)]
    before = [s for s in starts if begin - max_chars // 4 <= s <= begin]
    if begin > 0 and before:
        begin = before[-1]
    if end < len(text):
        ends = [s for s in starts if begin + max_chars // 2 <= s <= end]
        if ends:
            end = ends[-1]
    while end > begin and text[end - 1] in " -":
        end -= 1
    return begin, end


def segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into ``(piece, is_match)`` pieces at the spans (for templates)."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def query_terms(retriever: object, query: str) -> set[str]:
    """The index terms of ``query`` (and of its glossary terms) that a passage may match."""
    from .query import glossary_terms

    analyzer = retriever.analyzer  # type: ignore[attr-defined]
    known = retriever.bm25.terms  # type: ignore[attr-defined]
    terms = set(analyzer.tokenize_query(query, known))
    for phrase in glossary_terms(query, retriever.glossary):  # type: ignore[attr-defined]
        terms.update(analyzer.tokenize_query(phrase, known))
    return terms


def passage_snippet(
    text: str, terms: set[str], analyzer: _Tokenizer, max_chars: int, heading: bool = True
) -> tuple[str, list[tuple[int, int]]]:
    """A one-line snippet of a passage around its matches, with the match spans.

    A passage that opens with its agenda item's heading (``heading``) is shown from its first
    statement on when the body matches too: the citation already names the item.
    """
    flat = " ".join(text.split())
    if heading and "\n" in text.strip():
        body = " ".join(text.strip().split("\n", 1)[1].split())
        body_spans = match_spans(body, terms, analyzer)
        if body_spans or not match_spans(flat, terms, analyzer):
            return snippet(body, body_spans, max_chars)
    return snippet(flat, match_spans(flat, terms, analyzer), max_chars)
