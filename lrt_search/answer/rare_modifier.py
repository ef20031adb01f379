"""Rule ``same_stem_rare_modifier`` (issue 16, task F2): a Dutch topic word the minutes lack,
unknown to general Dutch (Zipf 0: a news-style compound such as "crisisnoodbevel"), is no
derivation of an index term that is only its leading part ("crisis"): that term is the
compound's modifier, and what the compound names is its head. :func:`topic_words._same_stem` drops
such terms; the word is then found only by the later routes (both its parts held, rule
``compound_both_parts``), else it counts as missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.wordfreq import zipf

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# The letters at least that follow the leading index term for it to be a modifier (a head of
# four letters or more: "bevel", "budget"), not a derivation's ending ("-er", "-ers", "-ees").
MODIFIER_TAIL = 4


def without_rare_modifier(retriever: Retriever, word: str, stem: str, found: set[str]) -> set[str]:
    """``found`` (the index terms :func:`topic_words._same_stem` took for forms of ``word``, whose
    analyzer stem is ``stem``) without the terms that are a whole leading part of ``stem``
    followed by :data:`MODIFIER_TAIL` letters or more, when the rule is on and general Dutch
    does not know ``word``."""
    if not found or not retriever.settings.same_stem_rare_modifier or zipf(word, "nl") > 0:
        return found
    return {t for t in found if not (stem.startswith(t) and len(stem) - len(t) >= MODIFIER_TAIL)}
