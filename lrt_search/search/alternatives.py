"""The alternatives a question offers, read once (issue 16, session 30 task E; eval/blind29.md
class 2): rule ``alternative_tail_names_free``.

An alternative tail at the end of a question offers another actor of the asked act: "Mogen
gemeenten meepraten over de regels onder de spreidingswet, of beslist Den Haag dat allemaal
zelf?", "..., of is dat aan het Rijk?", "..., of ligt dat bij de provincie?", "..., of het Rijk
zelf?", "..., or does The Hague decide that alone?", "..., or is it up to the ministry?". What is
asked is the main clause; the tail's actor is a word of the topic (the search still reads it),
not a name a quote must hold and not the speaker. "of was het X" / "or was it X" is such a tail
only after a main clause that asks no speaker: "Heeft de VNG dat gevraagd, of was het het IPO?"
asks which of two speakers, as the cleft "Was het de VNG of het IPO die dat vroeg?" does (no tail:
the alternative is inside the question) and a question word's candidates after a comma ("Wie zat
de vergadering voor, de VNG of het Rijk?"). The forms are data: lexicon/data/questions.toml
``alternative_tail`` and the lists it names. The either/or readings of session 25's rule
``alternatives_read`` (tried, not merged: docs/settings.md) would be read here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.intents import expand
from ..lexicon.wordlists import regex_text
from .meeting_counts import speech_counted
from .query import SpeakerRules, speech_words
from .self_identification import without_self_identification
from .speaker_position import speaker_mentions

if TYPE_CHECKING:
    from ..lexicon.organisations import Mention, OrgTable

#: Fewer words than this before the tail: no main clause of its own, no tail.
_MAIN_WORDS = 3


@dataclass(frozen=True)
class AlternativeTail:
    """An alternative tail: where it opens in the question, its actor as written, and whether
    it is of the ``choice`` form ("or was it X")."""

    start: int
    actor: str
    choice: bool = False


@cache
def _tail() -> re.Pattern[str]:
    text = regex_text("questions", "alternative_tail")
    actor = regex_text("questions", "alternative_actor")
    named = regex_text("questions", "alternative_named_actor")
    return re.compile(expand(text).replace("{actor}", actor).replace("{named}", named), re.I)


def alternative_tail(question: str) -> AlternativeTail | None:
    """The alternative tail that ends ``question``, or None."""
    m = _tail().search(question)
    if m is None or len(question[: m.start()].split()) < _MAIN_WORDS:
        return None
    group = next(g for g, v in m.groupdict().items() if v is not None)
    return AlternativeTail(m.start(), m.group(group), group == "choice")


def main_clause(question: str) -> str:
    """``question`` without its alternative tail (its question mark kept)."""
    tail = alternative_tail(question)
    return question if tail is None else question[: tail.start].rstrip(" ,") + "?"


def speaker_text(question: str, orgs: OrgTable, rules: SpeakerRules) -> tuple[str, list[Mention]]:
    """The text the speaker and the names of ``question`` are read from, and the speaker
    mentions there (search.parsed.read_question): the question, or with rule
    ``alternative_tail_names_free`` its main clause without an alternative tail; after the
    choice form ("..., or was it X?") only when the main clause mentions no speaker. With rule
    ``self_identification_names_free`` the asker's own body ("Als GGD schuiven wij aan ...",
    "As someone from the GHOR, ...") is blanked first (search.self_identification)."""

    def read(text: str) -> list[Mention]:
        spoke = speech_words(speech_counted(text, rules.meeting_counts_read))  # "Hoe vaak sprak"
        return speaker_mentions(text, orgs, rules, spoke)

    if rules.self_identification_names_free:  # "Als GGD schuiven wij aan ...": no name
        question = without_self_identification(question)
    tail = alternative_tail(question) if rules.alternative_tail_names_free else None
    if tail is None:
        return question, read(question)
    main = main_clause(question)
    mentions = read(main)
    if tail.choice and mentions:  # "Heeft de VNG dat gevraagd, of was het het IPO?"
        return question, read(question)
    return main, mentions
