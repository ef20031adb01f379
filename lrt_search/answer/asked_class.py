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

Rule ``person_name_asked`` (``Settings.person_name_asked``) adds the class "person": a
"which" word before a person noun ("Which mayors ...", "Welke ambtenaren ..."), or a name
asked of a person or a role ("Noem de namen van de rijksambtenaren ...", "whats the name of
the new DG", "Hoe heet de staatssecretaris ...", "naam van degene die ..."). Such a question
is answered only by a statement that names a person: a form of address before a capitalised
name ("Dhr. Van Rijn", "mw. Lamers"), or a title or organisation code before a name that is
no organisation ("SJenV Van der Maat", "minister De Jonge"). A role the minutes give without a
name ("wordt vervangen door DGSZI", "directeur OEK", "[REDACTED] (DG)") names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, longest_alternation, mapping, word_set, words
from ..search.role_words import dutch_role_forms
from .member_asks import member_nouns

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable
    from .checks import Quote
    from .evidence import Requirements

#: The classes a recogniser knows, each with its list of nouns in places.toml.
CLASSES = {"place": "place_nouns", "country": "country_nouns", "org": "organisation_nouns"}
CLASSES["person"] = "person_nouns"  # rule person_name_asked
# "gemeente X", "de locatie X": a capitalised name after a place noun is a place.
_NAMED_PLACE = lazy(r"\b(?:[Gg]emeente|[Ll]ocatie|[Pp]rovincie|[Pp]laats) [A-ZÀ-Ý][a-zà-ÿ]+")


def asked_class(question: str) -> str:
    """The class ("place", "country", "org") whose member ``question`` asks ("Welke
    gemeenten ...", "Which two provinces ...", "Which nationality's ..."), else ""."""
    return asked_member(question)[0]


def asked_member(question: str, persons: bool = True, reads: bool = False) -> tuple[str, str]:
    """The class whose member ``question`` asks and its noun as asked ("place",
    "gemeenten"), else ("", ""). ``persons`` (rule person_name_asked): the class "person" is
    read too, of a person noun after a "which" word or of a name asked. ``reads`` (rule
    member_asks_read, answer/member_asks.py): "which of the X", the second word only after a
    word that qualifies it."""
    for i, noun in member_nouns(question, reads):
        noun = noun.lower().removesuffix("'s").removesuffix("'")
        # a person only of the question's first "which": "Welke afspraak ... over welke
        # rijksambtenaren ..." asks the agreement
        if (kind := noun_class(noun)) and ((persons and not i) or kind != "person"):
            return kind, noun
    if persons and (noun := name_asked(question)):
        return "person", noun
    return "", ""


@cache
def _name_asked() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("places", "name_nouns"))
    qualifiers = "|".join(map(re.escape, words("places", "name_qualifiers")))
    return re.compile(
        rf"\b(?:{nouns})\b(?:\s+(?:van|of))?(?:\s+(?:de|het|die|the|a|an|this|that))?"
        rf"(?:\s+(?:{qualifiers}))*\s+(?P<noun>[\w'-]+)(?:\s+(?P<second>[\w'-]+))?",
        re.I,
    )


def name_asked(question: str) -> str:
    """The person or role whose name ``question`` asks ("rijksambtenaren" of "Noem de namen
    van de rijksambtenaren die ...", "DG" of "whats the name of the new DG"), else ""."""
    roles = word_set("places", "person_nouns") | word_set("places", "name_roles")
    roles |= {w.lower() for name in ("titles", "dutch_forms") for w in mapping("roles", name)}
    for match in _name_asked().finditer(question):
        first = match["noun"].lower().removesuffix("'s")
        pair = f"{first} {(match['second'] or '').lower()}"
        if first in roles or pair in roles:
            return match["noun"] if first in roles else f"{match['noun']} {match['second']}"
    return ""


