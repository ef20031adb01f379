"""Rule ``office_names_read`` (issue 16 session 30 task F; eval/blind29.md class 10, blind27
class 9, blind26 classes 4 and 11): an office whose head is a general word names one office.

"So did the Prime Minister himself ever join one of these meetings ...?" read "Prime Minister"
as a glossary name with the alternatives of its head ("minister", "bewindspersoon"), so any
minister's statement answered it; "the Prime Minister" as a speaker phrase was split as "the
Defence minister" is (an organisation "Prime" and the head "Minister") and left unread. Here
the office is read whole: an office of lexicon/data/roles.toml ``office_codes`` ("the Prime
Minister", "de minister-president", "de premier zelf", "the King's Commissioner (of Drenthe)",
"burgemeester van Zwolle", "the mayor of Utrecht") gets its code there ("MP", "CdK"; "" for the
office of one place); a minister or state secretary named with a portfolio ("the Minister of
Education", "de minister van Onderwijs") the body of the alias table it names (OCW). It is the
office asked - as the speaker or as an attendee - unless it stands after a preposition of the
topic ("de brief van de MP", "about the Prime Minister's letter"); after "van"/"of" only a noun
of speech before it keeps it asked ("de reactie van de premier"). No index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.wordlists import mapping, word_set

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable

#: The heads of the offices a body of the alias table holds ("the Minister of Education").
_BODY_HEADS = ("minister", "staatssecretaris", "state secretary", "secretary of state")
#: The prepositions before which an office is the topic, not the one asked (speech.toml
#: ``object_prepositions`` but "door", a passive's agent, and "van"/"of", read apart).
_OWNERS = frozenset({"van", "of"})


@dataclass(frozen=True)
class Office:
    """An office the question asks about, as written (no article, no "himself"/"zelf")."""

    asked: str
    code: str  # the minutes' code or abbreviation ("MP", "CdK", "OCW"), or "" (a place office)
    start: int
    end: int
    place: str = ""  # "Zwolle" of "burgemeester van Zwolle"

    def holds(self, at: int, name: str) -> bool:
        """Whether the name ``name`` at ``at`` is a word of the office itself (not its place)."""
        return self.start <= at < self.end and not (self.place and name.endswith(self.place))


@cache
def _codes() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in mapping("roles", "office_codes").items()}


@cache
def _pattern() -> re.Pattern[str]:
    """The offices of ``office_codes``: a place office with its place, a King's Commissioner
    with or without one, any other alone."""
    alts: list[str] = []
    for key in sorted(_codes(), key=len, reverse=True):
        written = r"[\s-]+".join(re.escape(w).replace("'", "['’]?") for w in key.split())
        written = written.replace(r"\-", r"[\s-]+")
        place = r"(?:\s+(?:van|of|in)\s+(?P<place{n}>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))"
        place = place.format(n=len(alts))
        if _codes()[key] == "":
            alts.append(f"(?i:{written}){place}")
        elif _codes()[key] == "CdK":
            alts.append(f"(?i:{written}){place}?")
        else:
            alts.append(f"(?i:{written})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def office_in(question: str, orgs: OrgTable) -> Office | None:
    """The first office ``question`` asks about (as the speaker or an attendee), or None."""
    found: list[Office] = []
    for m in _pattern().finditer(question):
        key = " ".join(re.split(r"[\s-]+", m.group(0).lower().replace("’", "'")))
        code = next((c for k, c in _codes().items() if key.startswith(k.replace("-", " "))), "")
        place = next((v for k, v in m.groupdict().items() if v), "")
        found.append(Office(m.group(0), code, m.start(), m.end(), place))
    for mention in orgs.query_mentions(question):
        if _body_office(mention.text):
            written = question[mention.start : mention.end]
            found.append(Office(written, mention.code, mention.start, mention.end))
    asked = [o for o in sorted(found, key=lambda o: o.start) if _asked(question, o.start)]
    return asked[0] if asked else None


def _body_office(text: str) -> bool:
    """Whether a body's mention names its office ("minister van X", "the defence minister",
    "state secretary for X"), not the body ("ministerie van X", "ministeries van X")."""
    seq = text.lower().split()
    phrase = " ".join(seq)
    return bool(seq) and (
        seq[0] in _BODY_HEADS or phrase.startswith(_BODY_HEADS[2:]) or seq[-1] == "minister"
    )


def _asked(question: str, start: int) -> bool:
    """Whether the office at ``start`` is no topic: not after a preposition of the topic (its
    article skipped); after "van"/"of", only when a noun of speech stands before it."""
    before = re.findall(r"[\w'’]+", question[:start].lower())
    while before and before[-1] in word_set("function_words", "articles"):
        before.pop()
    prepositions = (word_set("speech", "object_prepositions") - {"door"}) | _OWNERS
    if not before or before[-1] not in prepositions:
        return True
    if before[-1] in _OWNERS and len(before) > 1:
        return before[-2] in word_set("speech", "speech_nouns")
    return False
