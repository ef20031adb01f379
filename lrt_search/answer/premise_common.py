"""Rule ``premise_common_paraphrased`` (``Settings.premise_common_paraphrased``): a statement
supports a why-premise although it lacks some of the premise's words, when every word it lacks
is a common one (weight below ``Settings.premise_common_below``: "dienen", "voorlopig",
"voorzichtig") and it holds at least as many of the premise's needs as it lacks, one of them a
rare word. Questions written independently keep the minutes' rare words ("slaapruimte",
"losgeknipt") and say the common verbs, adverbs and adjectives in other words ("als
slaapruimte dienen" for "gebruik gemaakt ... als slaapruimte", "voorlopig" for "voor nu").
Still required: a premise of one need; the premise's first word (the finite verb after
"waarom": its event, which a false premise changes - "sloot MAenM de opvang", "trok de VNG
haar steun in"); every word of a premise with a word the check does not read (a paraphrase
word the minutes lack: "voor dalende huren bij de verkoop"); a need made of a compound's parts
(rule ``premise_compound_parts``), of a separable verb read whole or of an English word's
translations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..search.unread import content_words
from .informativeness import informativeness

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def common_needs(
    retriever: Retriever, premise: str, needs: tuple[frozenset[str], ...], english: bool
) -> frozenset[frozenset[str]]:
    """The needs of ``premise`` (:func:`~.premise.premise_terms`) that hold the own index term
    of a common content word of the premise (not its first word, no name; weight below
    ``Settings.premise_common_below``); empty when the rule is off or the premise has fewer
    than two needs or a word that is neither general (``Settings.implied_topic_min_weight``)
    nor read by the check ("dalende huren", a paraphrase word the minutes lack, left unchecked
    by rule ``premise_paraphrase_words``): a premise already read in part may lack no more."""
    settings = retriever.settings
    if not settings.premise_common_paraphrased or len(needs) < 2:
        return frozenset()
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    required = frozenset().union(*needs)
    out: set[frozenset[str]] = set()
    for word, start, _ in content_words(
        premise, retriever.orgs, main=retriever.settings.main_clause_intent
    ):
        if start == 0 or word[:1].isupper():
            continue  # the finite verb (the event: "sloot", "trok ... in") or a name
        weight = informativeness(word.lower(), english)
        terms = tokenize(word.lower(), known)
        if not required.intersection(terms):
            if weight >= settings.implied_topic_min_weight:
                return frozenset()  # a word the check does not read: none may lack besides
            continue
        if weight < settings.premise_common_below:
            out.update(need for need in needs if need.intersection(terms[:1]))
    return frozenset(out)


def common_missing(
    needs: tuple[frozenset[str], ...],
    missing: list[frozenset[str]],
    common: frozenset[frozenset[str]],
) -> bool:
    """Whether the premise is supported although ``missing`` of its ``needs`` are not held:
    each is common, no more are missing than held, and a held need is not common."""
    if not missing or not all(need in common for need in missing):
        return False
    held = [need for need in needs if need not in missing]
    return len(missing) <= len(held) and any(need not in common for need in held)
