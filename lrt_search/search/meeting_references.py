"""Rule ``meeting_references_read``: a meeting named by a reference that is no plain date, read
as the period of the meetings it selects among the minutes' own meeting days.

- a month, season or year of a meeting, before or after the noun ("the June meeting", "de
  najaarsvergadering van 2023", "de vergadering van maart", "the 2024 meeting", "the meeting
  in March"); without a year it is read in the years of the minutes: the one year whose
  month or season holds a meeting; none of them (the minutes speak of meetings the corpus
  lacks: "the minutes of the December meeting"
  meeting's year) or several ("the spring meeting": 2023 and 2025): not read;
- an ordinal within such a period ("de eerste bijeenkomst van 2025", "the second November
  2023 meeting", "the fourth meeting of 2023": none);
- "the previous meeting" / "de vorige vergadering": the minutes' last meeting (the last one
  held before the question is asked), unless the question names another meeting;
- "since" a meeting ("sinds de vorige vergadering", "since the March meeting"): open from
  that meeting's first day ("after"/"na" a meeting is left to the other readers: "after the
  meeting of 10 November 2023" asks what that meeting planned);
- the meeting before or after an ordinal said alone ("de vergadering vóór de laatste").

Not read (docs/settings.md): periods relative to now ("vorige maand", "last year"), "vorige
keer" / "last time" (intent latest), "all meetings", a meeting named by its topic, "the
meeting before that", a month or season of a meeting without a year that holds no meeting or
one in several years. A day after the noun ("de vergadering van 6 april") is left to the day
readers. Words in lexicon/data/periods.toml (``meeting_nouns``, ``meeting_previous``,
``meeting_own``, ``seasons``, ``since``, ``order_after``, ``order_before``, ``meeting_ordinals``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ..lazyre import lazy
from ..lexicon.dates import MONTHS, ORDINAL_SUFFIX
from ..lexicon.wordlists import longest_alternation as _alt
from ..lexicon.wordlists import mapping, words
from ..notes import note
from .meeting_order import ORDINAL_WORDS, days_between, find_order, nth, ordinal_of
from .periods import month_end

Period = tuple[dt.date | None, dt.date | None, str]
ReadPeriod = Callable[[str], tuple[dt.date | None, dt.date | None, str | None]]
Span = tuple[dt.date, dt.date]
_DAY = dt.timedelta(days=1)

_SEASONS: dict[str, list[int]] = {k.lower(): v for k, v in mapping("periods", "seasons").items()}
# Month names, not their abbreviations ("mar", "jun" are other words too).
_MONTHS = {k: v for k, v in MONTHS.items() if len(k) > 3 or k in ("mei", "may")}
_WORD = _alt([*_MONTHS, *_SEASONS])
_MEET = _alt(words("periods", "meeting_nouns"))
_NOUN = rf"(?:lrt[\s-]*)?(?:{_MEET})(?:en|s)?\b"
_YEAR = r"(?:19|20)\d{2}\b"
_LINK = r"(?:van|of|in|from|uit|tijdens|during)"
# A period before the noun: "maart", "March 2025", "najaar" + "s" + "vergadering", "2024".
_PRE = rf"(?:(?P<w>{_WORD})(?:\s+(?P<y>{_YEAR}))?(?:s?-?|\s+)|(?P<yy>{_YEAR})[\s-]+)"
_AFTER_YEAR = rf"(?:\s+{_LINK}\s+(?:het\s+jaar\s+|the\s+year\s+)?(?P<y2>{_YEAR}))?"
_PRE_NOUN = lazy(rf"\b{_PRE}{_NOUN}{_AFTER_YEAR}", re.I)
# A day right before the month ("the 10 November meeting"): the day readers'.
_DAY_BEFORE = lazy(rf"\b\d{{1,2}}{ORDINAL_SUFFIX}?\s*$", re.I)
# A period after the noun, not a day: "de vergadering van maart (2025)", "the meeting of 2024".
_POST = lazy(
    rf"\b{_NOUN}\s+{_LINK}\s+(?P<ref>(?:(?:de|het|the)\s+)?(?:{_WORD}|{_YEAR})[^?;,]*)", re.I
)
_ORDINAL = lazy(rf"\b(?P<o>{ORDINAL_WORDS})\s+(?=(?:\S+\s+){{0,2}}?\S*?{_NOUN})", re.I)
_PREVIOUS = lazy(
    rf"\b(?:{_alt(words('periods', 'meeting_previous'))})\s+(?:lrt[\s-]*)?(?:{_MEET})\b", re.I
)
_SINCE_WORDS = [w for w in words("periods", "since") if w.lower() != "from"]
# The words that may stand before the noun of a meeting of the LRT ("the extra", "de vorige",
# "the March 2025"): any other makes it another event ("the cabinet meeting").
_OWN = _alt([*words("periods", "meeting_own"), *words("periods", "meeting_previous")])
_MODIFIER = rf"(?:{_OWN}|{ORDINAL_WORDS}|{_WORD}|{_YEAR})"
_FROM = lazy(
    rf"\b(?P<lead>{_alt(_SINCE_WORDS)})\s+(?P<ref>(?:the|de|het)\s+(?:{_MODIFIER}[\s-]+){{0,3}}"
    rf"(?:{_WORD})?s?{_NOUN}[^?;,]*)",
    re.I,
)
# ... and after "after"/"na": left to the other readers (what that meeting planned for after it).
_AFTER = lazy(
    rf"\b(?:{_alt(words('periods', 'after'))})\s+(?:the|de|het)\s+(?:{_MODIFIER}[\s-]+){{0,3}}"
    rf"(?:{_WORD})?s?{_NOUN}",
    re.I,
)
_ORDER_WORDS = [*words("periods", "order_after"), *words("periods", "order_before")]
_BARE_ORDER = lazy(
    rf"\b{_NOUN}\s+(?P<w>{_alt(_ORDER_WORDS)})\s+(?:de|het|the)\s+(?P<o>{ORDINAL_WORDS})\b"
    rf"(?!\s+(?:lrt[\s-]*)?(?:{_MEET}|{_alt(words('periods', 'order_one'))})\b)",
    re.I,
)


#: The codes of the notes of this rule's readings.
NOTE_CODES = frozenset({"reference", "reference_none", "reference_since"})


def names_meeting(period: str | None) -> bool:
    """Whether ``period`` (the note of a period read) is a reference of this rule to meetings:
    it scopes the meetings, never a topic's time ("najaarsvergadering" holds no meeting word)."""
    return getattr(period, "code", "") in NOTE_CODES


