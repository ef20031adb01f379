"""Which statements an answer quotes, and how it reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..ingest.statement_kinds import RegisterKind, find_markers
from ..lexicon.intents import action_verb_spans, pattern
from ..lexicon.organisations import OrgTable
from ..lexicon.textnorm import normalize_for_match
from ..results import CONFIDENCE_HIGH, Answer, Citation
from ..search.unread import content_words

if TYPE_CHECKING:
    from .frame import Frame


def choose(
    candidates: list[Citation],
    timeline: bool,
    max_quotes: int,
    margin: float,
    floor: Callable[[Citation], bool] | None = None,
) -> list[Citation]:
    """The statements to quote, best first in ``candidates``: those within ``margin`` of the
    best (or holding most of the question's terms within twice it), without repeats. A
    timeline keeps each meeting's best statement that passes ``floor`` (the calibrated
    confidence), so no meeting that discusses the topic is lost to a better one."""
    best = candidates[0].score
    # Keep statements close to the best one, and those holding most of the question's terms
    # within twice the margin; a timeline keeps the best one per meeting.
    margin = 2 * margin if timeline else margin
    good = [
        c
        for c in candidates
        if c.score >= best - margin or (c.lexical >= 0.5 and c.score >= best - 2 * margin)
    ]
    if timeline:
        per_meeting: dict[dt.date, Citation] = {}
        for c in candidates if floor is not None else good:
            if floor is None or c is candidates[0] or floor(c):
                per_meeting.setdefault(c.meeting_date, c)
        return _in_meeting_order(list(per_meeting.values())[:max_quotes])
    return _in_meeting_order(_distinct(good, max_quotes))


def _distinct(citations: list[Citation], limit: int) -> list[Citation]:
    """The first ``limit`` citations whose quotes differ (a statement may stand in two hits)."""
    seen: set[str] = set()
    out: list[Citation] = []
    for c in citations:
        key = normalize_for_match(c.quote)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
        if len(out) >= limit:
            break
    return out


def _in_meeting_order(citations: list[Citation]) -> list[Citation]:
    return sorted(citations, key=lambda c: (c.meeting_date, c.span.line_start))


def compose(citations: list[Citation]) -> str:
    """The answer text: one line per quote with date, speaker and citation."""
    lines = []
    for c in citations:
        who = f"{c.speaker}: " if c.speaker else ""
        lines.append(f"{c.meeting_date.isoformat()} — {who}\u201c{c.quote}\u201d [{c.citation}]")
    return "\n".join(lines)


# Which register kinds a question asks for, in order of preference: "what was agreed" prefers
# agreements, then decisions, then the actions agreed on; "what was decided" decisions first;
# "which actions" actions only (the intents agreed, decided, actions of lexicon/data/intents.toml).
_AGREED = pattern("agreed")
_ASKS_ACTIONS = pattern("actions")
_ASKS_DECIDED = pattern("decided")


def asks_for_decisions(question: str) -> bool:
    """Whether the question asks what was agreed or decided."""
    return bool(_AGREED.search(question))


def asked_kinds(question: str) -> tuple[RegisterKind, ...]:
    """The register kinds (afspraak, besluit, actie) a decision question asks for, preferred
    first; none for a question that does not ask what was agreed or decided."""
    if not asks_for_decisions(question):
        return ()
    if _ASKS_ACTIONS.search(question) and not _ASKS_DECIDED.search(question):
        return ("actie",)
    if _ASKS_DECIDED.search(question):
        return ("besluit", "afspraak", "actie")
    return ("afspraak", "besluit", "actie")


def is_decision(kind: str, text: str) -> bool:
    """An Afspraak/Actie statement, or one that records a decision in words ("Er wordt
    besloten", "wordt ingestemd", "is vastgesteld", "gaat akkoord", "De leden spreken af"; see
    :mod:`lrt_search.ingest.statement_kinds`; a denied one, "nog niet akkoord", is none)."""
    return kind in ("decision", "action") or bool(find_markers(text))


def lists_decisions(
    question: str,
    table: OrgTable,
    since: dt.date | None,
    until: dt.date | None,
    action_verbs: bool = True,
    main: bool = True,
) -> tuple[RegisterKind, ...]:
    """The kinds to list when ``question`` asks only what was agreed or decided in a period
    ("Wat werd afgesproken in april 2023?", "What was agreed in November 2023?"), or only the
    actions of an organisation ("Which actions lie with BZK?", "Welke acties liggen bij de
    VNG?"): a decision question with a period or an action holder and no topic word; else
    none (rank the statements as usual). A verb that says only "act" frames a question for
    actions (:func:`~lrt_search.lexicon.intents.framing_spans`: "Welke acties moet de VNG
    uitvoeren?", "What actions must BZK carry out?"), so it is listed; ``action_verbs`` false
    (rule ``action_verbs`` off) ranks such a question as any other; ``main``: rule
    ``main_clause_intent``."""
    holder = bool(_ASKS_ACTIONS.search(question)) and bool(table.query_mentions(question))
    if since is None and until is None and not holder:
        return ()
    if content_words(question, table, main=main):
        return ()
    if holder and not action_verbs and action_verb_spans(question):
        return ()  # rule action_verbs off: ranked as any other question
    return asked_kinds(question)


def action_holders(question: str, table: OrgTable) -> frozenset[str]:
    """The organisations whose actions ``question`` asks for ("Which actions lie with BZK?":
    BZK and the ministers of its ministry); empty when it asks for no actions."""
    if not _ASKS_ACTIONS.search(question):
        return frozenset()
    return frozenset(c for m in table.query_mentions(question) for c in table.expand(m.code))


def _marked_kinds(c: Citation, holders: frozenset[str], table: OrgTable | None) -> set[str]:
    """The register kinds marked in ``c``'s quote; with ``holders``, only the records whose own
    clause names one of them ("Actie: BZK en Aedes spreken door ...")."""
    markers = find_markers(c.quote)
    if holders and table is not None:
        markers = [
            m for m in markers if holders & {n.code for n in table.mentions(m.clause(c.quote))}
        ]
    return {m.kind for m in markers}


def list_decisions(
    candidates: list[Citation],
    kinds: tuple[RegisterKind, ...],
    limit: int,
    holders: frozenset[str] = frozenset(),
    table: OrgTable | None = None,
) -> list[Citation]:
    """For a question that asks only what was agreed in a period: the candidates that record
    an agreement, decision or action of the asked ``kinds`` (the preferred kind first, then by
    score), at most ``limit``, in meeting order; with ``holders`` (:func:`action_holders`),
    only the records that name one of them."""

    def rank(c: Citation) -> int:
        marked = _marked_kinds(c, holders, table)
        return min((kinds.index(k) for k in marked if k in kinds), default=len(kinds))

    marked = [
        c for c in sorted(candidates, key=lambda c: (rank(c), -c.score)) if rank(c) < len(kinds)
    ]
    return _in_meeting_order(_distinct(marked, limit))


def settled_answer(frame: Frame, chosen: list[Citation]) -> Answer:
    """The answer of a question settled by the minutes' structure (a meeting fact from the
    headers, a count of meetings): ``chosen`` quoted at high confidence, with the frame's notes."""
    return Answer(
        question=frame.question,
        answer=compose(chosen),
        abstained=False,
        confidence=CONFIDENCE_HIGH,
        filters=frame.filters(),
        citations=chosen,
        timeline=len(chosen) > 1,
        closest=[],
        notes=tuple(frame.notes),
        unread=frame.unread,
    )
