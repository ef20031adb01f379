"""Rule ``office_of_period``: an office whose holder changes with the cabinet resolves, per
period, to the body that held it in that period's meetings.

"The housing minister" is MVRO in the 2025 meeting but sat at the table as MBZK (De Jonge) in
November 2023; asylum was the state secretary's (SJenV) in 2022-2023 and the minister's (MAenM)
in 2025. The alias table reads an office phrase as one body, so "What did the housing minister
say in November 2023 ...?" searched MVRO, who made no statement then. An office phrase of a
question's speaker (lexicon/data/roles.toml ``offices``: an office title and a portfolio word)
is read here as its portfolio: in each meeting of the question's period the first of its
``holders`` present there (the "Aanwezig" list of the index's corpus facts, or a speaker of a
statement) holds it. When no meeting of the period has a holder present, the question abstains
saying so (reason ``office_unheld``, naming the office and the period).

Rule ``office_holders_per_meeting``: where more than one body held the office (with no period,
or a period of two holders), the reading holds each holder with the meetings it held it in
(``ParsedQuestion.speaker_meetings``): the search keeps a holder's passages only in those
meetings, a statement speaks for the office only at its holder's meeting (:func:`codes_at`),
and a reason names each holder with its meetings. With no period, the holders of the title of
the phrase's own body (roles.toml ``titles``: "the asylum minister" is MAenM, "the housing
minister" MBZK and MVRO).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from ..index.analysis import words as word_list
from ..index.facts import corpus_facts
from ..lazyre import lazy
from ..lexicon.wordlists import mapping, words
from ..notes import keyed, note
from ..search.parsed import ParsedQuestion, with_speaker

if TYPE_CHECKING:
    from ..search.query import QueryScope
    from ..search.retriever import Retriever
    from .evidence import Asked

#: Rule office_holders_per_meeting: (holder code, the meetings it held the office in: ordinals).
Meetings = tuple[tuple[str, frozenset[int]], ...]
_OFFICES: dict[str, dict[str, Any]] = dict(mapping("roles", "offices"))
_TITLES = tuple(words("roles", "office_titles"))
_LISTED = lazy(r"\(([^()]*)\)")


def office_named(phrase: str, code: str) -> str | None:
    """The office of roles.toml ``offices`` that the speaker words ``phrase`` (read as
    ``code``) name: they hold a word ending in an office title ("minister", "asielminister";
    not "ministerie") and a portfolio word of an office ``code`` holds; else None."""
    low = phrase.lower()
    if not any(w.endswith(_TITLES) for w in word_list(low)):
        return None
    for name, office in _OFFICES.items():
        if code in office["holders"] and any(p in low for p in office["portfolio"]):
            return name
    return None


def bodies_present(retriever: Retriever) -> dict[int, frozenset[str]]:
    """Meeting day (ordinal) -> the organisations present: those of its "Aanwezig" list and
    the offices' holders that speak in it (a chunk store's speaker rows and chunk dates, so
    no chunk is decoded: session 23 task A3; other chunk lists: every chunk's speakers)."""
    cached = getattr(retriever, "_bodies_present", None)
    if cached is not None:
        return cached
    out: dict[int, set[str]] = {}
    for day, people in corpus_facts(retriever.chunks).present_lists(None, None) or []:
        for m in _LISTED.finditer(people):
            code = retriever.orgs.resolve(m.group(1).split(",")[0].strip())
            if code:
                out.setdefault(day, set()).add(code)
    chunks = retriever.chunks
    if hasattr(chunks, "rows_spoken_by") and hasattr(chunks, "dates"):
        for code in sorted({h for office in _OFFICES.values() for h in office["holders"]}):
            for day in set(chunks.dates[chunks.rows_spoken_by([code])].tolist()):
                out.setdefault(int(day), set()).add(code)
    else:
        for chunk in chunks:
            out.setdefault(chunk.meeting_date.toordinal(), set()).update(chunk.speakers)
    present = {day: frozenset(codes) for day, codes in out.items()}
    retriever._bodies_present = present  # type: ignore[attr-defined]
    return present


def held_meetings(
    retriever: Retriever, office: str, low: int | None, high: int | None
) -> dict[str, frozenset[int]]:
    """Each holder of ``office`` in the meetings from day ``low`` to ``high`` (ordinals; None:
    unbounded), with the meetings it holds the office in: per meeting, the first of its
    ``holders`` present there; holders in the order of their first meeting."""
    found: dict[str, set[int]] = {}
    for day, present in sorted(bodies_present(retriever).items()):
        if (low is not None and day < low) or (high is not None and day > high):
            continue
        held = next((h for h in _OFFICES[office]["holders"] if h in present), None)
        if held:
            found.setdefault(held, set()).add(day)
    return {code: frozenset(days) for code, days in found.items()}


