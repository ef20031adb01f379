"""The candidate statements of an answer: every statement of the passages found that passes
the quote checks (:mod:`lrt_search.answer.checks`), scored by cosine to the question, the
(idf-weighted) share of the question's terms it holds and the rank of its passage."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lazyre import lazy
from ..models import Chunk, Statement, cite
from ..results import Citation, Hit
from ..search.group_speaker import group_codes, member_first
from ..search.query import SpeakerRules
from ..search.role_words import role_asked
from .announcements import announces_only, asks_about_presentation
from .asked_detail import asks_quantity
from .attendance import attendee_citations, with_chair_named
from .checks import Check, Quote, enabled, failing
from .claim_bound import bounded_numbers
from .claim_forms import claim_reading, is_claim, separated_counts
from .count_modifier import count_modifier
from .date_written import Written, written_days
from .embedded_quantity import quantity_embedded
from .evidence import names_chair
from .frame import Frame
from .header_asked import header_quoted
from .item_names import ItemBefore, named_first
from .minutes_line import approves_minutes, asks_about_minutes, minutes_unasked
from .next_announced import plan_bonus
from .number_forms import phrase_numbers
from .office_period import codes_at
from .part_neighbours import asks_reply, part_neighbours
from .parts_together import TOGETHER, together
from .period_modifier import period_bonus
from .property_tied import asked_property, lacks_property
from .quantity_matches import amount_asked
from .selection import asks_for_decisions, is_decision
from .shape import counted_terms, counts, is_counted, other_noun_asked
from .topic_year import implied_years, year_points

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.retriever import Retriever

_HALF_YEAR = lazy(r"\b\d{4}-(?:iii|ii|iv|i)\b")


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


def required_terms(question: str, counts: bool = False) -> set[str]:
    """Identifiers a quote must contain to answer ``question``: half-year terms ("2024-I") and
    numbers that are not years ("30,000" -> "30000"; with ``counts``, rule count_not_year,
    "2.000" and "2,000" too: a year has no separator)."""
    out = separated_counts(question) if counts else set()
    for word in words(question):
        if _HALF_YEAR.fullmatch(word) or (
            word.isdigit() and len(word) >= 3 and not 1900 <= int(word) <= 2099
        ):
            out.add(word)
    return out


def _side_terms(frame: Frame) -> frozenset[str]:
    """The identifiers the sides of a comparison stand for (rule comparison_both_sides)."""
    return frame.comparison.terms if frame.comparison is not None else frozenset()


def _bounded(frame: Frame) -> frozenset[str]:
    """A claim's bounded numbers ("meer dan 50.000"; rule claim_number_bound)."""
    if not frame.retriever.settings.claim_number_bound:
        return frozenset()
    reading = claim_reading(frame.retriever.settings, frame.scope.english)
    found = bounded_numbers(frame.question, reading)
    if reading.phrases and is_claim(frame.question, reading):  # rule number_forms_read
        found |= phrase_numbers(frame.question, reading.english)
    return found


def _speaker_names(codes: tuple[str, ...]) -> str | None:
    return ", ".join(codes) if codes else None


def query_terms_of(frame: Frame) -> list[str]:
    """The question's index terms a statement's term share counts (with its glossary terms)."""
    retriever, question = frame.retriever, frame.question
    known = retriever.bm25.terms
    query_terms = retriever.analyzer.tokenize_query(question, known)
    if frame.scope.english:
        # English words cannot occur in Dutch minutes: only the words the index knows count.
        query_terms = [t for t in query_terms if t in known]
    if retriever.settings.expand_glossary:
        for phrase in frame.scope.glossary_terms:
            query_terms += retriever.analyzer.tokenize_query(phrase, known)
    return query_terms


