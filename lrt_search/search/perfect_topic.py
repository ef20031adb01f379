"""Rule ``topic_after_perfect``: the topic of a Dutch perfect question with a verb of
mentioning, "Heeft de VNG de taakstelling genoemd?" -> "de taakstelling" (words:
lexicon/data/topics.toml ``perfect_*``)."""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, word_set

_PERFECT = lazy(
    rf"\b{alternation('topics', 'perfect_auxiliaries')}\s+(?P<rest>[^?.!;]+?)\s+"
    rf"{alternation('topics', 'perfect_closers')}(?!\w)",
    re.I,
)
_ARTICLES = word_set("topics", "perfect_articles")
_NO_TOPIC = word_set("topics", "perfect_no_topic")
_PARTICLES = word_set("function_words", "name_particles")


def _subject_end(words: list[str]) -> int:
    """Where the subject that opens ``words`` ends: an optional article and one word, then
    capitalised words, each maybe after name particles ("de minister van Justitie")."""
    i = 1 if words[0].lower() in _ARTICLES else 0
    i += 1
    while i < len(words):
        j = i
        while j < len(words) and words[j].lower() in _PARTICLES - _ARTICLES:
            j += 1
        if j < len(words) and words[j][:1].isupper():
            i = j + 1
        else:
            break
    return i


def perfect_topic(question: str) -> str:
    """The object of a Dutch perfect question with a verb of mentioning ("Heeft iemand de
    huisvesting aangekaart?" -> "de huisvesting"); "" when there is none or it is only a
    pronoun ("Heeft de VNG het genoemd?")."""
    m = _PERFECT.search(question)
    if not m:
        return ""
    words = m.group("rest").split()
    kept = words[_subject_end(words) :]
    if not kept or all(w.lower() in _NO_TOPIC for w in kept):
        return ""
    while kept and kept[0].lower() in _NO_TOPIC - _ARTICLES:
        kept.pop(0)
    return " ".join(kept).strip(" ,")
