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

from typing import TYPE_CHECKING

from ..lexicon.wordclass import english_not_noun
from ..lexicon.wordfreq import zipf

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
