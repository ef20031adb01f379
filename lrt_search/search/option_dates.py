"""The values of the date options (``--since``, ``--until``, ``--meeting``, the ``date:``
operator; ``since=`` / ``until=`` / ``meeting=`` of the APIs) read as a question's date is read:
its dates in words (:mod:`.date_words`), its date forms with ordinals ("1ste mei 2023",
"8/7/22", "8 jul. '22", "3rd of November 2023": :mod:`.date_forms`), its everyday periods ("Q2
2023", "het 2de kwartaal van 2023", "de week van 6 april 2023": :mod:`.everyday`) and the
period grammar of :mod:`.periods` ("april 2023", "najaar 2023", "eerste helft van 2024").
``--since`` takes the first day of the period, ``--until`` the last, ``--meeting`` one day; a
value without a year or no date at all is a :class:`~lrt_search.errors.DateOptionError` naming
the option and the value.

The module stands above the readers it calls; none of them imports it (``periods`` <-
``date_forms`` <- ``option_dates``: data flows one way).
"""

from __future__ import annotations

import datetime as dt

from ..errors import DateOptionError, QueryError
from ..lexicon.dates import DateLike, parse_date_arg
from ..lexicon.dates import as_date as day_of
from .date_forms import read_date_forms
from .date_words import read_date_words
from .everyday import find_everyday
from .periods import period_bound

_EXAMPLES = "e.g. 2023-11-03, '3 november 2023', 'april 2023', 2023, 'najaar 2023', 'Q2 2023'"


def _as_read(text: str) -> str:
    """``text`` with its dates in words and its date forms written as the period readers read
    them ("1ste mei 2023" -> "1 mei 2023"); a numeric month ("7/2022") is read after a lead
    word."""
    read = read_date_forms(read_date_words(text)[0], ordinals=True)[0]
    if read == text:
        read = read_date_forms("in " + text, ordinals=True)[0].removeprefix("in ")
    return read


def _plain(text: str, value: str, option: str) -> dt.date:
    """:func:`~.periods.period_bound` of ``text``, or the error of ``value`` as typed."""
    try:
        day = period_bound(text, option)
    except ValueError:
        raise DateOptionError(f"--{option}: {value!r} is not a valid date") from None
    if day is None:
        raise DateOptionError(f"--{option}: {value!r} is not a date or period ({_EXAMPLES})")
    return day


def parse_bound(value: str, option: str) -> dt.date:
    """The day ``--since`` (``option`` "since": the first day) or ``--until`` (the last day)
    takes of the date or period ``value`` names, in any form a question writes it (module
    doc); a value that names none is a :class:`~lrt_search.errors.DateOptionError`."""
    text = value.strip()
    read = _as_read(text)
    everyday = find_everyday(read) or find_everyday("in " + read)  # "Q2 2023", "de week van"
    if everyday is not None and everyday[0] and everyday[1]:
        return everyday[0] if option == "since" else everyday[1]
    try:
        return _plain(text, value, option)
    except DateOptionError:
        if read == text:
            raise
        return _plain(read, value, option)


def meeting_day(value: str, option: str = "meeting") -> dt.date:
    """The one day ``--meeting`` names, in any form a question writes a day ("2023-11-03",
    "1ste mei 2023", "8/7/22", "drie november 2023"); a period of more than a day ("november
    2023") or no date is a :class:`~lrt_search.errors.DateOptionError` naming the option."""
    try:
        first, last = parse_bound(value, "since"), parse_bound(value, "until")
    except DateOptionError:
        try:
            return parse_date_arg(value)
        except ValueError as exc:
            raise DateOptionError(f"--{option}: {exc}") from None
    if first != last:  # "november 2023", "de week van 6 november 2023"
        raise DateOptionError(f"--{option}: {value.strip()!r} is a period, not one day")
    return first


def as_date(value: DateLike, option: str) -> dt.date | None:
    """``value`` as a date (None for no filter), for every interface: ``since`` / ``until``
    take the command line's periods (``"april 2023"``: its first / last day), ``meeting`` a
    day. A value that is none is a DateOptionError naming the parameter (``since: ...``)."""
    try:
        if not isinstance(value, str) or not value:
            return day_of(value, option)
        if option in ("since", "until"):
            return parse_bound(value, option)
        return meeting_day(value, option)
    except QueryError as exc:
        raise DateOptionError(str(exc).removeprefix("--")) from None