def holders_in(retriever: Retriever, office: str, low: int | None, high: int | None) -> list[str]:
    """The holders of ``office`` in the meetings from day ``low`` to ``high`` (ordinals; None:
    unbounded): per meeting, the first of its ``holders`` present there."""
    return list(held_meetings(retriever, office, low, high))


def _titled(held: dict[str, frozenset[int]], office: str, code: str) -> dict[str, frozenset[int]]:
    """Of the holders of ``office`` in ``held``, those of the title of ``code`` (the body the
    alias table reads the phrase as; roles.toml ``titles``), when one is among them."""
    titles = _OFFICES[office].get("titles", {})
    own = {c: days for c, days in held.items() if titles.get(c) == titles.get(code)}
    return own or held


def codes_at(codes: frozenset[str], meetings: Meetings, day: dt.date) -> frozenset[str]:
    """Rule ``office_holders_per_meeting``: of the asked speaker's ``codes``, those that speak
    for it in the meeting of ``day``: a holder of the office only in the meetings it held it
    in (``meetings``: :attr:`ParsedQuestion.speaker_meetings`; empty: every code)."""
    if not meetings:
        return codes
    held = dict(meetings)
    return frozenset(c for c in codes if c not in held or day.toordinal() in held[c])


def held_dates(meetings: Meetings) -> dict[str, list[str]]:
    """``meetings`` as the parameter ``held`` of a reason: code -> its meetings' dates."""
    return {
        code: [dt.date.fromordinal(d).isoformat() for d in sorted(days)] for code, days in meetings
    }


def office_scope(
    retriever: Retriever, parsed: ParsedQuestion, scope: QueryScope
) -> tuple[list[str], ParsedQuestion, str] | None:
    """Rule ``office_of_period``: the speaker codes, reading and note of a question whose
    speaker is an office of roles.toml ``offices``, or None when it names none (or no period).
    With no holder in the period, no codes and ``office_unheld`` read. Rule
    ``office_holders_per_meeting``: with no period too, and where more than one body held the
    office, the reading holds each with the meetings it held it in (``speaker_meetings``)."""
    settings = retriever.settings
    if not settings.office_of_period or len(parsed.speaker) != 1:
        return None
    phrase = " ".join(parsed.speaker_words)
    office = office_named(phrase, parsed.speaker[0])
    dated = parsed.period_scope == "meeting"
    if office is None or not (dated or settings.office_holders_per_meeting):
        return None
    low = scope.since.toordinal() if dated and scope.since else None
    high = scope.until.toordinal() if dated and scope.until else None
    held = held_meetings(retriever, office, low, high)
    paired = settings.office_holders_per_meeting and len(held) > 1
    if not dated:  # rule office_holders_per_meeting: the holders of the phrase's own title
        held = _titled(held, office, parsed.speaker[0])
    codes = list(held)
    if not codes and dated:
        read = dataclasses.replace(parsed, office_unheld=phrase)
        return [], read, keyed("speaker", note("office_unheld", office=phrase))
    if not dated and (not paired and codes in ([], list(parsed.speaker))):
        return None  # one holder, the alias table's body
    read = with_speaker(parsed, tuple(codes), phrase)
    listed = ", ".join(codes)
    if paired:
        read = dataclasses.replace(read, speaker_meetings=tuple(held.items()))
        dates = held_dates(read.speaker_meetings)
        listed = "; ".join(f"{c} ({', '.join(dates[c])})" for c in codes)
    return codes, read, keyed("speaker", note("office_holder", office=phrase, codes=listed))


def gate_office_unheld(asked: Asked) -> dict[str, Any] | None:
    """Rule ``office_of_period``: no meeting of the question's period has a holder of the
    office asked as the speaker present."""
    phrase = asked.reading.office_unheld
    if not phrase:
        return None
    office = office_named(phrase, asked.reading.speaker[0]) if asked.reading.speaker else None
    holders = _OFFICES[office]["holders"] if office else []
    period = " to ".join(d.isoformat() for d in (asked.since, asked.until) if d)
    if asked.since and asked.since == asked.until:
        period = asked.since.isoformat()
    return {"names": [phrase], "words": list(holders), "period": period}
