"""Rule ``person_present`` (``Settings.person_present``; issue 16): a person the question names
as the speaker ("Wat zei Kip in maart 2025 ...", "What did Lamers say ...") speaks only at a
meeting whose attendee list ("Aanwezig" in the header) names them. When the question dates its
meetings and none of their lists names that person, the question's premise is not in the
minutes: abstain with ``person_not_present`` ("Kip is not on the attendee lists of
2025-03-19"), not with a statement of the organisation they attend for at other meetings."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..index.facts import corpus_facts
from ..index.rowsets import intersect
from ..lexicon.wordlists import word_set
from .absence import period_rows
from .attendance import attendee_lists
from .messages import Reason
from .person_speaker import person_speaker, written_name

if TYPE_CHECKING:
    from .frame import Frame


def person_not_present(frame: Frame) -> Reason | None:
    """``not_listed`` when the rule is on, the question names a person of the attendee lists
    as its speaker, is no who-question (speech.toml ``who_subject``: it asks for someone
    else, "Wie verving minister De Jonge ...") nor asks about an absence (rule
    absence_stated's), and dates its meetings, and the "Aanwezig" lists of those meetings (at
    least one) do not name that person; else None."""
    retriever = frame.retriever
    parsed = frame.parsed
    if not retriever.settings.person_present or parsed is None:
        return None
    if frame.since is None and frame.until is None:
        return None
    first = parsed.text.split()[0].lower() if parsed.text.split() else ""
    if first in word_set("speech", "who_subject") or frame.asks("absence"):
        return None  # "Wie verving minister De Jonge ...": it asks for someone else
    person = person_speaker(retriever, parsed)
    if person is None:
        return None
    present = _present_lists(frame)
    if not present:
        return None  # no attendee list in the period: nothing to check against
    name = re.compile(rf"\b{re.escape(person[0])}\b", re.I)
    if any(name.search(people) for people in present.values()):
        return None
    names = [written_name(parsed.text, person[0])]
    return Reason("not_listed", {"names": names, "dates": sorted(present)})


def _present_lists(frame: Frame) -> dict[str, str]:
    """``{meeting date: the people of its "Aanwezig" lists}`` of the header chunks of the
    meetings in the question's period (in row order), from the index's ``present_lists`` table
    (no chunk decoded; issue 16 item 7), else read from the header chunks themselves."""
    since, until = frame.since, frame.until
    stored = corpus_facts(frame.retriever.chunks).present_lists(
        None if since is None else since.toordinal(), None if until is None else until.toordinal()
    )
    if stored is None:
        return _read_present_lists(frame)
    out: dict[str, str] = {}
    for day, people in stored:
        iso = date.fromordinal(day).isoformat()
        out[iso] = (out.get(iso, "") + " " + people).strip()
    return out


def _read_present_lists(frame: Frame) -> dict[str, str]:
    """:func:`_present_lists` of an index written before the table was: the header chunks of
    the period decoded (their rows from the index's kind column, never every chunk)."""
    out: dict[str, str] = {}
    headers = frame.retriever.chunks.rows_of_kind("header")
    for row in intersect(period_rows(frame), headers):
        chunk = frame.retriever.chunks[int(row)]
        if chunk.kind != "header":
            continue
        for label, people in attendee_lists(chunk.text):
            if label.lower() == "aanwezig":
                day = chunk.meeting_date.isoformat()
                out[day] = (out.get(day, "") + " " + people).strip()
    return out
