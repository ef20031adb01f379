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
5. check the evidence (:mod:`lrt_search.answer.evidence`): names, period, topic and units
   the question asks for; abstain with a reason naming what is missing;
6. abstain when no statement is left or the calibrated confidence
   (:mod:`lrt_search.answer.calibration`) is below ``settings.abstain_below``, and show the
   closest passages as such;
7. otherwise quote the best statements in meeting order — one per meeting for "how did ...
   develop" questions (a timeline) — naming who said it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..errors import QueryError
from ..index.analysis import words
from ..lexicon.dates import DateLike
from ..models import Answer, Chunk, Citation, Statement, cite
from ..search.periods import as_date
from ..search.query import QueryScope
from ..search.unread import not_understood
from .attendance import attendee_citations, people_orgs
from .calibration import probability
from .evidence import Requirements, requirements
from .lead_ins import with_sub_items
from .selection import (
    asks_for_decisions,
    choose,
    compose,
    is_decision,
    list_decisions,
    lists_decisions,
)
from .shape import _answers_shape, counted_terms

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
_QUANTITY = re.compile(
    r"\b(?:how (?:many|much|high|large)|what (?:budget|amount|percentage|number|share)|"
    r"hoeveel|hoe (?:hoog|groot)|welk (?:bedrag|percentage|aantal)|wat kost\w*|"
    r"budget|per (?:person|persoon|place|plek|night|nacht))\b",
    re.I,
)
_SPEECH_WORDS = re.compile(
    r"\b(?:sa(?:y|id|ys)|zei\w*|zegt|vond|vindt|standpunt|position|view|think|thought|"
    r"stelde|stelt|antwoord\w*|answer\w*|licht\w*|explain\w*|meld\w*|propos\w*|"
    r"voorstel\w*|wil|wants?|pleit\w*|argu\w*)\b",
    re.I,
)
_HALF_YEAR = re.compile(r"\b\d{4}-(?:iii|ii|iv|i)\b")


def _statement_citation(chunk: Chunk, statement: Statement) -> str:
    return cite(chunk.meeting_date, chunk.item, statement.span)


