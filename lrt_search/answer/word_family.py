"""Another form of the same word: rule ``english_lemma_translations`` (issue 16 session 24
task D, the topic gate's "X does not occur" for an everyday word the question writes in another
form than the minutes).

An English word FreeDict lists as a headword of its own is translated by that entry alone:
"waiting" gives "bediening" (the waiting of tables) and never the "wachten" of its lemma "wait";
"sites" has no entry, and its lemma "site" ("locatie") was never looked up. Rule
``english_lemma_translations`` finds such a word through the translations of its lemmas
(:func:`~lrt_search.lexicon.freedict.english_lemmas`) when its own find nothing. (Rule
``dutch_verb_family``, a Dutch past tense or participle found through its verb's other forms,
was measured off and deleted: docs/settings.md.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.freedict import dutch_for, english_lemmas

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def lemma_translation_terms(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """The index terms of the Dutch translations of the lemmas of the English ``word`` the topic
    check would name absent ("waiting" -> "wait" -> "wachten"; "sites" -> "site" -> "locatie");
    empty when the rule is off. A word the check leaves unchecked stays unchecked: found, it
    would dilute the words it lacks."""
    if not retriever.settings.english_lemma_translations:
        return set()
    own = set(dutch_for(word))
    out: set[str] = set()
    for lemma in english_lemmas(word):
        for dutch in dutch_for(lemma):
            if dutch in own:
                continue
            out |= index_terms(dutch)
    return out


def through_lemmas(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    found: set[str],
    absent: str,
) -> tuple[set[str], str]:
    """The topic check's ``found`` terms and ``absent`` name of the English ``word``, or, when
    it names the word absent and :func:`lemma_translation_terms` finds its lemma's
    translations, those terms and no absent name (rule ``english_lemma_translations``)."""
    if absent and (lemmas := lemma_translation_terms(retriever, word, index_terms)):
        return lemmas, ""
    return found, absent
