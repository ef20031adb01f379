"""Rule ``premise_unlisted_verb`` (``Settings.premise_unlisted_verb``): the claim verb of an
English why-premise with do-support ("Why did BZK boycott the meeting?") that the index lacks
and that no dictionary lists, in no spelling ("criticise" is looked up as "criticize") and with
no Dutch cognate the index holds ("coordination" -> "coördinatie"), is required as written, as
a Dutch premise word the minutes lack is: the minutes never state the act, so no statement
supports the premise. Before, such a word was left unchecked and the premise held only names.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.cognates import cognate_forms
from ..lexicon.freedict import english_headword, english_to_dutch
from ..lexicon.wordlists import mapping, word_set

if TYPE_CHECKING:
    from ..search.retriever import Retriever


@cache
def _british_endings() -> tuple[tuple[str, str], ...]:
    """British endings and their American spellings, longest first (spelling.toml)."""
    table = mapping("spelling", "british_endings")
    return tuple(sorted(((str(b), str(a)) for b, a in table.items()), key=lambda p: -len(p[0])))


def spellings(word: str) -> tuple[str, ...]:
    """``word`` (lower case) and its American spelling when it ends in a British ending."""
    key = word.lower()
    for british, american in _british_endings():
        if key.endswith(british) and len(key) > len(british) + 2:
            return key, key[: -len(british)] + american
    return (key,)


def listed(word: str) -> bool:
    """Whether a bilingual dictionary translates ``word`` in one of its spellings (by the
    dictionary form: "apologised" -> "apologize")."""
    return any(english_to_dutch(english_headword(form)) for form in spellings(word))


def unlisted_claim(retriever: Retriever, premise: str, word: str, first: bool) -> frozenset[str]:
    """The index terms of ``word`` to require of a supporting statement when it is the claim
    verb of a do-support premise (``first``: the premise's first content word that is no name;
    the premise starts with an auxiliary of lexicon/data/questions.toml ``do_support``) that no
    dictionary lists and no cognate of which the index holds; empty otherwise (the word stays
    unchecked) or when the rule is off. The caller has found that the index lacks ``word``."""
    if not retriever.settings.premise_unlisted_verb or not first:
        return frozenset()
    opening = premise.split()[:1]
    if not opening or opening[0].lower() not in _do_support() or listed(word):
        return frozenset()
    known = retriever.bm25.terms
    analyzer = retriever.analyzer
    for form in cognate_forms(word):
        if any(t in known for t in analyzer.tokenize(form)[:1]):
            return frozenset()
    return frozenset(analyzer.tokenize_query(word.lower(), known)[:1])


@cache
def _do_support() -> frozenset[str]:
    return word_set("questions", "do_support")
