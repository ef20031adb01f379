"""The filters of a search, checked and turned into a row mask before the top-k cut: the
number of passages and the retrieval mode, the meeting dates (``since``, ``until``,
``meeting``) and the organisations that must speak in a passage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

import numpy as np

from ..config import MODES, Settings
from ..errors import QueryError
from ..index.chunkstore import ChunkStore, MemoryChunks
from ..lexicon.dates import DateLike
from ..lexicon.organisations import OrgTable
from .option_dates import as_date

#: The dates of a search, checked: since, until, meeting (each None for no filter).
Dates = tuple[dt.date | None, dt.date | None, dt.date | None]


def checked_search(settings: Settings, k: int | None, mode: str | None) -> tuple[int, str]:
    """``k`` and ``mode`` with the settings' defaults, or a :class:`QueryError` naming the
    option that is out of range."""
    mode = mode or settings.mode
    if mode not in MODES:
        raise QueryError(f"--mode: {mode!r} is not one of {', '.join(MODES)}")
    k = settings.k if k is None else k
    if k < 1:
        raise QueryError(f"-k: must be at least 1, not {k}")
    return k, mode


def checked_dates(since: DateLike, until: DateLike, meeting: DateLike) -> Dates:
    """The date filters as dates, or a :class:`QueryError` naming the one that is none (or
    ``since`` after ``until``)."""
    since_d, until_d = as_date(since, "since"), as_date(until, "until")
    meeting_d = as_date(meeting, "meeting")
    if since_d and until_d and since_d > until_d:
        raise QueryError(f"--since {since_d} is after --until {until_d}")
    return since_d, until_d, meeting_d


def org_codes(orgs: OrgTable, org: str | Sequence[str]) -> set[str]:
    """The codes of ``org`` (a name or several) and of the organisations under them; an
    unknown organisation is a :class:`QueryError` naming the known ones."""
    codes: set[str] = set()
    for name in [org] if isinstance(org, str) else list(org):
        code = orgs.resolve(name)
        if code is None:
            known = ", ".join(orgs.codes)
            raise QueryError(f"--org: unknown organisation {name!r}; known: {known}")
        codes |= orgs.expand(code)
    return codes


def row_mask(
    chunks: ChunkStore | MemoryChunks,
    dates: Dates,
    codes: set[str] | None,
    also: np.ndarray | None = None,
    held: Mapping[str, Collection[int]] | None = None,
) -> np.ndarray | None:
    """A boolean mask of the chunks within ``dates`` where one of ``codes`` speaks, or of
    rows ``also`` (rule group_speaker_subject), (None when no filter is set). Rule
    office_holders_per_meeting: a code of ``held`` counts only in the meetings (ordinals) it
    lists."""
    since, until, meeting = dates
    ordinals = chunks.dates
    mask: np.ndarray | None = None

    def narrow(keep: np.ndarray) -> None:
        nonlocal mask
        mask = keep if mask is None else mask & keep

    if since:
        narrow(ordinals >= since.toordinal())
    if until:
        narrow(ordinals <= until.toordinal())
    if meeting:
        narrow(ordinals == meeting.toordinal())
    if codes is not None:
        speaks = np.zeros(len(chunks), dtype=bool)
        held = {c: days for c, days in (held or {}).items() if c in codes}
        speaks[chunks.rows_spoken_by(sorted(codes - set(held)))] = True
        for code, days in held.items():
            rows = np.asarray(chunks.rows_spoken_by([code]), dtype=np.int64)
            speaks[rows[np.isin(ordinals[rows], list(days))]] = True
        if also is not None:
            speaks[also] = True
        narrow(speaks)
    return mask
