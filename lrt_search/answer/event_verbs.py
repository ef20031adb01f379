"""Rule ``premise_event_stated`` (``Settings.premise_event_stated``): a question whose verb
is an event ("Welke gemeenten weigerden statushouders te huisvesten?", "When did the LRT
decide to close Ter Apel?") presupposes that the event happened; a statement answers it only
when the event stands in it or in its neighbours of the same item (the statement before it,
the one after it): the verb in some inflection or its nominalisation ("weigering",
"stemming", "verlengd"), or for English one of its Dutch translations (FreeDict).

An event verb is any verb form of the question (word class ``V`` of
:mod:`lrt_search.lexicon.wordclass`) that is not a word of speech or of the question's frame
(:func:`~lrt_search.search.unread.content_words` leaves those out: "zei", "besproken"), nor a
light verb ("komen", "houden"); for English, a word that reads as no noun and whose Dutch
translations hold a verb. A word the dictionaries do not know is left unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import LIGHT_VERBS, english_stopwords, words
from ..lexicon.datafiles import bundled_toml
from ..lexicon.dutch_forms import class_form
from ..lexicon.freedict import english_headword, english_to_dutch
from ..lexicon.wordclass import dutch_class, english_noun
from ..search.query import is_speech_word_in
from ..search.unread import content_words

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote

_MIN_ROOT = 4
_TOKEN = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class EventNeed:
    """The question's event verbs as written, and per verb the roots one of which must begin
    a word of the statement or of a neighbour."""

    verbs: tuple[str, ...]
    roots: tuple[frozenset[str], ...]


@cache
def _data() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in bundled_toml("events.toml").items()}


def without_ge(word: str) -> str:
    """``word`` with a participle's "ge" read away, at its start or after a particle of a
    separable verb ("gepland" -> "pland", "ingestemd" -> "instemd")."""
    if word.startswith("ge") and len(word) >= 6:
        return word[2:]
    for particle in _data()["dutch_verb_particles"]:
        if word.startswith(particle + "ge") and len(word) - len(particle) >= 6:
            return particle + word[len(particle) + 2 :]
    return word


def verb_root(form: str, infinitive: bool = False) -> str:
    """The root of a Dutch verb form: "ge" read away, the first verb ending of the data
    removed ("en" of an ``infinitive``: "sluiten" -> "sluit"), a doubled last consonant
    undoubled ("stemmen" -> "stem"); ``""`` when shorter than four letters."""
    word = without_ge(form.lower())
    for ending in ("en",) if infinitive else _data()["dutch_verb_endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_ROOT:
            word = word[: -len(ending)]
            break
    if len(word) > _MIN_ROOT and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word if len(word) >= _MIN_ROOT else ""


def _dutch_roots(word: str, before: str) -> frozenset[str]:
    key = word.lower()
    if before in _data()["dutch_not_event_after"] or key in LIGHT_VERBS:
        return frozenset()
    if key.endswith(_data()["dutch_adjectival_endings"]) or dutch_class(class_form(key)) != "V":
        return frozenset()
    if without_ge(key) == key and not _past_tense(key):
        return frozenset()  # no participle, no past tense: a plan or a state
    return frozenset(r for r in (verb_root(key),) if r)


def _past_tense(word: str) -> bool:
    """Whether a Dutch verb form is a past tense: a past ending of the data after a stem of
    four letters or more; a plural ("-den", "-ten") only when the stem with "-en" (its last
    letter doubled or not) is a verb, so "overnachten" is no past tense of "overnach"."""
    for ending in _data()["dutch_past_endings"]:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_ROOT:
            continue
        if not ending.endswith("en"):
            return True
        return any(dutch_class(f) == "V" for f in (stem + "en", stem + stem[-1] + "en"))
    return False


def _english_roots(word: str) -> frozenset[str]:
    key = word.lower()
    if english_noun(key)[1]:
        return frozenset()  # reads as a noun ("block", "measures"): the topic check's word
    dutch = english_to_dutch(english_headword(key))
    verbs = [
        d for d in dutch
        if d.isalpha() and d.endswith("en") and d not in LIGHT_VERBS and dutch_class(d) == "V"
    ]  # fmt: skip
    return frozenset(r for r in (verb_root(d, infinitive=True) for d in verbs) if r)


def _english_event(tokens: list[str], spans: list[int], names: set[int]) -> int | None:
    """The token index of an English question's event verb among its content words
    (``spans``: their token indexes; ``names``: those of its names), or ``None``."""
    data = _data()
    aux = next((i for i, t in enumerate(tokens) if t in data["english_past_auxiliaries"]), None)
    if aux is not None and tokens[aux] in data["english_bare_after"]:
        return _bare_verb(tokens, aux, spans, names)
    present = any(t in data["english_present_auxiliaries"] for t in tokens)
    for i in spans:
        word = tokens[i]
        if (i and tokens[i - 1] in data["english_not_event_after"]) or not word.endswith("ed"):
            continue
        if aux is not None and i > aux and _english_roots(word):
            return i
        if aux is None and not present and _english_roots(word):
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not after or after in english_stopwords():
                return i
    return None


def _bare_verb(tokens: list[str], aux: int, spans: list[int], names: set[int]) -> int | None:
    """After "did": the first word after its subject (stopwords, names and nouns) that has
    no "-s", "-ed" or "-ing", when it is an event verb ("Did the municipalities want ...":
    "want", a word of speech, so none; "Did the crisis measures come up": "come", none)."""
    for i in range(aux + 1, len(tokens)):
        word = tokens[i]
        if i in names or word in english_stopwords():
            continue
        if i not in spans:
            return None  # a word of speech or of the frame: the question's verb is no event
        if english_noun(word)[1] or word.endswith(("s", "ed", "ing")):
            continue
        return i if _english_roots(word) else None
    return None


def event_need(retriever: Retriever, question: str, english: bool) -> EventNeed | None:
    """The question's event verbs and their roots, or ``None`` when it has none, asks what
    was said (a word of speech: the event is what someone said) or the rule is off."""
    settings = retriever.settings
    if not settings.premise_event_stated or not settings.evidence_checks:
        return None
    matches = list(_TOKEN.finditer(question))
    tokens = [m.group(0).lower() for m in matches]
    kept = [t for t in tokens if t not in _data()["speech_not_asking"]]
    if is_speech_word_in(" ".join(kept)):
        return None  # asks what was said ("go on about", "zei")
    index = {m.start(): i for i, m in enumerate(matches)}
    condition = next((i for i, t in enumerate(tokens) if i and t in _data()["conditionals"]), None)
    if condition is not None:
        index = {start: i for start, i in index.items() if i < condition}  # not in a condition
    spans = [
        index[start] for word, start, _ in content_words(question, retriever.orgs)
        if start in index and not (word[:1].isupper() and start > 0)  # not a name
    ]  # fmt: skip
    if english:
        names = {i for i, m in enumerate(matches) if i and m.group(0)[:1].isupper()}
        found = _english_event(tokens, spans, names)
        picked = [(tokens[found], _english_roots(tokens[found]))] if found is not None else []
    else:
        picked = [(tokens[i], _dutch_roots(tokens[i], tokens[i - 1] if i else "")) for i in spans]
    picked = [(w, r) for w, r in picked if r]
    if not picked:
        return None
    return EventNeed(tuple(w for w, _ in picked), tuple(r for _, r in picked))


def event_stated(quote: Quote) -> bool:
    """Whether an event verb of the question has a root that begins a word of ``quote``, of
    the statement before it or of the one after it (a participle's "ge" read away)."""
    need = quote.event
    if need is None:
        return True
    held = {without_ge(w) for text in (quote.text, quote.before, quote.after) for w in words(text)}
    return any(w.startswith(r) for roots in need.roots for r in roots for w in held)
