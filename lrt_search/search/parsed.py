"""A question read once: :class:`ParsedQuestion`, what every later step looks at instead of
the raw string (language, speaker, period and what it scopes, names, topic, intents)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..lexicon.intents import asks, intent_names
from .query import QueryScope, speaker_mentions

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from ..lexicon.organisations import OrgTable

NameKind = Literal["organisation", "glossary", "name"]
#: Intents that are not kinds of question but word lists of other steps.
_NOT_INTENTS = frozenset(["quantity_words", "header", "meeting"])


@dataclass(frozen=True)
class ParsedQuestion:
    """What was understood of a question. Built by :func:`parse_question`; tests build them
    by hand."""

    text: str
    language: Literal["en", "nl"] = "nl"
    speaker: tuple[str, ...] = ()  # organisation codes
    speaker_words: tuple[str, ...] = ()  # the words that made them the speaker
    since: dt.date | None = None
    until: dt.date | None = None
    period_scope: Literal["meeting", "topic", ""] = ""  # what the period filters
    names: tuple[tuple[str, NameKind], ...] = ()
    topic: str = ""  # the "about X" phrase
    intents: frozenset[str] = frozenset()  # agreed, quantity, money, chair, why, yes_no, ...
    premise: str = ""  # of a why-question
    unread: tuple[str, ...] = ()  # notes of what was not understood

    @property
    def english(self) -> bool:
        """Whether the question is in English."""
        return self.language == "en"

    def asks(self, intent: str) -> bool:
        """Whether the question has ``intent`` (a name of lexicon/data/intents.toml)."""
        return intent in self.intents


def _name_kind(name: str, orgs: OrgTable, glossary: Glossary | None) -> NameKind:
    if orgs.resolve(name) is not None or orgs.query_mentions(name):
        return "organisation"
    if glossary is not None and glossary.expand(name):
        return "glossary"
    return "name"


def parse_question(
    question: str,
    scope: QueryScope,
    orgs: OrgTable,
    glossary: Glossary | None,
    names: list[str],
    topic: str,
    premise: str,
    unread: tuple[str, ...] = (),
    period_scope: Literal["meeting", "topic", ""] = "",
) -> ParsedQuestion:
    """The :class:`ParsedQuestion` of ``question`` from its scope and the names, topic and
    premise the answer steps found."""
    mentions = speaker_mentions(question, orgs)
    intents = frozenset(n for n in intent_names() if n not in _NOT_INTENTS and asks(n, question))
    return ParsedQuestion(
        text=question,
        language="en" if scope.english else "nl",
        speaker=scope.orgs,
        speaker_words=tuple(question[m.start : m.end] for m in mentions if m.code in scope.orgs),
        since=scope.since,
        until=scope.until,
        period_scope=period_scope or ("meeting" if scope.since or scope.until else ""),
        names=tuple((n, _name_kind(n, orgs, glossary)) for n in names),
        topic=topic,
        intents=intents,
        premise=premise,
        unread=unread,
    )
