"""Rule ``date_roles_read``: which date of a question scopes the meetings when it has two, and
the role of one date after the lead word of a deadline or a starting day (issue 16; the table
tests/data/date_roles.toml, eval/make_date_roles.py).

A date after a word of ``content_leads`` ("per 1 januari 2024", "uiterlijk 1 juli 2024", "as of
1 January 2024"), or of ``since``/``until``/``before``/``after`` ("vanaf 2025", "until 2026"),
is the content's when another date of the question remains for the meetings ("Wie meldde in
april 2023 dat ... per 1 januari 2024 stoppen"): :func:`meeting_text` blanks it, with a date
joined to it (``date_joins``: "na 1 juli 2023 respectievelijk 1 januari 2024"). A day after a
word of ``content_leads`` alone, in a question without a word of speech or of the meetings ("Wat
moest er per 1 januari 2024 geregeld zijn?"), is the topic's (:func:`content_year`). Left
alone: a lead word right after a date (a range's end: "van 2022 tot 2024") or a meeting noun (a
reference: "de eerste LRT na 10 november 2023"), and the words of ``dated_noun_links`` ("the
complaint from 2023").
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.dates import MONTH_WORDS, day_month
from ..lexicon.wordlists import longest_alternation, word_set, words

_YEAR = r"(?:19|20)\d{2}"
_DAY = day_month(r"\d{1,2}", f"(?:{MONTH_WORDS})", rf"(?:,?\s+{_YEAR})?") + r"(?![-\d])"
_DATE = rf"(?:{_DAY}|(?:(?:{MONTH_WORDS})\.?\s+)?{_YEAR}(?![-\d]))"
_SPACE = r"\s+"
_JOINED = rf"(?:\s*,?\s*{longest_alternation(words('periods', 'date_joins'), _SPACE)}\s+{_DATE})*"
_STRONG = lazy(
    rf"\b({longest_alternation(words('periods', 'content_leads'), _SPACE)})\s+({_DAY})",
    re.I,
    needs_digit=True,
)


def _leads() -> list[str]:
    """The lead words of a content date beside a meeting date."""
    kinds = ("content_leads", "since", "until", "before", "after")
    links = word_set("periods", "dated_noun_links")
    return [w for k in kinds for w in words("periods", k) if w.lower() not in links]


_ANY = lazy(
    rf"\b({longest_alternation(_leads(), _SPACE)})\s+({_DATE}){_JOINED}", re.I, needs_digit=True
)
# A date, a month or a number just before a lead word: the lead word ends a range.
_DATE_BEFORE = lazy(rf"(?:\d|\b(?:{MONTH_WORDS})\.?)\s*[,-]?\s*$", re.I)


def _spans(question: str, strong: bool) -> list[tuple[int, int]]:
    """Where a lead word and its date stand, but after a date (a range's end) or a meeting
    noun (a reference to a meeting)."""
    nouns = word_set("periods", "meeting_nouns")
    out = []
    for m in (_STRONG if strong else _ANY).finditer(question):
        before = question[: m.start()]
        last = before.split()[-1].lower().strip(".,'’") if before.split() else ""
        if not _DATE_BEFORE.search(before) and last not in nouns:
            out.append(m.span())
    return out


def meeting_text(question: str) -> str | None:
    """``question`` with its content dates blanked (a date after a lead word of the content),
    or None when it has none."""
    spans = _spans(question, strong=False)
    if not spans:
        return None
    out = question
    for start, end in reversed(spans):
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def content_year(question: str) -> str | None:
    """The year of the one day after a lead word of a deadline or a starting day ("per 1
    januari 2024": "2024"), or None when there is none, more than one, or no year; the caller
    checks the question has no word of speech or of the meetings."""
    spans = _spans(question, strong=True)
    if len(spans) != 1:
        return None
    years = re.findall(_YEAR, question[spans[0][0] : spans[0][1]])
    return years[0] if years else None
