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


@cache
def word_form_rules() -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """The paradigms of rule ``word_forms_read`` (``inflections.toml`` ``word_forms``): each a
    name, the endings of one word's forms ("verb": "", "t", "en", "te", ...) and the least
    letters of its stem (``word_forms_min_stem`` unless the rule gives its own)."""
    least = int(_data()["word_forms_min_stem"])
    return tuple(
        (str(rule[0]), tuple(str(e) for e in rule[1]), int(rule[2]) if len(rule) > 2 else least)
        for rule in _data()["word_forms"]
    )


def word_form_bounds() -> tuple[int, int]:
    """The least letters of a stem and of the minutes' word of rule ``word_forms_read``."""
    data = _data()
    return int(data["word_forms_min_stem"]), int(data["word_forms_min_word"])


@cache
def verb_particles() -> frozenset[str]:
    """The particles of Dutch separable verbs (``inflections.toml`` ``dutch_verb_particles``)."""
    return frozenset(str(p) for p in _data()["dutch_verb_particles"])


@cache
def verb_prefixes() -> frozenset[str]:
    """The inseparable verb prefixes (``inflections.toml`` ``dutch_verb_prefixes``)."""
    return frozenset(str(p) for p in _data()["dutch_verb_prefixes"])


def _data() -> dict:
    return bundled_toml("inflections.toml")
