"""The register's records for "what was agreed/decided about X" (intent ``agreed``): whether
the candidate statements hold one (an Afspraak, Besluit, Actie or a decision in words), and the
records first (or the discussion under the note "no record": rule no_record_not_high)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import reduce

import numpy as np

from ..ingest.statement_kinds import RegisterKind
from ..lexicon.intents import pattern
from ..models import Chunk
from ..results import Citation
from ..search.minutes_approved import asks_approval
from .frame import Frame
from .messages import Reason
from .selection import is_decision
from .topic_head import topic_head
from .topics import topic_terms

#: Chunks decoded at a time by the records' reads of the period (:func:`_period_chunks`).
_BATCH = 32


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
    framed = parsed.asks("decision_asked") or parsed.asks("decision_open")  # decision_frames_read
    if records and framed and frame.needs.topic_terms:
        return _records_on_topic(frame, candidates, records)
    return records or candidates


def _records_on_topic(
    frame: Frame, candidates: list[Citation], records: list[Citation]
) -> list[Citation]:
    """Rule ``decision_frames_read``, of a question in a decision frame (X read by the frame):
    the records among the candidates that hold X (:func:`_holds_topic`) first; when none does,
    the discussion, with the note "no record" - never a record of another topic (the decision
    words pull any "Afspraak:")."""
    chunks = frame.retriever.chunks
    on = [
        c for c in records if _holds_topic(frame, chunks[chunks.row_of(c.chunk_id)].text, c.quote)
    ]
    if on:
        return on
    others = {id(c) for c in records}
    discussion = [c for c in candidates if id(c) not in others]
    if not discussion:
        return candidates
    frame.notes.append("no record: " + record_topic(frame))
    frame.no_record = True
    return discussion


def record_topic(frame: Frame) -> str:
    """The topic a decision question asks about, or the question itself."""
    return (frame.parsed.topic if frame.parsed else "") or frame.question


def _holds_topic(frame: Frame, chunk_text: str, text: str) -> bool:
    """Whether a statement (``text``) or the heading of its item holds a term of the topic;
    of a question that asks whether X was decided, every unit of X's head (:func:`asked_units`)."""
    if units := asked_units(frame):
        return _holds_claim(frame, chunk_text, text, units)
    heading = chunk_text.split("\n- ", 1)[0]
    tokenize = frame.retriever.analyzer.tokenize
    return bool(frame.needs.topic_terms & set(tokenize(f"{heading} {text}")))


def asked_units(frame: Frame) -> list[frozenset[str]]:
    """Rule decision_frames_read: of a question that asks whether X was decided, or whether it
    was decided or only discussed (intents ``decision_asked``, ``decision_open``: "Is er iets
    vastgelegd over de tijdelijke bescherming van Oekraïners?")
    the units of the topic (``needs.topic_units``) of X's head - its words before the first
    preposition (answer.topic_head), all of X without one - each of which a record on X holds
    (a record on the modifier, "OEK", is none on X; "voorbereidingstijd" holds "tijd" only).
    Empty for any other question: a record holding a term of the topic is on it."""
    parsed = frame.parsed
    framed = parsed is not None and (parsed.asks("decision_asked") or parsed.asks("decision_open"))
    if parsed is None or not framed or not parsed.topic:
        return []
    units = [u for u in frame.needs.topic_units if u]
    head = topic_head(parsed.topic)[0]
    if head:
        english = frame.scope.english
        terms = topic_terms(frame.retriever, " ".join(head), english).terms
        units = [u for u in units if u & terms] or units
    return units


def _register_holds_topic(frame: Frame) -> bool:
    """Whether any record of the minutes in the question's period holds a term of the topic
    (in its text or its item heading; of an asked frame every unit of X's head:
    :func:`_register_holds_claim`): what makes the reason ``record_other_topic`` true.
    Only the period's chunks whose index terms hold one are read (:func:`_period_chunks`)."""
    if units := asked_units(frame):
        return _register_holds_claim(frame, units)
    terms = frame.needs.topic_terms
    for chunk in _period_chunks(frame, [(frozenset(terms), False)]):
        for s in chunk.statements:
            if is_decision(s.kind, s.text) and _holds_topic(frame, chunk.text, s.text):
                return True
    return False


def _period_chunks(frame: Frame, units: list[tuple[frozenset[str], bool]]) -> Iterable[Chunk]:
    """The chunks of the question's period whose index terms (the BM25 postings of the chunk
    text, a superset of a statement's and its item heading's terms) hold, for each unit, one
    of its terms (``False``) or all of them (``True``): the only chunks a record holding the
    units can be in (issue 16 item 7: never every chunk of the period on a question; every
    chunk of the period only for chunks without date columns or an index without postings)."""
    retriever = frame.retriever
    chunks, since, until = retriever.chunks, frame.since, frame.until
    rows_of = getattr(getattr(retriever, "bm25", None), "rows_of", None)
    dates = getattr(chunks, "dates", None)
    if rows_of is None or dates is None:
        return (c for c in chunks if not (since and c.meeting_date < since)
                and not (until and c.meeting_date > until))  # fmt: skip
    rows: np.ndarray | None = None
    for terms, every in units:
        held = [rows_of(t) for t in sorted(terms)]
        if every:
            unit = reduce(np.intersect1d, held) if held else np.zeros(0, np.int64)
        else:
            unit = np.unique(np.concatenate(held)) if held else np.zeros(0, np.int64)
        rows = unit if rows is None else np.intersect1d(rows, unit)
    found = rows if rows is not None else np.zeros(0, np.int64)
    if since:
        found = found[np.asarray(dates)[found] >= since.toordinal()]
    if until:
        found = found[np.asarray(dates)[found] <= until.toordinal()]
    return _in_batches(chunks, found.tolist())


