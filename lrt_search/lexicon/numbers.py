"""The number words of lexicon/data/numbers.toml, read once for every reader of numbers in words.

Rules claim_number_words (answer/number_words.py) and number_forms_read (answer/number_forms.py)
value a number word and a scale word with :func:`number_values` and :func:`number_scales`; rule
date_words_read (search/date_words.py) and the agenda's ordinals (answer/agenda_structure.py)
take the number words of 1..99 ("drieëntwintig", "drieentwintig", "twenty-three") and the
ordinals of a day 1..31 ("derde", "eenentwintigste", "third", "twenty-first") from
:func:`cardinals` and :func:`ordinals`, both built from the same ``number_values_*`` tables and
``ordinal_irregular_*``.
"""

from __future__ import annotations

from functools import cache

from .wordlists import mapping


def _table(name: str) -> dict[str, int]:
    """Table ``name`` of numbers.toml: its words in lower case -> their values."""
    return {k.lower(): int(v) for k, v in mapping("numbers", name).items()}


@cache
def number_values(language: str) -> dict[str, int]:
    """Number word -> value, of ``language`` ("nl", "en"): ``number_values_<language>``."""
    return _table(f"number_values_{language}")


@cache
def number_scales(kind: str) -> dict[str, int]:
    """Scale word -> what it multiplies by: ``number_scales_<kind>`` ("nl", "en", "short":
    "k", "mln")."""
    return _table(f"number_scales_{kind}")


@cache
def cardinal_words(language: str) -> dict[str, int]:
    """The number words 1..99 of ``language`` ("drie", "drieëntwintig", "drieentwintig";
    "twenty-three") -> value."""
    values = number_values(language)
    out = {w: v for w, v in values.items() if v <= 99 and w not in ("dozijn", "dozen")}
    units = {w: v for w, v in out.items() if 1 <= v <= 9}
    for ten, value in [(w, v) for w, v in out.items() if v >= 20 and not v % 10]:
        for unit, u in units.items():
            if language == "en":
                out[f"{ten}-{unit}"] = value + u
                continue
            out[f"{unit}en{ten}"] = value + u
            if unit.endswith("e"):
                out[f"{unit}ën{ten}"] = value + u
    return out


@cache
def cardinals() -> dict[str, int]:
    """Every number word 1..99 of both languages -> its value."""
    return {**cardinal_words("en"), **cardinal_words("nl")}


@cache
def ordinal_words(language: str) -> dict[str, int]:
    """The ordinal words of a day 1..31 of ``language`` ("derde", "eenentwintigste"; "third",
    "twenty-first") -> value."""
    odd = _table(f"ordinal_irregular_{language}")
    by_value = {v: w for w, v in odd.items()}
    out: dict[str, int] = {}
    for word, value in cardinal_words(language).items():
        if value > 31:
            continue
        if language == "nl":
            regular = word + ("ste" if value >= 20 else "de")
            out[by_value.get(value, regular)] = value
        elif value in by_value:
            out[by_value[value]] = value
        elif "-" in word:
            ten, unit = word.split("-")
            out[f"{ten}-{_english_ordinal(cardinal_words(language)[unit])}"] = value
        else:
            out[word + "th"] = value
    return out


def _english_ordinal(value: int) -> str:
    """The English ordinal word of the unit ``value`` ("first", "fourth")."""
    odd = {v: w for w, v in _table("ordinal_irregular_en").items()}
    if value in odd:
        return odd[value]
    return next(w + "th" for w, v in cardinal_words("en").items() if v == value)


@cache
def ordinals() -> dict[str, int]:
    """Every ordinal word of a day 1..31 ("derde", "eenentwintigste", "third", "twenty-first")
    -> its value."""
    return {**ordinal_words("en"), **ordinal_words("nl")}
