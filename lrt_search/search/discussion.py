"""Rule ``discussion_speaks`` (issue 16, task F): a question with a verb of discussing names
who discussed as its speaker ("Is X door de VNG besproken?", "Heeft de VNG het over X
gehad?", "Did IPO discuss X?"), and "bij" after "ter sprake" / "aan de orde" names who raised
it ("Kwam X ter sprake bij de VNG?"), where "bij" alone makes the organisation a place. Without
a word of speech, only there: right after "door"/"by", after "sprake bij", or as the subject
right after the auxiliary that opens an active question; not the subject of a passive ("When
was the housing associations discussed?") nor a word after the verb ("Wat is er besproken over
..., sociale zaken, ..."). The words: ``discussion*`` of lexicon/data/speech.toml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, word_set

if TYPE_CHECKING:
    from ..lexicon.organisations import Mention
    from .query import SpeakerRules

_DISCUSSION = lazy(rf"\b{alternation('speech', 'discussion')}(?!\w)", re.I)
_BEFORE_TWO = word_set("speech", "discussion_speaker_before_two")
_BEFORE = word_set("speech", "speaker_before")
_OPENERS = word_set("speech", "discussion_subject_after")
_ARTICLES = word_set("function_words", "articles")
_CLAUSE_WORDS = lazy(r"[^,;:?!()]*$")
_WORD = lazy(r"[\w'\u2019.&-]+")


def _on(rules: SpeakerRules | None) -> bool:
    return rules is None or rules.discussion_speaks


def discusses(question: str, rules: SpeakerRules | None) -> bool:
    """Whether ``question`` holds a verb of discussing (and the rule is on)."""
    return _on(rules) and bool(_DISCUSSION.search(question))


def discussed_by(two_before: str, rules: SpeakerRules | None) -> bool:
    """Whether the two words before an organisation ("sprake bij") make it who discussed."""
    return _on(rules) and two_before in _BEFORE_TWO


def discussants(
    question: str, mentions: list[Mention], rules: SpeakerRules | None
) -> list[Mention]:
    """Of the organisations read as speakers of a question with a verb of discussing and no
    word of speech, those standing where who discussed stands (see the module docstring)."""
    out = []
    for m in mentions:
        clause = _CLAUSE_WORDS.search(question[: m.start])
        seen = [w.lower() for w in _WORD.findall(clause.group(0) if clause else "")]
        before = [w for w in seen if w not in _ARTICLES]
        if (
            (before and before[-1] in _BEFORE)
            or discussed_by(" ".join(before[-2:]), rules)
            or (len(before) == 1 and before[0] in _OPENERS)
        ):
            out.append(m)
    return out
