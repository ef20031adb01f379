"""Rule ``premise_glossary_beside`` (``Settings.premise_glossary_beside``): an English word of a
why-premise is checked through the Dutch one-word terms of every glossary entry whose English
term covers it in the premise ("hesitant" -> "terughoudend", "holiday parks" ->
"recreatieparken", "tools" -> "instrumenten"), besides its FreeDict translations. Whether the
word is required is decided as before, by its FreeDict translations alone: the glossary only
widens what meets a need, so a false premise's changed word stays required. FreeDict gives
a word's dictionary senses ("hesitant" -> "aarzelend", "bad" -> "bedorven"), the glossary the
minutes' own wording of it; before, the glossary was read only for a word FreeDict did not
translate at all (rule ``premise_glossary_words``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def glossary_covering(retriever: Retriever, premise: str, start: int) -> frozenset[str]:
    """The index terms of the one-word Dutch terms of the glossary entries whose English term
    stands in ``premise`` over the word at ``start``; empty when none does or the rule is off."""
    if not retriever.settings.premise_glossary_beside:
        return frozenset()
    out: set[str] = set()
    at = 0
    for found, entry in retriever.glossary.matches(premise):
        begin = premise.find(found, at)
        if begin < 0:
            continue
        at = begin + len(found)
        if not begin <= start < at:
            continue
        for dutch in entry.nl:
            if " " not in dutch and dutch.isalpha():
                out.update(retriever.analyzer.tokenize(dutch)[:1])
    return frozenset(out)
