"""Rule ``absence_stated`` (``Settings.absence_stated``): a question asking who was absent
from a meeting, who could not attend or sent apologies, or why someone was absent ("Why was the
IPO absent from the LRT of 10 November 2023?", "Wie had zich afgemeld voor de LRT van maart
2025?"; intent ``absence`` of ``lexicon/data/intents.toml``) is answered only when the minutes
of the meetings it dates say who was absent: an "Afwezig" list in the header, or a statement
with a phrase of absence or replacement ("kan niet aanwezig zijn", "zijn verhinderd", "wordt
vervangen door"; ``absence`` in ``lexicon/data/attendance.toml``). When the question names an
organisation or a person, such a statement must name it. Otherwise the question's negated
premise is not in the minutes, and a statement of the discussion does not answer it instead:
abstain with ``absence_unstated``. A question that dates no meeting is not checked."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from ..index.absence_lines import absence_statements
from .messages import Reason

if TYPE_CHECKING:
    from .frame import Frame


def absence_unstated(frame: Frame) -> Reason | None:
    """``absence_unstated`` when the rule is on, the question asks about an absence and dates
    its meetings, and no statement of absence of those meetings names whom it names;
    ``no_absence_stated`` when it names nobody and those meetings state no absence at all; else
    None."""
    retriever = frame.retriever
    parsed = frame.parsed
    if not retriever.settings.absence_stated or parsed is None:
        return None
    if not frame.asks("absence") or (frame.since is None and frame.until is None):
        return None
    days, stated = period_statements(frame)
    if not days:
        return None  # no meeting in the period: the period gates say so
    names = asked_names(frame)
    if stated and (not names or any(names_in(frame, s, names) for s in stated)):
        return None
    return unstated(days, names)


def unstated(days: list[int], names: list[str]) -> Reason:
    """``absence_unstated`` naming ``names`` for the meeting ``days`` (ordinals), or
    ``no_absence_stated`` when the question names no one."""
    dates = [date.fromordinal(d).isoformat() for d in days]
    if not names:  # a reason naming no one: "no absence of " would name nothing
        return Reason("no_absence_stated", {"dates": dates})
    return Reason("absence_unstated", {"names": sorted(set(names)), "dates": dates})


def asked_names(frame: Frame) -> list[str]:
    """The people and organisations the question names (its names, organisations and speaker
    read), each once."""
    parsed = frame.parsed
    asked = list(frame.orgs)
    if parsed is not None:
        asked = [n for n, _ in parsed.names] + asked + list(parsed.speaker)
    return list({n.lower(): n for n in asked}.values())


def period_statements(frame: Frame) -> tuple[list[int], list[str]]:
    """The meeting days (ordinals, sorted) of the question's period and their statements of
    absence: read from the index's table ``absence_lines`` (no chunk decoded), or from the
    period's chunks for an index without it (or chunks held in memory)."""
    chunks = frame.retriever.chunks
    ordinals = np.asarray(chunks.meeting_ordinals)
    low = -1 if frame.since is None else frame.since.toordinal()
    high = ordinals.max(initial=0) if frame.until is None else frame.until.toordinal()
    days = [int(d) for d in ordinals[(ordinals >= low) & (ordinals <= high)]]
    stored = chunks.facts.absence_lines(low, high) if days else []
    if stored is not None:
        return days, [line for _, line in stored]
    return days, [s for row in period_rows(frame) for s in absence_statements(chunks[row])]


def period_rows(frame: Frame) -> list[int]:
    """The rows of every chunk of the meetings in the question's period."""
    dates = np.asarray(frame.retriever.chunks.dates)
    keep = np.ones(len(dates), dtype=bool)
    if frame.since is not None:
        keep &= dates >= frame.since.toordinal()
    if frame.until is not None:
        keep &= dates <= frame.until.toordinal()
    return [int(r) for r in np.flatnonzero(keep)]


def names_in(frame: Frame, statement: str, names: list[str]) -> bool:
    """Whether ``statement`` names one of ``names``: as written (a person, "Van Gennip"), or an
    organisation it mentions that one of them resolves to ("VWS", "SJenV")."""
    orgs = frame.retriever.orgs
    low = statement.lower()
    codes = {c for n in names if (code := orgs.resolve(n)) for c in orgs.expand(code)}
    mentioned = {m.code for m in orgs.mentions(statement)}
    return bool(codes & mentioned) or any(
        re.search(rf"\b{re.escape(n.lower())}\b", low) for n in names
    )
