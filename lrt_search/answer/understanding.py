"""The question read once into a :class:`~lrt_search.answer.frame.Frame`: its abbreviations and
typed spellings, its scope (speaker, period, comparison, timeline and attendance intents), the
words left unread, and a period that belongs to the topic rather than to the meetings.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lexicon.dates import DateLike
from ..search.abbreviations import read_abbreviations
from ..search.asides import read_asides
from ..search.claim_frame import claim_frame
from ..search.minutes_approved import approved_elsewhere, unrecorded
from ..search.option_dates import as_date
from ..search.parsed import ParsedQuestion, read_question, with_speaker
from ..search.preamble import question_sentence
from ..search.query import QueryScope, SpeakerRules
from ..search.typed_spelling import read_spelling
from ..search.unread import not_understood
from .comparison import compared_in, scope_comparison
from .day_of_mention import day_terms, mentioned_day
from .frame import Frame
from .lead_in import without_lead_in
from .meeting_period import MeetingCheck
from .next_after import next_after_announced
from .office_period import office_scope
from .person_speaker import person_speaker, source_person, written_name
from .role_speaker import chair_scope
from .unread_topic import topic_words

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def understand(
    retriever: Retriever,
    question: str,
    org: str | list[str] | None,
    since: DateLike,
    until: DateLike,
) -> Frame:
    """The question read once, and its scope: speaker (explicit ``org`` first, then the
    question's, then a person of the attendee lists), period, timeline and attendance
    intents. The frame's retriever matches words with ``evidence_stemmer``; its ``searcher``
    finds the passages (rule evidence_stemmer, search/evidence_view.py)."""
    searcher, retriever = retriever, retriever.evidence
    settings = retriever.settings
    question, read = read_abbreviations(retriever, question)  # rule chat_abbreviations
    question, spelt = read_spelling(retriever, question)  # rule spelling_read_first
    read = read + spelt
    question, read = _lead_in(retriever, question, read)  # rule lead_ins_read
    question, read = _asides(retriever, question, read)  # rule question_asides_read
    tails = settings.claim_tails_read  # rule claim_tails_read: "X, is it?", "X, why?"
    claim = claim_frame(question, tails) if settings.claim_frame_read else None
    if claim is not None:  # rule claim_frame_read: the claim, without who reports it
        question, read = claim.question, [*read, f"claim frame, not the question: {claim.frame}"]
    elif settings.preamble_context:  # the question sentence, without its context
        question, context = question_sentence(question, settings.same_pointers_read)
        read = read + ([f"context, not the question: {context}"] if context else [])
    parsed = _read(retriever, question, SpeakerRules.of(settings))
    if approved_elsewhere(searcher, parsed.period):  # rule minutes_approved_next
        parsed = unrecorded(parsed)  # the approving meeting is not in the corpus
    question = parsed.text  # rule box_prefix_speaker: the question after a search-box prefix
    scope = retriever.scope(question, parsed) if settings.understand_query else QueryScope()
    orgs = [org] if isinstance(org, str) else list(org or scope.orgs)
    notes = read + list(scope.notes)
    explicit = since is not None or until is not None
    comparison = None if explicit else compared_in(question, settings)
    if comparison is not None:  # its words are understood (rule comparison_both_sides)
        parsed = dataclasses.replace(parsed, understood=parsed.understood + comparison.words)
    topic = topic_words(retriever, parsed, question)  # rule unread_from_topic_check
    unread = tuple(not_understood(retriever, question, parsed, topic))
    if settings.understand_query:
        person = source_person(retriever, parsed) or (
            None if orgs else person_speaker(retriever, parsed)
        )
        if person:
            orgs = [person[1]]
            parsed = with_speaker(parsed, (person[1],), person[0])
            name = written_name(parsed.text, person[0])
            notes.append(f"speaker: {person[1]} ({name}, from the attendee lists)")
        elif not orgs and parsed.chair:  # rule role_speaker: the attendee marked voorzitter
            orgs, scope, parsed, note = chair_scope(retriever, parsed, scope)
            notes.append(note)
        elif org is None and (office := office_scope(retriever, parsed, scope)) is not None:
            orgs, parsed, note = list(office[0]), office[1], office[2]  # rule office_of_period
            notes = [n for n in notes if not str(n).startswith("speaker: ")] + [note]
    frame = Frame(
        retriever,
        question,
        scope,
        orgs,
        notes,
        unread,
        as_date(since if since is not None else scope.since, "since"),
        as_date(until if until is not None else scope.until, "until"),
        parsed.asks("timeline"),
        parsed.attendance,
        org is not None,
        parsed=parsed,
        searcher=searcher,
    )
    if not explicit:
        _period_of_topic(frame, parsed)
        next_after_announced(frame)
        scope_comparison(frame, comparison)  # rule comparison_both_sides
    return frame


def _lead_in(retriever: Retriever, question: str, read: list[str]) -> tuple[str, list[str]]:
    """Rule ``lead_ins_read``: ``question`` without an asker's lead-in before a colon, and
    ``read`` with a note of it (answer.lead_in.without_lead_in)."""
    s = retriever.settings
    if not s.lead_ins_read:
        return question, read
    rules, gap, main = SpeakerRules.of(s), s.frame_gap_topic, s.main_clause_intent
    text, note = without_lead_in(question, retriever.orgs, retriever.glossary, rules, gap, main)
    return text, read + ([note] if note else [])


def _asides(retriever: Retriever, question: str, read: list[str]) -> tuple[str, list[str]]:
    """Rule ``question_asides_read``: ``question`` without the asker's asides, and ``read`` with
    a note of them; a gloss keeps the form the minutes hold (search.asides.read_asides)."""
    if not retriever.settings.question_asides_read:
        return question, read
    terms, analyzer, glossary = retriever.bm25.terms, retriever.analyzer, retriever.glossary
    stop = dutch_stopwords() | english_stopwords()

    def held(phrase: str) -> bool:  # each content word has a term of the index
        ws = [w for w in phrase.lower().split() if w not in stop]
        return bool(ws) and all(
            any(t in terms for t in analyzer.tokenize_query(w, terms)) for w in ws
        )

    def known(phrase: str) -> bool:  # the minutes hold it, or a Dutch term of its glossary entry
        return held(phrase) or any(held(d) for d in (glossary.expand(phrase) if glossary else []))

    text, asides = read_asides(question, known)
    return text, read + ([f"aside, not the question: {'; '.join(asides)}"] if asides else [])


def _read(retriever: Retriever, question: str, rules: SpeakerRules) -> ParsedQuestion:
    """``question`` read with the corpus's meetings known (:func:`read_question`)."""
    return read_question(
        question, retriever.orgs, retriever.glossary,
        MeetingCheck(retriever), rules,
    )  # fmt: skip


def _period_of_topic(frame: Frame, parsed: ParsedQuestion) -> None:
    """A period that modifies the topic (:func:`~lrt_search.search.parsed.read_question`:
    "How many status holders must be housed in the second half of 2025?") does not filter the
    meetings; a quote must name it ("2025-II", or the year)."""
    if frame.since is None and frame.until is None:
        return
    day = mentioned_day(frame.searcher or frame.retriever, parsed)  # rule day_of_mention
    if parsed.period_scope != "topic" and day is None:
        return
    terms = parsed.period_terms if day is None else day_terms(day)
    named = f"day of the topic: {day.isoformat()}" if day else "period of the topic: "
    frame.period_as_topic(terms, named + ("" if day else ", ".join(sorted(terms))))