def has_reference(text: str) -> bool:
    """Whether ``text`` may name a meeting by a reference of this rule (cheap: before the
    meeting days are looked up)."""
    return any(p.search(text) for p in (_PRE_NOUN, _POST, _PREVIOUS, _FROM, _BARE_ORDER))


def held(
    days: Sequence[dt.date], period: tuple[dt.date | None, dt.date | None, str | None]
) -> list[dt.date]:
    """The meetings of ``days`` in ``period`` (none when it reads no period): a reading of
    this rule that selects the same meetings as the other readers leaves theirs."""
    since, until, what = period
    if not what and since is None and until is None:
        return []
    return days_between(days, since, until)


def _inside(days: Sequence[dt.date], span: Span) -> list[dt.date]:
    """The meetings of ``days`` (sorted) in ``span`` (:func:`.meeting_order.days_between`)."""
    return days_between(days, *span)


def _span_of(word: str, year: int) -> Span:
    """The month or season ``word`` of ``year`` (winter runs into the next year)."""
    w = word.lower()
    if w in _SEASONS:
        first, last = _SEASONS[w]
        end_year = year + 1 if last < first else year
        return dt.date(year, first, 1), month_end(end_year, last)
    month = _MONTHS[w]
    return dt.date(year, month, 1), month_end(year, month)


def _yearless(word: str, days: Sequence[dt.date]) -> Span | None:
    """The month or season ``word`` in the one year of the minutes whose span holds a meeting;
    None when several years do, or none (the minutes speak of meetings the corpus lacks: "the
    minutes of the December meeting", of 18 December 2023, approved in March 2025)."""
    years = sorted({d.year for d in days} | {d.year - 1 for d in days})
    holding = [s for s in (_span_of(word, y) for y in years) if _inside(days, s)]
    return holding[0] if len(holding) == 1 else None


def _worded(word: str, year: str | None, days: Sequence[dt.date], read: ReadPeriod) -> Span | None:
    """The span of a month or season with its year (read as "in <word> <year>"), or without."""
    if year is None:
        return _yearless(word, days)
    since, until, what = read(f"in {word} {year}")
    return (since, until) if what and since and until else None


def _period_span(text: str, days: Sequence[dt.date], read: ReadPeriod) -> tuple[Span, str] | None:
    """The period of a meeting reference by a month, season or year in ``text``, with its
    words as shown: before the noun, else after it."""
    m = next(
        (p for p in _PRE_NOUN.finditer(text) if not _DAY_BEFORE.search(text[: p.start()])), None
    )
    if m:
        year = m.group("y") or m.group("y2")
        if m.group("yy"):
            span: Span | None = (
                dt.date(int(m.group("yy")), 1, 1),
                dt.date(int(m.group("yy")), 12, 31),
            )
        else:
            span = _worded(m.group("w"), year, days, read)
        return (span, m.group(0).strip()) if span else None
    m = _POST.search(text)
    if not m:
        return None
    ref = " ".join(m.group("ref").split()[:5])
    since, until, what = read(f"in {ref}")
    if what and since and until:
        return (since, until), m.group(0)[: m.start("ref") - m.start()] + _shown(ref)
    first = re.sub(r"^(?:de|het|the)\s+", "", ref, flags=re.I).split()[0].lower()
    if first in _MONTHS or first in _SEASONS:
        span = _yearless(first, days)
        return (span, m.group(0)[: m.start("ref") - m.start()] + first) if span else None
    return None