def _quote_probe(frame: Frame) -> Quote:
    """A quote with the question's requirements and no text: what every candidate is checked
    with, and what the reason of "no statement left" reads."""
    retriever, question = frame.retriever, frame.question
    counted = is_counted(retriever, counted_terms(retriever, question))
    parsed = frame.parsed
    missing = frame.needs.topic_missing
    quantity = (
        parsed is not None
        and asks_quantity(retriever.settings, parsed, missing)
        and not frame.attendance
    )
    embedded = parsed is not None and quantity_embedded(retriever.settings, parsed, missing)
    return Quote(
        retriever, frame.needs, "", "", (), frame.codes,
        (frozenset(required_terms(question, retriever.settings.count_not_year))
         - _side_terms(frame) - _bounded(frame))
        | frame.period_terms,
        quantity, counted,
        role_asked=retriever.settings.role_speaker_asked
        and role_asked(question, SpeakerRules.of(retriever.settings)),
        group=_group(frame),
        other_noun=other_noun_asked(retriever, question),
        modifier=None if embedded else count_modifier(retriever, question),  # quantity_modifier
        amount=amount_asked(question)
        if retriever.settings.quantity_matches_read and not embedded
        else None,
        held=parsed.speaker_meetings if parsed is not None else (),
    )  # fmt: skip


def _ordered(frame: Frame, probe: Quote, candidates: list[Citation]) -> list[Citation]:
    """Best first; rule group_speaker_subject: the member's own statements first (only they
    answer when one passed), unless the question names the minutes as its source."""
    candidates.sort(key=lambda c: -c.score)
    group = () if asks_about_minutes(frame.question) else probe.group
    return member_first(candidates, probe.codes, group, lambda c: c.speakers)


def _group(frame: Frame) -> tuple[str, ...]:
    """Rule ``group_speaker_subject``: the speaker codes read from a group noun only."""
    on = frame.retriever.settings.group_speaker_subject and not frame.explicit_org
    return group_codes(frame.parsed) if on and frame.parsed is not None else ()


def _dated(frame: Frame, points: list[Written], text: str, meeting: dt.date) -> str:
    """The words the checks read with a statement's heading: the years its meeting dates a
    yearless day or month by (rule topic_year_written) and the days of the topic it writes
    with their month (:mod:`.day_term`)."""
    years = implied_years(points, text, meeting)
    return f"{years} {written_days(frame.period_terms, text, meeting)}"


def scored_candidates(frame: Frame) -> tuple[list[Citation], Quote]:
    """Every statement of the hits that passes the quote checks, scored, best first."""
    retriever, settings = frame.retriever, frame.retriever.settings
    probe, checks = _quote_probe(frame), enabled(settings, "quote")
    query_vec, query_terms = retriever.query_vector(frame.question), query_terms_of(frame)
    decisions = asks_for_decisions(frame.question)
    # rule announcement_penalty (answer.announcements)
    announced = 0.0 if asks_about_presentation(frame.question) else settings.announcement_penalty
    candidates: list[Citation] = []
    borrowed: set[tuple[str, int]] = set()  # rule names_earlier_in_item (answer.item_names)
    counting: set[tuple[str, int]] = set()
    # rule property_tied (once: the deeper passages of rule quote_depth are read without it)
    frame.property_asked = None if frame.property_done else asked_property(frame, probe)
    points, unasked = year_points(frame), minutes_unasked(frame)  # answer.minutes_line
    reply = settings.neighbours_across_parts and asks_reply(frame.question)
    for hit in frame.hits:
        chunk = hit.chunk
        rank_bonus = settings.answer_rank_weight / hit.rank
        if chunk.kind == "header":
            if header_quoted(frame):  # rule header_quotes_asked
                candidates += _attendees(frame, hit, rank_bonus, checks)
            continue
        vectors, heading = retriever.statement_vectors_of(chunk), chunk.text.split("\n- ", 1)[0]
        before, next_part = part_neighbours(retriever, chunk, reply)  # rule neighbours_across_parts
        texts = [s.text for s in chunk.statements] + [next_part]
        for i, (statement, vec) in enumerate(zip(chunk.statements, vectors, strict=True)):
            previous, before = before, statement.text
            if statement.kind == "note" or (unasked and approves_minutes(statement.text)):
                continue
            quote = dataclasses.replace(
                probe,
                text=statement.text,
                # rule topic_year_written: its meeting dates a yearless day or month
                heading=f"{heading} {_dated(frame, points, statement.text, chunk.meeting_date)}",
                speakers=statement.speakers,
                codes=codes_at(probe.codes, probe.held, chunk.meeting_date),  # office holders
                before=previous,
                after=texts[i + 1],
                earlier=ItemBefore(retriever, chunk, i, borrowed),
            )
            deep = bool(frame.counted_from) and hit.rank > frame.counted_from
            if deep and not _counting(settings, probe, statement.text):
                continue
            failed, passed = failing(checks, quote)
            # an amount of something else (or, for money, whose sentence names something else)
            if "quantity_subject_quoted" in failed or (
                quote.needs.money and "answer_shape" in failed
            ):
                passed = [n for n in passed if n not in ("amount_stated", "percentage_stated")]
            if "speaker_speaks" not in failed:
                frame.satisfied.update(passed)
                if settings.reason_together and together(passed, failed):
                    frame.satisfied.add(TOGETHER)
            lacking = lacks_property(frame.property_asked, failed, quote)
            lexical = _lexical(query_terms, statement.text, retriever, retriever.bm25.idf)
            score = float(vec @ query_vec) + settings.answer_lexical_weight * lexical + rank_bonus
            if failed and not lacking:
                _keep_refused(frame, chunk, statement, score, lexical)  # rule quote_refused_best
                # rule closer_refused_low (confidence_features)
                if _refused_paraphrase(settings, failed) and score > frame.refused_best:
                    frame.refused = _citation(chunk, statement, score, lexical)
                continue
            if decisions and is_decision(statement.kind, statement.text):
                score += settings.decision_bonus
            score += _bonus(frame, statement.text, chunk.meeting_date)
            score -= announced if announced and announces_only(statement.text) else 0.0
            if lacking:  # rule property_tied: a statement of the topic without the property
                frame.propertyless.append(_citation(chunk, statement, score, lexical))
                continue
            candidates.append(_citation(chunk, statement, score, lexical))
            if _counting(settings, probe, statement.text):
                counting.add((chunk.chunk_id, statement.span.line_start))
    candidates = _ordered(frame, probe, named_first(candidates, borrowed))
    # Who attended or chaired stands in the meeting header: its attendee lists answer.
    listed = [c for c in candidates if c.kind == "attendees"] if frame.header_answers else []
    candidates = listed or candidates
    frame.counted_found = bool(counting)
    if counting:  # "how many X": the statements with a number next to X come first
        candidates = [c for c in candidates if (c.chunk_id, c.span.line_start) in counting]
    return candidates, probe


