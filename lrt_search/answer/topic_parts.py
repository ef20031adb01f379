"""The topic's terms that name it whole: without the compound parts of its words.

The analyzer splits a compound into its parts for the search ("taakstelling": "taak", "stel";
"taakstellingsbrief": "brief"), and a topic's terms hold them too. A part alone does not name
the topic: "taken" (tasks) or "brief" (a letter) is not the housing target. Rule
``uncovered_not_high`` (:class:`~lrt_search.config.Settings`) looks at the whole-word terms.
(Measured and not kept: the topic quote checks on whole-word terms only lose dev answers whose
compound part does name the topic, "opvangplekken" for "plekken": dev false abstentions 2 -> 6.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def whole_terms(retriever: Retriever, topic: str, terms: frozenset[str]) -> frozenset[str]:
    """``terms`` (the topic's index terms) without those that are only compound parts of the
    words of ``topic``, of its glossary terms or of its synonyms; a spelling variant or a
    translation stays."""
    sources = [topic, *retriever.glossary.expand(topic)]
    if retriever.synonyms is not None:
        sources += retriever.synonyms.expand(topic)
    whole: set[str] = set()
    parts: set[str] = set()
    for word in words(" ".join(sources)):
        found = retriever.analyzer.tokenize(word)
        whole.update(found[:1])
        parts.update(found[1:])
    return terms - (parts - whole)
