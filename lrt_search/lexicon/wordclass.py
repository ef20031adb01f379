"""Whether a Dutch word is no noun: an adjective or a verb form of general Dutch.

A topic check counts the question's words the minutes lack as missing topic words. A noun
names a topic ("studenten", "beveiliging"); an everyday adjective or verb mostly paraphrases
what a statement says in its own words ("rustig" for "stabiel", "zinvol" for "opportuun",
"binnenkwamen" for "late aanlevering"). The classes come from OpenTaal's Hunspell dictionary
(Debian's ``hunspell-nl``), read once by ``eval/make_wordclass_data.py`` and shipped as
``lexicon/data/wordclass.sqlite`` (words of Zipf 2.5 or more with no noun reading): a lookup
reads one row, nothing is loaded at start-up.

Adverbs and particles are no class of that table (Hunspell lists them without flags, like mass
nouns): those made of function words only ("naartoe", "evenveel") are listed apart
(:func:`is_function_compound`).
"""

from __future__ import annotations

import sqlite3
from functools import cache, lru_cache

from .datafiles import DATA_DIR
from .wordlists import word_set


@cache
def _table() -> sqlite3.Connection:
    path = DATA_DIR / "wordclass.sqlite"
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


@lru_cache(maxsize=4096)
def dutch_class(word: str) -> str:
    """``"A"`` (adjective), ``"V"`` (verb form) for a Dutch word with no noun reading; ``""``
    for a noun, or a word the table does not hold (rare, unknown or invariable words)."""
    row = _table().execute("SELECT class FROM not_noun WHERE word = ?", (word.lower(),)).fetchone()
    return row[0] if row else ""


def is_paraphrase_word(word: str) -> bool:
    """Whether ``word`` is a Dutch adjective or verb form, never a noun (see the module)."""
    return bool(dutch_class(word))


def is_function_compound(word: str) -> bool:
    """Whether ``word`` is a Dutch adverb or particle made of function words ("naartoe",
    "evenveel", "zomaar"): invariable in hunspell-nl and made of stopwords only
    (``lexicon/data/function_compounds.toml``, written by ``eval/make_function_compounds.py``)."""
    return word.lower() in word_set("function_compounds", "words")
