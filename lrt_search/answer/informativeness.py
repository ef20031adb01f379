"""How much a word says: its rarity in general Dutch or English, from wordfreq's lists.

An evidence check weighs the content words of a topic by how specific they are: in "de
dwangsom bij te late opvang", "dwangsom" names the topic and "late" hardly does. The weight
of a word is ``7 - zipf``, where zipf is its frequency in the language on the Zipf scale of
`wordfreq <https://pypi.org/project/wordfreq/>`_ (1 = once per 100 million words, 7 = once
per ten words); a word wordfreq does not know weighs 7.

The frequencies are read by :mod:`lrt_search.lexicon.wordfreq` (wordfreq's two "large" lists,
shipped as ``lexicon/data/wordfreq.sqlite``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon.wordfreq import zipf as zipf  # re-exported: callers read it here

if TYPE_CHECKING:
    from ..search.spelling import Suggestion

#: The weight of a word wordfreq does not know (Zipf 0): the top of the scale.
TOP = 7.0


@lru_cache(maxsize=4096)
def informativeness(word: str, english: bool) -> float:
    """The weight of ``word`` (lower case) in a topic: ``7 - zipf``, at least 0.5."""
    value = zipf(word, "en" if english else "nl")
    if value == 0.0:  # also try the other language: questions mix them ("de flex homes")
        value = zipf(word, "nl" if english else "en")
    return max(0.5, TOP - value)


def is_general_english(phrase: str, min_zipf: float) -> bool:
    """Whether every word of ``phrase`` is a word of general English: at least ``min_zipf`` on
    the Zipf scale in English and more frequent there than in Dutch ("Netherlands", "Dutch",
    "Asylum"; not "PVV", "Faber", "Ter Apel")."""
    parts = phrase.lower().split()
    return bool(parts) and all(
        zipf(w, "en") >= min_zipf and zipf(w, "en") > zipf(w, "nl") for w in parts
    )


def misspelt(
    question: str, suggestions: Sequence[Suggestion], keeps_part_start: bool = True
) -> list[Suggestion]:
    """The spelling suggestions for ``question`` whose word is no word of general Dutch or
    English (Zipf 0 in both): ``ask`` answers a corrected question only for those. "tolken" or
    "measles" are words the minutes lack, not misspellings of "taken"; each kept one's
    ``query`` applies only the kept corrections. Two words written apart that the minutes
    write as one (rule ``spelling_joins``: "doorstroom lokaties") are always kept. With
    ``keeps_part_start`` (rule ``spelling_keeps_part_start``), a compound of two words of general
    Dutch is no misspelling when the correction changes the first letter of a part
    (:func:`~lrt_search.search.spelling.changes_part_start`: "sitsplaatsen" is not
    "uitplaatsen")."""
    from ..search.spelling import changes_part_start

    out: list[Suggestion] = []
    query = question
    for s in suggestions:
        joined = " " in s.word  # rule spelling_joins: "doorstroom lokaties"
        if (zipf(s.word, "nl") or zipf(s.word, "en")) and not joined:
            continue
        if keeps_part_start and changes_part_start(s.word, s.suggestion):
            continue
        query = re.sub(rf"(?<!\w){re.escape(s.word)}(?!\w)", s.suggestion, query)
        out.append(dataclasses.replace(s, query=query))
    return out
