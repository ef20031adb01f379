"""The noun a Dutch question counts or asks the state of, when the minutes lack it.

"Hoeveel kinderen in het azc gaan naar school?" counts children; "Hoe staat het met de bewaking
van de azc's?" asks the state of the guarding of asylum centres. When the minutes hold no form
of such a noun (no index term, synonym or known compound head: :func:`~.topics.topic_terms`),
they cannot answer, however common the word ("kinderen" weighs too little for the implied-topic
check). Rule ``asked_noun_absent`` of the check ``topic_known`` (``Settings.asked_noun_absent``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, words
from ..lazyre import lazy
from ..lexicon.wordclass import is_paraphrase_word
from .topics import topic_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever

_STATE = lazy(
    r"^\s*hoe\s+(?:staat|zit|gaat|loopt)\s+het\s+(?:\w+\s+)?(?:met|rond)\s+(?P<x>[^?]+)", re.I
)
_COUNT = lazy(r"^\s*hoeveel\s+(?P<x>(?:\w+\s+){0,2}\w+)", re.I)


def asked_nouns(question: str) -> list[str]:
    """The lower-case nouns of what ``question`` asks the state of (every one of its phrase)
    or counts (the first after "hoeveel" that is no adjective or verb form)."""
    stop = dutch_stopwords()
    state = _STATE.match(question)
    if state:
        return [w for w in _lower_words(state["x"]) if w not in stop and len(w) >= 3]
    count = _COUNT.match(question)
    if count:
        for word in _lower_words(count["x"]):
            if word in stop or is_paraphrase_word(word):
                continue
            return [word] if len(word) >= 3 else []
    return []


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` written in lower case (names are not asked nouns)."""
    return [w for w in words(text) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


def absent_asked_nouns(retriever: Retriever, question: str) -> list[str]:
    """The asked nouns of ``question`` that the minutes lack in every form."""
    out = []
    for noun in asked_nouns(question):
        if is_paraphrase_word(noun):
            continue
        check = topic_terms(retriever, noun, english=False)
        if check.missing and not check.found:
            out.append(noun)
    return out
