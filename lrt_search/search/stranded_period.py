"""Rule ``topic_period_stranded`` (issue 16, session 26 task F2): a stranded "about" / "over"
before a period or meeting phrase opens no topic.

"What did the umbrella body of housing associations warn about in July 2022?" and "Waar maakte de
VNG zich zorgen over in april 2023?" ask what was said: the words after "about" / "over" are the
question's period, not its topic. :func:`lrt_search.search.phrases.topic_of` ends a topic at an
end preposition before a date, a month or a meeting word (topics.toml ``end_prepositions``,
``end_words``) only after a first topic word, so the whole period was read as the topic and its
words ("juli") were required of every quote (``topic_not_quoted``). With the rule such a topic
is empty; the question's other words still make its implied topic.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.dates import MONTH_WORDS, SHORT_ORDINAL
from ..lexicon.wordlists import alternation

# A topic that opens with a period, a meeting or the table: an end preposition (or "on") and
# an optional article before a number, a month or a meeting word.
_STRANDED = lazy(
    rf"(?:{alternation('topics', 'end_prepositions')}|"
    rf"{alternation('topics', 'stranded_prepositions')})\s+(?:the\s+|de\s+|het\s+)?"
    rf"(?:\d+|{alternation('topics', 'end_words')}|{MONTH_WORDS})(?!\w)",
    re.I,
)
# A word of a period or meeting phrase: a number (an ordinal), a month, a meeting word, an
# article, "of"/"van", or a preposition (topics.toml `end_prepositions`, `stranded_prepositions`).
_PERIOD_WORD = lazy(
    rf"\d+{SHORT_ORDINAL}?|{MONTH_WORDS}|{alternation('topics', 'end_words')}|the|de|het|of|"
    rf"{alternation('topics', 'end_prepositions')}|"
    rf"{alternation('topics', 'stranded_prepositions')}",
    re.I,
)


def stranded_period(topic: str) -> bool:
    """Whether ``topic`` (an "about X" phrase) is a period or meeting phrase alone, up to its
    end or a comma: the "about" before it is stranded ("in July 2022", "on 19 March 2025", "at
    the meeting of 3 November 2023", "in maart 2025, and how urgently ..."); not when words of
    a topic follow the period ("on 3 November 2023 after the call to ...")."""
    head = topic.strip().split(",")[0]
    return bool(_STRANDED.match(head)) and all(
        _PERIOD_WORD.fullmatch(w.strip(".")) for w in head.split()
    )


def without_stranded_period(topic: str, on: bool = True) -> str:
    """``topic``, or "" when rule ``topic_period_stranded`` (``on``) reads it as a stranded
    "about" before a period (:func:`stranded_period`)."""
    return "" if on and stranded_period(topic) else topic
