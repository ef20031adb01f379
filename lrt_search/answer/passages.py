"""The passages ``ask`` answers from (step 2 of :mod:`lrt_search.answer.answering`): the
question searched with its understood scope, deep enough for the rules that read further
(counted questions, quote_depth, a listing's period), with the meeting
headers for chair and attendance questions and the understood speaker's organisation codes."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..ingest.statement_kinds import RegisterKind
from ..lexicon.dates import DateLike
from ..search.option_dates import as_date
from .comparison import with_side_hits
from .frame import Frame
from .meeting_headers import meeting_headers
from .meeting_period import period_has_meeting
from .quote_depth import quote_depth
from .shape import counted_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def search_passages(frame: Frame, k: int | None, listing: tuple[RegisterKind, ...]) -> None:
    """The passages to answer from (every passage of the period for "what was agreed in April
    2023"); when the understood speaker speaks in none, those of every speaker, noted (rule
    ``speaker_fallback`` of :meth:`Retriever.search_question`)."""
    retriever, question = frame.retriever, frame.question
    depth = k or max(retriever.settings.answer_depth, 8 if frame.timeline else 0)
    if not k and counted_terms(retriever, question):
        # "how many X": the passages after the usual depth are read for a statement with a
        # number next to X only (see candidates.scored_candidates).
        frame.counted_from = depth
        depth *= retriever.settings.counted_depth_factor
    if listing:
        depth = max(depth, _period_chunks(retriever, frame.orgs, frame.since, frame.until))
    # The speaker understood (from the question or the attendee lists) goes in the scope, an
    # explicit one as ``org``: only the first is dropped by rule speaker_fallback (noted).
    searcher = frame.searcher or retriever
    scope = dataclasses.replace(frame.scope, orgs=tuple(frame.orgs))
    if searcher is not retriever:  # the search's own synonyms (rule evidence_stemmer)
        glossary = searcher.scope(question, frame.parsed).glossary_terms
        scope = dataclasses.replace(scope, glossary_terms=glossary)
    deep = quote_depth(frame, k, depth, listing)
    searched, hits = searcher.search_question(
        question,
        k=max(depth, deep),
        org=frame.orgs if frame.explicit_org else None,
        since=frame.since,
        until=frame.until,
        scope=scope,
        parsed=frame.parsed,
    )
    frame.hits, frame.deeper = hits[:depth], hits[depth:deep]
    if frame.comparison is not None:  # rule comparison_both_sides: each side searched too
        frame.hits = with_side_hits(frame, frame.hits, searcher, depth, scope)
    if searched.speaker_dropped:
        if period_has_meeting(retriever, frame.since, frame.until):  # else: no one spoke
            frame.notes.append("retried: " + ", ".join(searched.speaker_dropped))
            frame.dropped = tuple(searched.speaker_dropped)
        frame.orgs = []
    if frame.header_answers:
        _with_headers(frame)
    codes: set[str] = set()
    for name in frame.orgs:
        code = retriever.orgs.resolve(name)
        if code:
            codes |= retriever.orgs.expand(code)
    frame.codes = frozenset(codes)


def _with_headers(frame: Frame) -> None:
    """A chair or attendance question answers from the headers of the meetings it asks about
    (the most recent one that says, when it names none), besides the passages found."""
    headers, note = meeting_headers(
        frame.retriever, frame.question, frame.since, frame.until, frame.header_chair
    )
    if note:  # no meeting named: the one meeting taken, said so; no other meeting's header
        frame.notes.append(note)
        taken = {h.chunk_id for h in headers}
        frame.hits = [h for h in frame.hits if h.chunk.kind != "header" or h.chunk_id in taken]
    found = {h.chunk_id for h in frame.hits}
    added = [h for h in headers if h.chunk_id not in found]
    rank = len(frame.hits)
    frame.hits = frame.hits + [dataclasses.replace(h, rank=rank + h.rank) for h in added]


def _period_chunks(
    retriever: Retriever, orgs: list[str], since: DateLike, until: DateLike, cap: int = 50
) -> int:
    """How many passages the period (and speaker) holds, at most ``cap``."""
    mask = retriever.filter_mask(
        orgs or None, as_date(since, "since"), as_date(until, "until"), None
    )
    return cap if mask is None else min(cap, int(mask.sum()))
