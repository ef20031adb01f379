"""Rule ``glossary_head_unchecked`` (issue 16 task F2): an English topic word the minutes lack
as written that is the head of a two-word glossary term ("secretary" of "state secretary",
"applicants" of "asylum applicants") whose Dutch term the minutes hold ("staatssecretaris",
"asielzoekers") is not reported missing: the minutes may well say it in that Dutch word, so a
reason "'secretary' does not occur in the minutes" would be false. The word is left unchecked,
as an English word the glossary lacks is."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import Stemmer

from ..index.analysis import words
from ..lexicon.wordlists import word_set

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from ..search.retriever import Retriever

#: The function words a term with a head has none of ("secretary of state", "the state").
_SMALL = ("articles", "name_particles", "infinitive_markers_en")


def glossary_head_held(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> bool:
    """Whether ``word`` is the head of a two-word glossary term whose Dutch term (every word
    of it) the index holds (``index_terms``); False with the rule off."""
    if not retriever.settings.glossary_head_unchecked:
        return False
    stem = _stemmer().stemWord(word.lower())
    return any(
        all(index_terms(w) for w in words(nl))
        for nl in _head_terms(retriever.glossary).get(stem, ())
    )


@functools.cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@functools.lru_cache(maxsize=4)
def _head_terms(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    """The Dutch terms of each glossary entry by the English stem of the head (last word) of
    its two-word terms without function words."""
    small = {w for kind in _SMALL for w in word_set("function_words", kind)}
    out: dict[str, list[str]] = {}
    for entry in glossary.entries:
        for term in entry.en:
            parts = words(term)
            if len(parts) == 2 and not small & set(parts):
                out.setdefault(_stemmer().stemWord(parts[-1]), []).extend(entry.nl)
    return {stem: tuple(dict.fromkeys(nl)) for stem, nl in out.items()}
