"""Rule ``english_forms_found`` (issue 16, session 19 task F): an English topic word that nothing
translates into a word of the minutes today (no glossary term, none of its FreeDict translations
as written, no Dutch cognate) is looked up once more through its dictionary form and the Dutch
inflections of that form's translations: "tackle" -> "aanpakken" -> "aanpak" ("aan te
pakken"), "slow" -> "traag" -> "trage", "buying" -> "buy" -> "aanschaffen" -> "aanschaf"
("aangeschaft"). Only translations the index holds count, and only where nothing else found the
word: a word that works today is never changed, and the rule never makes a word missing (it
only finds one that was unchecked or reported missing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.dutch_forms import dutch_forms
from ..lexicon.freedict import dutch_for, english_headword, english_lemmas

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def lemma_translations(word: str) -> tuple[str, ...]:
    """The one-word Dutch translations of ``word``'s English dictionary forms
    (:func:`~lrt_search.lexicon.freedict.english_headword`, ``english_lemmas``) and each
    translation's Dutch inflected forms (:func:`dutch_forms`), but ``word``'s own translations
    (the topic check looked those up already)."""
    own = set(dutch_for(word))
    heads = dict.fromkeys((word, english_headword(word), *english_lemmas(word)))
    out: dict[str, None] = {}
    for head in heads:
        for translation in dutch_for(head):
            out.update(dict.fromkeys((translation, *dutch_forms(translation))))
    return tuple(t for t in out if t not in own)


def english_forms_found(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    found: set[str],
    absent: str,
) -> tuple[set[str], str]:
    """The index terms and missing name of an English topic word after the rule: unchanged when
    the rule is off or ``found`` is not empty; else the index terms of
    :func:`lemma_translations` (the word found, no longer missing) when there are any, each a
    translation the analyzer reads as one term (no compound split into parts)."""
    if found or not retriever.settings.english_forms_found:
        return found, absent
    terms: set[str] = set()
    analyzer, known = retriever.analyzer, retriever.bm25.terms
    for translation in lemma_translations(word):
        # one index term, not the parts of a compound the analyzer split ("uiteengaan")
        if len(analyzer.tokenize_query(translation, known)) == 1:
            terms |= index_terms(translation)
    return (terms, "") if terms else (found, absent)
