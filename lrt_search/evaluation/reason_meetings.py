"""The reasons that speak of the meetings (:mod:`.reason_truth`): ``no_meeting`` (the period
it names holds no meeting, and is the period the question was read to ask), ``chair_unrecorded``
and ``no_chair`` (no attendee list of the period marks a chair; for ``no_chair`` no statement
of it names the meeting's chair either)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..answer.next_announced import plans_next
from ..answer.reason_period import period_text
from ..answer.unheld_day import held_on
from ..index.analysis import words
from ..lazyre import lazy
from ..lexicon.dates import MONTHS
from ..lexicon.intents import asks
from ..search.query import is_speech_word_in
from .reason_minutes import Minutes, Said, _holds, _period

#: An attendee list that marks a chair: "(AenM, voorzitter)".
_MARKED = lazy(r"\([^()]*,\s*voorzit", re.I)
#: A chair word that is no chair of another body ("de voorzitter van het VB").
_CHAIR = lazy(
    r"\b(?:voorzitter|voorgezeten|chair(?:ed|man|woman)?)\b"
    r"(?!\s+(?:van|of)\s+(?:de|het|the)\s+(?!LRT|regietafel|vergadering|meeting)\w)",
    re.I,
)


def _first(found: list[str], what: str) -> str | None:
    return f"{what}: {found[0][:160]!r}" if found else None


def no_meeting(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when a meeting falls in the period named, when that period is not the one the
    question was read to ask, or when the day asked is one the minutes write of its year."""
    lo, hi = _period(params["period"])
    inside = sorted({s.date for s in minutes.said if lo <= s.date <= hi})
    inside += sorted({c.meeting_date for c in minutes.headers if lo <= c.meeting_date <= hi})
    if inside:
        return f"meetings in the period: {inside[:1]}"
    if params.get("day"):  # rule unheld_day_written: that day in no year
        same = held_on({c.meeting_date for c in minutes.headers}, str(params["day"]))
        return f"a meeting on that day: {same[:1]}" if same else None
    return period_not_asked(answer, lo, hi) or _day_written(minutes, answer.question, lo, hi)


def period_not_asked(answer: Any, lo: dt.date, hi: dt.date) -> str | None:
    """The period a ``no_meeting``, ``speaker_silent`` or ``chair_unrecorded`` reason names
    (its gate's) is the period of the meetings the question was read to ask (its ``since`` /
    ``until``): "na 1 juli 2025" is "from 2025-07-02 on", never the day "2025-07-02" (an open
    end dropped: true of that day, not of what was asked) nor a period widened."""
    filters = getattr(answer, "filters", None) or {}
    if "since" not in filters and "until" not in filters:
        return None
    since, until = filters.get("since"), filters.get("until")
    asked = (dt.date.fromisoformat(since) if since else dt.date.min,
             dt.date.fromisoformat(until) if until else dt.date.max)  # fmt: skip
    if (lo, hi) == asked:
        return None
    return f"the period named is not the period asked: {period_text(*_open(asked))!r}"


def _open(period: tuple[dt.date, dt.date]) -> tuple[dt.date | None, dt.date | None]:
    lo, hi = period
    return (None if lo == dt.date.min else lo), (None if hi == dt.date.max else hi)


def _day_written(minutes: Minutes, question: str, lo: dt.date, hi: dt.date) -> str | None:
    """A day of no meeting asked without a word of the meetings, of attendance, the chair or
    speech (read as rule ``main_clause_intent`` says), that the minutes write ("17 februari"),
    is the day of something they tell of."""
    if lo != hi or is_speech_word_in(question):
        return None
    main = minutes.engine.settings.main_clause_intent  # as ``ask`` reads the question
    if any(asks(intent, question, main) for intent in ("meeting", "attendance", "chair")):
        return None
    names = [m for m, n in MONTHS.items() if n == lo.month]
    written = [
        f"{lo.day} {m}"
        for m in names
        for chunk, text in zip(minutes.engine.chunks, minutes.texts, strict=True)
        if _day_of_year(text, f"{lo.day} {m}", lo.year, chunk.meeting_date.year)
    ]
    return f"the minutes write the day: {sorted(set(written))}" if written else None


def _day_of_year(text: list[str], day: str, year: int, meeting_year: int) -> bool:
    """Whether the words ``text`` (of minutes of ``meeting_year``) write ``day`` ("17 februari")
    of ``year``: with that year after it, or with no year in minutes of that year (a day and
    month alone are not a day of every year)."""
    seq = words(day)
    n = len(seq)
    for i in range(len(text) - n + 1):
        if text[i : i + n] != seq:
            continue
        after = text[i + n] if i + n < len(text) else ""
        written = int(after) if after.isdigit() and len(after) == 4 else meeting_year
        if written == year:
            return True
    return False