def _in_batches(chunks: Sequence[Chunk], rows: list[int]) -> Iterator[Chunk]:
    """The chunks of ``rows`` in order, decoded :data:`_BATCH` at a time (a caller that stops
    at the first record holding the units decodes little more than the old read did)."""
    fetch = getattr(chunks, "fetch", None)
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        yield from fetch(batch) if fetch else (chunks[r] for r in batch)


def record_other_topic(
    frame: Frame, candidates: list[Citation], listing: tuple[RegisterKind, ...]
) -> Reason | None:
    """Rule ``record_holds_topic``: a "what was agreed/decided/promised about X" question whose
    candidate records (Afspraak, Besluit, Actie, a decision in words) all hold another topic -
    no term of X in the record or its item heading - and no record of the minutes in the
    question's period holds X, abstains: the register records nothing on X (reason
    ``record_other_topic``), rather than quote "Er wordt ingestemd met de taakstelling" for
    another topic. Without a record among the candidates the note "no record" stays as it was
    (setting "other"), or the question abstains in the same way (setting "any")."""
    parsed = frame.parsed
    mode = frame.retriever.settings.record_holds_topic
    if not mode or listing or not candidates:
        return None
    if parsed is None or not parsed.asks("agreed") or not parsed.topic:
        return None  # only "about X": a topic the question names, not words of its own
    if parsed.asks("decision_open"):
        return None  # "decided or only discussed?": the discussion answers (decision_frames_read)
    if not frame.needs.topic_terms or asks_approval(frame.question):
        return None  # an approval of minutes is read as a meeting (rule minutes_approved_next)
    chunks = frame.retriever.chunks
    records = [c for c in candidates if is_decision(c.kind or "", c.quote)]
    if (not records and mode == "other") or any(
        _holds_topic(frame, chunks[chunks.row_of(c.chunk_id)].text, c.quote) for c in records
    ):
        return None
    if _register_holds_topic(frame):
        return None
    # an asked frame: no record holds every unit of X's head, so none records X (claim_unrecorded)
    code = "claim_unrecorded" if asked_units(frame) else "record_other_topic"
    return Reason(code, {"topic": record_topic(frame)})


def asserts_decision(frame: Frame) -> bool:
    """Whether the question asserts a decision rather than asks one: a question of intent
    ``agreed`` with a verb of deciding (intent ``decision_verb``: not a noun that names the
    records, not "agree with") that is a yes/no question, a claim to check ("Klopt het dat ...
    besloten") or a "why" whose premise is the decision."""
    parsed = frame.parsed
    if parsed is None or not parsed.asks("agreed") or not parsed.asks("decision_verb"):
        return False
    if parsed.asks("decision_asked") or parsed.asks("decision_open"):
        return False  # whether X was decided: X asked, no claim (rule decision_frames_read)
    return any(parsed.asks(i) for i in ("yes_no", "claim_check", "why"))


def _holds_claim(frame: Frame, chunk_text: str, text: str, units: list[frozenset[str]]) -> bool:
    """Whether a statement (``text``) with its item heading holds a term of every unit."""
    heading = chunk_text.split("\n- ", 1)[0]
    terms = set(frame.retriever.analyzer.tokenize(f"{heading} {text}"))
    whole = frame.needs.topic_whole
    # A word the index holds only as compound parts ("noodopvang": nood, opvang) needs them all.
    return all(unit <= terms if not unit & whole else unit & terms for unit in units)


def _register_holds_claim(frame: Frame, units: list[frozenset[str]]) -> bool:
    """Whether any record of the minutes in the question's period holds every unit (only the
    period's chunks whose index terms hold them are read: :func:`_period_chunks`)."""
    whole = frame.needs.topic_whole
    for chunk in _period_chunks(frame, [(u, not u & whole) for u in units]):
        for s in chunk.statements:
            if is_decision(s.kind, s.text) and _holds_claim(frame, chunk.text, s.text, units):
                return True
    return False


def claim_unrecorded(
    frame: Frame, candidates: list[Citation], listing: tuple[RegisterKind, ...]
) -> Reason | None:
    """Rule ``record_holds_claim`` (widening rule record_holds_topic to a decision asserted):
    a yes/no question, a claim or a "why" that asserts a decision, agreement or commitment
    ("Klopt het dat de LRT heeft besloten X te verhogen?", "Heeft het Rijk toegezegd ...?",
    "Why did the LRT decide to ...?") needs a record (Afspraak, Besluit, Actie, a decision in
    words) that holds every word of its topic the minutes hold (``needs.topic_units``: the
    topic and the claimed change) in its text or item heading. When no candidate record and no
    record of the minutes in the question's period does, it abstains with reason
    ``claim_unrecorded``, naming those words."""
    if not frame.retriever.settings.record_holds_claim or listing or not candidates:
        return None
    if not asserts_decision(frame) or asks_approval(frame.question):
        return None
    verbs = " ".join(m.group(0) for m in pattern("decision_verb").finditer(frame.question))
    framing = topic_terms(frame.retriever, verbs, frame.scope.english).terms if verbs else set()
    # the verb that asserts the decision ("approve": goedkeuren, instemmen) is no word of its topic
    units = [u for u in frame.needs.topic_units if u and not u & framing]
    if not units:
        return None
    chunks = frame.retriever.chunks
    for c in candidates:
        text = chunks[chunks.row_of(c.chunk_id)].text
        if is_decision(c.kind or "", c.quote) and _holds_claim(frame, text, c.quote, units):
            return None
    if _register_holds_claim(frame, units):
        return None
    topic = pattern("decision_verb").sub("", frame.needs.topic or record_topic(frame))
    return Reason("claim_unrecorded", {"topic": " ".join(topic.split())})
