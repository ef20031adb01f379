"""Spelling suggestions from the index vocabulary ("Bedoelde u: spreidingswet?").

A word of the query that the index does not know (:func:`lrt_search.search.unread.find_unread`)
gets the closest word of the minutes as a suggestion: the surface word at the smallest
Damerau-Levenshtein distance (``editdistpy``, transpositions count as one edit), at most
:data:`Settings.spelling_max_edits` edits (one for words up to five letters), ties broken by how
often the word occurs. The vocabulary is the minutes' own words as written, stored with the index
when it is built (``spellings`` in ``facts.sqlite``, :mod:`lrt_search.index.facts`): a suggestion
reads the words of nearby lengths, never the chunks. Chunks without a stored index (or an index
written before the vocabulary was) are read once per retriever instead.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from editdistpy import damerau_osa

from ..index.analysis import dutch_stopwords, is_english
from ..index.facts import corpus_facts, spelling_counts
from ..lazyre import lazy
from ..lexicon.spelling_variants import alternations
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordfreq import zipf
from .unread import find_unread

if TYPE_CHECKING:
    from .retriever import Retriever

_VOCABULARY: weakref.WeakKeyDictionary[object, dict[int, Counter[str]]] = (
    weakref.WeakKeyDictionary()
)


@dataclass(frozen=True)
class Suggestion:
    """An unknown ``word`` of a query, the known ``suggestion`` and the corrected ``query``."""

    word: str
    suggestion: str
    query: str

    def to_dict(self) -> dict[str, str]:
        """JSON form (``"suggestions"`` of ``search --json`` and ``ask --json``)."""
        return {"word": self.word, "suggestion": self.suggestion, "query": self.query}


def _by_length(pairs: Iterable[tuple[str, int]]) -> dict[int, Counter[str]]:
    by_length: dict[int, Counter[str]] = {}
    for word, n in pairs:
        by_length.setdefault(len(word), Counter())[word] = n
    return by_length


def vocabulary(
    retriever: Retriever, shortest: int = 0, longest: int = 10**6, near: tuple[str, int] = ("", -1)
) -> dict[int, Counter[str]]:
    """The minutes' words (lowercase, as written) of ``shortest`` to ``longest`` characters with
    their counts, by length: from the index's stored vocabulary, else from the chunks (read once
    per retriever). From the stored vocabulary, ``near`` ``(word, edits)`` leaves out in SQL
    words that cannot be within ``edits`` edits of ``word`` (:meth:`CorpusFacts.spellings`)."""
    stored = corpus_facts(retriever.chunks).spellings(shortest, longest, near=near)
    if stored is not None:
        return _by_length(stored)
    cached = _VOCABULARY.get(retriever)
    if cached is None:
        cached = _VOCABULARY[retriever] = _by_length(spelling_counts(retriever.chunks).items())
    return {n: words for n, words in cached.items() if shortest <= n <= longest}


def edit_limit(word: str, max_edits: int) -> int:
    """The edits :func:`closest_word` allows ``word``: one for words up to five letters."""
    return 1 if len(word) <= 5 else max_edits


def closest_word(word: str, words: dict[int, Counter[str]], max_edits: int) -> str | None:
    """The word of ``words`` closest to ``word`` (see the module docstring), or None."""
    key = word.lower()
    limit = edit_limit(key, max_edits)
    best: tuple[int, int, str] | None = None
    for length in range(len(key) - limit, len(key) + limit + 1):
        for candidate, count in words.get(length, Counter()).items():
            if candidate == key:
                return None  # known as written
            distance = damerau_osa.distance(key, candidate, limit)
            if distance < 0 or (distance == 0 and fold_accents(candidate) != fold_accents(key)):
                continue
            if best is None or (distance, -count) < (best[0], -best[1]):
                best = (distance, count, candidate)
    return best[2] if best else None


def in_case_of(written: str, word: str) -> str:
    """``word`` (a word of the minutes, lower case) in the case the question wrote the word it
    corrects: a capitalised name stays a name ("Keijzer" -> "Keizer", so the corrected question
    still names a person), an acronym stays upper case."""
    if written.isupper() and len(written) > 1:
        return word.upper()
    if written[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _english_typo(word: str, candidate: str) -> bool:
    """Rule ``spelling_english_words``: in an English question a word of general English
    ("poor") is a word the minutes lack, not a misspelling, and a Dutch function word ("voor")
    is never what was meant."""
    return zipf(word, "en") == 0 and candidate.lower() not in dutch_stopwords()


def suggest(retriever: Retriever, query: str) -> list[Suggestion]:
    """A suggestion for each word of ``query`` that the index does not know and that lies
    within the edit limit of a word of the minutes; each carries the query with all the
    suggestions so far applied. In an English question, only for a word that is no word of
    general English, never a Dutch function word (rule ``spelling_english_words``)."""
    found = find_unread(
        query, retriever.orgs, retriever.glossary, retriever.analyzer, retriever.bm25.terms
    )
    unknown = [w for u in found if u.kind == "words" for w in u.text.split(", ")]
    if not unknown or retriever.settings.spelling_max_edits < 1:  # 0: no suggestions
        return []
    max_edits = retriever.settings.spelling_max_edits
    english = retriever.settings.spelling_english_words and is_english(query)
    out = joined_words(retriever, query, unknown) if retriever.settings.spelling_joins else []
    corrected = out[-1].query if out else query
    parts = {w for s in out for w in s.word.split()}
    for word in unknown:
        if len(word) < retriever.settings.spelling_min_chars or word in parts:
            continue
        near = (word.lower(), edit_limit(word, max_edits))  # no word farther is read
        words = vocabulary(retriever, len(word) - max_edits, len(word) + max_edits, near)
        better = closest_word(word, words, max_edits)
        if better is None or (english and not _english_typo(word, better)):
            continue
        better = in_case_of(word, better)
        corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, corrected)
        out.append(Suggestion(word, better, corrected))
    return out


def as_typed(suggestions: Iterable[Suggestion], typed: str) -> list[Suggestion]:
    """The ``suggestions`` made for a text as read (rule ``chat_abbreviations``: "wrm is de
    opvnag besprk" read "waarom is de opvnag besproken", so no "besprk" -> "gesprek"), each
    with its ``query`` the text as ``typed`` (operators and all) with the corrections so far
    applied: an unknown word is never one that reading wrote, so it stands in ``typed`` too."""
    out: list[Suggestion] = []
    corrected = typed
    for s in suggestions:
        apart = r"\s+".join(re.escape(part) for part in s.word.split())  # rule spelling_joins
        written = s.suggestion.replace("\\", "\\\\")  # a replacement, not a template
        corrected = re.sub(rf"(?<!\w){apart}(?!\w)", written, corrected)
        out.append(Suggestion(s.word, s.suggestion, corrected))
    return out


_TOKEN = lazy(r"[^\W\d_][\w-]*")


@cache
def _alternation_letters() -> tuple[frozenset[str], frozenset[str]]:
    """The letters of the written sides of ``lexicon/data/spelling.toml``'s alternations (which
    :func:`~lrt_search.lexicon.spelling_variants.spelling_key` may remove) and of the read
    sides (which it may add)."""
    pairs = alternations()
    return frozenset("".join(a for a, _ in pairs)), frozenset("".join(b for _, b in pairs))


def key_letters(key: str) -> str:
    """The letters of ``key`` that no alternation may add: an ASCII word whose
    :func:`~lrt_search.lexicon.spelling_variants.spelling_key` is ``key`` holds each of them in
    lower case (folding, reading and collapsing change no other letter)."""
    return "".join(sorted(set(key) - _alternation_letters()[1]))


def with_key(words: Iterable[str], key: str) -> list[str]:
    """The words of ``words`` whose
    :func:`~lrt_search.lexicon.spelling_variants.spelling_key` is ``key``, in their order. The
    key is computed only for a word whose letters could give it: an ASCII word's letters that no
    alternation may remove must all be in ``key``, and it must hold :func:`key_letters`; a word
    that is not ASCII is always keyed."""
    from ..lexicon.spelling_variants import spelling_key

    written = _alternation_letters()[0]
    letters = set(key)
    needed = set(key_letters(key))
    out = []
    for word in words:
        if word.isascii():
            have = set(word.lower())
            if not (have - written <= letters and needed <= have):
                continue
        if spelling_key(word) == key:
            out.append(word)
    return out


def _holding(
    retriever: Retriever, shortest: int, longest: int, key: str
) -> dict[int, Counter[str]]:
    """:func:`vocabulary` of ``shortest`` to ``longest`` characters without the ASCII words
    that lack a letter of :func:`key_letters` (filtered by ``facts.sqlite`` when it holds the
    spellings): the words :func:`with_key` could keep, in the same order."""
    stored = corpus_facts(retriever.chunks).spellings(shortest, longest, key_letters(key))
    if stored is not None:
        return _by_length(stored)
    return vocabulary(retriever, shortest, longest)


def _keyed(retriever: Retriever, shortest: int, longest: int, key: str) -> dict[int, Counter[str]]:
    """The minutes' words of ``shortest`` to ``longest`` characters whose
    :func:`~lrt_search.lexicon.spelling_variants.spelling_key` is ``key``, with their counts, by
    length, in :func:`with_key`'s order: table ``spelling_keys`` of ``facts.sqlite`` (a few rows),
    else :func:`_holding`'s words keyed here."""
    stored = corpus_facts(retriever.chunks).keyed_spellings(key, (shortest, longest))
    if stored is not None:
        return _by_length(stored)
    words = _holding(retriever, shortest, longest, key)
    keep = set(with_key((w for ws in words.values() for w in ws), key))
    return {n: Counter({w: c for w, c in ws.items() if w in keep}) for n, ws in words.items()}