@cache
def _names(*lists: str) -> re.Pattern[str]:
    forms = [w for name in lists for w in words("places", name)]
    alternatives = sorted(
        (re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in forms),
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)")


def names_member(kind: str, text: str, orgs: OrgTable, known: Iterable[str] = ()) -> bool:
    """Whether ``text`` names a member of class ``kind`` (see :func:`asked_class`); of a
    person, one that is not a name of ``known`` (the question's own names)."""
    if kind == "org":
        return bool(orgs.mentions(text))
    if kind == "country":
        return bool(_names("countries").search(text))
    if kind == "person":
        return names_person(text, orgs, known)
    if _NAMED_PLACE.search(text):
        return True
    return bool(_names("minutes_places", "provinces").search(text))


@cache
def _person() -> re.Pattern[str]:
    """A form of address or a title before a capitalised name, with its initials and
    particles ("Dhr. Van Rijn", "mw. Lamers", "minister De Jonge")."""
    address = longest_alternation(words("roles", "honorifics"), r"\s+")
    forms = dutch_role_forms()
    titles = {w.lower() for w in mapping("roles", "titles")} | set(forms)
    titles |= {v.lower() for v in forms.values()}
    return re.compile(
        rf"(?<![\w.])(?:(?P<address>(?i:{address}))\.?|(?P<title>(?i:{longest_alternation(titles)})))"
        rf"(?=\s+(?:[A-Z]\.\s*)*(?P<name>(?:{_particle()}\s+)*[A-ZÀ-Ý][\w'-]+))"
    )


def _particle() -> str:
    """A particle of a name ("van", "der": function_words.toml ``name_particles``)."""
    return "(?i:" + alternation("function_words", "name_particles") + ")"


@cache
def _particle_name() -> re.Pattern[str]:
    """A name with a particle after an organisation code ("SJenV Van der Maat")."""
    return re.compile(rf"\s+(?P<name>(?:{_particle()}\s+)+[A-ZÀ-Ý][\w'-]+)")


def names_person(text: str, orgs: OrgTable, known: Iterable[str] = ()) -> bool:
    """Whether ``text`` names a person (rule person_name_asked): a form of address before a
    capitalised name; a title before a name that is neither an organisation nor a place
    ("minister De Jonge"; not "Staatssecretaris van JenV"); an organisation code before a name
    with a particle ("SJenV Van der Maat"). A name of ``known`` is the question's own person,
    not the one asked ("the person who replaced Van Gennip": "Mw. Van Gennip ..." names none).
    """
    own = {" ".join(k.lower().split()) for k in known}
    names = [m["name"] for m in _person().finditer(text)
             if m["address"] or not _organisation_or_place(m["name"], orgs)]  # fmt: skip
    for mention in orgs.mentions(text):
        after = _particle_name().match(text, mention.end)
        if after and not _organisation_or_place(after["name"], orgs):
            names.append(after["name"])
    return any(" ".join(n.lower().split()) not in own for n in names)


def _organisation_or_place(name: str, orgs: OrgTable) -> bool:
    return bool(orgs.mentions(name) or _names("minutes_places", "provinces").search(name))


def noun_class(noun: str) -> str:
    """The class ("place", "country", "org") of a class noun ("gemeenten"), else ""."""
    return next((k for k, nouns in CLASSES.items() if noun in word_set("places", nouns)), "")


def quote_names_member(q: Quote) -> bool:
    """Check ``member_named``: the statement, with its item heading, names a member of the
    class its question asks for (``q.needs.member_class``)."""
    known = [name for name, _, _ in q.needs.names]
    return names_member(q.needs.member_class, f"{q.heading}\n{q.text}", q.retriever.orgs, known)


def member_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reason ``no_member``: the class noun as asked, the topic and the
    class (``kind``, read by evaluation.reason_truth)."""
    return {
        "words": [needs.member_noun],
        "topic": needs.topic or needs.member_noun,
        "kind": needs.member_class,
        "known": [name for name, _, _ in needs.names],
    }
