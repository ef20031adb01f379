"""Rule ``member_asks_read`` (issue 16 session 26 task G3): when a "which" word asks for named
members of a class (rule which_member_named, answer/asked_class.py), read completely against
the generated table tests/data/member_asks.toml (eval/make_member_asks.py). On by default
since session 26 (``Settings.member_asks_read``): no measured answer changes; it reads the class.

- A "which" word inside a yes/no question ("Weet de VNG welke gemeenten ...", "Did the VNG say
  which ...", "Is er afgesproken welke ...") still asks for the members (decided: its "yes" is
  a statement that names them; read as asking whether, such questions whose members the minutes
  do not name were answered by any statement on the topic - docs/settings.md).
- "Which of the ministries", "Welke van de gemeenten": the noun after "of the" / "van de".
- A kind ("wat voor gemeenten", "welke soort gemeenten", "which types of municipalities": a
  kind noun of ``kind_nouns`` after the "which" word) asks for members of the class, as at main
  (decided: the member check is the one check that refuses a kind the minutes do not give).
- The second word after the "which" word is the noun asked only after a word that qualifies it:
  a number word, a word of ``member_modifiers`` ("other", "remaining"), a Dutch inflected
  adjective in -e ("andere", "grote"), or in English any word but a plural noun ("Which
  alternative locations"); "welke kosten gemeenten ...", "which costs municipalities" ask the
  costs.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.wordlists import word_set, words


@cache
def _which(reads: bool = True) -> re.Pattern[str]:
    """The "which" words of places.toml and the words after them; with ``reads`` (rule
    member_asks_read) a "which" word of two words may be spaced at will and "of the", a kind
    noun go before the noun; without, the two words after it as they stand."""
    space = r"\s+" if reads else r"\ "
    which = "|".join(re.escape(w).replace(r"\ ", space) for w in words("places", "which_words"))
    kinds = "|".join(map(re.escape, words("places", "kind_nouns")))
    of_the = r"(?:(?:of|van)\s+(?:the|de|these|those|deze|die)\s+)?"
    lead = rf"{of_the}(?:(?:{kinds})\s+(?:(?:of|van)\s+)?)?" if reads else ""
    return re.compile(
        rf"\b(?P<which>{which})\s+{lead}(?P<first>[\w']+)(?:\s+(?P<second>[\w']+))?", re.I
    )


def _qualifies(word: str, dutch: bool) -> bool:
    """Whether ``word`` only qualifies the class noun after it ("drie", "other", "andere")."""
    word = word.lower()
    if word.isdigit() or word in word_set("numbers", "number_words"):
        return True
    if word in word_set("places", "member_modifiers"):
        return True
    # Dutch: an inflected adjective ("alternatieve"); English: any word but a plural noun
    # ("Which alternative / willing / housing ..."; not "which costs municipalities")
    return word.endswith("e") if dutch else not word.endswith("s") or word.endswith("ous")


def member_nouns(question: str, reads: bool = True) -> list[tuple[int, str]]:
    """The nouns that may be the class asked, each with the index of its "which" word, in the
    order of the question. ``reads``: rule member_asks_read; off, the two words after each
    "which" word (the second "" when there is none), as before the rule."""
    out = []
    for i, match in enumerate(_which(reads).finditer(question)):
        first = match["first"]
        out.append((i, first))
        if not reads:
            out.append((i, match["second"] or ""))
            continue
        which = " ".join(match["which"].lower().split())
        dutch = which.startswith(("welk", "wat ", "noem "))
        if match["second"] and _qualifies(first, dutch):
            out.append((i, match["second"]))
    return out
