"""Rule ``compound_parts_together`` (issue 16, session 27 task B2): a Dutch topic compound the
minutes lack, found only through its parts ("crisisnoodopvangplekken": "crisis", "nood",
"opvang", "plek"), is quoted by a statement (or its heading) only where its parts stand
together there.

The topic gate still finds such a compound in the corpus by its parts (rules ``compound_parts``
and ``compound_both_parts``); a statement that holds the parts scattered over unrelated phrases
("crisis" in one clause, "opvang" in another, "plekken" of something else) does not state it.
Parts stand together when every part is held by a word of one clause (no ``, ; : . ! ? ( )``,
spaced dash or clause conjunction of function_words.toml between them) and each next word
holding a part stands at most ``Settings.compound_parts_together`` words after the one before:
"plekken voor doorstroom", "de plek in de doorstroom", a compound of the minutes holding both
("crisisnoodopvang ... 500 plekken"). The rule's table is tests/data/compound_spans.toml.
Off by default (``compound_parts_together = 0``): on, it cost answerable questions whose quote
holds one part that names the compound ("de koepels" for "koepelorganisaties"; docs/settings.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lazyre import lazy
from ..lexicon.wordlists import word_set
from .compound_words import known_parts
from .topic_words import compound_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .frame import Frame
    from .topics import TopicCheck

#: A compound's parts (each the index terms that hold it) and the terms it alone adds to the
#: topic, which a statement holding the parts apart does not count.
Span = tuple[tuple[frozenset[str], ...], frozenset[str]]

# Where a clause ends inside a statement: punctuation, or a dash with space on either side.
_CLAUSE_END = lazy(r"[,;:.!?()\[\]]+(?:\s|$)|\s[-–—]\s|[()]")


@cache
def _conjunctions() -> frozenset[str]:
    return word_set("function_words", "clause_conjunctions")


def compound_spans(retriever: Retriever, check: TopicCheck | None) -> tuple[Span, ...]:
    """The compounds of a Dutch topic found only through their parts, with their parts and
    the terms only they add (none when the rule is off, the topic is English, or a compound's
    word the index holds whole or finds otherwise: a synonym, another form)."""
    gap = retriever.settings.compound_parts_together
    if not gap or check is None or check.english:
        return ()
    spans: list[tuple[tuple[frozenset[str], ...], frozenset[str]]] = []
    for i, (_, unit_words, terms) in enumerate(check.found):
        if len(unit_words) != 1:
            continue
        parts = word_parts(retriever, unit_words[0], terms)
        if len(parts) < 2:
            continue
        others = {t for j, (_, _, u) in enumerate(check.found) if j != i for t in u}
        spans.append((parts, frozenset(terms - others)))
    return tuple(spans)


def word_parts(
    retriever: Retriever, word: str, terms: frozenset[str]
) -> tuple[frozenset[str], ...]:
    """The parts of a Dutch ``word`` whose found ``terms`` are its parts only: the analyzer's
    split into index terms when the index lacks the word's own stem ("opvangplekken":
    "opvang", "plek"), else its modifier and head of rule ``compound_both_parts``
    ("doorstroomplek": "doorstroom-" of "doorstroomlocatie", "plek"); () otherwise."""
    known = retriever.bm25.terms
    if not word.isalpha():
        return ()
    split = retriever.analyzer.tokenize_query(word, known)
    if not split or split[0] in known:
        return ()  # the minutes write the word itself
    pieces = [t for t in split[1:] if t in known]
    if len(pieces) >= 2 and set(pieces) == terms:
        return tuple(frozenset({t}) for t in dict.fromkeys(pieces))
    if not retriever.settings.compound_both_parts:
        return ()

    def index_terms(text: str) -> set[str]:
        return {t for t in retriever.analyzer.tokenize_query(text, known) if t in known}

    both = known_parts(retriever, word, index_terms, compound_terms)
    if both is None or both[0] | both[1] != terms:
        return ()
    return frozenset(both[1]), frozenset(both[0])


def parts_together(
    tokenize: Callable[[str], list[str]], text: str, parts: Sequence[frozenset[str]], gap: int
) -> bool:
    """Whether every part of ``parts`` is held by a word of one clause of ``text``, each next
    word holding a part at most ``gap`` words after the one before (a word may hold several
    parts: a compound of the minutes)."""
    stop = _conjunctions()
    for clause in _CLAUSE_END.split(text):
        held: list[tuple[int, set[int]]] = []  # (position, the parts its word holds)
        for position, word in enumerate(words(clause)):
            if word in stop:
                held.append((position, set()))  # a clause of its own begins
            terms = set(tokenize(word))
            found = {k for k, part in enumerate(parts) if part & terms}
            if found:
                held.append((position, found))
        if _chained(held, len(parts), gap):
            return True
    return False


def _chained(held: list[tuple[int, set[int]]], count: int, gap: int) -> bool:
    """Whether a run of part-holding words, each at most ``gap`` after the last, holds all
    ``count`` parts (an empty entry, a clause conjunction, ends a run)."""
    run: set[int] = set()
    last = -(gap + 1)
    for position, found in held:
        if not found or position - last > gap:
            run = set()
        run |= found
        last = position if found else -(gap + 1)
        if len(run) == count:
            return True
    return False


def held_terms(
    tokenize: Callable[[str], list[str]], text: str, spans: Sequence[Span], gap: int
) -> set[str]:
    """The index terms of ``text`` that hold the topic: its terms, without
    :func:`scattered_terms`."""
    return set(tokenize(text)) - scattered_terms(tokenize, text, spans, gap)


def scattered_terms(
    tokenize: Callable[[str], list[str]], text: str, spans: Sequence[Span], gap: int
) -> set[str]:
    """The terms only a compound of ``spans`` adds, of each compound whose parts do not all
    stand together in ``text``: scattered, or one part alone, they say other things there
    ("De nood is hoog", "extra opvang" for "noodopvang")."""
    terms = set(tokenize(text))
    out: set[str] = set()
    for parts, own in spans:
        if own & terms and not parts_together(tokenize, text, parts, gap):
            out |= own
    return out


def quote_terms(frame: Frame, text: str) -> set[str]:
    """:func:`held_terms` of a quote's ``text`` for the question of ``frame``."""
    gap = frame.retriever.settings.compound_parts_together
    return held_terms(frame.retriever.analyzer.tokenize, text, frame.needs.topic_spans, gap)


def split_compounds(retriever: Retriever, phrase: str) -> list[tuple[frozenset[str], ...]]:
    """The parts of each word of a Dutch ``phrase`` that the index holds only as its parts
    (:func:`word_parts`); none when the rule is off. What a statement must hold together to
    state the word (read by the check of reason ``topic_not_quoted``,
    :mod:`lrt_search.evaluation.reason_truth`)."""
    if not retriever.settings.compound_parts_together:
        return []
    known = retriever.bm25.terms
    out = []
    for word in words(phrase):
        pieces = frozenset(
            t for t in retriever.analyzer.tokenize_query(word, known)[1:] if t in known
        )
        parts = word_parts(retriever, word, pieces)
        if len(parts) >= 2:
            out.append(parts)
    return out
