"""Rule ``date_words_read``: a date said or written in words is read as the digits the period
reader reads, before the question is read.

A spoken query and a careful writer give dates in words: "in november twintig drieëntwintig",
"op de derde november tweeduizend drieëntwintig", "the twenty first of April", "November the
third, twenty twenty-three", "in nov. '23", "since two thousand and twenty-two". Each such date
is written again as digits ("in november 2023", "op 3 november 2023", "the 21 of April" ->
"21 April", "3 November 2023", "in nov. 2023", "since 2022"), so that the one period reader
(search/periods.py, question_period.py, everyday.py) reads it and the topic holds no number
word of it. Read:

- a day: digits with or without "e"/"st"/"nd"/"rd"/"th", an ordinal word ("derde", "tiende",
  "eenentwintigste", "third", "twenty-first", "twenty first"), a number word ("drie",
  "nineteen"), after "de"/"the" and before "of"/"van", before the month, or after it in
  English ("November the third");
- a year: digits, "'23", a century and its number ("twintig drieëntwintig", "twenty
  twenty-three", "negentien negenennegentig"), "tweeduizend (en) drieëntwintig",
  "tweeduizenddrieëntwintig", "two thousand (and) twenty-three"; after a month a number word
  alone (Dutch always: "november drieëntwintig"; English after a period word: "in November
  twenty-three", where "on November twenty-three" is a day).

Numbers in words that are no date stay numbers: a year in words is read after a month, after a
period word of periods.toml ("in", "sinds", "before", ...) or as a century and its number; a
count ("tweeduizend plekken", "twenty-three councils", "de derde brief") is left as written. An
abbreviated month or "may"/"mei" with a day in words is read only with its year ("the third
may be"). Word data: the number words and ordinals of lexicon/numbers.py (numbers.toml, read
there once); months of lexicon.dates. Each reading is named in the answer's notes ("date: ...
-> ...")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lazyre import lazy
from ..lexicon.dates import MONTHS, ORDINAL_SUFFIX
from ..lexicon.numbers import cardinal_words, cardinals, ordinal_words, ordinals
from ..lexicon.wordlists import mapping, word_set

_TOKEN = lazy(
    rf"(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*)|(?P<d>\d{{1,4}})(?P<s>{ORDINAL_SUFFIX})?(?!\w)"
    r"|(?P<a>['’‘]\d{2})(?!\w)",
)
_GAP = lazy(r"\s*\.?\s*,?\s+|\s*\.\s*|\s*,\s*")
_LEADS = ("during", "since", "after", "before", "until")


@dataclass(frozen=True)
class Tok:
    """A token of the text: its span, lower-case text, and what kind ("w" word, "d" digits,
    "a" an apostrophe year)."""

    start: int
    end: int
    text: str
    kind: str
    suffix: str = ""


def _tokens(text: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = "w" if m.group("w") else "d" if m.group("d") else "a"
        body = m.group("w") or m.group("d") or m.group("a")
        out.append(Tok(m.start(), m.end(), body.lower(), kind, (m.group("s") or "").lower()))
    return out


def _joined(text: str, a: Tok, b: Tok) -> bool:
    """Whether ``b`` follows ``a`` with only spaces, a dot or a comma between."""
    return bool(_GAP.fullmatch(text[a.end : b.start]))


class _Reader:
    """The tokens of one text and what can be read at each."""

    def __init__(self, text: str) -> None:
        self.text, self.toks = text, _tokens(text)

    def at(self, i: int, prev: int) -> Tok | None:
        """Token ``i`` when it follows token ``prev`` closely, else None."""
        if i >= len(self.toks) or (
            prev >= 0 and not _joined(self.text, self.toks[prev], self.toks[i])
        ):
            return None
        return self.toks[i]

    def number(self, i: int, prev: int, table: dict[str, int]) -> tuple[int, int] | None:
        """A number word of ``table`` at ``i`` (English "twenty three" as two words): (value,
        next index)."""
        tok = self.at(i, prev)
        if tok is None or tok.kind != "w" or tok.text not in table:
            return None
        value = table[tok.text]
        nxt = self.at(i + 1, i)
        if (
            value in (20, 30)
            and nxt is not None
            and nxt.kind == "w"
            and cardinal_words("en").get(tok.text) in (20, 30)
        ):
            unit = table.get(nxt.text)
            if unit is not None and 1 <= unit <= 9:
                return value + unit, i + 2
        return value, i + 1

    def year(self, i: int, prev: int, short: bool) -> tuple[int, int, bool] | None:
        """A year at ``i``: (year, next index, written in words or "'23"); with ``short`` also a
        number word alone ("drieëntwintig" after a month)."""
        tok = self.at(i, prev)
        if tok is None:
            return None
        if (
            tok.kind == "d"
            and not tok.suffix
            and len(tok.text) == 4
            and tok.text[:2] in ("19", "20")
        ):
            return int(tok.text), i + 1, False
        if tok.kind == "a":
            return 2000 + int(tok.text[1:]), i + 1, True
        if tok.kind != "w":
            return None
        joined = [w for w in _thousands() if tok.text.startswith(w) and tok.text != w]
        if joined:  # "tweeduizenddrieëntwintig"
            rest = tok.text.removeprefix(joined[0]).removeprefix("en")
            value = cardinal_words("nl").get(rest)
            return (_thousands()[joined[0]] + value, i + 1, True) if value else None
        if tok.text in _centuries():
            got = self.number(i + 1, i, cardinals())
            if got and 10 <= got[0] <= 99:
                return _centuries()[tok.text] + got[0], got[1], True
            if got and got[0] == 20:  # "twenty twenty"
                return 2020, got[1], True
        thousand = self._thousand(i)
        if thousand is not None:
            return thousand
        if short:
            got = self.number(i, prev, cardinals())
            if got and 10 <= got[0] <= 99:
                return 2000 + got[0], got[1], True
        return None

    def _thousand(self, i: int) -> tuple[int, int, bool] | None:
        """ "tweeduizend (en) drieëntwintig", "two thousand (and) twenty-three" at ``i``."""
        for phrase in _thousands():
            size = len(phrase.split())
            found = [self.at(i + n, i + n - 1 if n else -1) for n in range(size)]
            if " ".join(t.text if t else "" for t in found) == phrase:
                break
        else:
            return None
        j = i + size - 1
        k = j + 1
        if (t := self.at(k, j)) is not None and t.text in word_set("periods", "date_and"):
            k, j = k + 1, k
        got = self.number(k, j, cardinals())
        return (_thousands()[phrase] + got[0], got[1], True) if got and got[0] <= 99 else None

    def day(self, i: int, prev: int) -> tuple[int, int, bool] | None:
        """A day at ``i``: digits ("3", "3e", "3rd"), an ordinal or a number word: (day, next
        index, written in words)."""
        tok = self.at(i, prev)
        if tok is None:
            return None
        if tok.kind == "d" and len(tok.text) <= 2 and 1 <= int(tok.text) <= 31:
            return int(tok.text), i + 1, False
        if tok.kind != "w":
            return None
        if (
            cardinal_words("en").get(tok.text) in (20, 30)
            and (nxt := self.at(i + 1, i)) is not None
        ):
            unit = ordinal_words("en").get(nxt.text)
            if unit is not None and unit <= 9:
                return cardinals()[tok.text] + unit, i + 2, True
        got = ordinals().get(tok.text)
        if got is not None:
            return got, i + 1, True
        number = self.number(i, prev, cardinals())
        return (number[0], number[1], True) if number and number[0] <= 31 else None

    def month(self, i: int, prev: int) -> int | None:
        """The month of a month name or abbreviation at ``i``."""
        tok = self.at(i, prev)
        return MONTHS.get(tok.text) if tok is not None and tok.kind == "w" else None


@cache
def _centuries() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in mapping("periods", "date_centuries").items()}


@cache
def _thousands() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in mapping("periods", "date_thousands").items()}


@cache
def _lead_words() -> frozenset[str]:
    return frozenset().union(*(word_set("periods", kind) for kind in _LEADS))


def _day_first(r: _Reader, i: int) -> tuple[int, str] | None:
    """ "(de|the) derde (of|van) november (2023)" at ``i``: (next index, digits)."""
    j = i + 1 if r.toks[i].text in word_set("periods", "date_articles") else i
    day = r.day(j, i if j > i else -1)
    after_article = j > 0 and r.toks[j - 1].text in word_set("periods", "date_articles")
    if day is None or (after_article and day[2] and r.toks[day[1] - 1].text not in ordinals()):
        return None  # "the one of April 2023", "the two November meetings": no day
    k = day[1]
    if (t := r.at(k, k - 1)) is not None and t.text in word_set("periods", "date_of"):
        k += 1
    month = r.month(k, k - 1)
    if month is None:
        return None
    year = r.year(k + 1, k, False)
    words = day[2] or bool(year and year[2])
    if not words or (_loose(r.toks[k].text) and year is None):
        return None
    name = r.text[r.toks[k].start : r.toks[k].end]
    return (year[1], f"{day[0]} {name} {year[0]}") if year else (k + 1, f"{day[0]} {name}")


def _loose(month: str) -> bool:
    """A month word that is often another word ("may", "mei", "mar", "jan"): read with a day
    in words only when its year follows."""
    longest = max(len(w) for w, n in MONTHS.items() if n == MONTHS[month])
    return month in word_set("periods", "loose_months") or len(month) < longest


def _month_first(r: _Reader, i: int) -> tuple[int, str] | None:
    """ "november twintig drieëntwintig", "November the third, 2023", "nov. '23" at ``i``."""
    if r.month(i, -1) is None:
        return None
    name = r.text[r.toks[i].start : r.toks[i].end]
    year = r.year(i + 1, i, False)
    if year is not None:
        return (year[1], f"{name} {year[0]}") if year[2] else None
    j = (
        i + 2
        if (t := r.at(i + 1, i)) is not None and t.text in word_set("periods", "date_articles")
        else i + 1
    )
    day = _english_day(r, j)
    year = r.year(day[1], day[1] - 1, False) if day is not None else None
    if day is not None and year is not None and (day[2] or year[2] or j > i + 1):
        return year[1], f"{day[0]} {name} {year[0]}"  # not "November 3rd, 2023": read as is
    lead = i > 0 and r.toks[i - 1].text in _lead_words()
    short = r.year(i + 1, i, True)
    dutch = short is not None and r.toks[i + 1].text in cardinal_words("nl")
    if short is not None and (lead or dutch):
        return short[1], f"{name} {short[0]}"
    if day is None or not day[2] or _loose(r.toks[i].text):
        return None
    last, after = r.toks[day[1] - 1], r.text[r.toks[day[1] - 1].end :].lstrip()
    if last.text in ordinal_words("en") or not after or not after[0].isalnum():
        return day[1], f"{day[0]} {name}"  # "November third", "the meeting of november ten"
    return None


def _english_day(r: _Reader, j: int) -> tuple[int, int, bool] | None:
    """A day after its month, as English writes it ("November 3rd", "November the third",
    "November twenty-three"; not "one", not a Dutch word: "november een kennismakingsgesprek")."""
    day = r.day(j, j - 1)
    if day is None or not day[2]:
        return day
    last = r.toks[day[1] - 1].text
    english = last in ordinal_words("en") or (last in cardinal_words("en") and day[0] >= 2)
    return day if english else None


def _year_alone(r: _Reader, i: int) -> tuple[int, str] | None:
    """A year in words: a century and its number anywhere, "tweeduizend drieëntwintig" / "two
    thousand and twenty-three" after a period word."""
    year = r.year(i, -1, False)
    if year is None or not year[2] or r.toks[i].kind == "a":
        return None
    lead = i > 0 and r.toks[i - 1].text in _lead_words()
    return (year[1], str(year[0])) if lead or r.toks[i].text in _centuries() else None


def read_date_words(text: str) -> tuple[str, list[str]]:
    """``text`` with every date said in words written in digits (the module's doc), and the
    notes of the readings ("date: november twintig drieëntwintig -> november 2023")."""
    r = _Reader(text)
    out, notes, last, i = [], [], 0, 0
    while i < len(r.toks):
        found = _day_first(r, i) or _month_first(r, i) or _year_alone(r, i)
        if found is None:
            i += 1
            continue
        end, digits = found
        start, stop = r.toks[i].start, r.toks[end - 1].end
        out += [text[last:start], digits]
        notes.append(f"date: {text[start:stop]} -> {digits}")
        last, i = stop, end
    return "".join(out) + text[last:], notes
