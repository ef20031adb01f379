"""Rule ``date_written_topic``: a date that dates the subject, not the meeting. A question's
date read as a meeting period that refuses ("What did the Veiligheidsberaad not want to see
after 1 January 2024?": the VB is silent after that day) is read again as a topic term when a
statement of a meeting **outside** the period writes that date itself ("na 1 januari 2024",
"per 1 juli", "2025-II", "de tweede helft van 2025", "maart 2025"): the question is answered
again without the period, a quote must hold the date's day number or half-year (as a topic's
period, :func:`lrt_search.answer.understanding._period_of_topic`), and one quote must write the
date; else the first refusal and its reason stand. A question of the meetings, attendance or the
chair keeps its date a meeting's; so do a meeting's own day ("het verslag van 3 november 2023")
and a year alone (every statement of a year "writes" it). A day written without its year is
the one of its days near its meeting (75 days before to 290 after: the minutes plan ahead).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence

from ..lexicon.dates import MONTHS, ORDINAL_SUFFIX, day_with_month, month_names
from ..lexicon.wordlists import longest_alternation
from ..lexicon.wordlists import words as words_of
from ..notes import keyed, note
from ..results import Answer, Citation
from ..search.periods import HALF_ORDINALS, period_points
from ..search.question_period import half_years
from .day_term import day_of_term, day_term
from .frame import Frame
from .meeting_period import period_has_meeting

#: How many passages of a BM25 search (the question with the date's words) are read.
_DEPTH = 50


#: A day written without its year is the one of its days within this window of the minutes'
#: meeting (days before, days after): the minutes plan ahead ("na 1 januari" in April 2023 is
#: 1 January 2024) and look back a little ("op 8 februari" in April 2023).
_BEFORE, _AFTER = 75, 290


@dataclasses.dataclass(frozen=True)
class Written:
    """A point in time the question writes: its words, a pattern finding it in the minutes
    (any spelling the date parser reads; group ``y``: a year written with it), its own day
    (a day's yearless mention must be that day) and the terms a quote must hold."""

    words: str
    pattern: re.Pattern[str]
    terms: frozenset[str]
    query: str
    span: tuple[dt.date, dt.date]
    day: dt.date | None = None

    def written_in(self, text: str, meeting: dt.date) -> bool:
        """Whether ``text``, of the minutes of ``meeting``, writes this point."""
        for m in self.pattern.finditer(text):
            if self.day is None or m.group("y") or m.group("n"):
                return True
            if self.day.year in years_meant(self.day, meeting):
                return True
        return False


def years_meant(day: dt.date, meeting: dt.date) -> set[int]:
    """The year a yearless ``day`` (its month and day) means in the minutes of ``meeting``."""
    return {w.year for w in days_around(day, meeting) if -_BEFORE <= (w - meeting).days < _AFTER}


def days_around(day: dt.date, meeting: dt.date) -> list[dt.date]:
    """``day``'s month and day in the year of ``meeting`` and the years either side, those
    that have it (29 February only in a leap year): the days a yearless date may mean."""
    out = []
    for year in (meeting.year - 1, meeting.year, meeting.year + 1):
        try:
            out.append(day.replace(year=year))
        except ValueError:
            continue
    return out


def _dutch_month(month: int) -> str:
    return next(m for m, n in MONTHS.items() if n == month)  # the Dutch name comes first


def day_point(words: str, day: dt.date) -> Written:
    """A day: "1 januari (2024)", "January 1(, 2024)", "1-1-2024" and "1-1", no other year;
    the term a quote must hold is the day with its month (:func:`.day_term.day_term`)."""
    months = month_names(day.month)
    year = rf"(?:,?\s+(?P<y>{day.year})\b)?(?!,?\s+(?:19|20)\d{{2}})"
    numeric = rf"(?<![\d.,/-])0?{day.day}[-/]0?{day.month}"
    pattern = re.compile(
        rf"{day_with_month(day.day, months, dot=True)}{year}"
        rf"|{numeric}[-/](?P<n>{day.year})\b|{numeric}(?![\d.,/-])",
        re.I,
    )
    query = f"{day.day} {_dutch_month(day.month)}"
    return Written(words, pattern, frozenset({day_term(day)}), query, (day, day), day)


def _month(words: str, first: dt.date, last: dt.date) -> Written:
    """A month with its year ("maart 2025", "March 2025")."""
    pattern = re.compile(rf"\b(?:{month_names(first.month)})\.?\s+{first.year}\b", re.I)
    query = f"{_dutch_month(first.month)} {first.year}"
    return Written(words, pattern, frozenset({str(first.year)}), query, (first, last))


def _half(half: str, ordinals: bool = False) -> Written:
    """A half-year ("2025-II"), written so or in words ("de tweede helft van 2025"); with
    ``ordinals`` (rule ``ordinal_forms_everywhere``) every ordinal of [ordinals] ("2e", "2nd")
    and any suffix of the digit ("2de", "1ste"), and every half noun ("jaarhelft")."""
    year, part = half.split("-")
    words = "(?:eerste|first|1st)" if part == "I" else "(?:tweede|second|2nd)"
    nouns = "(?:half|helft)"
    if ordinals:
        n = 1 if part == "I" else 2
        words = rf"(?:{longest_alternation(k for k, v in HALF_ORDINALS.items() if v == n)}"
        words += rf"|{n}{ORDINAL_SUFFIX})"
        nouns = longest_alternation(words_of("periods", "half_nouns"))
    pattern = re.compile(
        rf"\b{year}-{part}(?![\w-])|\b{words}\s+{nouns}(?:\s+(?:of|van))?"
        rf"\s+(?:het\s+jaar\s+|the\s+year\s+)?{year}\b",
        re.I,
    )
    span = (dt.date(int(year), 1 if part == "I" else 7, 1), dt.date(int(year), 6, 30))
    if part == "II":
        span = (span[0], dt.date(int(year), 12, 31))
    return Written(half, pattern, frozenset({half.lower()}), f"{half} {year}", span)


def written_days(terms: Iterable[str], text: str, meeting: dt.date) -> str:
    """The day terms of ``terms`` (space-separated) whose day ``text`` of the minutes of
    ``meeting`` writes with its month; "" when none."""
    out = []
    for term in sorted(terms):
        day = day_of_term(term)
        if day is not None and day_point(day.isoformat(), day).written_in(text, meeting):
            out.append(term)
    return " ".join(out)


def written_points(question: str, ordinals: bool = False) -> list[Written]:
    """The days, months with their year and half-years ``question`` writes (no year alone);
    ``ordinals``: rule ``ordinal_forms_everywhere`` (:func:`_half`)."""
    halves = half_years(question)
    out = [_half(h, ordinals) for h in halves]
    for words, first, last in period_points(question):
        if first == last:
            out.append(day_point(words, first))
        elif first.day == 1 and last.month == first.month and last.year == first.year:
            out.append(_month(words, first, last))
    return out


def dates_period(point: Written, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether ``point`` is the question's period itself or its bound ("na 1 januari 2024":
    from 2 January; "vóór maart 2025": to 28 February), or a day inside it ("de week van 11
    juli 2022"); not a month around a narrower period ("eind juli 2022")."""
    first, last = point.span
    one = dt.timedelta(days=1)
    if (since, until) == (first, last):
        return True
    if until is None and since in (first, last + one):
        return True
    if since is None and until in (last, first - one):
        return True
    inside = (since is None or since <= first) and (until is None or last <= until)
    return first == last and inside


def _outside(day: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    return (since is not None and day < since) or (until is not None and day > until)


def _period(frame: Frame) -> tuple[dt.date | None, dt.date | None]:
    """The question's own period (before rule ``_period_of_topic`` lifted it)."""
    parsed = frame.parsed
    if parsed is not None and (parsed.since is not None or parsed.until is not None):
        return parsed.since, parsed.until
    return frame.since, frame.until


def meeting_date_refuses(frame: Frame) -> bool:
    """Whether ``frame``'s period was read from the question as the meetings' (or as a
    topic's year only) and may be a topic's date: a question not of the meetings, attendance
    or the chair, whose period is not a meeting's own day."""
    since, until = _period(frame)
    if since is None and until is None:
        return False
    if frame.period_terms and not all(t.isdigit() and len(t) == 4 for t in frame.period_terms):
        return False  # a half-year or a day of the topic already
    if since == until and period_has_meeting(frame.retriever, since, until):
        return False  # a meeting's own day names that meeting ("het verslag van 3 november")
    from .event_date import event_dated, event_rules, frames_meeting

    if frame.retriever.settings.event_date:  # rule event_date: a date an event noun holds
        parsed, rules = frame.parsed, event_rules(frame.retriever.settings)
        english, said = (parsed.english, parsed.speaker_words) if parsed else (False, ())
        event = event_dated(frame.question, english, None, said, rules)
        return not frames_meeting(frame.question, event, frame.main_clause)
    return not frames_meeting(frame.question, False, frame.main_clause)


def written_outside(frame: Frame) -> list[Written]:
    """The question's points some statement of a meeting outside ``frame``'s period writes
    (BM25 search of the question with the point's words)."""
    retriever = frame.searcher or frame.retriever
    since, until = _period(frame)
    found = []
    ordinals = frame.retriever.settings.ordinal_forms_everywhere
    for point in written_points(frame.question, ordinals):
        if not dates_period(point, since, until):
            continue
        hits = retriever.search(f"{frame.question} {point.query}", k=_DEPTH, mode="bm25")
        if any(
            _outside(h.chunk.meeting_date, since, until)
            and point.written_in(h.chunk.text, h.chunk.meeting_date)
            for h in hits
        ):
            found.append(point)
    return found


def as_topic(frame: Frame, points: Sequence[Written]) -> None:
    """``frame`` with its period a topic term: no meeting filter, a quote must hold the
    points' terms; the "understood" line says so."""
    words = ", ".join(p.words for p in points)
    frame.period_as_topic(
        frozenset().union(*(p.terms for p in points)),
        keyed("date of the topic, not of the meeting", note("date_written", words=words)),
    )


def quotes_write(points: Sequence[Written], quotes: Sequence[Citation]) -> bool:
    """Whether one of ``quotes`` writes one of ``points``."""
    return any(p.written_in(c.quote, c.meeting_date) for p in points for c in quotes)


def _answered_too(answer: Answer) -> bool:
    """Rule ``date_written_answered``: an answer of an open period ("na 1 januari 2024",
    "vóór 1 april 2025"), not only a refusal, is asked again when no quote writes the date:
    the period held a meeting that answered instead of the one that writes it."""
    since, until = answer.filters.get("since"), answer.filters.get("until")
    return bool(answer.citations) and (since is None) != (until is None)


def retried(
    answer: Answer,
    understand: Callable[[], Frame],
    answer_frame: Callable[[Frame], Answer],
    answered: bool = False,
) -> Answer:
    """``answer`` (a refusal of a question with no explicit period; with ``answered``, rule
    ``date_written_answered``, also an answer of an open period none of whose quotes writes the
    date) asked again with its date a topic term when rule ``date_written_topic`` applies (see
    the module docstring); the first answer stands unless the new one quotes a statement
    writing the date."""
    if answer.reason_code == "no_words":
        return answer
    if not answer.abstained and not (answered and _answered_too(answer)):
        return answer
    frame = understand()
    if not meeting_date_refuses(frame):
        return answer
    points = written_outside(frame)
    if not points or (not answer.abstained and quotes_write(points, answer.citations)):
        return answer
    as_topic(frame, points)
    again = answer_frame(frame)
    return again if not again.abstained and quotes_write(points, again.citations) else answer
