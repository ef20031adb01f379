"""Rules claim_yes_no_forms and count_not_year: which questions put a claim, and which numbers
of a question are counts though they look like years.

Rule claim_yes_no_forms: a claim is put to the minutes not only as "Klopt het dat ..." / "Is it
true that ..." (intent ``claim_check`` of lexicon/data/intents.toml) but as a plain yes/no
question: Dutch inversion ("Waren er in juli 2022 3.500 asielzoekers in Ter Apel?", "Was het zo
dat ...", "Werd de taakstelling op 16.000 gezet?"), English auxiliary first ("Did the Rijk
promise 30,000 euro per status holder?", "Were there more than 3,000 ...?"). A question whose
first word (or the first word of one of its sentences) is one of ``claim_openers`` of
lexicon/data/questions.toml and that carries a number that can be an amount is read as a claim:
the checks of rules claim_number_stated and claim_number_bound apply to it. Switch:
``Settings.claim_yes_no_forms``.

Rule count_not_year: "2.000" and "2,000" are counts, never the year 2000 (a year is written
without a separator), so a quote must hold them (the identifiers of answer/candidates.py); and
a bare 1900-2099 followed by a word and not after a word of ``year_context`` of
lexicon/data/numbers.toml or a month ("er kwamen 2000 plekken bij") is a count in a claim.
Switch: ``Settings.count_not_year``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.dates import MONTHS
from ..lexicon.intents import asks
from ..lexicon.wordlists import alternation, word_regex, word_set
from ..search.date_forms import date_spans
from .english_numbers import english_spans
from .number_forms import phrase_spans
from .number_words import word_numbers
from .shape import amount_spans

if TYPE_CHECKING:
    from ..config import Settings

_SEPARATED = lazy(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\d]|[.,]\d)")
_BARE_YEAR = lazy(r"(?<![\w.,-])(?:19|20)\d\d(?![\w.,-]|[.,]\d)(?=\s+[^\W\d_])")
# A day before a month ("the meeting of 19 March 2025"): no amount (the amounts of
# answer/shape.py know the Dutch months and the English ones they share a prefix with).
_DAY_OF = lazy(r"\s+(?:of\s+)?(?P<month>[^\W\d_]+)")
_LAST_WORD = lazy(r"([^\W\d_][\w/]*)\W*$")
_NEXT_WORD = lazy(r"\s+([^\W\d_]+)")


@dataclass(frozen=True)
class ClaimReading:
    """How a question is read as a claim: the rules claim_yes_no_forms (``forms``),
    claim_number_words (``words``), count_not_year (``counts``) and claim_context_sentence
    (``sentence``: a number's whole sentence is its context) and english_number_forms
    (``english_forms``, answer/english_numbers.py) on or off, and whether the question is
    English (which number words it writes)."""

    forms: bool = False
    words: bool = False
    counts: bool = False
    english: bool = False
    sentence: bool = False
    english_forms: bool = False
    phrases: bool = False
    cores: bool = False
    main: bool = True  # rule main_clause_intent
    dates: bool = False  # rule claim_numbers_undated: a date's numbers are none of the claim's


def claim_reading(settings: Settings, english: bool) -> ClaimReading:
    """The claim reading the rules of ``settings`` give a question (English or not)."""
    return ClaimReading(
        settings.claim_yes_no_forms,
        settings.claim_number_words,
        settings.count_not_year,
        english,
        settings.claim_context_sentence,
        settings.english_number_forms,
        settings.number_forms_read,
        settings.claim_participle_core,
        settings.main_clause_intent,
        settings.claim_numbers_undated,
    )


def _opener() -> re.Pattern[str]:
    return lazy(rf"(?:^|[.!?]\s+)\s*{alternation('questions', 'claim_openers')}\b", re.I)


def year_counts(question: str) -> list[tuple[int, int]]:
    """The spans of the bare numbers 1900-2099 of ``question`` that are counts, not years:
    followed by a word that is no month, and not after a word of ``year_context`` or a month."""
    context = word_set("numbers", "year_context")
    found = []
    for m in _BARE_YEAR.finditer(question):
        after = _NEXT_WORD.match(question, m.end())
        before = _LAST_WORD.search(question[: m.start()])
        word = before.group(1).lower() if before else ""
        if after and after.group(1).lower().rstrip(".") in MONTHS:
            continue
        if word in context or word.rstrip(".") in MONTHS:
            continue
        found.append(m.span())
    return found


def _day_of(question: str, end: int) -> bool:
    """Whether a month follows the number ending at ``end`` (a day of a date)."""
    m = _DAY_OF.match(question, end)
    return m is not None and m.group("month").lower() in MONTHS


def claim_spans(question: str, reading: ClaimReading) -> list[tuple[int, int, str]]:
    """The numbers of ``question`` that can be amounts: (start, end, digits or ``""`` to read
    from the text), with numbers in words and year-like counts as ``reading`` says."""
    spans = [(s, e, "") for s, e in amount_spans(question) if not _day_of(question, e)]
    if reading.counts:
        spans += [(s, e, "") for s, e in year_counts(question)]
    if reading.words:
        spans += word_numbers(question, reading.english)
    if reading.phrases:  # rule number_forms_read: "7.5k", "51 duizend", "1000-3000"
        spans = phrase_spans(question, spans, reading.english)
    if reading.english and reading.english_forms:
        spans = english_spans(question, spans)  # rule english_number_forms
    if reading.dates:  # rule claim_numbers_undated: "8" and "7" of "op 8-7-2022" claim nothing
        dated = date_spans(question, ordinals=True)
        spans = [s for s in spans if not any(a < s[1] and s[0] < b for a, b in dated)]
    return sorted(spans)


def is_claim(question: str, reading: ClaimReading | None = None) -> bool:
    """Whether ``question`` puts a claim to the minutes: intent ``claim_check``, or (rule
    claim_yes_no_forms) a yes/no question of ``claim_openers`` that carries an amount."""
    if asks("claim_check", question, reading is None or reading.main):
        return True
    if reading is None or not reading.forms or not _opener().search(question):
        return False
    # A year-like count makes a claim only with a claim phrase ("Was het zo dat er 2000
    # plekken bij kwamen?"), not alone ("Was the target for 2024 higher ...?").
    said = bool(word_regex("questions", "claim_phrases").search(question))
    return bool(claim_spans(question, replace(reading, counts=reading.counts and said)))


def separated_counts(question: str) -> set[str]:
    """The digits of the numbers ``question`` writes with a thousands separator ("2.000",
    "2,000"): counts, even when they read as 1900-2099."""
    return {re.sub(r"\D", "", m.group()) for m in _SEPARATED.finditer(question)}
