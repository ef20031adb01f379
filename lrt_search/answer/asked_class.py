"""The class whose member a "which <class>" question asks, and whether a text names one.

"Welke gemeenten haalden hun taakstelling niet?" asks for municipalities: a statement that
speaks of municipalities ("gemeenten moeten ...") but names none does not answer it. Rule
``which_member_named``, the quote check ``member_named`` with reason ``no_member`` ("no
statement about X names any gemeenten"; ``Settings.which_member_named``, measured in
docs/settings.md):
a question whose "which" word ("welke", "which", "wat voor") stands before a class noun of
``lexicon/data/places.toml`` (a place, a country or people, an organisation) is answered only
by a statement (with its item heading) that names a member: of a place, a place of the
minutes' gazetteer (eval/make_places_data.py), a province or "gemeente X"; of a country or
people, a country or its people of that file; of a body, an organisation of
organisations.toml. A class without a recogniser ("welke afspraken") is not checked.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordlists import word_set, words

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable
    from .checks import Quote
    from .evidence import Requirements

#: The classes a recogniser knows, each with its list of nouns in places.toml.
CLASSES = {"place": "place_nouns", "country": "country_nouns", "org": "organisation_nouns"}
# "gemeente X", "de locatie X": a capitalised name after a place noun is a place.
_NAMED_PLACE = lazy(r"\b(?:[Gg]emeente|[Ll]ocatie|[Pp]rovincie|[Pp]laats) [A-ZÀ-Ý][a-zà-ÿ]+")


@cache
def _which() -> re.Pattern[str]:
    which = "|".join(re.escape(w) for w in words("places", "which_words"))
    return re.compile(rf"\b(?:{which})\s+(?P<first>[\w']+)(?:\s+(?P<second>[\w']+))?", re.I)


def asked_class(question: str) -> str:
    """The class ("place", "country", "org") whose member ``question`` asks ("Welke
    gemeenten ...", "Which two provinces ...", "Which nationality's ..."), else ""."""
    return asked_member(question)[0]


def asked_member(question: str) -> tuple[str, str]:
    """The class whose member ``question`` asks and its noun as asked ("place",
    "gemeenten"), else ("", "")."""
    for match in _which().finditer(question):
        for noun in (match["first"], match["second"] or ""):
            noun = noun.lower().removesuffix("'s").removesuffix("'")
            if kind := noun_class(noun):
                return kind, noun
    return "", ""


@cache
def _names(*lists: str) -> re.Pattern[str]:
    forms = [w for name in lists for w in words("places", name)]
    alternatives = sorted(
        (re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in forms),
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)")


def names_member(kind: str, text: str, orgs: OrgTable) -> bool:
    """Whether ``text`` names a member of class ``kind`` (see :func:`asked_class`)."""
    if kind == "org":
        return bool(orgs.mentions(text))
    if kind == "country":
        return bool(_names("countries").search(text))
    if _NAMED_PLACE.search(text):
        return True
    return bool(_names("minutes_places", "provinces").search(text))


def noun_class(noun: str) -> str:
    """The class ("place", "country", "org") of a class noun ("gemeenten"), else ""."""
    return next((k for k, nouns in CLASSES.items() if noun in word_set("places", nouns)), "")


def quote_names_member(q: Quote) -> bool:
    """Check ``member_named``: the statement, with its item heading, names a member of the
    class its question asks for (``q.needs.member_class``)."""
    return names_member(q.needs.member_class, f"{q.heading}\n{q.text}", q.retriever.orgs)


def member_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reason ``no_member``: the class noun as asked and the topic."""
    return {"words": [needs.member_noun], "topic": needs.topic or needs.member_noun}
