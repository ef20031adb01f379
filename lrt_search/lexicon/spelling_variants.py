"""Whether two written words are one word spelled two ways (rule ``spelling_joins``:
"doorstroom lokaties" is "doorstroomlocaties").

Two words are variants when they are the same after folding accents ("Oekraiense" /
"Oekraïense"), reading the alternations of ``lexicon/data/spelling.toml`` ("lokatie" /
"locatie": c and k) and collapsing doubled letters ("hotells" / "hotels", "voorang" /
"voorrang"). A different letter is never a variant ("motels" / "hotels", "flatwoningen" /
"flexwoningen"): those are other words.
"""

from __future__ import annotations

from functools import cache, lru_cache

from ..lazyre import lazy
from .textnorm import fold_accents
from .wordlists import mapping

_DOUBLED = lazy(r"(\w)\1+")


@cache
def alternations() -> tuple[tuple[str, str], ...]:
    """The (written, read) pairs of lexicon/data/spelling.toml's ``alternations``, read once."""
    return tuple((str(a), str(b)) for a, b in mapping("spelling", "alternations").items())


@lru_cache(maxsize=4096)
def spelling_key(word: str) -> str:
    """``word`` lower case, accents folded, alternations read and doubled letters collapsed."""
    key = fold_accents(word.lower())
    for written, read in alternations():
        key = key.replace(written, read)
    return _DOUBLED.sub(r"\1", key)


def same_spelling(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are variants of one word (see the module)."""
    return spelling_key(a) == spelling_key(b)
