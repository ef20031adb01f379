"""Rule ``agenda_structure`` (issue 16, session 24 task E2): a question about a meeting's
structure is answered by the lines of the minutes that give it, which are no statements:

- an item by number or position ("Wat was agendapunt 4 van 8 juli 2022?", "What was item 2
  ... about?", "Which item closed the meeting of 19 March 2025?", "het laatste agendapunt",
  "the second item"): the item's heading as written ("3. Taakstelling 2025-II"), cited by its
  lines; a heading of several items ("2-4": "2. ... 3. ... 4. ...") answers each of them, and
  item 2 of a meeting with items 2a and 2b is both;
- its annex ("Welke bijlage hoorde bij agendapunt 2", "Which annex went with the first item"):
  the item's "Bijlage: ..." line (a note of the item); without an item named, every annex
  line of the meeting;
- the items taken together ("Welke agendapunten zijn gezamenlijk behandeld?"): the note of an
  item that joins several ("(Agendapunten 2, 3 en 4 zijn in gezamenlijkheid toegelicht)");
- the agenda of a meeting ("What was on the agenda of 10 November 2023?", "Welke agendapunten
  stonden ..."): every item's heading;
- under which item a topic was discussed ("Onder welk agendapunt werd X besproken?"): the
  statements found as for any question, each item's heading quoted before its first statement
  (:func:`with_headings`).

The intents are ``agenda_*`` of ``lexicon/data/intents.toml``. A question with a speaker or a
word of speech, or one about what was said or decided under an item ("What did the VNG ask
under item 2 about Budel?", intent ``agenda_under``) is no such question: its statements answer.
The meetings are those of the question's period (read from the item chunks' kind and date
columns), else the most recent one (the note says so). A meeting without the item asked for
abstains with ``agenda_lacks`` naming the items it has ("the minutes of 2022-07-08 have items
1, 2, 3, 4, 5; no item 7"); so does an item named without an annex line, and a period whose
meetings join no items. An annex asked for without an item named, and with no annex line in
the meetings, is left to the ordinary path (an enclosure may be named in a statement).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from ..errors import LrtError
from ..lexicon.intents import asks, pattern
from ..lexicon.numbers import ordinals
from ..models import Chunk, Span, Statement, cite
from ..results import Answer, Citation, Hit
from .evidence import Asked
from .gates import gate_no_meeting
from .messages import Reason
from .selection import settled_answer

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever
    from .frame import Frame

AgendaKind = Literal["item", "annex", "together", "listing", "under"]
#: At most this many lines are quoted for one question; a heading has at most this many lines.
MAX_LINES, HEADING_LINES = 40, 4


@dataclass(frozen=True)
class AgendaAsk:
    """What a structure question asks: ``kind``, and the item by ``number`` ("3", "2a") or
    ``position`` ("first", "last"), when it names one."""

    kind: AgendaKind
    number: str = ""
    position: str = ""

    @property
    def named(self) -> str:
        """The item as the question names it ("7", "first"), or ""."""
        return self.number or self.position


@dataclass(frozen=True)
class AgendaItem:
    """An agenda item of a meeting as the index holds it: its first passage and the notes
    ("Bijlage: ...", "(Agendapunten 2, 3 en 4 ...)") of all its passages."""

    chunk: Chunk
    notes: tuple[Statement, ...]

    @property
    def label(self) -> str:
        """Its number ("2-4"), or its title when unnumbered ("Spreidingswet")."""
        return self.chunk.item_number or self.chunk.item_title


def item_ref(question: str, main: bool = True) -> tuple[str, str]:
    """(number, position) of the item ``question`` names: "agendapunt 4" -> ("4", ""), "het
    laatste agendapunt" / "which item closed" -> ("", "last"), "the second item" -> ("2", "");
    ``main``: rule ``main_clause_intent``."""
    m = pattern("agenda_item_number").search(question)
    if m:
        return re.sub(r"\s", "", m.group("number")).lower(), ""
    if asks("agenda_item_closing", question, main):
        return "", "last"
    if asks("agenda_item_opening", question, main):
        return "", "first"
    for m in pattern("agenda_item_position").finditer(question):
        if m.group("joined"):
            return "", "first" if m.group("joined").lower().startswith("opening") else "last"
        word = m.group("position").lower()
        if asks("meeting_last", word):
            return "", "last"
        if asks("meeting_first", word):
            return "", "first"
        if word in ordinals():
            return str(ordinals()[word]), ""
    return "", ""


def agenda_asked(parsed: ParsedQuestion | None, main: bool = True) -> AgendaAsk | None:
    """The structure ``parsed``'s question asks for, or None (see the module); ``main``: rule
    ``main_clause_intent``."""
    if parsed is None:
        return None
    q = parsed.text
    if asks("agenda_which_heading", q, main):
        return AgendaAsk("under")
    if parsed.speaker or parsed.speech:
        return None
    if parsed.since is None and parsed.until is None and not asks("agenda_context", q):
        return None  # "Wat was punt 3 van het pakket?": no agenda item
    if parsed.asks("quantity") or not asks("agenda_item_asked", q, main):
        return None
    number, position = item_ref(q, main)
    if asks("agenda_together", q, main) and not (number or position):
        return AgendaAsk("together")
    if asks("agenda_annex", q, main):
        return AgendaAsk("annex", number, position)
    if (number or position) and not asks("agenda_under", q):
        return AgendaAsk("item", number, position)
    return AgendaAsk("listing") if asks("agenda_list", q, main) else None


def meeting_dates(
    retriever: Retriever, since: dt.date | None, until: dt.date | None
) -> list[dt.date]:
    """The dates of the meetings of the period that have agenda items (from the chunk store's
    kind and date columns), oldest first; without a period the most recent one."""
    rows = np.asarray(retriever.chunks.rows_of_kind("item"), dtype=np.int64)
    days = np.unique(np.asarray(retriever.chunks.dates)[rows])
    if since is not None:
        days = days[days >= since.toordinal()]
    if until is not None:
        days = days[days <= until.toordinal()]
    if since is None and until is None:
        days = days[-1:]
    return [dt.date.fromordinal(int(d)) for d in days]


def meeting_items(retriever: Retriever, date: dt.date) -> list[AgendaItem]:
    """The agenda items of the meeting of ``date``, in the order of the minutes."""
    rows = np.asarray(retriever.chunks.rows_of_kind("item"), dtype=np.int64)
    rows = rows[np.asarray(retriever.chunks.dates)[rows] == date.toordinal()]
    chunks = sorted((retriever.chunks[int(r)] for r in rows), key=lambda c: c.span.line_start)
    items: dict[tuple[str | None, str], list[Chunk]] = {}
    for chunk in chunks:
        items.setdefault((chunk.item_number, chunk.item_title), []).append(chunk)
    return [
        AgendaItem(parts[0], tuple(s for p in parts for s in p.statements if s.kind == "note"))
        for parts in items.values()
    ]


def numbered(number: str, item_number: str | None) -> bool:
    """Whether an item numbered ``item_number`` ("3", "2-4", "2a") is item ``number``: the
    same, within a range, or a lettered part of it (item 2 of 2a and 2b)."""
    if not item_number:
        return False
    own = item_number.lower()
    if own == number:
        return True
    low, _, high = own.partition("-")
    if high and low.isdigit() and high.isdigit() and number.isdigit():
        return int(low) <= int(number) <= int(high)
    return number.isdigit() and own[:-1] == number and own[-1:].isalpha()


def chosen_items(ask: AgendaAsk, items: list[AgendaItem]) -> list[AgendaItem]:
    """The items of one meeting ``ask`` names (every item when it names none)."""
    if ask.position == "first":
        return items[:1]
    if ask.position == "last":
        return items[-1:]
    if ask.number:
        return [i for i in items if numbered(ask.number, i.chunk.item_number)]
    return items


def _lines(settings: Settings, source: str) -> tuple[str, ...]:
    """The lines of minutes file ``source`` as citations number them, or () when unreadable."""
    path = Path(settings.corpus_dir) / source
    if not source or not path.is_file() or path.is_symlink():
        return ()
    stat = path.stat()
    return _read_lines(str(path), stat.st_mtime_ns, stat.st_size, settings)


@lru_cache(maxsize=8)
def _read_lines(path: str, mtime_ns: int, size: int, settings: Settings) -> tuple[str, ...]:
    """The cited lines of the file at ``path`` as it is now (its modification time and size are
    the key): read once for all the headings of an answer, not once per item (a PDF's lines
    come with the OCR of its scanned pages)."""
    from ..ingest.corpus import cited_lines  # off the query path of every other answer

    try:
        return tuple(cited_lines(path, settings).lines)
    except LrtError:
        return ()


def _citation(chunk: Chunk, text: str, span: Span, kind: str) -> Citation:
    return Citation(
        chunk.chunk_id, chunk.meeting_date, chunk.item, cite(chunk.meeting_date, chunk.item, span),
        text, None, 1.0, span, 1.0, source=chunk.source, kind=kind,
    )  # fmt: skip


def heading(settings: Settings, chunk: Chunk) -> Citation:
    """The heading of the item whose first passage is ``chunk``, quoted as the minutes write
    it (its non-blank lines from the passage's first line, before its first statement), cited
    by its lines; the passage's first line when the file cannot be read."""
    lines, start = _lines(settings, chunk.source), chunk.span.line_start
    stop = min([s.span.line_start for s in chunk.statements] + [start + HEADING_LINES])
    run: list[str] = []
    for number in range(start, min(stop, len(lines) + 1)):
        if not lines[number - 1].strip():
            break
        run.append(lines[number - 1].strip())
    if not run:
        return _citation(chunk, chunk.text.split("\n")[0], Span(start, start), "heading")
    span = Span(start, start + len(run) - 1, chunk.span.page_start, chunk.span.page_start)
    return _citation(chunk, " ".join(run), span, "heading")


def _note(item: AgendaItem, note: Statement) -> Citation:
    return _citation(item.chunk, note.text, note.span, "note")


def _annexes(item: AgendaItem) -> list[Statement]:
    return [s for s in item.notes if pattern("agenda_annex").match(s.text.strip())]


def _quotes(
    settings: Settings, ask: AgendaAsk, items: list[AgendaItem]
) -> tuple[list[Citation], bool]:
    """The quotes of one meeting and whether it has the item named."""
    named = chosen_items(ask, items)
    if ask.kind == "together":
        joined = [i for i in items if "-" in (i.chunk.item_number or "")]
        notes = [_note(i, n) for i in joined for n in i.notes if n not in _annexes(i)]
        return notes or [heading(settings, i.chunk) for i in joined], True
    if ask.kind == "annex":
        return [_note(i, n) for i in named for n in _annexes(i)], bool(named)
    return [heading(settings, i.chunk) for i in named], bool(named)


def _lacks(ask: AgendaAsk, per_date: dict[dt.date, list[AgendaItem]], found: bool) -> Reason:
    """Reason ``agenda_lacks``: the meetings' items and what none of them has."""
    labels = list(dict.fromkeys(i.label for items in per_date.values() for i in items))
    what = ask.kind if found or ask.kind == "together" else "item"
    named = ask.named
    if ask.kind == "annex" and ask.position and found:
        named = ", ".join(i.label for items in per_date.values() for i in chosen_items(ask, items))
    dates = [d.isoformat() for d in per_date]
    return Reason("agenda_lacks", {"what": what, "item": named, "items": labels, "dates": dates})


def agenda_answer(frame: Frame, abstain: Callable[[Frame, Reason], Answer]) -> Answer | None:
    """The answer of a structure question (see the module), or None when the question is none
    or rule ``agenda_structure`` is off; ``abstain`` with ``no_meeting`` or ``agenda_lacks``."""
    retriever = frame.retriever
    ask = (
        agenda_asked(frame.parsed, frame.main_clause)
        if retriever.settings.agenda_structure
        else None
    )
    if ask is None or ask.kind == "under":
        return None  # "under which item was X discussed": the statements, with their heading
    since, until = frame.since, frame.until = _period(frame)  # the meetings asked about
    if params := gate_no_meeting(Asked(retriever, frame.question, frame.scope, since, until)):
        return abstain(frame, Reason("no_meeting", params))
    per_date = {d: meeting_items(retriever, d) for d in meeting_dates(retriever, since, until)}
    chosen: list[Citation] = []
    found = False
    for items in per_date.values():
        quotes, has = _quotes(retriever.settings, ask, items)
        chosen += quotes
        found = found or has
    frame.hits = [Hit(i.chunk, 1.0, n + 1) for n, i in enumerate(_flat(per_date))][:3]
    if not per_date or (not chosen and ask.kind == "annex" and not ask.named):
        return None  # an enclosure may be named in a statement: the ordinary path reads them
    dates = ", ".join(d.isoformat() for d in per_date)
    named = since is not None or until is not None
    frame.notes.append(("agenda: " if named else "agenda of the most recent meeting: ") + dates)
    if not chosen:
        return abstain(frame, _lacks(ask, per_date, found))
    return settled_answer(frame, chosen[:MAX_LINES])


def _period(frame: Frame) -> tuple[dt.date | None, dt.date | None]:
    """The period of the meetings asked about: the frame's, else the meeting period the
    question was read to name (a day without a meeting is dropped from the frame's search)."""
    parsed = frame.parsed
    if frame.since is None and frame.until is None and parsed and parsed.period_scope == "meeting":
        return parsed.since, parsed.until
    return frame.since, frame.until


def _flat(per_date: dict[dt.date, list[AgendaItem]]) -> list[AgendaItem]:
    return [i for items in per_date.values() for i in items]


def first_part(retriever: Retriever, chunk: Chunk) -> Chunk:
    """The first passage of ``chunk``'s agenda item (the one that holds its heading)."""
    row = retriever.chunks.row_of(chunk.chunk_id)
    while chunk.part > 1 and row > 0:
        row -= 1
        previous = retriever.chunks[row]
        if previous.meeting_date != chunk.meeting_date or previous.item != chunk.item:
            break
        chunk = previous
    return chunk


def with_headings(frame: Frame, chosen: list[Citation]) -> list[Citation]:
    """``chosen`` with the heading of each quoted item before its first quote, for a question
    asking under which item a topic was discussed (rule ``agenda_structure``)."""
    retriever = frame.retriever
    if not retriever.settings.agenda_structure or not chosen:
        return chosen
    ask = agenda_asked(frame.parsed, frame.main_clause)
    if ask is None or ask.kind != "under":
        return chosen
    out: list[Citation] = []
    seen: set[tuple[dt.date, str]] = set()
    for c in chosen:
        key = (c.meeting_date, c.item)
        if c.kind not in ("header", "attendees", "heading") and key not in seen:
            seen.add(key)
            chunk = first_part(retriever, retriever.chunks[retriever.chunks.row_of(c.chunk_id)])
            out.append(heading(retriever.settings, chunk))
        out.append(c)
    return out
