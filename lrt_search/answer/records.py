"""The register's records for "what was agreed/decided about X" (intent ``agreed``): whether
the candidate statements hold one (an Afspraak, Besluit, Actie or a decision in words), the
records first, and rule ``decision_no_record`` (abstain with ``no_record`` when none does)."""

from __future__ import annotations

from ..ingest.statement_kinds import RegisterKind
from ..models import Citation
from .frame import Frame
from .selection import is_decision


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
    return not any(is_decision(c.kind or "", c.quote) for c in candidates)


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
    records = [c for c in candidates if is_decision(c.kind or "", c.quote)]
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
