"""Rule ``period_modifier_read``: a period that names WHICH thing the topic is, not when the
meetings were (issue 16: "a period that modifies the topic filters the topic, not the meeting
date"; the table tests/data/period_modifiers.toml, eval/make_period_modifiers.py).

A year, a half ("2023-II", "de tweede helft van 2025"), a quarter, a season or a month is the
topic's period (:func:`topic_periods`) when it modifies a noun: after the noun ("de taakstelling
2024", "jaarafspraken 2023") or after the noun and a link word (periods.toml
``modifier_links``: "het budget voor 2025", "de begroting van 2024", "the target for the first
half of 2024"), or between a determiner and its noun ("the 2025 package", "the 2022-II target"),
in a compound ("het 2023-besluit") or a possessive ("2025's target"). Not a period after a lead
word of the meetings or of a date ("in 2025", "tijdens 2023", "sinds april 2023", "over 2025"),
of a meeting noun ("de vergadering van 2025", "the 2023 meetings"), or a range's end ("van 2022
tot 2024"). :func:`without_topic_periods` blanks them, so they never scope the meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..lazyre import lazy
from ..lexicon.dates import MONTH_WORDS, MONTHS
from ..lexicon.wordlists import word_set, words
from .period_phrases import phrase_at
from .periods import month_end

_Y = r"(?:19|20)\d{2}"
_MONTH_YEAR = lazy(rf"\b(?P<m>{MONTH_WORDS})\.?\s+(?P<y>{_Y})(?![\w-])", re.I, needs_digit=True)
_YEAR = lazy(
    rf"(?<![\w/.-])(?P<y>{_Y})(?:-(?P<h>II|I|2|1)(?![\w]))?(?:-(?P<c>[^\W\d_][\w-]*))?"
    rf"(?P<s>['\u2019]s)?(?![\w/.])",
    re.I,
    needs_digit=True,
)
_WORD = lazy(r"[\w'\u2019/-]+")


@dataclass(frozen=True)
class TopicPeriod:
    """A period that modifies a noun of the question: where it stands and what it spans."""

    start: int
    end: int
    since: dt.date
    until: dt.date


def _stops() -> frozenset[str]:
    """The words before a period that no noun is (module docstring)."""
    kinds = ("during", "since", "after", "before", "until", "around", "day_before", "date_joins",
             "modifier_stops", "meeting_nouns", "content_leads")  # fmt: skip
    parts = frozenset(w.lower() for w in words("periods", "parts") if " " not in w)
    return frozenset(w for k in kinds for w in word_set("periods", k)) | parts


def _links() -> frozenset[str]:
    """The words that tie a noun to its period after it ("van", "of", "voor", "for")."""
    return word_set("periods", "modifier_links") | word_set("periods", "modifier_for")


def _leads() -> frozenset[str]:
    """The words before a period that make it the meetings' or a date's ("in", "sinds")."""
    kinds = ("during", "since", "after", "before", "until", "around", "day_before")
    return frozenset(w for k in kinds for w in word_set("periods", k))


def _meeting_word(word: str) -> bool:
    """Whether ``word`` (lower case) names a meeting or its minutes, also plural or compound
    ("meetings", "voorjaarsvergadering", "verslag", "the one of"): its period is the meetings'."""
    word = word.strip("'\u2019\"")
    nouns = tuple(word_set("periods", "meeting_nouns"))
    others = word_set("minutes", "minutes_words") | word_set("periods", "order_one")
    return word in others or any(
        word.removesuffix(end).endswith(nouns) for end in ("", "s", "en", "'s")
    )


def _noun(word: str) -> bool:
    """Whether ``word`` (lower case) may be a noun a period modifies."""
    others = word_set("periods", "modifier_determiners") | _links()
    return (
        bool(word)
        and word not in _stops() | others
        and not word[0].isdigit()
        and word not in MONTHS
        and word not in word_set("periods", "holidays") | word_set("periods", "seasons")
        and not _meeting_word(word)
    )


