"""How much a word says: its rarity in general Dutch or English, from wordfreq.

An evidence check weighs the content words of a topic by how specific they are: in "de
dwangsom bij te late opvang", "dwangsom" names the topic and "late" hardly does. The weight
of a word is ``7 - zipf``, where zipf is its frequency in the language on the Zipf scale of
`wordfreq <https://pypi.org/project/wordfreq/>`_ (1 = once per 100 million words, 7 = once
per ten words); a word wordfreq does not know weighs 7.
"""

from __future__ import annotations

from functools import lru_cache

_TOP = 7.0


@lru_cache(maxsize=4096)
def informativeness(word: str, english: bool) -> float:
    """The weight of ``word`` (lower case) in a topic: ``7 - zipf``, at least 0.5."""
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word, "en" if english else "nl")
    if zipf == 0.0:  # also try the other language: questions mix them ("de flex homes")
        zipf = zipf_frequency(word, "nl" if english else "en")
    return max(0.5, _TOP - zipf)
