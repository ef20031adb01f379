"""Extractive answers: the statements of the minutes that answer a question, quoted and cited.

No language model: every sentence of an answer is a statement from the minutes, verbatim, with
the meeting, agenda item and source lines where it stands. The steps:

1. understand the question's scope (speaker, period; glossary terms for English) — explicit
   ``org`` / ``since`` / ``until`` override what was understood;
2. search the passages with those filters (:mod:`lrt_search.answer.passages`);
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

from typing import TYPE_CHECKING

from ..ingest.statement_kinds import RegisterKind
from ..lexicon.dates import DateLike
from ..results import Answer, Citation
from ..search.limits import check_query
from .absence import absence_unstated
from .agenda_structure import agenda_answer, with_headings
from .asked_form import with_asked_form
from .attendance import not_listed
from .calibration import probability
from .candidates import scored_candidates
from .checks import CONFIDENCE, Quote, enabled, run_gates
from .claim_detail import claim_unstated
from .claim_forms import claim_reading
from .claims import by_claim, claim_of
from .comparison import sides_chosen, sides_gate
from .confidence_features import capped, lowered
from .confidence_features import features as confidence_features
from .continuations import with_continuations
from .count_realised import count_unrealised
from .date_written import retried
from .evidence import Asked, requirements
from .floor import floor_of
from .frame import Frame
from .frequency import frequency_answer
from .gates import gate_no_words
from .header_asked import header_quoted
from .header_spans import narrowed
from .lead_ins import with_sub_items
from .meeting_date_terms import without_meeting_date
from .meeting_facts import Fact, fact_answer, fact_asked
from .meeting_not_held import meeting_not_held
from .messages import Reason, abstention_text
from .names_reason import reason_of_names
from .no_quote_reason import reason_no_quote
from .parts_together import reason_of_parts
from .passages import search_passages
from .period_covered import period_unstated
from .person_present import person_not_present
from .property_tied import tied
from .question_parts import by_parts
from .quote_depth import with_deeper
from .reason_period import with_period
from .recency import asks_latest, latest_meeting_only
from .records import claim_unrecorded, lacks_record, record_other_topic, records_first
from .refused_best import refused_best
from .refused_closer import refused_closer, with_refused_closer
from .selection import action_holders, choose, compose, list_decisions, lists_decisions
from .share_length import length_damped
from .stand_in import presence_answer, stand_in_answer
from .topic_hits import with_topic_hits
from .understanding import understand

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def answer_question(
    retriever: Retriever,
    question: str,
    k: int | None = None,
    org: str | list[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
) -> Answer:
    """Answer ``question`` from the retriever's corpus; see the module docstring. A two-part
    question refused whole is answered part by part (rule ``question_parts``)."""
    whole = _answer_whole(retriever, question, k, org, since, until)
    return by_parts(
        retriever.settings, whole, lambda part: _answer_whole(retriever, part, k, org, since, until)
    )


def _answer_whole(
    retriever: Retriever,
    question: str,
    k: int | None,
    org: str | list[str] | None,
    since: DateLike,
    until: DateLike,
) -> Answer:
    """The answer of ``question`` asked as one question; a refusal asked again with its date
    a topic term (rule ``date_written_topic``, :mod:`.date_written`)."""
    check_query(question, retriever.settings.max_query_chars, "question")
    answer = _answer_frame(understand(retriever, question, org, since, until), k)
    if since is not None or until is not None or not retriever.settings.date_written_topic:
        return answer
    return retried(
        answer,
        lambda: understand(retriever, question, org, since, until),
        lambda frame: _answer_frame(frame, k),
        retriever.settings.date_written_answered,
    )


def _answer_frame(frame: Frame, k: int | None) -> Answer:
    """The answer of the question ``frame`` holds, read."""
    retriever, question = frame.retriever, frame.question
    if (fact := _fact(frame)) is not None:  # rule meeting_facts: when, where, which meetings
        return fact_answer(frame, fact, _abstain)
    if (agenda := agenda_answer(frame, _abstain)) is not None:  # rule agenda_structure
        return agenda
    if (stood := stand_in_answer(frame, _abstain)) is not None:  # rule stand_in_lines
        return stood
    listing = _listing(frame)
    search_passages(frame, k, listing)
    asked = _asked(frame)
    if (reason := _gates(frame, asked)) is not None:
        present = presence_answer(frame) if reason.code == "not_listed" else None
        return present or _abstain(frame, reason)  # rule presence_lines_read
    if (counted := frequency_answer(frame, asked, _abstain)) is not None:
        return counted  # rule frequency_meetings
    if retriever.settings.evidence_checks:
        frame.needs = requirements(asked)
        with_topic_hits(frame)  # rule topic_term_search
    candidates, reason = _candidates(frame, listing)
    if reason is not None:
        return _abstain(frame, reason)
    confidence, features = _confidence(frame, candidates)
    if confidence < retriever.settings.abstain_below and _confidence_on(retriever):
        reason = Reason("low_confidence", {"confidence": round(confidence, 4)})
        return _abstain(frame, reason, confidence, features)
    confidence = lowered(frame, candidates[0], confidence)  # a label, not an abstention
    chosen = _choose(frame, candidates, listing)
    reason = _claim_unstated(frame, chosen) or period_unstated(frame, chosen)
    reason = reason or count_unrealised(frame, chosen, candidates)  # rule count_realised
    if reason is not None:  # rules claim_number_stated, topic_period_covered, count_realised
        return _abstain(frame, reason, confidence, features)
    return Answer(
        question=question,
        answer=compose(chosen),
        abstained=False,
        confidence=confidence,
        filters=frame.filters(),
        citations=chosen,
        timeline=frame.timeline,
        closest=[],
        notes=tuple(frame.notes),
        features=features,
        unread=frame.unread,
    )


def _confidence(frame: Frame, candidates: list[Citation]) -> tuple[float, dict[str, float]]:
    """The best candidate's calibrated confidence (with its caps) and the features it came from."""
    matched = {h.chunk_id for h in frame.hits if h.bm25_rank is not None}
    features = confidence_features(frame, candidates[0], candidates, matched)
    weights = frame.retriever.settings.confidence_weights
    return capped(frame, candidates[0], probability(weights, features)), features


