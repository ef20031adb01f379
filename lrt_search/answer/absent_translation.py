"""An English topic word with dictionary translations, none of them in the minutes: whether
the minutes lack it (``Settings.english_absent_below_zipf``, rule ``absent_translation_nouns``).

"measles" (English Zipf 3.2) translates to "mazelen", which the minutes lack: they lack the
topic. "hesitant" (3.4) translates to "aarzelend", which they lack too, yet "Why are provinces
and municipalities hesitant to act?" is answered by a statement in other words
("terughoudend"): a verb or adjective of general English says what a statement says rather than
naming what it is about. Rule ``absent_translation_nouns`` leaves such a word unchecked
(:func:`~lrt_search.lexicon.wordclass.english_not_noun`), as rule ``english_noun_absent``
already does at any Zipf ("weekly", "elderly"); a rarer word, which the noun table cannot
class, stays checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..index.affixes import affixes
from ..lexicon.freedict import dutch_for
from ..lexicon.wordclass import english_not_noun, english_noun
from ..lexicon.wordfreq import zipf
from .topic_words import compound_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def absent_in_translation(retriever: Retriever, word: str, translated: bool) -> bool:
    """Whether an English word with dictionary translations (``translated``), none in the
    minutes, is specific enough to name a topic: below ``Settings.english_absent_below_zipf``
    and, under rule ``absent_translation_nouns``, no verb or adjective of general English."""
    settings = retriever.settings
    if not (translated and 0 < zipf(word, "en") < settings.english_absent_below_zipf):
        return False
    return not (settings.absent_translation_nouns and english_not_noun(word))


def absent_noun(
    retriever: Retriever,
    word: str,
    translations: Sequence[str],
    index_terms: Callable[[str], set[str]],
) -> bool:
    """Rule ``english_noun_absent``: an English word that reads as a noun
    (:func:`~lrt_search.lexicon.wordclass.english_noun`) of ``Settings.english_noun_max_senses``
    WordNet senses or fewer (one of more, "bodies", may be meant in a sense its translations
    miss: "instanties"), with dictionary translations (``translations``, its own, none in the
    minutes; and its singular's: "churches" -> "church" -> "kerk"), none of them in the
    minutes, not even as a compound part (:func:`~.topic_words.compound_terms`), and no cognate
    there (:func:`cognate`): the minutes lack it ("drug", "pension", "terrorism"). Verbs and
    adjectives stay unchecked ("weekly", "elderly")."""
    settings = retriever.settings
    if not settings.english_noun_absent:
        return False
    noun, senses = english_noun(word)
    if not noun or senses > settings.english_noun_max_senses:
        return False
    more = [t for t in dutch_for(noun) if t not in translations]
    if not translations and not more:
        return False
    return not (
        any(index_terms(t) for t in more)
        or any(compound_terms(retriever, t) for t in (*translations, *more))
        or cognate(retriever, noun)
    )


def cognate(retriever: Retriever, lemma: str) -> bool:
    """Whether a word of the minutes begins with the first six letters of an English noun
    ``lemma`` of six letters or more: a cognate the dictionary may miss ("commissioner":
    "commissarissen", "situation": "situatie")."""
    vocabulary = retriever.analyzer.vocabulary
    if len(lemma) < 6 or not isinstance(vocabulary, Iterable):
        return False
    return bool(affixes(retriever).starting(lemma[:6]))
