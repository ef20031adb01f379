"""Word classes: whether a Dutch word is no noun (an adjective or a verb form of general
Dutch), and whether an English word reads as a noun.

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

The English nouns come from Princeton WordNet (Debian's ``wordnet-base``), read once by
``eval/make_english_nouns_data.py`` and shipped as ``lexicon/data/english_nouns.sqlite``: the
one-word lemmas of Zipf 2.5 or more whose noun senses are tagged at least as often as those of
any other part of speech ("drug", "pension"; not "use", "elderly", "weekly").
"""

from __future__ import annotations

import sqlite3
from functools import cache, lru_cache

from .datafiles import DATA_DIR
from .wordlists import word_set

#: The least English Zipf of the noun table's lemmas (``eval/make_english_nouns_data.py``
#: ``MIN_ZIPF``): below it the table cannot tell a noun from another word class.
ENGLISH_NOUNS_MIN_ZIPF = 2.5

#: WordNet's rules from a plural to its singular, tried in order ("churches" -> "church").
_PLURALS = (("ches", "ch"), ("shes", "sh"), ("ses", "s"), ("xes", "x"), ("zes", "z"),
            ("ies", "y"), ("men", "man"), ("s", ""))  # fmt: skip


@cache
def _table(name: str = "wordclass.sqlite") -> sqlite3.Connection:
    path = DATA_DIR / name
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


def _noun_senses(word: str) -> int:
    table = _table("english_nouns.sqlite")
    row = table.execute("SELECT senses FROM noun WHERE word = ?", (word,)).fetchone()
    return int(row[0]) if row else 0


@lru_cache(maxsize=4096)
def english_noun(word: str) -> tuple[str, int]:
    """The lemma of an English word that reads as a noun ("churches" -> "church") and its
    number of noun senses in WordNet (how ambiguous it is: "drug" 1, "body" 11), or
    ``("", 0)`` for a verb, adjective or function word, or a word the table does not hold
    (see the module)."""
    word = word.lower()
    senses = _noun_senses(word)
    if senses:
        return word, senses
    for lemma in english_singulars(word):
        senses = _noun_senses(lemma)
        if senses:
            return lemma, senses
    return "", 0


def english_not_noun(word: str) -> bool:
    """Whether ``word`` is a word of general English (Zipf ``ENGLISH_NOUNS_MIN_ZIPF`` or more)
    that does not read as a noun (:func:`english_noun`): a verb, adjective or adverb in some
    form ("hesitant", "postponed", "anticipate"); ``False`` for a rarer word, which the table
    cannot class."""
    from .wordfreq import zipf

    return zipf(word, "en") >= ENGLISH_NOUNS_MIN_ZIPF and not english_noun(word)[0]


def english_singulars(word: str) -> list[str]:
    """The singulars WordNet's plural rules make of the English ``word``, in the rules' order
    ("minorities" -> "minority", "minoritie"); none is looked up."""
    return [
        word[: -len(suffix)] + base
        for suffix, base in _PLURALS
        if word.endswith(suffix) and len(word) > len(suffix) + 1
    ]


def is_function_compound(word: str) -> bool:
    """Whether ``word`` is a Dutch adverb or particle made of function words ("naartoe",
    "evenveel", "zomaar"): invariable in hunspell-nl and made of stopwords only
    (``lexicon/data/function_compounds.toml``, written by ``eval/make_function_compounds.py``)."""
    return word.lower() in word_set("function_compounds", "words")
