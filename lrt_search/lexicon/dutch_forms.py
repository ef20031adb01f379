"""Other inflected forms of a Dutch word: its verb's infinitive, a Latin plural's singular, an
adjective's declined form.

The analyzer's Snowball stems join most forms of a word, not all: "crises" stems to "cris" and
"crisis" to "crisis", "afrondt" and "afronden" differ, and the word-class table
(:mod:`lrt_search.lexicon.wordclass`) holds a word only in the forms that general Dutch uses
often ("afronden", "onderlinge", not "afrondt", "onderling"). :func:`dutch_forms` gives the forms
the endings of ``lexicon/data/inflections.toml`` (section ``dutch``) make of a word, so a topic
check can find the word in the minutes through one of them, or read its word class there.
"""

from __future__ import annotations

from functools import cache

from .datafiles import bundled_toml
from .wordclass import dutch_class


@cache
def _rules() -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in bundled_toml("inflections.toml")["dutch"])


def dutch_forms(word: str) -> tuple[str, ...]:
    """The forms the Dutch inflection rules make of ``word`` (lower case), in rule order, each
    with a stem of four letters or more ("afrondt" -> "afronden", "crises" -> "crisis")."""
    out: list[str] = []
    for ending, replacement in _rules():
        if not word.endswith(ending) or len(word) - len(ending) < 4:
            continue
        form = word[: len(word) - len(ending)] + replacement
        if form != word and form not in out:
            out.append(form)
    return tuple(out)


def class_form(word: str, inflections: bool = True) -> str:
    """``word`` when the word-class table holds it, else its first inflected form
    (:func:`dutch_forms`) that the table holds, else ``word``: the form whose class and
    frequency tell what kind of word it is ("afrondt" -> "afronden", a verb). Without
    ``inflections`` (rule ``dutch_inflections`` off): ``word``."""
    if not inflections or dutch_class(word):
        return word
    return next((f for f in dutch_forms(word) if dutch_class(f)), word)
