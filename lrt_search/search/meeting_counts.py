"""Rule ``meeting_counts_read``: a count of the meetings asked with a word of speech is read as
one ("how many meetings talked about the Spreidingswet", "in how many LRT's did the VNG raise
X", "Hoeveel vergaderingen spraken over X", "Hoe vaak sprak het COA over X"; blind28's class 3,
blind26's class 5, blind27's class 6; tests/data/meeting_counts.toml).

The count phrase ("how many / hoeveel" + a noun of the meetings, lexicon/data/frequencies.toml
``count_openers`` and ``meeting_nouns``) before a verb of talking (``count_verbs``; intents.toml
``meeting_count``) makes the question ask intent ``frequency`` (rule ``frequency_meetings``
answers it). Its words name nobody: "many meetings" is no speaker phrase
(:func:`not_count` of ``phrases.speaker_phrase``) and "LRT's" no name (:func:`count_spans`); a
Dutch "sprak"/"spraken" after it is a verb of speech (:func:`counted_speech`), so "het COA" of
"Hoe vaak sprak het COA over X" is the speaker.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.intents import asks
from ..lexicon.wordlists import alternation

# "many meetings", "many LRT's", "many of the five sessions", "many times", "often": a speaker
# phrase that is the count itself (the question word "how" before it already taken).
_COUNT_WHO = lazy(
    rf"^(?:how\s+)?(?:(?:many|much)\s+(?:of\s+(?:the\s+)?(?:\w+\s+)?)?"
    rf"{alternation('frequencies', 'meeting_nouns')}|many\s+times|often|frequently)(?!\w)",
    re.I,
)
# The count phrase of a question: "how many LRT's", "in hoeveel vergaderingen".
_COUNT = lazy(
    rf"\b{alternation('frequencies', 'count_openers')}\s+(?:(?:of\s+(?:the\s+)?|van\s+de\s+)"
    rf"(?:\w+\s+)?)?{alternation('frequencies', 'meeting_nouns')}(?!\w)",
    re.I,
)
_SPOKE = lazy(rf"\b{alternation('frequencies', 'count_spoke')}\b", re.I)


def asks_count(question: str, main: bool = True) -> bool:
    """Whether ``question`` asks a count of meetings with a verb of talking (intents.toml
    ``meeting_count``; ``main``: rule main_clause_intent)."""
    return asks("meeting_count", question, main)


def is_count_phrase(who: str) -> bool:
    """Whether a speaker phrase is the count of meetings itself ("many meetings", "many
    LRT's", "many times", "often")."""
    return bool(_COUNT_WHO.match(who.strip()))


def count_spans(question: str) -> list[tuple[int, int]]:
    """The spans of the count phrases of a question that asks a count of meetings (none
    otherwise): their words are no names ("How many LRT's ...": "LRT's")."""
    if not asks_count(question):
        return []
    return [m.span() for m in _COUNT.finditer(question)]


def not_count(phrase: str, on: bool = True) -> str:
    """A speaker phrase (``phrases.speaker_phrase``), or "" when it is the count of meetings
    itself and the rule is ``on``."""
    return "" if on and is_count_phrase(phrase) else phrase


def counted_speech(question: str, on: bool = True) -> str:
    """``question`` as the speaker reader reads it: in a count of meetings (the rule ``on``) its
    "sprak"/"spraken" (no word of speech.toml, for "spreken af") written as the verb of speech
    "meldt"/"meldden" of the same length, so the organisations' places stay where they are and
    "het COA" of "Hoe vaak sprak het COA over X" is the speaker."""
    if not (on and _SPOKE.search(question) and asks_count(question)):
        return question
    return _SPOKE.sub(lambda m: "meldt" if len(m.group(0)) == 5 else "meldden", question)
