"""Rule ``name_forms_read`` (issue 16 session 25 task A2): capitalised words that name no one.

A name of the question the minutes do not know is refused (gate ``names_absent``) and a known
one must stand in the quote (check ``names_quoted``). A single capitalised word is no name when
it is

- a country, its people or its adjective of lexicon/data/places.toml ``countries`` ("Dutch",
  "Ukrainian", "Oekraïense", "Syriërs", "Netherlands"): the topic check reads it, through the
  glossary and the synonym groups that join a country to its people;
- an adjective of general Dutch before a word in lower case (the word class table, or an
  ending of lexicon/data/questions.toml ``adjective_endings``: "de Provinciale regietafels",
  "de Landelijke regietafel"; not "De Jonge" at the end of a name, nor a title's first word
  before a capitalised one, "de Tijdelijke wet Oekraïne");
- a compound of a common first part of lexicon/data/questions.toml ``common_name_prefixes``
  ("Rijksambtenaren", "Rijkslocaties");
- a weekday (lexicon/data/periods.toml ``weekdays``: "Maandag", "Monday");
- in an English question, a word of general English ("Housing", "Peace", "Reception":
  :func:`~.informativeness.is_general_english`), known to the minutes or not.

Acronyms and runs of several words ("Ter Apel", "Dispersal Act") stay names.
"""

from __future__ import annotations

import re

from ..index.analysis import is_english
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import word_regex, word_set, words
from ..search.phrases import ACRONYM
from .informativeness import is_general_english


def _dutch_adjective(word: str, name: str, question: str) -> bool:
    """Whether ``word`` (``name`` folded) is an adjective of general Dutch, or has an ending of
    one, and ``question`` writes a word in lower case after ``name``."""
    after = r"\s+[^\W\d_A-Z][\w'’-]*(?![\w'’-])(?!\s+[A-Z])"  # not "Tijdelijke wet Oekraïne"
    if not re.search(rf"(?<!\w){re.escape(name)}{after}", question):
        return False
    endings = words("questions", "adjective_endings")
    return dutch_class(word) == "A" or word.endswith(endings)


def _common_compound(word: str) -> bool:
    """Whether ``word`` (lower case) is a common first part and a word of four letters or more
    ("rijks" + "ambtenaren")."""
    return any(
        word.startswith(p) and len(word) - len(p) >= 4
        for p in word_set("questions", "common_name_prefixes")
    )


def no_name(name: str, question: str, min_zipf: float) -> bool:
    """Whether the single capitalised word ``name`` of ``question`` names no one (see the
    module); ``min_zipf`` is the least Zipf of a word of general English."""
    if " " in name.strip() or ACRONYM.match(name) or not name[:1].isupper():
        return False
    folded = name.lower().strip("'’-")
    if word_regex("places", "countries").fullmatch(folded):
        return True
    if folded in word_set("periods", "weekdays"):
        return True
    if _dutch_adjective(folded, name, question) or _common_compound(folded):
        return True
    return is_english(question) and is_general_english(folded, min_zipf)