def _bonus(frame: Frame, text: str, meeting: dt.date) -> float:
    """The score bonuses of rules next_from_announcement (a statement planning the next
    meeting) and period_modifier_read (a statement about the topic's period)."""
    return plan_bonus(frame, text) + period_bonus(frame, text, meeting)


def _counting(settings: Settings, probe: Quote, text: str) -> bool:
    """Whether ``text`` counts what the question counts (:func:`.shape.counts`; rule
    property_forms_read: a count in its forms)."""
    forms = settings.property_forms_read  # probe.amount: rule quantity_matches_read
    return probe.counted is not None and counts(text, probe.counted, forms, probe.amount)


def _keep_refused(
    frame: Frame, chunk: Chunk, statement: Statement, score: float, lexical: float
) -> None:
    """Rule ``quote_refused_best``: keep the best statement a quote check refused; not one by
    another speaker than the one asked ("Wat zei het IPO ...": a statement without a speaker
    of its own, a speaker's later bullet or an agreement, may be kept)."""
    if frame.codes and statement.speakers and not set(statement.speakers) & frame.codes:
        return
    if frame.refused_any is None or score > frame.refused_any.score:
        frame.refused_any = _citation(chunk, statement, score, lexical)


def _refused_paraphrase(settings: Settings, failed: list[str]) -> bool:
    """Rule ``closer_refused_low``: a statement refused only for lacking the implied topic's
    words (a paraphrase of the question, or a statement on something else) is scored too."""
    return settings.closer_refused_low and failed == ["implied_topic_quoted"]


def _attendees(frame: Frame, hit: Hit, bonus: float, checks: tuple[Check, ...]) -> list[Citation]:
    chair = frame.needs.chair and any(c.name == "chair_named" for c in checks)
    return [
        with_chair_named(c) if frame.needs.chair else c
        for c in attendee_citations(
            frame.retriever, hit.chunk, set(frame.codes), frame.question, hit.dense_score, bonus
        )
        if not chair or names_chair(c.quote)
    ]


def citation_of(chunk: Chunk, statement: Statement) -> Citation:
    """``statement`` of ``chunk`` as a quote, cited where it stands (score 1)."""
    return _citation(chunk, statement, 1.0, 0.0)


def _citation(chunk: Chunk, statement: Statement, score: float, lexical: float) -> Citation:
    return Citation(
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
