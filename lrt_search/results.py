"""What search and ask return: a :class:`Hit` (a chunk with its score and ranks), a
:class:`Citation` (a quoted statement) and an :class:`Answer`, with the confidence from which an
answer is labelled high or medium. Plain frozen dataclasses over :mod:`lrt_search.models`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .models import Chunk, Span, Statement, cite


@dataclass(frozen=True)
class Hit:
    """One search result: a chunk with its score and the ranks it had in each retriever."""

    chunk: Chunk
    score: float
    rank: int
    bm25_rank: int | None = None
    dense_rank: int | None = None
    dense_score: float | None = None

    @property
    def text(self) -> str:
        """The passage text."""
        return self.chunk.text

    @property
    def chunk_id(self) -> str:
        """The stable chunk id."""
        return self.chunk.chunk_id

    @property
    def meeting_date(self) -> dt.date:
        """Date of the meeting."""
        return self.chunk.meeting_date

    @property
    def item(self) -> str:
        """The agenda item label (``item 2-4``)."""
        return self.chunk.item

    @property
    def citation(self) -> str:
        """``LRT 2023-11-03 · item 2-4 · lines 80-86``."""
        return self.chunk.citation

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``lrt-search search --json``."""
        return {
            "rank": self.rank,
            "text": self.text,
            "chunk_id": self.chunk_id,
            "meeting_date": self.meeting_date.isoformat(),
            "item": self.item,
            "item_title": self.chunk.item_title,
            "citation": self.citation,
            "score": round(float(self.score), 6),
            "speakers": list(self.chunk.speakers),
            "source": self.chunk.source,
            **self.chunk.span.to_dict(),
            "decisions": [
                {
                    "kind": s.kind,
                    "text": s.text,
                    "speakers": list(s.speakers),
                    "line_start": s.span.line_start,
                    "line_end": s.span.line_end,
                }
                for s in self.chunk.statements
                if s.kind in ("decision", "action")
            ],
        }


@dataclass(frozen=True)
class Citation:
    """One quoted statement with where it stands."""

    chunk_id: str
    meeting_date: dt.date
    item: str
    citation: str
    quote: str
    speaker: str | None
    score: float
    span: Span
    lexical: float = 0.0  # share of the question's (idf-weighted) terms the quote contains
    source: str = ""  # the minutes file the quote stands in
    kind: str = "statement"  # the statement kind (decision, action, ...) or "attendees"
    speakers: tuple[str, ...] = ()

    def followed_by(self, statement: Statement) -> Citation:
        """``statement``, of the same item, quoted with this citation (a sub-item of a list
        lead-in, or the statement that continues it): its own text, span, speakers and kind;
        this citation's place and score (it is part of the same answer)."""
        return Citation(
            self.chunk_id,
            self.meeting_date,
            self.item,
            cite(self.meeting_date, self.item, statement.span),
            statement.text,
            ", ".join(statement.speakers) or None,
            self.score,
            statement.span,
            self.lexical,
            source=self.source,
            kind=statement.kind,
            speakers=statement.speakers,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``citations`` of ``ask --json``)."""
        return {
            "chunk_id": self.chunk_id,
            "meeting_date": self.meeting_date.isoformat(),
            "item": self.item,
            "citation": self.citation,
            "quote": self.quote,
            "speaker": self.speaker,
            "speakers": list(self.speakers),
            "kind": self.kind,
            "score": round(self.score, 4),
            "source": self.source,
            **self.span.to_dict(),
        }


#: The calibrated confidence from which an answer is labelled "high": the probabilities of the
#: logistic model are calibrated, so answers at >= 0.9 hold the answer about nine times in ten
#: (the target of the "high" label; eval/calibrate.py reports it cross-validated).
CONFIDENCE_HIGH = 0.9
#: ... and "medium" (below it: "low").
CONFIDENCE_MEDIUM = 0.5


@dataclass(frozen=True)
class Answer:
    """The answer to a question: quotes with citations, or an abstention with the closest
    passages."""

    question: str
    answer: str
    abstained: bool
    confidence: float
    filters: dict[str, Any]
    citations: list[Citation]
    timeline: bool = False
    closest: list[Hit] = field(default_factory=list)
    notes: tuple[str, ...] = ()
    reason: str | None = None  # why it abstained, naming what is missing
    # ... as a code of the message table (lrt_search.answer.messages) and its parameters
    reason_code: str | None = None
    reason_params: dict[str, Any] = field(default_factory=dict)
    features: dict[str, float] = field(default_factory=dict)  # of the calibrated confidence
    # what of the question was not understood: {"kind", "text", "note"} (see search/unread.py)
    unread: tuple[dict[str, str], ...] = ()
    # spelling suggestions {"word", "suggestion", "query"} (see search/spelling.py)
    suggestions: tuple[dict[str, str], ...] = ()
    sides: tuple[str, ...] = ()  # a comparison's side of each citation (answer/comparison.py)

    @property
    def confidence_label(self) -> str:
        """``high`` (>= :data:`CONFIDENCE_HIGH`), ``medium`` (>= :data:`CONFIDENCE_MEDIUM`) or
        ``low``."""
        c = self.confidence
        return "high" if c >= CONFIDENCE_HIGH else "medium" if c >= CONFIDENCE_MEDIUM else "low"

    def to_dict(self) -> dict[str, Any]:
        """JSON form of ``lrt-search ask --json``: the answer text, the reason and the notes of
        what was understood (``understood``) in the question's language; ``filters`` keeps the
        notes as data (``filters.understood``, English) and the citations their one form."""
        from .interfaces.messages import citation_text
        from .interfaces.web_text import note_text

        lang = "en" if self.filters.get("language") == "en" else "nl"
        text = self.answer
        for c in () if self.abstained else self.citations:  # "[LRT ... · agendapunt 2 · regel 9]"
            text = text.replace(f"[{c.citation}]", f"[{citation_text(c.citation, lang)}]")
        return {
            "question": self.question,
            "answer": text,
            "understood": [note_text(n, lang) for n in self.notes],
            "abstained": self.abstained,
            "reason": self.reason,
            "reason_code": self.reason_code,
            "reason_params": self.reason_params,
            "confidence": round(self.confidence, 4),
            "confidence_label": self.confidence_label,
            "filters": self.filters,
            "not_understood": list(self.unread),
            "suggestions": list(self.suggestions),
            "timeline": self.timeline,
            "citations": [c.to_dict() for c in self.citations],
            "sides": list(self.sides),
            "closest": [h.to_dict() for h in self.closest],
        }

    def __str__(self) -> str:
        """The answer as ``lrt-search ask`` prints it (``interfaces.answer_view``)."""
        from .interfaces.answer_view import answer_text

        return answer_text(self)