def spelled_alike(retriever: Retriever, word: str) -> list[str]:
    """The minutes' words (lowercase, as written) of two letters shorter to two longer than
    ``word`` whose :func:`~lrt_search.lexicon.spelling_variants.spelling_key` is ``word``'s
    ("locatie" for "lokatie"; ``word`` itself too when the minutes hold it)."""
    from ..lexicon.spelling_variants import spelling_key

    key = spelling_key(word)
    n = len(word)
    words = _keyed(retriever, n - 2, n + 2, key)
    return [w for ws in words.values() for w in ws]


def joined_words(retriever: Retriever, query: str, unknown: list[str]) -> list[Suggestion]:
    """Rule ``spelling_joins``: two words of ``query``, one of them unknown to the index, that
    written as one are a word of the minutes (the same after
    :func:`~lrt_search.lexicon.spelling_variants.spelling_key`: "doorstroom lokaties" ->
    "doorstroomlocaties", "asielzoekers centrum" -> "asielzoekerscentrum"), a suggestion each."""
    from ..lexicon.spelling_variants import spelling_key

    tokens = _TOKEN.findall(query)
    lost = set(unknown)
    out: list[Suggestion] = []
    corrected = query
    for a, b in pairwise(tokens):
        if not ({a, b} & lost) or any(a in s.word.split() for s in out):
            continue
        key = spelling_key(a + b)
        n = len(a) + len(b)
        words = _keyed(retriever, n - 2, n + 2, key)
        found = [w for ws in words.values() for w in ws]
        if not found:
            continue
        better = max(found, key=lambda w: words[len(w)][w])
        pattern = rf"(?<!\w){re.escape(a)}\s+{re.escape(b)}(?!\w)"
        corrected = re.sub(pattern, in_case_of(a, better), corrected)
        out.append(Suggestion(f"{a} {b}", in_case_of(a, better), corrected))
    return out


