"""Rules number_forms_read and money_named_not_asked: numbers as users write them.

Users write a number in many forms: digits with either separator ("13.000", "13,000", "30 000"),
with a scale word ("10k", "13.5k", "€30k", "10 duizend", "1,5 miljoen", "13 thousand"), in
words ("tienduizend", "dertig procent": rule claim_number_words), as a range ("1000-3000
plekken", "tussen de 1000 en 3000", "between 8 and 9 thousand") or bounded by a word of
lexicon/data/claim_bounds.toml ("ruim 13.000", "about 13,000", "bijna honderd"). Rule
number_forms_read (:func:`read_numbers`) reads each as the value or the range it stands for:
a claim's "7.5k" is "7.500" of the minutes, its "tussen de 2000 en 2500" holds of "2.193"
(answer/claim_detail.py, through ``ClaimReading.phrases``). Scale words and range words are
data of lexicon/data/numbers.toml (``number_scales_*``, ``range_openers``, ``range_joiners``,
``currencies``). Two bare years joined ("2022-2025") are a period, no range. Switch:
``Settings.number_forms_read``.

Rule money_named_not_asked (:func:`money_asked`): a currency the question writes as part
of an amount it names itself ("How many places will the 30,000 euro scheme produce?", "de
€30k-regeling") names a thing, it asks no amount of money; the question asks money only when a
word of money stands outside such amounts ("Hoeveel euro kost ..."). Switch:
``Settings.money_named_not_asked``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.dates import MONTHS
from ..lexicon.intents import asks
from ..lexicon.numbers import number_scales
from ..lexicon.wordlists import alternation, longest_alternation, word_set, words
from .number_words import word_numbers

if TYPE_CHECKING:
    from ..config import Settings

# Digits with a thousands separator (".", ",", a space) or a decimal one, or plain.
_DIGITS = lazy(
    r"(?<![\w.,])(?:\d{1,3}(?:(?P<sep>[., \u00a0])\d{3})(?:(?P=sep)\d{3})*(?![.,]?\d)"
    r"|\d+(?:[.,]\d+)?)(?!\d)",
    needs_digit=True,
)
#: The ways of comparing of rule claim_number_bound, each a list of claim_bounds.toml.
KINDS = ("above", "at_least", "below", "at_most", "almost", "about")
#: How far "almost" and "about" reach, as a share of the claim's number.
SLACK = 0.1

_PERCENT = lazy(r"\s*(?:%|procent\b|percent\b|per ?cent\b)", re.I)
_YEAR = lazy(r"(?:19|20)\d\d", needs_digit=True)
_SPACE = r"\s+"
_NEXT_WORD = lazy(r"\s+([^\W\d_]+)")


@dataclass(frozen=True)
class NumberRead:
    """A number phrase of a text: where it stands (the number and its scale word; a range's
    two ends), its lowest and highest value, the way a bound word compares ("above", ...; ""
    for a value or a range), whether it is a percentage and whether it is money."""

    start: int
    end: int
    low: float
    high: float
    kind: str = ""
    share: bool = False
    money: bool = False

    @property
    def digits(self) -> str:
        """The low value as digits ("7500"); "" when it is no whole number."""
        return str(int(self.low)) if self.low == int(self.low) else ""

    def holds(self, value: float) -> bool:
        """Whether ``value`` (a number the minutes state) is what this phrase says."""
        if self.kind:
            return bound_holds(self.kind, self.digits, str(int(value))) if self.digits else False
        return self.low <= value <= self.high


@cache
def _scales() -> dict[str, int]:
    """Scale word -> its factor: "k", "duizend", "thousand", "miljoen", "million", ..."""
    return number_scales("short") | number_scales("nl") | number_scales("en")


def _scale_words() -> str:
    return longest_alternation(_scales(), _SPACE)


def _scale_after() -> re.Pattern[str]:
    return lazy(rf"\s?({_scale_words()})(?![^\W\d_])", re.I)


def _currency_after() -> re.Pattern[str]:
    return lazy(rf"\s*(?:{alternation('numbers', 'currencies')})(?![^\W\d_])", re.I)


def _value(written: str, sep: str | None) -> float:
    """The value of digits as written: a separator before three digits groups thousands, one
    before fewer digits is a decimal comma or point ("13.000" 13000, "1,5" 1.5)."""
    if sep is not None:
        return float(re.sub(r"\D", "", written))
    return float(written.replace(",", "."))


def _plain(text: str, english: bool) -> list[NumberRead]:
    """Each number of ``text`` alone: digits (with a scale word after them) and number words,
    marked as a percentage or money by what stands around them."""
    found: list[tuple[int, int, float]] = []
    for m in _DIGITS.finditer(text):
        value, end = _value(m.group(), m.group("sep")), m.end()
        if scale := _scale_after().match(text, end):
            value, end = value * _scales()[scale.group(1).lower()], scale.end()
        found.append((m.start(), end, value))
    taken = [(s, e) for s, e, _ in found]
    for s, e, digits in word_numbers(text, english):
        if not any(a < e and s < b for a, b in taken):
            found.append((s, e, float(digits)))
    reads = []
    for s, e, value in sorted(found):
        share = bool(_PERCENT.match(text, e))
        money = text[:s].rstrip().endswith("€") or bool(_currency_after().match(text, e))
        reads.append(NumberRead(s, e, value, value, share=share, money=money))
    return reads


def _joined(text: str, a: NumberRead, b: NumberRead) -> bool:
    """Whether ``a`` and ``b`` are the ends of one range ("1000-3000", "tussen de 1000 en
    3000"): a joiner between them, for "en"/"and" or a bare year as an end ("2022 to 13,500"
    is a year and a number) an opener before ``a``; not days of a month ("between 3 and 10
    November")."""
    between = text[a.end : b.start].strip().lower()
    if between not in words("numbers", "range_joiners"):
        return False
    if (after := _NEXT_WORD.match(text, b.end)) and after.group(1).lower() in MONTHS:
        return False
    years = any(_YEAR.fullmatch(text[n.start : n.end]) for n in (a, b))
    if between in ("en", "and") or years:
        opener = lazy(rf"(?<!\w)(?:{alternation('numbers', 'range_openers')})\s+$", re.I)
        return bool(opener.search(text[: a.start]))
    return True


def _ranges(text: str, reads: list[NumberRead]) -> list[NumberRead]:
    """``reads`` with two numbers joined into a range ("8 and 9 thousand": the scale of the
    second end is the first's too); two bare years are a period, left apart."""
    out: list[NumberRead] = []
    i = 0
    while i < len(reads):
        a = reads[i]
        b = reads[i + 1] if i + 1 < len(reads) else None
        if b is None or not _joined(text, a, b) or _years(text, a, b):
            out.append(a)
            i += 1
            continue
        low = a.low
        if b.high > 100 * low and not _letters(text[a.start : a.end]) and b.high >= 1000:
            low = low * _factor(text, b)
        if low < b.high:
            out.append(NumberRead(a.start, b.end, low, b.high, "", a.share or b.share,
                                  a.money or b.money))  # fmt: skip
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _factor(text: str, b: NumberRead) -> int:
    """The factor of the scale word that ends ``b`` ("9 thousand": 1000), else 1."""
    scale = lazy(rf"({_scale_words()})$", re.I).search(text[: b.end])
    return _scales()[scale.group(1).lower()] if scale else 1


def _letters(phrase: str) -> bool:
    return any(c.isalpha() for c in phrase)


def _years(text: str, a: NumberRead, b: NumberRead) -> bool:
    return all(_YEAR.fullmatch(text[n.start : n.end]) for n in (a, b))


def _bounded(text: str, read: NumberRead) -> NumberRead:
    """``read`` with the way of comparing of a bound word right before it ("ruim", "about")."""
    if read.low != read.high:
        return read
    for kind in KINDS:
        pattern = lazy(rf"(?<!\w)(?:{alternation('claim_bounds', kind)})\s+€?\s*$", re.I)
        if pattern.search(text[: read.start]):
            return NumberRead(read.start, read.end, read.low, read.high, kind, read.share,
                              read.money)  # fmt: skip
    return read


def read_numbers(text: str, english: bool = False) -> list[NumberRead]:
    """Rule number_forms_read: every number phrase of ``text`` with the value or range it
    stands for (``english``: number words read as English)."""
    return [_bounded(text, r) for r in _ranges(text, _plain(text, english))]


def money_asked(settings: Settings, question: str, english: bool = False) -> bool:
    """Rule money_named_not_asked: whether ``question``, which has the words of intent
    ``money``, asks money once the amounts of money it names itself ("de €30k-regeling", "the
    30,000 euro scheme") are taken out (always, with the rule off)."""
    if asks(
        "time_cost", question, settings.main_clause_intent
    ):  # "Hoeveel tijd kost X?": an amount of time (task G2)
        return False
    if not settings.money_named_not_asked:
        return True
    reads = [r for r in read_numbers(question, english) if r.money]
    rest = question
    for r in sorted(reads, key=lambda r: -r.start):
        start = r.start - (len(question[: r.start]) - len(question[: r.start].rstrip().rstrip("€")))
        end = m.end() if (m := _currency_after().match(question, r.end)) else r.end
        rest = f"{rest[:start]} # {rest[end:]}"
    return asks("money", rest, settings.main_clause_intent)


def _written(text: str, read: NumberRead) -> bool:
    """Whether ``read`` is written in a form the plain digits misread: a range, a scale word
    after digits ("7.5k", "51 duizend") or thousands apart ("30 000")."""
    phrase = text[read.start : read.end]
    return read.low != read.high or (
        phrase[0].isdigit() and any(not c.isdigit() and c not in ".," for c in phrase)
    )


def phrase_spans(
    text: str, spans: list[tuple[int, int, str]], english: bool = False
) -> list[tuple[int, int, str]]:
    """Rule number_forms_read: the claim spans (start, end, digits or "") of ``text`` with each
    phrase the plain digits misread (:func:`_written`) put in their place, given its value's
    digits (a range its low end's: :func:`phrase_bounds` gives its high end)."""
    out = list(spans)
    for read in read_numbers(text, english):
        if not read.digits or not _written(text, read) or read.share:
            continue
        out = [(s, e, d) for s, e, d in out if not (s < read.end and read.start < e)]
        out.append((read.start, read.end, read.digits))
    return sorted(out)


def phrase_bounds(text: str, english: bool = False) -> dict[str, tuple[str, str]]:
    """Rule number_forms_read: the ranges of ``text`` and the bounded phrases with a scale word
    ("about 7.5k"), as rule claim_number_bound keeps its bounds: digits -> (way of comparing,
    "between:<high>" for a range; the phrase as written with its bound word)."""
    found: dict[str, tuple[str, str]] = {}
    for read in read_numbers(text, english):
        if not read.digits or not _written(text, read):
            continue
        if read.low != read.high:
            written = _opened(text, read)
            found[read.digits] = (f"between:{int(read.high)}", written)
        elif read.kind:
            found[read.digits] = (read.kind, text[read.start : read.end])
    return found


def _opened(text: str, read: NumberRead) -> str:
    """A range as written, with its opener ("tussen de 2000 en 2500")."""
    opener = lazy(rf"(?<!\w)(?:{alternation('numbers', 'range_openers')})\s+$", re.I)
    m = opener.search(text[: read.start])
    return text[m.start() if m else read.start : read.end]


def phrase_numbers(text: str, english: bool = False) -> frozenset[str]:
    """The digits written inside the phrases of :func:`phrase_spans` ("2500" of "tussen de
    2000 en 2500", "000" of "30 000"): a quote need not hold them as written."""
    found: set[str] = set()
    for read in read_numbers(text, english):
        if read.digits and _written(text, read):
            found |= {w.replace(".", "").replace(",", "") for w in re.findall(
                r"\d[\d.,]*", text[read.start : read.end])}  # fmt: skip
    return frozenset(found)


_PARTICIPLE = lazy(r"[^\W\d_]{6,}[dt]\b")


def participle_cores(sentence: str) -> frozenset[str]:
    """Rule claim_participle_core: the cores of the Dutch participles of ``sentence`` - a word
    ending in "d"/"t" without its particle (lexicon/data/inflections.toml
    ``dutch_verb_particles``) and its "ge-" or inseparable prefix (``dutch_verb_prefixes``):
    "gehaald", "behaald" and "ingehaald" are all "haald" (a target met, a backlog made up);
    cores under four letters are left out ("gezet", "bezet")."""
    particles = word_set("inflections", "dutch_verb_particles")
    prefixes = ("ge", *words("inflections", "dutch_verb_prefixes"))
    found = set()
    for m in _PARTICIPLE.finditer(sentence):
        word = m.group().lower()
        for particle in particles:
            if word.startswith(f"{particle}ge"):
                word = word[len(particle) :]
                break
        prefix = next((p for p in prefixes if word.startswith(p)), "")
        if prefix and len(word) - len(prefix) >= 4:
            found.add(word[len(prefix) :])
    return frozenset(found)


def bound_holds(kind: str, claimed: str, stated: str) -> bool:
    """Whether the number ``stated`` (digits) satisfies the bound ``kind`` on ``claimed``."""
    if not claimed or not stated:
        return False
    bound, value = int(claimed), int(stated)
    if kind.startswith("between:"):  # rule number_forms_read: a range "1000-3000"
        return bound <= value <= int(kind.removeprefix("between:"))
    if kind == "above":
        return value > bound
    if kind == "at_least":
        return value >= bound
    if kind == "below":
        return value < bound
    if kind == "at_most":
        return value <= bound
    if kind == "almost":
        return bound * (1 - SLACK) <= value <= bound
    return abs(value - bound) <= bound * SLACK  # "about"
