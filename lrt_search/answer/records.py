"""The register's records for "what was agreed/decided about X" (intent ``agreed``): whether
the candidate statements hold one (an Afspraak, Besluit, Actie or a decision in words), and the
records first (or the discussion under the note "no record": rule no_record_not_high)."""

from __future__ import annotations

from ..ingest.statement_kinds import RegisterKind
from ..results import Citation
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
    with a note that the register records nothing on it (``no_record``)."""
    parsed = frame.parsed
    if listing or not candidates or parsed is None or not parsed.asks("agreed"):
        return candidates
    if no_record:
        frame.notes.append("no record: " + record_topic(frame))
        frame.no_record = True
        return candidates
    records = [c for c in candidates if is_decision(c.kind or "", c.quote)]
    return records or candidates


def record_topic(frame: Frame) -> str:
    """The topic a decision question asks about, or the question itself."""
    return (frame.parsed.topic if frame.parsed else "") or frame.question
