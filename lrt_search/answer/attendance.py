"""Attendance answers: quote the attendee lists of a meeting's header chunk, and map the people
on those lists to their organisation ("Faber" -> AenM)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..index.facts import ENTRY, attendee_lists, corpus_facts
from ..lexicon.intents import pattern
from ..lexicon.wordlists import word_set
from ..models import Chunk, cite
from ..results import Citation
from .messages import Reason

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable
    from ..search.retriever import Retriever
    from .frame import Frame

_ABSENT = pattern("absent")
#: The citation's label of each list, in the citations' own language (English; the Dutch
#: output says "aanwezig" / "afwezig" again: ``interfaces.messages.citation_text``).
_LABELS = {"aanwezig": "present", "afwezig": "absent"}


def people_orgs(retriever: Retriever) -> dict[str, str]:
    """``{surname (lower case): organisation code}`` from the attendee lists of the header
    chunks ("Mw. Faber (AenM, voorzitter)" -> ``{"faber": "AenM"}``), read from the index's
    corpus facts (each distinct entry once: the first of a surname whose organisation resolves
    wins, as it would over every entry in chunk order)."""
    cached = getattr(retriever, "_people_orgs", None)
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    codes: dict[str, str | None] = {}  # each organisation as written resolved once
    for surname, org in corpus_facts(retriever.chunks).attendee_orgs():
        if surname in out:
            continue
        code = codes[org] = codes[org] if org in codes else retriever.orgs.resolve(org)
        if code:
            out[surname] = code
    retriever._people_orgs = out  # type: ignore[attr-defined]
    return out


def attendee_citations(
    retriever: Retriever,
    chunk: Chunk,
    codes: set[str],
    question: str,
    dense: float | None,
    rank_bonus: float,
) -> list[Citation]:
    """Quote the attendee list (or the entries of the asked organisation) of a header chunk."""
    out = []
    base = (dense or 0.0) + rank_bonus + retriever.settings.answer_lexical_weight
    wanted = ("Afwezig",) if _ABSENT.search(question) else ("Aanwezig", "Afwezig")
    for label, people in attendee_lists(chunk.text):
        if label.capitalize() not in wanted:
            continue
        names = None
        if codes:
            entries = [
                m.group(0).strip(" ,.")
                for m in ENTRY.finditer(people)
                if retriever.orgs.resolve(m.group(0).split("(", 1)[-1].split(")")[0].split(",")[0])
                in codes
            ]
            entries = [e for e in entries if e and not e.startswith("(")] or entries
            if not entries:
                continue
            names = "; ".join(entries)
        # The quote is the whole list as written (the evidence); the entries asked for lead.
        out.append(
            Citation(
                chunk.chunk_id,
                chunk.meeting_date,
                "header",
                cite(chunk.meeting_date, _LABELS[label.lower()], chunk.span),
                people,
                names,
                base,
                chunk.span,
                source=chunk.source,
                kind="attendees",
            )
        )
    return out


def with_chair_named(citation: Citation) -> Citation:
    """An attendee list quoted for a chair question narrowed to the entry that names the chair
    ("Mw. Faber (AenM, voorzitter)", verbatim, so rule ``header_line_spans`` cites its own line):
    the answer is that person, not the twelve names around it (and no speaker: the entry says
    nothing). Two entries marked "voorzitter" keep the whole list, led by both."""
    if citation.kind != "attendees" or citation.speaker:
        return citation
    chairs = [
        m.group(0).strip(" ,.")
        for m in ENTRY.finditer(citation.quote)
        if "voorzitter" in m.group(0).lower()
    ]
    if len(chairs) == 1:
        return dataclasses.replace(citation, quote=chairs[0])
    return dataclasses.replace(citation, speaker="; ".join(chairs)) if chairs else citation


def not_listed(frame: Frame) -> Reason | None:
    """Rule ``attendance_org_listed``: who attended for an organisation ("Wie vertegenwoordigde
    Nidos op 10 november 2023?") is answered by the attendee lists of the meetings asked about
    only; when none of their entries is of that organisation, the question assumes what the
    minutes do not say, and no statement of the discussion answers it instead."""
    parsed = frame.parsed
    if parsed is None or not frame.header_answers or parsed.asks("chair"):
        return None
    orgs = frame.retriever.orgs
    # The organisation asked about, also when no statement of it made the search drop it, or
    # when it is not read as a speaker ("Who was there for Nidos at the meeting?").
    names = (
        list(frame.orgs)
        or list(parsed.speaker)
        or _office(frame)  # rule office_names_read: "the Prime Minister", "de commissaris ..."
        or [n for n, kind in parsed.names if kind == "organisation"]
    )
    article_free = frame.retriever.settings.listed_names_article_free
    codes = {c for n in names for c in orgs.expand(_resolved(orgs, n, article_free) or n)}
    if not codes:
        return None
    headers = [h.chunk for h in frame.hits if h.chunk.kind == "header"]
    for chunk in headers:
        for _, people in attendee_lists(chunk.text):
            for m in ENTRY.finditer(people):
                written = m.group(0).split("(", 1)[-1].split(")")[0].split(",")[0]
                if orgs.resolve(written) in codes:
                    return None
    dates = sorted({c.meeting_date.isoformat() for c in headers})
    return Reason("not_listed", {"names": sorted(names), "dates": dates})


def _resolved(orgs: OrgTable, name: str, article_free: bool) -> str | None:
    """The code of the organisation ``name`` names; rule ``listed_names_article_free``: also
    written with its article ("de commissaris van de koning", "het COA", "the IPO")."""
    code = orgs.resolve(name)
    words = name.split(maxsplit=1)
    if code is not None or not article_free or len(words) != 2:
        return code
    return (
        orgs.resolve(words[1])
        if words[0].lower() in word_set("function_words", "articles")
        else None
    )


def _office(frame: Frame) -> list[str]:
    """Rule ``office_names_read``: the office the question asks about - its body's code when
    the alias table has one ("de commissaris van de Koning": CdK), else as written ("Prime
    Minister": no body "MP"; "burgemeester van Zwolle")."""
    parsed = frame.parsed
    settings = frame.retriever.settings
    if parsed is None or not parsed.office or not settings.office_names_read:
        return []
    code = parsed.office_code
    return [code] if frame.retriever.orgs.resolve(code) is not None else [parsed.office]
