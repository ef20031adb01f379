"""Rule ``stand_in_lines`` (``Settings.stand_in_lines``, issue 16 session 25 task B4): who was
absent, who replaced or stood in for someone, or at what level a body was represented at a
meeting ("Door wie werd Van Gennip vervangen?", "Which ministers were unable to attend?", "Op
welk niveau waren OCW en VRO vertegenwoordigd?"; intents ``absence`` and ``stand_in`` of
``lexicon/data/intents.toml``) is answered by the lines of the meetings in scope that say so: a
statement holding a phrase of attendance or absence (``phrases`` and ``absence`` of
``lexicon/data/attendance.toml``: "kan niet aanwezig zijn en wordt vervangen door", "zijn
verhinderd", "op DG-niveau vertegenwoordigd") and a header's "Afwezig" list. These lines name
no speaker, so a search filtered on the person replaced (read as the speaker) missed them, and
the quote checks dropped them. The person or body named is the object: the lines kept are the
ones naming one of them (:func:`.absence.names_in`); a dated question whose meetings hold none
abstains with ``absence_unstated`` (``no_absence_stated`` when it names no one). A question
without a date is read only when it names someone, in the meetings whose stored statements of
absence (table ``absence_lines``) name them. Not read: why someone was absent (intent ``why``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from ..index.absence_lines import states_absence
from ..results import Answer, Citation, Hit
from .absence import asked_names, names_in, unstated
from .asked_class import name_asked, names_person
from .attendance import attendee_citations
from .candidates import citation_of
from .meeting_period import MeetingCheck
from .messages import Reason
from .selection import settled_answer

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable
    from ..models import Chunk
    from .frame import Frame


#: The most meetings whose opening lines are listed (two chunks decoded a meeting); a question
#: over more ("Wie was er in 2023 afwezig?" on a large index) is read as any other question.
_MOST_MEETINGS = 12


def stand_in_asked(frame: Frame) -> bool:
    """Whether the question asks who was absent, replaced or stood in (a replacement needs a
    name or a who-question), or at what level a body was represented; not what was said of
    it, how long, since when, why or how many (intent ``stand_in_other``)."""
    question = frame.question
    if frame.asks("stand_in_other"):
        return False
    if frame.asks("absence") or frame.asks("represented_level"):
        return True
    if not frame.asks("stand_in"):
        return False
    return bool(asked_names(frame)) or bool(re.search(r"\b(?:wie|who|whom)\b", question, re.I))


def stand_in_answer(frame: Frame, abstain: Callable[[Frame, Reason], Answer]) -> Answer | None:
    """The answer from the stand-in lines of the meetings in scope, ``abstain`` with
    ``absence_unstated`` when a dated question's meetings hold none naming whom it names, or
    None (the rule off, another question, no meeting in scope: the usual reading)."""
    if not frame.retriever.settings.stand_in_lines or not stand_in_asked(frame):
        return None
    names = asked_names(frame)
    days = _days(frame, names)
    if not days or len(days) > _MOST_MEETINGS:
        return None  # no meeting (the period gates say so), or too many to list: usual reading
    chosen, chunks = _lines(frame, days, names)
    if name_asked(frame.question):  # a name asked: a line naming a person not asked about
        orgs = frame.retriever.orgs
        chosen = [c for c in chosen if names_person(c.quote, orgs, _own(c.quote, names))]
        return _answered(frame, chosen, chunks) if chosen else None
    if not chosen:
        dated = frame.since is not None or frame.until is not None
        level = not frame.asks("absence") and not frame.asks("stand_in")
        return abstain(frame, unstated(days, names)) if dated and not level else None
    return _answered(frame, chosen, chunks)


def presence_answer(frame: Frame) -> Answer | None:
    """Rule ``presence_lines_read``: a question whether someone attended ("Was the Minister of
    VWS present at the LRT of 6 April 2023?", "Did Van Gennip attend ...?") whose meetings'
    attendee lists do not name them (rule attendance_org_listed would refuse it, ``not_listed``)
    is answered by the lines of those meetings that name them as absent, replaced or represented
    ("De Ministers van VWS en voor PVO en VRO zijn verhinderd", "Mw. Van Gennip kan niet
    aanwezig zijn en wordt vervangen door DGSZI"); None when no such line names them (the
    refusal stands) or the rule is off."""
    # Not "What did X say on ..." (X absent is no answer: not_listed stands), nor who replaced
    # whom (rule stand_in_lines has read it).
    settings = frame.retriever.settings
    if not settings.presence_lines_read or not frame.attendance or stand_in_asked(frame):
        return None
    chosen, chunks = presence_lines(frame)
    return _answered(frame, chosen, chunks) if chosen else None


def presence_lines(frame: Frame) -> tuple[list[Citation], list[Chunk]]:
    """The lines of the question's meetings naming whom it names (a name, or the body an
    office's words name: "the Minister of VWS" -> "VWS"), and their chunks; none when it names
    no one or dates no meeting (or over :data:`_MOST_MEETINGS`)."""
    names = presence_names(asked_names(frame), frame.retriever.orgs)
    days = _days(frame, names) if names else []
    if not days or len(days) > _MOST_MEETINGS:
        return [], []
    return _lines(frame, days, names)


def presence_names(names: list[str], orgs: OrgTable) -> list[str]:
    """``names`` and the code of each body their words name ("the Minister of VWS" -> "VWS"),
    each once: a line names the ministry ("De Ministers van VWS ... zijn verhinderd")."""
    return names + list(
        dict.fromkeys(m.code for n in names for m in orgs.query_mentions(n) if m.code not in names)
    )


def _own(line: str, names: list[str]) -> list[str]:
    """``names`` with the longer forms ``line`` writes them in (a name read as "Jonge" is
    "De Jonge" in "Dhr. De Jonge kan niet ..."): the question's own people, not the one asked."""
    own = list(names)
    for name in names:
        for m in re.finditer(rf"((?:\S+\s+){{0,2}}){re.escape(name)}\b", line):
            before = m.group(1).split()
            own += [" ".join([*before[i:], name]) for i in range(len(before))]
    return own


def _answered(frame: Frame, chosen: list[Citation], chunks: list[Chunk]) -> Answer:
    """The lines ``chosen`` quoted (settled: the minutes say it), with their chunks as hits."""
    frame.hits = [Hit(c, 1.0, i + 1) for i, c in enumerate(chunks)]
    dates = ", ".join(sorted({c.meeting_date.isoformat() for c in chosen}))
    frame.notes.append(f"stand-in lines: {dates}")
    return settled_answer(frame, chosen)


def _days(frame: Frame, names: list[str]) -> list[int]:
    """The meeting days (ordinals) to read: those of the question's period, or for a question
    without a date one naming someone, the days whose stored statements of absence name them."""
    if frame.since is not None or frame.until is not None:
        days = MeetingCheck(frame.retriever).days_in(frame.since, frame.until)
        return [d.toordinal() for d in days]
    stored = frame.retriever.chunks.facts.absence_lines(None, None) if names else None
    return sorted({day for day, line in stored or [] if names_in(frame, line, names)})


def _lines(frame: Frame, days: list[int], names: list[str]) -> tuple[list[Citation], list[Chunk]]:
    """The stand-in lines of the meetings on ``days`` naming one of ``names`` (any, when none
    is named), in chunk order, and the chunks they stand in: each meeting's header and the
    chunk after it (its opening item), no other chunk decoded."""
    from ..ingest.speakers import is_attendance  # on use: its patterns are the ingest path's

    retriever = frame.retriever
    headers = np.asarray(retriever.chunks.rows_of_kind("header"), dtype=np.int64)
    headers = headers[np.isin(np.asarray(retriever.chunks.dates)[headers], np.asarray(days))]
    rows = sorted(
        {int(r) + i for r in headers for i in (0, 1) if int(r) + i < len(retriever.chunks)}
    )
    chosen: list[Citation] = []
    held: list[Chunk] = []
    wanted = set(days)
    orgs = retriever.orgs  # the entries of the bodies named lead (attendance.attendee_citations)
    codes = {c for n in names if (code := orgs.resolve(n)) for c in orgs.expand(code)}
    for chunk in (retriever.chunks[r] for r in rows):
        if chunk.meeting_date.toordinal() not in wanted:
            continue  # the next meeting's header after a meeting of a header alone
        if chunk.kind == "header":  # the "Afwezig" list (the label the question "afwezig" asks)
            found = attendee_citations(retriever, chunk, codes, "afwezig", None, 0.0)
        else:
            found = [
                citation_of(chunk, s)
                for s in chunk.statements
                if s.kind != "note" and (is_attendance(s.text) or states_absence(s.text))
            ]
        found = [c for c in found if not names or names_in(frame, c.quote, names)]
        chosen += found
        held += [chunk] if found else []
    return chosen, held
