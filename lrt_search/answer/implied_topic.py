"""The topic of a question without an "about X" phrase: its content words.

"Was measles vaccination in asylum centres discussed?" and "How did VB view the flex homes?"
name their topic without "about": it is the question's content words
(:func:`~lrt_search.search.unread.content_words`: no stopword, word of speech or of the
question's frame, speaker or date), but not its first word (the question word or the verb:
"Waarover", "Blijft") nor the verb after a Dutch question word ("Wie verving", "Hoe keek").
Only its words (or English glossary terms) of weight ``Settings.implied_topic_min_weight`` or
more count ("eind", "current", "werken" name no topic), and the topic-absent gate needs
``Settings.implied_topic_missing_share`` of their weight missing: the words hold more of the
question's frame than an "about X" phrase does. The checks ``implied_topic_known`` and
``implied_topic_quoted`` (:mod:`lrt_search.answer.checks`) use it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..search.unread import content_words

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable
    from ..search.retriever import Retriever
    from .topics import TopicCheck

# A Dutch question word and the verb after it (the finite verb comes second: "Wie verving").
_AFTER_QUESTION_WORD = re.compile(
    r"^\s*(?:wie|wat|waar\w*|wanneer|waarom|hoe)\s+(?P<verb>\w+)", re.I
)


def implied_topic(question: str, orgs: OrgTable) -> str:
    """The content words of ``question`` that name its topic, joined ("" when none)."""
    verb = _AFTER_QUESTION_WORD.match(question)
    skip = verb.start("verb") if verb else 0
    return " ".join(w for w, start, _ in content_words(question, orgs) if 0 < start != skip)


def specific(retriever: Retriever, check: TopicCheck) -> TopicCheck:
    """``check`` of an implied topic without its general words."""
    return check.without_general(retriever.settings.implied_topic_min_weight)