def _claim_unstated(frame: Frame, chosen: list[Citation]) -> Reason | None:
    """Rule claim_number_stated's reason (when on): a claim's number no quote states."""
    if not frame.retriever.settings.claim_number_stated:
        return None
    settings = frame.retriever.settings
    reading = claim_reading(settings, frame.scope.english)  # answer/claim_forms.py
    return claim_unstated(
        frame.retriever, frame.question, chosen, settings.claim_number_bound, reading
    )


def _candidates(
    frame: Frame, listing: tuple[RegisterKind, ...]
) -> tuple[list[Citation], Reason | None]:
    """The statements that may be quoted, best first, and why none answers (or ``None``)."""
    candidates, probe = scored_candidates(frame)
    reason, candidates = tied(frame, candidates)  # rule property_tied
    reason = reason or record_other_topic(frame, candidates, listing)  # rule record_holds_topic
    reason = reason or claim_unrecorded(frame, candidates, listing)  # rule record_holds_claim
    no_record = lacks_record(frame, candidates, listing)
    candidates = records_first(frame, candidates, listing, no_record)
    return candidates, reason or _refused(frame, candidates, probe)


def _refused(frame: Frame, candidates: list[Citation], probe: Quote) -> Reason | None:
    """Why no statement answers, or ``None``: no statement passing the quote checks, or a side
    of a comparison without one (rule comparison_both_sides; property_tied's reason is first)."""
    if not candidates:
        checks = enabled(frame.retriever.settings, "quote")
        reason = reason_no_quote(checks, probe, frame.scope.english, frame.satisfied)
        reason = reason_of_names(reason, frame, probe)  # rule reason_names_minutes
        return reason_of_parts(reason, frame.satisfied)  # rule reason_together
    return sides_gate(frame, candidates)


def _asked(frame: Frame) -> Asked:
    """The question with what was understood of it, for the gates and the requirements."""
    return Asked(
        frame.retriever, frame.question, frame.scope, frame.since, frame.until,
        header_quoted(frame), frame.parsed, frame.dropped,
    )  # fmt: skip


def _fact(frame: Frame) -> Fact | None:
    """The meeting fact asked for (rule ``meeting_facts``, :mod:`.meeting_facts`), or None;
    none of the meeting the minutes announce (rule ``next_meeting_not_header``)."""
    settings = frame.retriever.settings
    if settings.next_meeting_not_header and frame.next_announced:
        return None  # its time, place and length are announced in a statement, not a header
    return fact_asked(frame.parsed) if settings.meeting_facts else None


