"""Dutch topic words read through their parts (issue 16 task E): a compound the minutes lack
whose modifier and head they both hold (rule ``compound_both_parts``). Used by
:func:`lrt_search.answer.topics.topic_terms`, so the topic gate and the quote checks accept the
same terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords
from ..lexicon.dutch_forms import class_form
from ..lexicon.wordclass import is_paraphrase_word

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# Linking morphemes between a compound's modifier and its head ("studentenhuisvesting").
LINKS = ("en", "s", "e")


def compound_of_known_parts(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    compound_terms: Callable[[Retriever, str], set[str]],
) -> set[str]:
    """Rule ``compound_both_parts``: a Dutch compound the minutes lack whose modifier and head
    they both hold is found, with the terms of both: its head (``DutchAnalyzer.min_part``
    letters or more) as an index term in any inflection, its modifier (four letters or more, no
    stopword, without a linking "s", "en" or "e") as an index term or as the first part of a
    compound of the minutes (``compound_terms``,
    :func:`lrt_search.answer.topic_words.compound_terms`):
    "doorstroomplek" is a "plek" of the "doorstroomlocatie", "slaapplekken" "plekken" of the
    "slaapruimte". A compound one of whose parts the minutes lack ("huurprijzen", "tentenkamp")
    stays missing, and so does an adjective or verb form ("teruggekeerd", "aangenomen": a
    particle and a verb, no compound noun)."""
    if not word.isalpha():
        return set()
    if is_paraphrase_word(class_form(word, retriever.settings.dutch_inflections)):
        return set()
    stop = dutch_stopwords()
    for cut in range(4, len(word) - retriever.analyzer.min_part + 1):
        head = index_terms(word[cut:])
        if not head:
            continue
        for link in ("", *LINKS):
            modifier = word[:cut]
            if link and not modifier.endswith(link):
                continue
            modifier = modifier[: len(modifier) - len(link)]
            if len(modifier) < 4 or modifier in stop:
                continue
            parts = index_terms(modifier) or {
                t for w in compound_terms(retriever, modifier) for t in index_terms(w)
            }
            if parts:
                return head | parts
    return set()
