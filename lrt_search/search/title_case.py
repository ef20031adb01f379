"""Rule ``title_case_not_names``: capitals that carry no name.

A question in which every word of three or more starts with a capital letter ("Verbod Op
Voorrang Inburgering", "Nareizigers Zevenaar Hotels", a search box's or a headline's Title Case)
says nothing by its capitals: read as written, its whole run of words is one name that a quote
must hold word for word (``name_not_quoted``) or that the minutes lack (``name_absent``). Its
words are read in lower case instead, but for acronyms ("VNG", "AMvB", "DSL's"), so its names are
those of the alias table and the acronyms, and its other words are topic words.
"""

from __future__ import annotations

from ..lazyre import lazy
from .phrases import ACRONYM

_WORD = lazy(r"[^\W\d_][\w'’-]*")
#: The fewest words of a question whose capitals say nothing ("Ter Apel" stays a name).
MIN_WORDS = 3


def _acronym(word: str) -> bool:
    return bool(ACRONYM.match(word.split("'")[0].split("’")[0]))


def is_title_case(question: str) -> bool:
    """Whether every word of ``question`` (at least :data:`MIN_WORDS`) starts with a capital
    letter, and one at least is no acronym."""
    found = _WORD.findall(question)
    return (
        len(found) >= MIN_WORDS
        and all(w[0].isupper() for w in found)
        and not all(_acronym(w) for w in found)
    )


def lower_title_case(question: str) -> str:
    """``question`` with every word but its acronyms in lower case."""
    return _WORD.sub(lambda m: m.group(0) if _acronym(m.group(0)) else m.group(0).lower(), question)