def _gates(frame: Frame, asked: Asked) -> Reason | None:
    """Why to abstain before any quote is read: no words to look for (input validation), the
    gates of :mod:`.checks`, rules ``attendance_org_listed`` and ``absence_stated``."""
    if gate_no_words(asked) is not None:
        return Reason("no_words", {})
    reason = run_gates(asked)
    if reason is None and frame.retriever.settings.attendance_org_listed:
        reason = not_listed(frame)
    return (
        reason or absence_unstated(frame) or person_not_present(frame) or meeting_not_held(frame)
    )  # rules absence_stated, person_present, meeting_not_held


def _listing(frame: Frame) -> tuple[RegisterKind, ...]:
    """The register kinds to list (:func:`~.selection.lists_decisions`), or none."""
    retriever = frame.retriever
    s = retriever.settings
    return lists_decisions(
        frame.question, retriever.orgs, frame.since, frame.until, s.action_verbs, frame.main_clause
    )


def _confidence_on(retriever: Retriever) -> bool:
    return CONFIDENCE not in retriever.settings.disabled_checks


def _abstain(
    frame: Frame, reason: Reason, confidence: float = 0.0, features: dict | None = None
) -> Answer:
    # A question without words to look for has no closest passages, only arbitrary ones.
    closest = [] if reason.code == "no_words" else frame.hits[:3]
    if frame.retriever.settings.reason_period:
        reason = with_period(reason, frame.since, frame.until)
    return Answer(
        question=frame.question,
        answer=abstention_text(reason, frame.lang, bool(closest)),
        abstained=True,
        confidence=confidence,
        filters=frame.filters(),
        citations=[],
        timeline=frame.timeline,
        closest=closest,
        notes=tuple(frame.notes),
        reason=reason.text(frame.lang),
        reason_code=reason.code,
        reason_params=dict(reason.params),
        features=features or {},
        unread=frame.unread,
    )


def _choose(
    frame: Frame, candidates: list[Citation], listing: tuple[RegisterKind, ...]
) -> list[Citation]:
    """The statements to quote: the period's agreements for a listing question, else the best
    (one per meeting for a timeline), with the sub-items of a list's lead-in; a header quote
    cited by its own lines (rule ``header_line_spans``)."""
    settings = frame.retriever.settings
    refused = refused_closer(frame, candidates[0])  # rule quote_refused_closer
    far = None if listing else refused_best(frame, candidates[0])  # rule quote_refused_best
    # rule quote_depth: which statements to quote, once whether to answer was decided
    if not listing:
        candidates = with_deeper(frame, candidates)
    candidates = with_asked_form(frame, candidates)  # rule asked_form
    candidates = without_meeting_date(frame, candidates)  # rule meeting_date_not_content
    candidates = length_damped(frame, candidates)  # rule share_length_damped
    floor = floor_of(frame, candidates)
    holders = action_holders(frame.question, frame.retriever.orgs) if listing else frozenset()
    chosen = (
        list_decisions(candidates, listing, settings.max_listed, holders, frame.retriever.orgs)
        if listing
        else []
    )
    if chosen:
        frame.notes.append("listed: " + ", ".join(listing))
    elif frame.compared:  # rule comparison_both_sides: one statement a side, as ranked now
        chosen = sides_chosen(frame, candidates)
    else:
        if asks_latest(frame):
            candidates, notes = latest_meeting_only(candidates, floor)
            frame.notes.extend(notes)
        chosen = choose(
            candidates, frame.timeline, settings.max_quotes, settings.answer_margin, floor
        )
        claim = claim_of(frame.question) if settings.claim_match else ""
        if claim:
            chosen = by_claim(frame.retriever, claim, chosen)
    chosen = with_refused_closer(chosen, refused, settings.max_quotes)
    chosen = with_refused_closer(chosen, far, settings.max_quotes)
    chosen = with_sub_items(frame.retriever, chosen)
    if settings.join_continuations:
        chosen = with_continuations(frame.retriever, chosen)
    chosen = with_headings(frame, chosen)  # rule agenda_structure: "under which item"
    return narrowed(settings, chosen) if settings.header_line_spans else chosen
