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
    from ..lexicon.glossary import Glossary
    from ..lexicon.organisations import OrgTable
    from ..search.retriever import Retriever
    from .topics import TopicCheck

# A Dutch question word and the verb after it (the finite verb comes second: "Wie verving").
_AFTER_QUESTION_WORD = re.compile(
    r"^\s*(?:wie|wat|waar\w*|wanneer|waarom|hoe)\s+(?P<verb>\w+)", re.I
)


def implied_topic(
    question: str, orgs: OrgTable, glossary: Glossary | None = None, gap: bool = False
) -> str:
    """The content words of ``question`` that name its topic, joined ("" when none); with
    ``glossary`` (rule ``glossary_phrase_frame_word``), a word of speech or of the frame that
    stands in an English glossary phrase of more than one word is kept ("calling campaign":
    "belactie"; "calling" alone is a word of speech); ``gap``: rule ``frame_gap_topic``
    (:func:`~lrt_search.search.unread.content_words`)."""
    verb = _AFTER_QUESTION_WORD.match(question)
    skip = verb.start("verb") if verb else 0
    keep = [
        (m.start(), m.end())
        for term, _ in (glossary.matches(question) if glossary is not None else ())
        if " " in term.strip()
        for m in re.finditer(re.escape(term), question)
    ]
    words = content_words(question, orgs, keep, gap)
    return " ".join(w for w, start, _ in words if 0 < start != skip)


def specific(retriever: Retriever, check: TopicCheck) -> TopicCheck:
    """``check`` of an implied topic without its general words."""
    return check.without_general(retriever.settings.implied_topic_min_weight)


def without_speaker(topic: str, speaker_words: tuple[str, ...]) -> str:
    """Rule ``speaker_name_not_topic``: ``topic`` without the words that name the asked
    speaker. An organisation's name is no content word already; a person's surname ("Waar
    twijfelde De Reus aan?", the IPO's delegate of the attendee lists) is one, yet the minutes
    write the organisation, not the person, on the statement that answers."""
    names = {w.lower() for phrase in speaker_words for w in phrase.split()}
    return " ".join(w for w in topic.split() if w.lower() not in names)
