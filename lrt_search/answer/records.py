"""The register's records for "what was agreed/decided about X" (intent ``agreed``): whether
the candidate statements hold one (an Afspraak, Besluit, Actie or a decision in words), the
records first, and rule ``decision_no_record`` (abstain with ``no_record`` when none does)."""

from __future__ import annotations

from ..ingest.statement_kinds import RegisterKind
from ..models import Citation
from .commitments import commits_in_words
from .frame import Frame
from .selection import is_decision


def is_record(frame: Frame, citation: Citation) -> bool:
    """An Afspraak, Besluit or Actie, a decision in words (:func:`.selection.is_decision`) or,
    with rule ``decision_commitment_words``, a commitment in words of those at the table
    ("..., zullen we contact leggen met de desbetreffende provincie")."""
    if is_decision(citation.kind or "", citation.quote):
        return True
    settings = frame.retriever.settings
    return settings.decision_commitment_words and commits_in_words(citation.quote)


def lacks_record(
    frame: Frame, candidates: list[Citation], listing: tuple[RegisterKind, ...]
) -> bool:
    """Whether a "what was agreed/decided about X" question finds no record among the
    candidates: no Afspraak, Besluit or Actie, no decision in words
    (:func:`.selection.is_decision`). False for a question that lists the register
    (``listing``) or asks no decision."""
    parsed = frame.parsed
    if listing or not candidates or parsed is None or not parsed.asks("agreed"):
        return False
    return not any(is_record(frame, c) for c in candidates)


def records_first(
    frame: Frame,
    candidates: list[Citation],
    listing: tuple[RegisterKind, ...],
    no_record: bool,
) -> list[Citation]:
    """For "what was agreed/decided about X": the register's records (Afspraak, Besluit,
    Actie, a decision in words) among the candidates, when there are; else the discussion,
    with a note that the register records nothing on it (``no_record``; with rule
    ``decision_no_record`` on, :func:`.answering.answer_question` then abstains)."""
    parsed = frame.parsed
    if listing or not candidates or parsed is None or not parsed.asks("agreed"):
        return candidates
    if no_record:
        frame.notes.append("no record: " + record_topic(frame))
        return candidates
    records = [c for c in candidates if is_record(frame, c)]
    return records or candidates


def refuses_unrecorded(frame: Frame) -> bool:
    """Rule ``decision_no_record``: a decision question whose candidates hold no record
    abstains, except a yes/no question (its premise is checked instead) and one about a
    decision still to be taken or who takes it (intent ``decision_pending``)."""
    parsed = frame.parsed
    if not frame.retriever.settings.decision_no_record or parsed is None:
        return False
    return not (parsed.asks("yes_no") or parsed.asks("decision_pending"))


def record_topic(frame: Frame) -> str:
    """The topic a decision question asks about, or the question itself."""
    return (frame.parsed.topic if frame.parsed else "") or frame.question
