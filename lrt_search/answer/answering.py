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
from typing import TYPE_CHECKING

from ..errors import QueryError
from ..index.analysis import words
from ..lexicon.dates import DateLike, as_date
from ..lexicon.textnorm import normalize_for_match
from ..models import Answer, Chunk, Citation, Statement, cite
from ..search.query import QueryScope

if TYPE_CHECKING:
    from ..search.retriever import Retriever

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


def _statement_citation(chunk: Chunk, statement: Statement) -> str:
    return cite(chunk.meeting_date, chunk.item, statement.span)


def _lexical(
    query_terms: list[str], text: str, retriever: Retriever, idf: dict[str, float]
) -> float:
    terms = set(query_terms)
    if not terms:
        return 0.0
    have = set(retriever.analyzer.tokenize(text))
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
    retriever: Retriever,
    question: str,
    k: int | None = None,
    org: str | list[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
) -> Answer:
    """Answer ``question`` from the retriever's corpus; see the module docstring."""
    if not question or not question.strip():
        raise QueryError("empty question")
    settings = retriever.settings
    scope = retriever.scope(question) if settings.understand_query else QueryScope()
    orgs = [org] if isinstance(org, str) else list(org or scope.orgs)
    since = since if since is not None else scope.since
    until = until if until is not None else scope.until
    timeline = bool(_TIMELINE.search(question))
    attendance = bool(_ATTENDANCE.search(question))
    depth = k or (8 if timeline else 5)
    terms = list(scope.glossary_terms) if settings.expand_glossary else []
    _, hits = retriever.search_question(
        question, k=depth, org=orgs, since=since, until=until, scope=scope
    )
    codes: set[str] = set()
    for name in orgs:
        code = retriever.orgs.resolve(name)
        if code:
            codes |= retriever.orgs.expand(code)
    filters = {
        "org": sorted(codes) or None,
        "since": _iso(as_date(since, "since")),
        "until": _iso(as_date(until, "until")),
        "language": "en" if scope.english else "nl",
        "glossary_terms": terms,
        "understood": list(scope.notes),
    }
    query_vec = retriever.query_vector(question)
    known = retriever.bm25.terms
    query_terms = retriever.analyzer.tokenize_query(question, known)
    if scope.english:
        # English words cannot occur in Dutch minutes: only the words the index knows count.
        query_terms = [t for t in query_terms if t in known]
    for phrase in terms:
        query_terms += retriever.analyzer.tokenize_query(phrase, known)
    idf = retriever.bm25.idf
    required = required_terms(question)
    quantity = bool(_QUANTITY.search(question)) and not attendance
    candidates: list[Citation] = []
    for hit in hits:
        chunk = hit.chunk
        rank_bonus = settings.answer_rank_weight / hit.rank
        if chunk.kind == "header":
            if attendance:
                candidates.extend(
                    _attendee_citations(
                        retriever, chunk, codes, question, hit.dense_score, rank_bonus
                    )
                )
            continue
        vectors = retriever.statement_vectors_of(chunk)
        heading = set(words(chunk.text.split("\n- ", 1)[0]))
        for statement, vec in zip(chunk.statements, vectors, strict=True):
            if statement.kind == "note":
                continue
            if codes and not codes.intersection(statement.speakers):
                continue
            if not _answers_shape(statement.text, heading, required, quantity):
                continue
            dense = float(vec @ query_vec)
            lexical = _lexical(query_terms, statement.text, retriever, idf)
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
                    source=chunk.source,
                    kind=statement.kind,
                    speakers=statement.speakers,
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
    retriever: Retriever,
    chunk: Chunk,
    codes: set[str],
    question: str,
    dense: float | None,
    rank_bonus: float,
) -> list[Citation]:
    """Quote the attendee list (or the entries of the asked organisation) of a header chunk."""
    out = []
    base = (dense or 0.0) + rank_bonus + retriever.settings.answer_lexical_weight
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
                if retriever.orgs.resolve(m.group(0).split("(", 1)[-1].split(")")[0].split(",")[0])
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
                cite(chunk.meeting_date, label.lower(), chunk.span),
                people,
                names,
                base,
                chunk.span,
                source=chunk.source,
                kind="attendees",
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