def _candidates(question: str) -> list[tuple[int, int, dt.date, dt.date, str]]:
    """Every period of ``question``, leftmost-longest first: phrases (a half, a season, a
    quarter, a part), months with their year, years ("2024", "2023-II", "2023-besluit"); with
    the word of a compound or possessive after a year ("" without one; " " for a phrase or a
    month: those modify a noun only after a link word or a determiner)."""
    out: list[tuple[int, int, dt.date, dt.date, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _WORD.finditer(question):
        found = phrase_at(question, m.start())
        if found and free(m.start(), found[2]):
            out.append((m.start(), found[2], found[0], found[1], " "))
            taken.append((m.start(), found[2]))
    for m in _MONTH_YEAR.finditer(question):
        if free(*m.span()):
            year, month = int(m.group("y")), MONTHS[m.group("m").lower()]
            out.append((*m.span(), dt.date(year, month, 1), month_end(year, month), " "))
            taken.append(m.span())
    for m in _YEAR.finditer(question):
        if free(*m.span()):
            year, half = int(m.group("y")), (m.group("h") or "").upper()
            first = half in ("II", "2")
            since = dt.date(year, 7 if first else 1, 1)
            until = dt.date(year, 6, 30) if half in ("I", "1") else dt.date(year, 12, 31)
            tail = (m.group("c") or "") + ("'s" if m.group("s") else "")
            out.append((*m.span(), since, until, tail))
            taken.append(m.span())
    return sorted(out)


def _modifies(before: list[str], after: str, tail: str, short: bool) -> bool:
    """Whether a period with the words ``before`` it (as written, nearest last), the word
    ``after`` it and the compound or possessive ``tail`` (" " for a phrase) modifies a noun; a
    ``short`` one (a month or less) only after a word of ``modifier_for``."""
    determiners = word_set("periods", "modifier_determiners")
    if _meeting_word(after):
        return False  # "the July 2022 meeting", "the 2023 minutes"
    if tail.strip():  # "het 2023-besluit", "2025's target"
        noun = tail.lstrip("-").split("-")[0].lower().removesuffix("'s")
        return not _meeting_word(noun)
    if after in word_set("periods", "until") | {"to", "till", "through", "-", "en", "and"}:
        return False  # a range's end or a list: "van 2022 tot 2024"
    last = before[-1] if before else ""
    before = [w.lower() for w in before]
    if tail and last.lower() in determiners and len(before) > 1:
        before = before[:-1]  # a phrase's article: "for the second half of 2025"
        if before[-1] in _leads():
            return False  # "in de zomer van 2025"
    if before and before[-1] in _links():
        dated = short and before[-1] not in word_set("periods", "modifier_for")
        return not dated and len(before) > 1 and _noun(before[-2])
    if short:
        return False  # "the November 2023 letter": dated by its meeting's month
    if last.lower() in determiners:
        return _noun(after)
    # "de taakstelling 2024"; not after a name or a phrase ("Wat vond de VNG najaar 2023 ...")
    return not tail and _noun(last.lower()) and last.islower()


def topic_periods(question: str) -> list[TopicPeriod]:
    """The periods of ``question`` that modify a noun (module docstring), in their order."""
    out = []
    for start, end, since, until, tail in _candidates(question):
        before = _WORD.findall(question[:start])
        after = _WORD.findall(question[end:])
        short = (until - since).days < 32
        if _modifies(before, after[0].lower() if after else "", tail, short):
            out.append(TopicPeriod(start, end, since, until))
    return out


def without_topic_periods(question: str, text: str | None = None) -> str | None:
    """``text`` (a copy of ``question`` with other words blanked; default ``question``) with
    the topic periods of ``question`` blanked, or None when it has none."""
    found = topic_periods(question)
    if not found:
        return None
    out = question if text is None else text
    for p in reversed(found):
        out = out[: p.start] + " " * (p.end - p.start) + out[p.end :]
    return out


def topic_period(question: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the first topic period of ``question``, or None."""
    found = topic_periods(question)
    return (found[0].since, found[0].until) if found else None
