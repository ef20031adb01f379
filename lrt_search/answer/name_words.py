"""Rule ``name_forms_read`` (issue 16 session 25 task A2): capitalised words that name no one.

A name of the question the minutes do not know is refused (gate ``names_absent``) and a known
one must stand in the quote (check ``names_quoted``). A single capitalised word is no name when
it is

- a word of the country of the minutes itself, lexicon/data/questions.toml ``own_country``
  ("Dutch", "Nederlandse": every statement is "in" it, as "Nederland" is, ``not_focus``);
- an adjective of general Dutch before a word in lower case (the word class table, or an
  ending of lexicon/data/questions.toml ``adjective_endings``: "de Provinciale regietafels",
  "de Landelijke regietafel"; not "De Jonge" at the end of a name, nor a title's first word
  before a capitalised one, "de Tijdelijke wet Oekraïne");
- a compound of a common first part of lexicon/data/questions.toml ``common_name_prefixes``
  ("Rijksambtenaren", "Rijkslocaties");
- a weekday (lexicon/data/periods.toml ``weekdays``: "Maandag", "Monday").

Other countries and their peoples stay names ("Ukrainian", "Syriërs" are found; "Eritrea",
"Afghanen" are absent): read as words, the questions of the readable sets that name them lost
true refusals (measured, docs/settings.md). So does a capitalised word of general English the
minutes know ("Finance", "Refugees"): only one they lack is no name (answer.evidence).

Acronyms and runs of several words ("Ter Apel", "Dispersal Act") stay names.
"""

from __future__ import annotations

import re

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


def no_name(name: str, question: str) -> bool:
    """Whether the single capitalised word ``name`` of ``question`` names no one (see the
    module)."""
    if " " in name.strip() or ACRONYM.match(name) or not name[:1].isupper():
        return False
    folded = name.lower().strip("'’-")
    if folded in word_set("questions", "own_country"):
        return True
    if folded in word_set("periods", "weekdays"):
        return True
    return _dutch_adjective(folded, name, question) or _common_compound(folded)


def general_word(name: str, min_zipf: float, rule: bool) -> bool:
    """Whether ``name``, which the minutes lack, is a word of general English and so no name
    of an English question (:func:`~.informativeness.is_general_english`: "Peace"); with
    ``rule`` (``name_forms_read``) not a country or its people of lexicon/data/places.toml
    ``countries`` ("Afghanistan", "Morocco": names the minutes never write)."""
    if rule and word_regex("places", "countries").fullmatch(name.lower()):
        return False
    return is_general_english(name, min_zipf)
