"""Rule surname_folding: Dutch spelling variants of one surname fold to one key.

"Keijzer", "Keyzer" and "Keizer" fold to "keizer"; "v.d. Burg" and "Van der Burg" to "vd burg";
"Müller" to "muller". The particles and letters are data (``lexicon/data/surnames.toml``). A
name written one way in the minutes or a question resolves to the attendee list's entry written
another way when exactly one entry folds to the same key (:func:`fold_index`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .textnorm import fold_accents
from .wordlists import mapping

#: A surname that is a word this common in Dutch (Zipf) is not looked for without its first
#: name (the minutes' side, ingest.people, and the question's, answer.person_speaker).
COMMON_WORD = 4.0


@cache
def _table() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in mapping("surnames", "particles").items()}


@cache
def particle_alternation() -> str:
    """A regex alternation of the particles of ``surnames.toml`` ("v.d.", "van der")."""
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_table(), key=len)[::-1])


@cache
def _particles() -> tuple[re.Pattern[str], dict[str, str]]:
    return re.compile(rf"(?<![\w.])(?:{particle_alternation()})(?![\w/])"), _table()


@cache
def _letters() -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in mapping("surnames", "letters").items())


def fold_surname(name: str) -> str:
    """The key of a surname under rule surname_folding: lower case, diacritics removed,
    particles in one form, and the letters of ``surnames.toml`` replaced in order."""
    text = fold_accents(name.strip().lower())
    pattern, table = _particles()
    text = pattern.sub(lambda m: table[re.sub(r"\s+", " ", m.group(0))], text)
    for old, new in _letters():
        text = text.replace(old, new)
    return " ".join(text.split())


def fold_index(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{folded key: code}`` of ``(name, code)`` pairs, keeping a key only when exactly one
    name folds to it (two listed names that fold alike resolve nobody)."""
    seen: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    for name, code in names:
        key = fold_surname(name)
        seen.setdefault(key, set()).add(name.lower())
        codes[key] = code
    return {key: codes[key] for key, written in seen.items() if len(written) == 1}