def _lexical(
    query_terms: list[str], text: str, retriever: Retriever, idf: Mapping[str, float]
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
    notes = list(scope.notes)
    unread = tuple(not_understood(retriever, question))
    if not orgs and settings.understand_query:
        person = _person_speaker(retriever, question)
        if person:
            orgs = [person[1]]
            notes.append(f"speaker: {person[1]} ({person[0]}, from the attendee lists)")
    since = since if since is not None else scope.since
    until = until if until is not None else scope.until
    timeline = bool(_TIMELINE.search(question))
    attendance = bool(_ATTENDANCE.search(question))
    depth = k or (8 if timeline else 5)
    listing = lists_decisions(
        question, retriever.orgs, as_date(since, "since"), as_date(until, "until")
    )
    if listing:  # "what was agreed in April 2023": every passage of the period is a candidate
        depth = max(depth, _period_chunks(retriever, orgs, since, until))
    terms = list(scope.glossary_terms) if settings.expand_glossary else []
    _, hits = retriever.search_question(
        question, k=depth, org=orgs, since=since, until=until, scope=scope
    )
    if not hits and orgs and org is None:
        # Nothing where the understood speaker speaks: search every speaker, and say so.
        notes.append(f"no passage where {', '.join(orgs)} speaks; searched all speakers")
        orgs = []
        _, hits = retriever.search_question(  # (org=None would take the scope's speaker)
            question,
            k=depth,
            org=None,
            since=since,
            until=until,
            scope=dataclasses.replace(scope, orgs=()),
        )
    since_d, until_d = as_date(since, "since"), as_date(until, "until")
    needs = (
        requirements(retriever, question, scope, since_d, until_d, attendance)
        if settings.evidence_checks
        else Requirements()
    )
    codes: set[str] = set()
    for name in orgs:
        code = retriever.orgs.resolve(name)
        if code:
            codes |= retriever.orgs.expand(code)
    filters = {
        "org": sorted(codes) or None,
        "since": _iso(since_d),
        "until": _iso(until_d),
        "language": "en" if scope.english else "nl",
        "glossary_terms": terms,
        "understood": notes,
    }

    def abstain(reason: str, confidence: float = 0.0, features: dict | None = None) -> Answer:
        return Answer(
            question=question,
            answer=_abstain_text(scope.english, reason),
            abstained=True,
            confidence=confidence,
            filters=filters,
            citations=[],
            timeline=timeline,
            closest=hits[:3],
            notes=tuple(notes),
            reason=reason,
            features=features or {},
            unread=unread,
        )

    if needs.reason:
        return abstain(needs.reason)
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
    decisions = asks_for_decisions(question)
    counted = counted_terms(retriever, question)
    is_counted = (
        (lambda w: bool(counted.intersection(retriever.analyzer.tokenize_query(w, known))))
        if counted
        else None
    )
    candidates: list[Citation] = []
    for hit in hits:
        chunk = hit.chunk
        rank_bonus = settings.answer_rank_weight / hit.rank
        if chunk.kind == "header":
            if attendance:
                candidates.extend(
                    c
                    for c in attendee_citations(
                        retriever, chunk, codes, question, hit.dense_score, rank_bonus
                    )
                    if not needs.chair or "voorzitter" in c.quote.lower()
                )
            continue
        vectors = retriever.statement_vectors_of(chunk)
        head_text = chunk.text.split("\n- ", 1)[0]
        heading = set(words(head_text))
        heading_terms = set(retriever.analyzer.tokenize(head_text))
        for statement, vec in zip(chunk.statements, vectors, strict=True):
            if statement.kind == "note":
                continue
            if codes and not codes.intersection(statement.speakers):
                continue
            if not _answers_shape(statement.text, heading, required, quantity, is_counted):
                continue
            own = set(retriever.analyzer.tokenize(statement.text))
            if not needs.quote_ok(statement.text, heading_terms, own):
                continue
            if needs.names:
                named = {m.code for m in retriever.orgs.mentions(statement.text)}
                texts = [words(statement.text), words(head_text)]
                if not needs.names_ok(texts, named | set(statement.speakers)):
                    continue
            dense = float(vec @ query_vec)
            lexical = _lexical(query_terms, statement.text, retriever, idf)
            score = dense + settings.answer_lexical_weight * lexical + rank_bonus
            if decisions and is_decision(statement.kind, statement.text):
                score += settings.decision_bonus
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
    if not candidates:
        who = ", ".join(sorted(codes)) or None
        reason = needs.missing_in_quotes(scope.english, who) or (
            "no statement answers the question"
            if scope.english
            else "geen uitspraak beantwoordt de vraag"
        )
        return abstain(reason)
    best = candidates[0]
    features = {
        "score": best.score,
        "lexical": best.lexical,
        "matched": float(bool(hits) and hits[0].bm25_rank is not None),
    }
    confidence = probability(settings.confidence_weights, features)
    if confidence < settings.abstain_below:
        reason = (
            f"the closest statement is too far from the question (confidence {confidence:.2f})"
            if scope.english
            else f"de dichtstbijzijnde uitspraak ligt te ver van de vraag "
            f"(zekerheid {confidence:.2f})"
        )
        return abstain(reason, confidence, features)
    matched_chunks = {h.chunk_id for h in hits if h.bm25_rank is not None}

    def floor(c: Citation) -> bool:
        # A meeting's best statement joins a timeline when it holds half the question terms
        # the best one holds (idf-weighted) and its own calibrated confidence passes.
        if c.lexical < 0.5 * best.lexical:
            return False
        f = {"score": c.score, "lexical": c.lexical, "matched": float(c.chunk_id in matched_chunks)}
        return probability(settings.confidence_weights, f) >= settings.abstain_below

    chosen = list_decisions(candidates, listing, settings.max_listed) if listing else []
    if chosen:
        notes.append("listed: " + ", ".join(listing))
    else:
        chosen = choose(candidates, timeline, settings.max_quotes, settings.answer_margin, floor)
    chosen = with_sub_items(retriever, chosen)
    return Answer(
        question=question,
        answer=compose(chosen),
        abstained=False,
        confidence=confidence,
        filters=filters,
        citations=chosen,
        timeline=timeline,
        closest=[],
        notes=tuple(notes),
        features=features,
        unread=unread,
    )


def _person_speaker(retriever: Retriever, question: str) -> tuple[str, str] | None:
    """A person the question names as speaker ("Wat zei Faber ...") and their organisation,
    from the attendee lists."""
    if not _SPEECH_WORDS.search(question):
        return None
    people = people_orgs(retriever)
    for word in re.findall(r"\b[A-Z][a-zà-ÿ]+\b", question):
        code = people.get(word.lower())
        if code:
            return word, code
    return None


def _period_chunks(
    retriever: Retriever, orgs: list[str], since: DateLike, until: DateLike, cap: int = 50
) -> int:
    """How many passages the period (and speaker) holds, at most ``cap``."""
    mask = retriever.filter_mask(
        orgs or None, as_date(since, "since"), as_date(until, "until"), None
    )
    return cap if mask is None else min(cap, int(mask.sum()))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _abstain_text(english: bool, reason: str) -> str:
    if english:
        return f"The minutes do not answer this question: {reason}. The closest passages follow."
    return (
        f"De notulen beantwoorden deze vraag niet: {reason}. Hieronder de dichtstbijzijnde "
        "passages."
    )