#: Linking letters between a compound's modifier and its head ("zit-s-plaatsen").
_LINKS = ("s", "en", "e")
#: Rule ``spelling_keeps_part_start``: the Zipf in general Dutch both parts of a compound need.
PART_ZIPF = 3.0


def general_compound(word: str, min_zipf: float = 1.0, min_part: int = 3) -> tuple[str, ...]:
    """``word`` as a modifier and a head that are both words of general Dutch (Zipf
    ``min_zipf`` or more, ``min_part`` letters or more; a linking "s", "en" or "e" between
    them), the split whose rarer part is the most common; empty when there is none."""
    key = word.lower()
    best: tuple[float, tuple[str, ...]] | None = None
    for cut in range(min_part, len(key) - min_part + 1):
        head = key[cut:]
        head_zipf = zipf(head, "nl")
        if head_zipf < min_zipf:
            continue
        for link in ("", *_LINKS):
            modifier = key[:cut]
            if link and not modifier.endswith(link):
                continue
            modifier = modifier[: len(modifier) - len(link)]
            score = min(zipf(modifier, "nl"), head_zipf)
            if len(modifier) >= min_part and score >= min_zipf and (not best or score > best[0]):
                best = (score, (modifier, head))
    return best[1] if best else ()


def changes_part_start(word: str, suggestion: str) -> bool:
    """Rule ``spelling_keeps_part_start``: whether correcting ``word`` into ``suggestion``
    replaces a word by another rather than a slip. ``word`` must split into a modifier and a head
    of general Dutch (:func:`general_compound`, Zipf :data:`PART_ZIPF`), the two must differ in
    their spelling key, and the correction must change the first letter of the part it changes
    ("sitsplaatsen" -> "uitplaatsen", "spreidingsnet" -> "spreidingswet"; not "crisismodus" ->
    "crisismode"), or change both parts."""
    from ..lexicon.spelling_variants import spelling_key

    w, c = word.lower(), suggestion.lower()
    if " " in w or spelling_key(w) == spelling_key(c):
        return False
    parts = general_compound(w, PART_ZIPF)
    if not parts:
        return False
    modifier, head = parts
    link = w[len(modifier) : len(w) - len(head)]
    if c.endswith(head):  # the modifier changed
        return c[:1] != modifier[:1]
    if c.startswith(modifier):  # the head changed
        return c[len(modifier) + len(link) : len(modifier) + len(link) + 1] != head[:1]
    return True
