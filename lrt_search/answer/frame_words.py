"""Rule ``question_frame_words``: words that frame a question are no topic words.

"Welke actie spraken BZK en Aedes op 3 november 2023 af, en waarover?" asks after an agreement
("spraken ... af": the verb is the intent), and "waarover" asks after its subject; "mvro
systeem vastgelopen qoute" asks for a quote. Neither names what the question is about. The
lists are data (``lexicon/data/frame_words.toml``): interrogative pronominal adverbs, request
words (and their one-letter typos, rare in both wordfreq lists), and the particles of Dutch
separable verbs, which, closing a clause, are read with their verb.
"""

from __future__ import annotations

import re
from functools import cache

from editdistpy import damerau_osa

from ..lazyre import lazy
from ..lexicon.dutch_forms import class_form
from ..lexicon.wordclass import is_paraphrase_word
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import word_set

_CLAUSE = lazy(r"[^,;:?!.]+")
_WORD = lazy(r"[^\W\d_][\w'’-]*", re.UNICODE)
# A verb read with its particle: particle + word is a Dutch word of this Zipf or more.
_VERB_MIN_ZIPF = 1.5
# A typo of a request word: this long at least, rarer than this in both wordfreq lists.
_TYPO_MIN_LEN = 5
_TYPO_MAX_ZIPF = 2.0


def _list(name: str) -> frozenset[str]:
    return word_set("frame_words", name)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, inserted, deleted, or two
    neighbouring letters swapped ("qoute", "quote"): Damerau (OSA) distance 1, as the spelling
    step measures it (search/spelling.py, ``editdistpy``)."""
    return damerau_osa.distance(a, b, 1) == 1


@cache
def is_request_word(word: str) -> bool:
    """A request word ("quote", "letterlijk"), or a typo of one that both wordfreq lists hold
    rare or not at all ("qoute"); "words"/"woorden" only with a companion (:func:`frame_words`)."""
    key = word.lower()
    requests = _list("request_words") - _list("request_pairs_only")
    if key in requests:
        return True
    return (
        len(key) >= _TYPO_MIN_LEN
        and max(zipf(key, "nl"), zipf(key, "en")) < _TYPO_MAX_ZIPF
        and any(_one_edit(key, r) for r in requests if len(r) >= _TYPO_MIN_LEN)
    )


def is_frame_word(word: str) -> bool:
    """An interrogative pronominal adverb or a request word (:func:`is_request_word`)."""
    return word.lower() in _list("question_adverbs") or is_request_word(word)


def frame_words(question: str) -> frozenset[str]:
    """The lower-case words of ``question`` that frame it: interrogative pronominal adverbs,
    request words (:func:`is_request_word`; "exact words": "words" beside a companion), and a
    separable verb with the particle that closes its Dutch clause (:func:`_separable_verbs`)."""
    found: set[str] = set()
    for clause in _CLAUSE.findall(question):
        ws = [w.lower() for w in _WORD.findall(clause)]
        for i, w in enumerate(ws):
            if is_frame_word(w):
                found.add(w)
            elif (
                w in _list("request_pairs_only") and i and ws[i - 1] in _list("request_companions")
            ):
                found.update((w, ws[i - 1]))
        found.update(_separable_verbs(ws))
    return frozenset(found)


def _separable_verbs(ws: list[str]) -> set[str]:
    """The verb of a Dutch separable verb whose particle closes the clause ``ws`` (its lower-
    case words), with that particle: a word before it that the particle makes a Dutch word
    ("spraken ... af": "afspraken") and a verb form, no noun (:mod:`~lrt_search.lexicon.wordclass`:
    "Welke kosten kwamen er bij?" keeps "kosten"); none when no word does."""
    if len(ws) < 3 or ws[-1] not in _list("separable_particles"):
        return set()
    particle = ws[-1]
    verbs = {
        w
        for w in ws[1:-1]
        if len(w) >= 3
        and zipf(particle + w, "nl") >= _VERB_MIN_ZIPF
        and is_paraphrase_word(class_form(w, True))
    }
    return verbs | {particle} if verbs else set()


def without_frame(topic: str, question: str) -> str:
    """``topic`` (words joined by spaces) without the frame words of ``question``."""
    frame = frame_words(question)
    return " ".join(w for w in topic.split() if w.lower() not in frame)
