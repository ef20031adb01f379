"""The Dutch stemmers the settings ``stemmer`` and ``evidence_stemmer`` name.

- "dutch": Snowball 3's Dutch stemmer (PyStemmer), which also strips "ge-" from any word;
- "dutch_porter": Snowball's original Dutch stemmer, which keeps "ge-" but leaves the plural
  "-s" after a vowel ("reacties", "provincies", "consequenties");
- "dutch_porter_plurals" (rule ``porter_plurals``): "dutch_porter" after such a plural is
  made singular by the endings of ``lexicon/data/inflections.toml`` (``dutch_porter_plurals``:
  "reacties" -> "reactie"), so the singular and the plural meet as they do under "dutch";
- "dutch_lemma" (issue 21): "dutch" of the word's Dutch lemma by simplemma (a maintained
  lemmatiser): strong-verb pasts, participles and irregular plurals meet their other forms
  ("sloot" / "sluiten", "uitgelekt" / "uitlekken", "verhielden" / "verhouden"), and regular
  forms still meet on the Snowball stem; a separable verb's "_" is dropped ("aan_passen").
  The lemma is taken only when it is an infinitive (ends in "n") or the word a plural (ends in
  "en" or "s"): adjectives and adverbs keep their own stem ("laatste" is not "laat", "beste"
  not "goed").
  One lemma per word type (cached).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import Stemmer

from ..errors import ConfigError

#: The names ``stemmer`` may take (see the module's docstring).
STEMMERS = ("dutch", "dutch_porter", "dutch_porter_plurals", "dutch_lemma")


@cache
def _snowball(name: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(name)


@cache
def _plural_rules() -> tuple[tuple[tuple[str, str], ...], int]:
    from .datafiles import bundled_toml

    data = bundled_toml("inflections.toml")
    rules = tuple((str(a), str(b)) for a, b in data["dutch_porter_plurals"])
    return rules, int(data["dutch_porter_plurals_min_chars"])


@cache
def _lemma_stem(word: str) -> str:
    try:
        import simplemma
    except ImportError as exc:  # an optional dependency (the "eval" extra)
        raise ConfigError(
            'stemmer "dutch_lemma" needs simplemma: pip install "simplemma>=2.0,<3"'
        ) from exc

    # simplemma writes a separable verb's lemma with "_" ("aangepast" -> "aan_passen")
    lemma = simplemma.lemmatize(word, lang="nl").lower().replace("_", "")
    if not (lemma.endswith("n") or word.endswith(("en", "s"))):
        lemma = word  # only a verb's infinitive or a plural's singular ("laatste" -/-> "laat")
    return _snowball("dutch").stemWord(lemma)


def singular(word: str) -> str:
    """``word`` with a vowel plural's "-s" removed by the ``dutch_porter_plurals`` endings
    ("reacties" -> "reactie"); any other word as it is."""
    rules, min_chars = _plural_rules()
    if len(word) >= min_chars:
        for ending, replacement in rules:
            if word.endswith(ending):
                return word[: -len(ending)] + replacement
    return word


def stem_word(name: str, word: str) -> str:
    """The stem of ``word`` under the stemmer ``name`` (:data:`STEMMERS`)."""
    if name == "dutch_porter_plurals":
        return _snowball("dutch_porter").stemWord(singular(word))
    if name == "dutch_lemma":
        return _lemma_stem(word)
    return _snowball(name).stemWord(word)


def stem_words(name: str, words: Sequence[str]) -> list[str]:
    """The stems of ``words`` under the stemmer ``name``."""
    if name == "dutch_porter_plurals":
        return _snowball("dutch_porter").stemWords([singular(w) for w in words])
    if name == "dutch_lemma":
        return [_lemma_stem(w) for w in words]
    return _snowball(name).stemWords(list(words))