def chair_unrecorded(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when an attendee list of the reason's period marks a chair, or that period is not
    the one asked."""
    lo, hi = _period(str(params.get("period") or ""))
    said = _marked(minutes, lo, hi)
    return _first(said, "an attendee list marks a chair") or period_not_asked(answer, lo, hi)


def no_chair(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when an attendee list of the reason's period marks a chair, or a statement of it
    names the meeting's chair (a chair word not "of" another body: "de voorzitter van het VB"
    is not the meeting's)."""
    lo, hi = _period(str(params.get("period") or ""))
    said = _marked(minutes, lo, hi)
    said += [s.text for s in minutes.said if lo <= s.date <= hi and _CHAIR.search(s.text)]
    return _first(said, "the minutes name a chair")


def _marked(minutes: Minutes, lo: dt.date, hi: dt.date) -> list[str]:
    return [
        h.text for h in minutes.headers if lo <= h.meeting_date <= hi and _MARKED.search(h.text)
    ]


#: Read independently of answer/agenda_structure: a heading line "7. ..." / "2-4. ..." of an
#: item passage, an annex line, a note of items taken together.
_ANNEX = lazy(r"\bbijlage\b", re.I)
_JOINED = lazy(
    r"\bagendapunten\b[^.\n]*\b(?:gezamenlijk\w*|samen)\b|^\s*\d+\s*-\s*\d+\.", re.I | re.M
)


def _heads(number: str, text: str) -> bool:
    """Whether a passage's first line is the heading of item ``number``, itself or in a range."""
    head = text.split("\n")[0].strip().lower()
    m = re.match(r"(\d+)\s*(?:-\s*(\d+))?\s*([a-z]?)\s*\.", head)
    if m is None or not number[:1].isdigit():
        return False
    low, high = int(m.group(1)), int(m.group(2) or m.group(1))
    digits = re.match(r"\d+", number)
    if digits is None:
        return False
    value = int(digits.group())
    return low <= value <= high and (len(number) == len(digits.group()) or number[-1] == m.group(3))


def agenda_lacks(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when a meeting of the dates has the item named (``what`` item), an annex line in
    that item (annex) or items taken together (together)."""
    dates, number, what = set(params["dates"]), str(params.get("item", "")), params["what"]
    chunks = [
        c for c in minutes.engine.chunks
        if c.kind == "item" and c.meeting_date.isoformat() in dates
    ]  # fmt: skip
    if what == "together":
        return _first([c.text for c in chunks if _JOINED.search(c.text)], "items taken together")
    items = {c.item for c in chunks if _heads(number, c.text)} if number[:1].isdigit() else set()
    if what == "item":
        return _first(sorted(items), "the item is in the minutes")
    said = [c.text for c in chunks if c.item in items and _ANNEX.search(c.text)]
    return _first(said, "an annex line of the item")


def meeting_not_held(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule meeting_not_held: no meeting of the minutes is the one named (no header names it;
    none on its day; none after the day a later one follows), and the minutes of ``dates``
    tell of it (its name, its day, or a statement planning the next meeting)."""
    kind, name = params.get("kind"), str(params.get("name") or params["names"][0])
    days = sorted({h.meeting_date for h in minutes.headers})
    if kind in ("named", "body"):
        named = [h.meeting_date for h in minutes.headers if _holds(words(h.text), name)]
        if named:
            return f"a meeting header names it: {named[:1]}"
    elif kind == "day":
        same = [d for d in days if (d.month, d.day) == _day_of(params)[1:]]
        same = [d for d in same if _day_of(params)[0] in (0, d.year)]
        if same:
            return f"a meeting on that day: {same[:1]}"
    elif kind == "next":
        later = [d for d in days if d > dt.date.fromisoformat(str(params["after"]))]
        if later:
            return f"a meeting after it: {later[:1]}"
    for date in params.get("dates") or []:
        said = [s for s in minutes.said if s.date.isoformat() == date]
        if not any(_tells_of(minutes, s, kind, name, params) for s in said):
            return f"the minutes of {date} do not mention it"
    return None


def _day_of(params: dict) -> tuple[int, int, int]:
    """The year (0: none written), month and day of a reason's ``day`` ("2024-12-18", "18
    december")."""
    day = str(params["day"])
    if day[:4].isdigit():
        year, month, number = (int(p) for p in day.split("-"))
        return year, month, number
    written, month_name = day.split()
    return 0, MONTHS[month_name.lower()], int(written)


def _tells_of(minutes: Minutes, said: Said, kind: object, name: str, params: dict) -> bool:
    """Whether statement ``said`` tells of the meeting of a ``meeting_not_held`` reason."""
    if kind == "next":
        return plans_next(said.text) > 0
    if kind == "day":
        _, month, number = _day_of(params)
        return any(_holds(said.words, f"{number} {m}") for m, n in MONTHS.items() if n == month)
    return minutes.holds_name(said.words, name)  # as written or a glossary term of it
