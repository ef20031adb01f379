"""Rule ``premise_forms_read`` (``Settings.premise_forms_read``; issue 16, session 26 task B):
which words of a question presuppose an act of ``lexicon/data/acts.toml`` (read by
:func:`.act_stated.asked_acts`). A participle or -ing form that describes the noun after it,
with an article, demonstrative or possessive before it, names a thing and presupposes no act
("When was the closing session ... planned?" - the minutes' "eindsessie"; "the revised
letter", "de verhoogde taakstelling", "the closed location"); nor does an act's word in a quoted
title ("'Closing the gap'", "de brief \"Stop de instroom\""). The act with its subject between
the auxiliary and the verb is read ("Why did the COA close ...", "Waarom heeft het COA de
locatie gesloten?"), and forms the act tables lacked ("stopgezet", "withdraw from the LRT"):
``asked_forms`` of acts.toml. A nominalised act ("de sluiting van", "the closing of", "the
vote on") and a yes/no question's act stay read. The table of forms is
tests/data/premise_forms.toml (eval/make_premise_forms.py).
"""

from __future__ import annotations

import re
from functools import cache

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from ..lexicon.wordclass import english_noun
from ..lexicon.wordlists import word_set

#: A title in quotes: double or typographic quotes, or single quotes opening after a space
#: (not the apostrophe of "the provinces' options", "COA's").
_QUOTED = lazy(r"\"[^\"]+\"|“[^”]+”|‘[^’]+’|(?:(?<=\s)|^)'[^']+'(?=[\s?.,!;:]|$)")
_NEXT_WORD = lazy(r"\s+([^\W\d_][\w-]*)")


@cache
def _more() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Per act of acts.toml, its ``asked_forms`` (read with the rule only)."""
    return {
        name: tuple(lazy(r"(?<!\w)(?:" + p + r")(?!\w)", re.I) for p in act.get("asked_forms", []))
        for name, act in bundled_toml("acts.toml").items()
    }


@cache
def _determiners() -> frozenset[str]:
    return word_set("function_words", "articles") | word_set("function_words", "noun_determiners")


def act_read(name: str, asked: re.Pattern[str], question: str) -> re.Match[str] | None:
    """The first place where ``question`` asks act ``name`` (its pattern ``asked``, then its
    ``asked_forms``), skipping a word in a quoted title and a participle that describes a
    noun; ``None`` when there is none."""
    quoted = [m.span() for m in _QUOTED.finditer(question)]
    for pattern in (asked, *_more().get(name, ())):
        for found in pattern.finditer(question):
            if any(a <= found.start() < b for a, b in quoted):
                continue
            if not describes_noun(question, found.start(), found.end()):
                return found
    return None


def describes_noun(question: str, start: int, end: int) -> bool:
    """Whether the word at ``start``-``end`` of ``question`` is a participle or -ing form
    ("closing", "closed", "verhoogde", "gesloten") between a determiner ("the", "de", "hun")
    and a word that is no function word ("session", "taakstelling", "date"): it describes that noun
    ("the closing session"), where "the closing of", "de taakstelling verhoogd" are acts."""
    word = question[start:end].lower()
    if not word.isalpha() or not _participle_shaped(word):
        return False
    before = question[:start].split()
    if not before or before[-1].lower().strip("(,") not in _determiners():
        return False
    after = _NEXT_WORD.match(question, end)
    if after is None:
        return False
    following = after.group(1).lower()
    if following in dutch_stopwords():
        return False
    # stopwordsiso's English list holds nouns ("date", "bill"): WordNet decides
    return following not in english_stopwords() or english_noun(following)[1] >= 3


def _participle_shaped(word: str) -> bool:
    """English -ing / -ed / strong -en, -wn, -un ("forbidden", "withdrawn", "begun"); Dutch
    inflected -de / -te ("verhoogde") or strong -en ("gesloten", "verboden")."""
    return word.endswith(("ing", "ed", "de", "te", "en", "wn", "un"))
