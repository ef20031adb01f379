"""The register's records for "what was agreed/decided about X" (intent ``agreed``): whether
the candidate statements hold one (an Afspraak, Besluit, Actie or a decision in words), the
records first, and rule ``decision_no_record`` (abstain with ``no_record`` when none does, nor
any of the deeper passages up to ``decision_record_depth``)."""

from __future__ import annotations

from ..ingest.statement_kinds import RegisterKind
from ..results import Citation
from .candidates import scored_candidates
from .frame import Frame
from .messages import Reason
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
        frame.no_record = True
        return candidates
    records = [c for c in candidates if is_decision(c.kind or "", c.quote)]
    return records or candidates


def unrecorded(
    frame: Frame, candidates: list[Citation], no_record: bool
) -> tuple[list[Citation], Reason | None]:
    """Rule ``decision_no_record``: the candidates and ``None``, or, for a decision question the
    rule refuses with no record among its candidates, the records of the deeper passages
    (:func:`deeper_records`) when there are, else the refusal ``no_record``."""
    if not (no_record and refuses_unrecorded(frame)):
        return candidates, None
    if records := deeper_records(frame):
        return records, None
    return candidates, Reason("no_record", {"topic": record_topic(frame)})


def refuses_unrecorded(frame: Frame) -> bool:
    """Rule ``decision_no_record``: a decision question whose candidates hold no record
    abstains, except a yes/no question (its premise is checked instead) and one about a
    decision still to be taken or who takes it (intent ``decision_pending``)."""
    parsed = frame.parsed
    if not frame.retriever.settings.decision_no_record or parsed is None:
        return False
    return not (parsed.asks("yes_no") or parsed.asks("decision_pending"))


def record_depth(frame: Frame, k: int | None, depth: int, listing: tuple) -> int:
    """Rule ``decision_no_record``: how many passages a decision question reads for a record
    before refusing (``decision_record_depth``; ``depth`` when the rule is off, for a given
    ``k``, a listing, or a question the rule does not refuse)."""
    settings, parsed = frame.retriever.settings, frame.parsed
    if k or listing or parsed is None or not parsed.asks("agreed"):
        return depth
    if not refuses_unrecorded(frame):
        return depth
    return max(depth, settings.decision_record_depth)


def deeper_records(frame: Frame) -> list[Citation]:
    """Rule ``decision_no_record``, before it refuses: the records (Afspraak, Besluit, Actie, a
    decision in words) among the statements that pass the quote checks in the passages ranked
    after the first, up to ``decision_record_depth``, best first; the "no record" note goes
    when there are. Empty: the rule refuses."""
    if not frame.record_pool:
        return []
    shallow, refused, refused_any = frame.hits, frame.refused, frame.refused_any
    frame.hits, frame.record_pool = frame.record_pool, []
    found, _ = scored_candidates(frame)
    records = [c for c in found if is_decision(c.kind or "", c.quote)]
    held = {c.chunk_id for c in records}
    frame.hits = shallow + [h for h in frame.hits if h.chunk_id in held]
    frame.refused, frame.refused_any = refused, refused_any
    if records:
        frame.notes[:] = [n for n in frame.notes if not n.startswith("no record: ")]
        frame.no_record = False
    return records


def record_topic(frame: Frame) -> str:
    """The topic a decision question asks about, or the question itself."""
    return (frame.parsed.topic if frame.parsed else "") or frame.question
