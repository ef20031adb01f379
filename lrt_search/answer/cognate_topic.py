"""Rule ``english_topic_translated`` (issues 16 and 21): an English topic noun no dictionary
translates is looked for in the minutes through its regular Dutch cognates
(:func:`~lrt_search.lexicon.cognates.cognate_forms`: "vaccination" -> "vaccinatie",
"radicalisation" -> "radicalisatie", "radicalisering"). When the minutes hold a form (as a term,
an inflection or a compound part) its terms are the word's; when they hold none and a form is a
Dutch word in use, the topic is missing, named with the forms looked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.cognates import cognate_forms
from ..lexicon.wordclass import english_noun
from ..lexicon.wordfreq import zipf

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def cognate_topic(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    compound_terms: Callable[[Retriever, str], set[str]],
) -> tuple[set[str], str]:
    """The index terms of the Dutch cognates of the untranslated English ``word`` that the
    minutes hold (exact or inflected: ``index_terms``; as a compound part:
    ``compound_terms``), and, when they hold none, the name of the missing unit ("vaccination
    (vaccinatie)"): only when a form is a Dutch word of Zipf ``Settings.english_topic_translated``
    or more (a rare one, "municipaliteit", is no word the minutes would use), the word is specific
    (English Zipf below ``Settings.english_absent_below_zipf``: a common word such as "capacity"
    may be paraphrased) and, when WordNet knows it, a noun of at most
    ``Settings.english_noun_max_senses`` senses. ``(set(), "")``: the rule does not decide (off
    at 0, no cognate), and the word stays unchecked as before."""
    settings = retriever.settings
    least = settings.english_topic_translated
    forms = cognate_forms(word) if least > 0 else ()
    if not forms:
        return set(), ""
    found: set[str] = set()
    for form in forms:
        found |= index_terms(form)
        for compound in compound_terms(retriever, form):
            found |= index_terms(compound)
    if found:
        return found, ""
    noun, senses = english_noun(word)
    if noun and senses > settings.english_noun_max_senses:
        return set(), ""
    if zipf(word, "en") >= settings.english_absent_below_zipf:
        return set(), ""
    if not any(zipf(form, "nl") >= least for form in forms):
        return set(), ""
    return set(), f"{word} ({', '.join(forms)})"
