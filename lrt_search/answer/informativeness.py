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


def is_general_english(phrase: str, min_zipf: float) -> bool:
    """Whether every word of ``phrase`` is a word of general English: at least ``min_zipf`` on
    the Zipf scale in English and more frequent there than in Dutch ("Netherlands", "Dutch",
    "Asylum"; not "PVV", "Faber", "Ter Apel")."""
    from wordfreq import zipf_frequency

    parts = phrase.lower().split()
    return bool(parts) and all(
        zipf_frequency(w, "en") >= min_zipf and zipf_frequency(w, "en") > zipf_frequency(w, "nl")
        for w in parts
    )