def _shown(ref: str) -> str:
    """The words of ``ref`` up to its year, else its month or season."""
    out = []
    for word in ref.split():
        out.append(word)
        if re.fullmatch(_YEAR, word.strip(".,")):
            return " ".join(out)
    first = [i for i, w in enumerate(out) if w.lower() in _MONTHS or w.lower() in _SEASONS]
    return " ".join(out[: first[0] + 1]) if first else ref


def _selected(words_: str, span: Span, days: Sequence[dt.date]) -> Period:
    inside = _inside(days, span)
    if not inside:
        return span[0], span[1], note("reference_none", words=words_, since=span[0], until=span[1])
    if len(inside) == 1:
        return inside[0], inside[0], note("order", words=words_, day=inside[0])
    return span[0], span[1], note("reference", words=words_, since=span[0], until=span[1])


def _ordinal_in(text: str, days: Sequence[dt.date], read: ReadPeriod) -> Period | None:
    """An ordinal within a period ("de eerste bijeenkomst van 2025", "the second November
    2023 meeting"): that meeting of the period's, or a part of the period without one."""
    m = _ORDINAL.search(text)
    if not m:
        return None
    found = _period_span(text[m.end() :], days, read)
    if found is None:
        return None
    (lo, hi), shown = found
    n, inside = ordinal_of(m.group("o")), _inside(days, (lo, hi))
    words_ = f"{m.group('o')} {shown}"
    day = nth(inside, n)
    if day is not None:
        return day, day, note("order", words=words_, day=day)
    if inside:  # beyond the period's meetings: the part of it after the last or before the first
        lo, hi = (inside[-1] + _DAY, hi) if n > 0 else (lo, inside[0] - _DAY)
    return lo, hi, note("reference_none", words=words_, since=lo, until=hi)


def _previous(text: str, days: Sequence[dt.date], read: ReadPeriod) -> Period | None:
    """ "the previous meeting": the last of the minutes, when nothing else names a meeting."""
    m = _PREVIOUS.search(text)
    if not m:
        return None
    rest = text[: m.start()] + " " + text[m.end() :]
    if find_order(rest, days, read) is not None or read(rest)[2] or _period_span(rest, days, read):
        return None
    return days[-1], days[-1], note("order", words=m.group(0), day=days[-1])


def _bare_order(text: str, days: Sequence[dt.date]) -> Period | None:
    """ "de vergadering vóór de laatste": the meeting before or after an ordinal said alone."""
    m = _BARE_ORDER.search(text)
    if not m:
        return None
    ref = nth(days, ordinal_of(m.group("o")))
    if ref is None:
        return None
    after = m.group("w").lower() in {w.lower() for w in words("periods", "order_after")}
    hits = [d for d in days if (d > ref if after else d < ref)]
    day = (hits[0] if after else hits[-1]) if hits else None
    if day is None:
        lo, hi = (ref + _DAY, None) if after else (None, ref - _DAY)
        return (
            lo,
            hi,
            note("order_none_after" if after else "order_none_before", words=m.group(0), day=ref),
        )
    return day, day, note("order", words=m.group(0), day=day)


def _meeting_of(text: str, days: Sequence[dt.date], read: ReadPeriod) -> Period | None:
    """The meetings ``text`` names by a reference of this rule (no "since")."""
    found = _ordinal_in(text, days, read) or _previous(text, days, read) or _bare_order(text, days)
    if found is not None:
        return found
    spanned = _period_span(text, days, read)
    return _selected(spanned[1], spanned[0], days) if spanned else None


def _from(text: str, days: Sequence[dt.date], read: ReadPeriod) -> Period | None:
    """ "sinds de vorige vergadering", "since the March meeting": open from that meeting on
    ("after/na" a meeting is not read so: "after the meeting of 10 November 2023" asks what
    that meeting planned for after it)."""
    m = _FROM.search(text)
    if not m:
        return None
    ref = m.group("ref")
    found = _meeting_of(ref, days, read) or find_order(ref, days, read)
    if found is None:
        since, until, what = read(ref)
        found = (since, until, what or "") if what else None
    if found is None or found[0] is None or found[1] is None:
        return None
    since = found[0]
    return since, None, note("reference_since", words=m.group(0).strip(), since=since)


def find_reference(text: str, days: Sequence[dt.date], read_period: ReadPeriod) -> Period | None:
    """The period of the meetings ``text`` names by a reference of this rule (module
    docstring) among ``days`` (the minutes' meeting days, sorted), with a note; None when it
    names none or ``days`` is empty. ``read_period`` reads a period of a text without the
    meeting days (:func:`lrt_search.search.period_reading.question_period`)."""
    if not days or _AFTER.search(text):
        return None
    return _from(text, days, read_period) or _meeting_of(text, days, read_period)
