"""Extractive answers: the statements of the minutes that answer a question, quoted and cited.

No language model: every sentence of an answer is a statement from the minutes, verbatim, with
the meeting, agenda item and source lines where it stands. The steps:

1. understand the question's scope (speaker, period; glossary terms for English) — explicit
   ``org`` / ``since`` / ``until`` override what was understood;
2. search the passages with those filters;
3. score every statement of the top passages: cosine similarity of its embedding to the
   question's, plus ``answer_lexical_weight`` times the (idf-weighted) share of the question's
   terms it contains, plus ``answer_rank_weight / rank`` of its passage; keep the statements
   of the asked speaker only;
4. keep only statements that can answer: a question asking for a quantity ("hoeveel", "how
   many", "what budget") needs a number, and identifiers in the question (a half-year such as
   "2024-I", a number such as "30,000") must stand in the quote;
5. abstain when no statement is left or the best scores below ``settings.abstain_threshold``
   (chosen on the dev questions) and show the closest passages as such;
6. otherwise quote the best statements in meeting order — one per meeting for "how did ...
   develop" questions (a timeline) — naming who said it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .analysis import words
from .dates import DateLike, as_date
from .errors import QueryError
from .models import Chunk, Hit, Span, Statement
from .scope import QueryScope
from .textnorm import normalize_for_match

if TYPE_CHECKING:
    from rich.console import Console

    from .engine import Engine

_TIMELINE = re.compile(
    r"\b(?:develop\w*|evol\w*|over time|chang\w*|progress\w*|trend|history|timeline|"
    r"across (?:the )?meetings|over the meetings|in (?:the )?(?:various|different) meetings|"
    r"(?:verschillende|opeenvolgende) vergaderingen|"
    r"ontwikkel\w*|verloop|verlopen|veranderd\w*|verander\w*|in de loop|tijdlijn|"
    r"door de tijd|over de jaren)\b",
    re.I,
)
_ATTENDANCE = re.compile(
    r"\b(?:attend\w*|(?:was|were) present|present at|represent\w*|who (?:was|were) (?:at|in)|"
    r"participants?|"
    r"aanwezig\w*|afwezig\w*|absent|vertegenwoordig\w*|deelnemers?|wie (?:was|waren))\b",
    re.I,
)
_ABSENT = re.compile(r"\b(?:absent|afwezig\w*|missing|ontbr\w*|verhinderd|not present)\b", re.I)
_QUANTITY = re.compile(
    r"\b(?:how (?:many|much|high|large)|what (?:budget|amount|percentage|number|share)|"
    r"hoeveel|hoe (?:hoog|groot)|welk (?:bedrag|percentage|aantal)|wat kost\w*|"
    r"budget|per (?:person|persoon|place|plek|night|nacht))\b",
    re.I,
)
_HALF_YEAR = re.compile(r"\b\d{4}-(?:iii|ii|iv|i)\b")
_ENTRY = re.compile(r"[^,()]*\([^()]*\)(?:\s*\([^()]*\))?")


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

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``citations`` of ``ask --json``)."""
        return {
            "chunk_id": self.chunk_id,
            "meeting_date": self.meeting_date.isoformat(),
            "item": self.item,
            "citation": self.citation,
            "quote": self.quote,
            "speaker": self.speaker,
            "score": round(self.score, 4),
            "line_start": self.span.line_start,
            "line_end": self.span.line_end,
        }


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

    def to_dict(self) -> dict[str, Any]:
        """JSON form of ``lrt-search ask --json``."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "confidence": round(self.confidence, 4),
            "filters": self.filters,
            "timeline": self.timeline,
            "citations": [c.to_dict() for c in self.citations],
            "closest": [h.to_dict() for h in self.closest],
        }


def _statement_citation(chunk: Chunk, statement: Statement) -> str:
    return f"LRT {chunk.meeting_date.isoformat()} · {chunk.item} · {statement.span.describe()}"


def _lexical(query_terms: list[str], text: str, engine: Engine, idf: dict[str, float]) -> float:
    terms = set(query_terms)
    if not terms:
        return 0.0
    have = set(engine.analyzer.tokenize(text))
    total = sum(idf.get(t, 1.0) for t in terms)
    return sum(idf.get(t, 1.0) for t in terms & have) / total if total else 0.0


def required_terms(question: str) -> set[str]:
    """Identifiers a quote must contain to answer ``question``: half-year terms ("2024-I") and
    numbers that are not years ("30,000" -> "30000")."""
    out = set()
    for word in words(question):
        if _HALF_YEAR.fullmatch(word) or (
            word.isdigit() and len(word) >= 3 and not 1900 <= int(word) <= 2099
        ):
            out.add(word)
    return out


_NUMBER_WORDS = frozenset(
    [
        "één",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "twintig",
        "honderd",
        "duizend",
        "miljoen",
        "helft",
        "dubbel",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "hundred",
        "thousand",
        "million",
        "half",
    ]
)


def _answers_shape(text: str, context: set[str], required: set[str], quantity: bool) -> bool:
    """Whether a statement can answer: it (or its item heading's words, ``context``) holds the
    required identifiers, and it holds a number when the question asks for a quantity."""
    own = set(words(text))
    if required - own - context:
        return False
    return not quantity or any(ch.isdigit() for ch in text) or bool(_NUMBER_WORDS & own)


def _speaker_names(codes: tuple[str, ...]) -> str | None:
    return ", ".join(codes) if codes else None


def answer_question(
    engine: Engine,
    question: str,
    k: int | None = None,
    org: str | list[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
) -> Answer:
    """Answer ``question`` from the engine's corpus; see the module docstring."""
    if not question or not question.strip():
        raise QueryError("empty question")
    settings = engine.settings
    scope = engine.scope(question) if settings.understand_query else QueryScope()
    orgs = [org] if isinstance(org, str) else list(org or scope.orgs)
    since = since if since is not None else scope.since
    until = until if until is not None else scope.until
    timeline = bool(_TIMELINE.search(question))
    attendance = bool(_ATTENDANCE.search(question))
    depth = k or (8 if timeline else 5)
    terms = list(scope.glossary_terms) if settings.expand_glossary else []
    hits = engine.search(
        question,
        k=depth,
        org=orgs or None,
        since=since,
        until=until,
        extra_terms=terms if settings.understand_query else None,
    )
    codes: set[str] = set()
    for name in orgs:
        code = engine.orgs.resolve(name)
        if code:
            codes |= engine.orgs.expand(code)
    filters = {
        "org": sorted(codes) or None,
        "since": _iso(as_date(since, "since")),
        "until": _iso(as_date(until, "until")),
        "language": "en" if scope.english else "nl",
        "glossary_terms": terms,
        "understood": list(scope.notes),
    }
    query_vec = engine.query_vector(question)
    known = engine.bm25.terms
    query_terms = engine.analyzer.tokenize_query(question, known)
    if scope.english:
        # English words cannot occur in Dutch minutes: only the words the index knows count.
        query_terms = [t for t in query_terms if t in known]
    for phrase in terms:
        query_terms += engine.analyzer.tokenize_query(phrase, known)
    idf = engine.bm25.idf
    required = required_terms(question)
    quantity = bool(_QUANTITY.search(question)) and not attendance
    candidates: list[Citation] = []
    for hit in hits:
        chunk = hit.chunk
        rank_bonus = settings.answer_rank_weight / hit.rank
        if chunk.kind == "header":
            if attendance:
                candidates.extend(
                    _attendee_citations(engine, chunk, codes, question, hit.dense_score, rank_bonus)
                )
            continue
        vectors = engine.statement_vectors_of(chunk)
        heading = set(words(chunk.text.split("\n- ", 1)[0]))
        for statement, vec in zip(chunk.statements, vectors, strict=True):
            if statement.kind == "note":
                continue
            if codes and not codes.intersection(statement.speakers):
                continue
            if not _answers_shape(statement.text, heading, required, quantity):
                continue
            dense = float(vec @ query_vec)
            lexical = _lexical(query_terms, statement.text, engine, idf)
            score = dense + settings.answer_lexical_weight * lexical + rank_bonus
            candidates.append(
                Citation(
                    chunk.chunk_id,
                    chunk.meeting_date,
                    chunk.item,
                    _statement_citation(chunk, statement),
                    statement.text,
                    _speaker_names(statement.speakers),
                    score,
                    statement.span,
                    lexical,
                )
            )
    candidates.sort(key=lambda c: -c.score)
    confidence = candidates[0].score if candidates else 0.0
    if not candidates or confidence < settings.abstain_threshold:
        return Answer(
            question=question,
            answer=_abstain_text(scope.english),
            abstained=True,
            confidence=confidence,
            filters=filters,
            citations=[],
            timeline=timeline,
            closest=hits[:3],
            notes=scope.notes,
        )
    chosen = _choose(candidates, timeline, settings.max_quotes, settings.answer_margin)
    return Answer(
        question=question,
        answer=_compose(chosen),
        abstained=False,
        confidence=confidence,
        filters=filters,
        citations=chosen,
        timeline=timeline,
        closest=[],
        notes=scope.notes,
    )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _attendee_citations(
    engine: Engine,
    chunk: Chunk,
    codes: set[str],
    question: str,
    dense: float | None,
    rank_bonus: float,
) -> list[Citation]:
    """Quote the attendee list (or the entries of the asked organisation) of a header chunk."""
    out = []
    base = (dense or 0.0) + rank_bonus + engine.settings.answer_lexical_weight
    wanted = ("Afwezig",) if _ABSENT.search(question) else ("Aanwezig", "Afwezig")
    for line in chunk.text.split("\n"):
        label, _, people = line.partition(": ")
        if label not in wanted or not people:
            continue
        names = None
        if codes:
            entries = [
                m.group(0).strip(" ,.")
                for m in _ENTRY.finditer(people)
                if engine.orgs.resolve(m.group(0).split("(", 1)[-1].split(")")[0].split(",")[0])
                in codes
            ]
            entries = [e for e in entries if e and not e.startswith("(")] or entries
            if not entries:
                continue
            names = "; ".join(entries)
        # The quote is the whole list as written (the evidence); the entries asked for lead.
        out.append(
            Citation(
                chunk.chunk_id,
                chunk.meeting_date,
                "header",
                f"LRT {chunk.meeting_date.isoformat()} · {label.lower()} · {chunk.span.describe()}",
                people,
                names,
                base,
                chunk.span,
            )
        )
    return out


def _choose(
    candidates: list[Citation], timeline: bool, max_quotes: int, margin: float
) -> list[Citation]:
    best = candidates[0].score
    # Keep statements close to the best one, and those holding most of the question's terms
    # within twice the margin; a timeline keeps the best one per meeting.
    margin = 2 * margin if timeline else margin
    good = [
        c
        for c in candidates
        if c.score >= best - margin or (c.lexical >= 0.5 and c.score >= best - 2 * margin)
    ]
    if timeline:
        per_meeting: dict[dt.date, Citation] = {}
        for c in good:
            per_meeting.setdefault(c.meeting_date, c)
        chosen = list(per_meeting.values())[:max_quotes]
    else:
        seen: set[str] = set()
        chosen = []
        for c in good:
            key = normalize_for_match(c.quote)
            if key in seen:
                continue
            seen.add(key)
            chosen.append(c)
            if len(chosen) >= max_quotes:
                break
    return sorted(chosen, key=lambda c: (c.meeting_date, c.span.line_start))


def _compose(citations: list[Citation]) -> str:
    lines = []
    for c in citations:
        who = f"{c.speaker}: " if c.speaker else ""
        lines.append(f"{c.meeting_date.isoformat()} — {who}\u201c{c.quote}\u201d [{c.citation}]")
    return "\n".join(lines)


def _abstain_text(english: bool) -> str:
    if english:
        return "No passage in the minutes answers this question. The closest passages follow."
    return "Geen passage in de notulen beantwoordt deze vraag. Hieronder de dichtstbijzijnde."


def render_answer(answer: Answer, console: Console) -> None:
    """Print an answer for people: filters understood, quotes with citations, or closest hits."""
    from rich.text import Text

    if answer.notes:
        console.print(Text("understood: " + "; ".join(answer.notes), style="dim"))
    if answer.abstained:
        console.print(Text(answer.answer, style="bold yellow"))
        for hit in answer.closest:
            console.print(Text(f"  (closest) {hit.citation}", style="cyan"))
            console.print(Text("  " + hit.text.replace("\n", "\n  ")))
        console.print(Text(f"confidence {answer.confidence:.3f}", style="dim"))
        return
    if answer.timeline:
        console.print(Text("Timeline:", style="bold"))
    for c in answer.citations:
        who = f"{c.speaker}: " if c.speaker else ""
        console.print(Text(f"{c.meeting_date.isoformat()}  {who}", style="bold"), end="")
        console.print(Text(f"\u201c{c.quote}\u201d"))
        console.print(Text(f"    {c.citation}", style="cyan"))
    console.print(Text(f"confidence {answer.confidence:.3f}", style="dim"))
