"""Roles named as the speaker of a question, where the minutes write a person or an office.

Rule ``role_speaker``: "What did the chair say about the spreidingswet?" / "Wat zei de
voorzitter over ...?" (:func:`~lrt_search.search.role_words.chair_span`) asks what the chair
said: per meeting, the attendee its list marks "voorzitter" ("Mw. Faber (AenM, voorzitter)"),
whose statements the minutes give to that attendee's organisation (MAenM) or to "de
voorzitter" (ingest.people). The question searches that organisation's statements in the
meetings whose list marks it the chair; when no list of the question's period marks a chair,
it abstains saying so (reason ``chair_unrecorded``), never from another meeting.

Rule ``role_word_known``: a speaker phrase made of a role word of an English question ("the
chair", "the commissioner") is no name the minutes lack when the Dutch word the minutes write
for it occurs (lexicon/data/roles.toml ``dutch_forms``: "voorzitter", "commissaris").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from ..index.facts import ENTRY
from ..lexicon.wordlists import word_set, words
from ..notes import keyed, note
from ..search.parsed import ParsedQuestion, with_speaker
from ..search.query import QueryScope
from ..search.role_words import dutch_role_forms
from .meeting_headers import header_rows
from .reason_period import period_text

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .evidence import Asked

_ARTICLES = word_set("function_words", "articles")


def meeting_chairs(retriever: Retriever) -> list[tuple[dt.date, str]]:
    """``(meeting date, organisation code)`` of every attendee an attendee list marks the
    chair ("Mw. Faber (AenM, voorzitter)" on 2025-03-19 -> ``(2025-03-19, "MAenM")``)."""
    cached = getattr(retriever, "_meeting_chairs", None)
    if cached is not None:
        return cached
    chair = tuple(words("roles", "chair"))
    out: list[tuple[dt.date, str]] = []
    for row in header_rows(retriever, None, None):
        chunk = retriever.chunks[row]
        for m in ENTRY.finditer(chunk.text.replace("\n", ", ")):
            inside = m.group(0).partition("(")[2].split(")")[0]
            org, _, role = inside.partition(",")
            code = retriever.orgs.resolve(org.strip())
            if code and any(c in role.lower() for c in chair):
                out.append((chunk.meeting_date, code))
    retriever._meeting_chairs = out  # type: ignore[attr-defined]
    return out


def chair_scope(
    retriever: Retriever, parsed: ParsedQuestion, scope: QueryScope
) -> tuple[list[str], QueryScope, ParsedQuestion, str]:
    """Rule ``role_speaker``: the speaker codes, scope (the meetings whose list marks a chair,
    within the question's period), reading and note of a question asking what the chair said;
    no codes, and ``chair_unrecorded`` read, when no list of the period marks a chair."""
    since, until = scope.since, scope.until
    chairs = [
        (day, code)
        for day, code in meeting_chairs(retriever)
        if (since is None or day >= since) and (until is None or day <= until)
    ]
    if not chairs:
        read = dataclasses.replace(parsed, chair_unrecorded=True)
        return [], scope, read, keyed("speaker", note("chair_unlisted", chair=parsed.chair))
    codes = list(dict.fromkeys(code for _, code in chairs))
    days = sorted({day for day, _ in chairs})
    scope = dataclasses.replace(scope, since=days[0], until=days[-1])
    listed = ", ".join(d.isoformat() for d in days)
    said = keyed("speaker", note("chair_speaker", codes=", ".join(codes), dates=listed))
    return codes, scope, with_speaker(parsed, tuple(codes), parsed.chair), said


def gate_chair_unrecorded(asked: Asked) -> dict[str, Any] | None:
    """Rule ``role_speaker``: the question asks what the chair said and no attendee list of its
    period marks a chair."""
    if not asked.reading.chair_unrecorded:
        return None
    period = period_text(asked.since, asked.until)  # an open period keeps its open end
    return {"period": period}


def dutch_role(phrase: str) -> str | None:
    """The Dutch word the minutes write for the role ``phrase`` names ("the chair" ->
    "voorzitter"), or None when it is no role word of lexicon/data/roles.toml ``dutch_forms``."""
    kept = phrase.lower().split()
    while kept and kept[0] in _ARTICLES:
        kept.pop(0)
    return dutch_role_forms().get(" ".join(kept))
