"""A question's day as a term a quote must hold: the day with its month. A day of the topic
(rules ``day_of_mention`` and ``date_written_topic``) once required only its day number, so
"vóór 1 mei 2025" took "voor 1 april". The required term now stands for the day and its month
(:func:`day_term`); a statement holds it when it writes that day in a form the date rules read
("1 mei", "May 1", "1-5", "01-05-2025"; a day written without its year when its meeting means
that year, as :func:`.date_written.years_meant` reads it), given to the checks through the
statement's heading words (:func:`.date_written.written_days`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def day_term(day: dt.date) -> str:
    """The term a quote must hold for ``day`` (one word token: "dag20250501")."""
    return f"dag{day:%Y%m%d}"


def day_of_term(term: str) -> dt.date | None:
    """The day a :func:`day_term` stands for; None for any other term."""
    if len(term) != 11 or not term.startswith("dag") or not term[3:].isdigit():
        return None
    return dt.date(int(term[3:7]), int(term[7:9]), int(term[9:]))


def shown(terms: Iterable[str]) -> list[str]:
    """``terms`` as a reader reads them: a day term as its ISO date."""
    return sorted(d.isoformat() if (d := day_of_term(t)) else t for t in terms)
