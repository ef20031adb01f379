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

Rule ``keyword_first_topic`` (``Settings.keyword_first_topic``, session 25 task D): a question
in search-box form - not a sentence that opens with a capital and ends in "?" ("woonboten voor
statushouders", "prijs per flexwoning in het aanbod van het COA?", "Studenten Huisvesting
Gemeenten") - opens with its topic, not with a question word or a verb: its first word is a
topic word unless it is a Dutch verb or adjective form (``lexicon.wordclass.dutch_class``:
"klopt het dat ...", "doorstroom lokaties"). Before, "woonboten" was dropped, the topic was
"statushouders" alone and the question was answered with any statement on status holders.
A first word the minutes lack in every form (the topic check finds it lacking) is what the
search box asks for: the topic is absent (:func:`absent_first_word`, in the gate
``topic_known``), however little of the topic's weight it carries beside the words found. By
default ("absent", :func:`~lrt_search.answer.unread_topic.keyword_implied`) the first word joins
the topic only then; "read" always.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import mapping, word_set
from ..lexicon.wordlists import words as listed
from ..search.unread import content_words

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from ..lexicon.organisations import OrgTable
    from ..search.retriever import Retriever
    from .topics import TopicCheck

# A Dutch question word and the verb after it (the finite verb comes second: "Wie verving").
_AFTER_QUESTION_WORD = lazy(r"^\s*(?:wie|wat|waar\w*|wanneer|waarom|hoe)\s+(?P<verb>\w+)", re.I)


def implied_topic(
    question: str,
    orgs: OrgTable,
    glossary: Glossary | None = None,
    gap: bool = False,
    first: bool = False,
    main: bool = True,
) -> str:
    """The content words of ``question`` that name its topic, joined ("" when none); with
    ``glossary`` (rule ``glossary_phrase_frame_word``), a word of speech or of the frame that
    stands in an English glossary phrase of more than one word is kept ("calling campaign":
    "belactie"; "calling" alone is a word of speech); ``gap``: rule ``frame_gap_topic``
    (:func:`~lrt_search.search.unread.content_words`); ``first``: rule ``keyword_first_topic``
    (:func:`first_word_topic`); ``main``: rule ``main_clause_intent``."""
    verb = _AFTER_QUESTION_WORD.match(question)
    skip = verb.start("verb") if verb else -1
    keep = [
        (m.start(), m.end())
        for term, _ in (glossary.matches(question) if glossary is not None else ())
        if " " in term.strip()
        for m in re.finditer(re.escape(term), question)
    ]
    words = content_words(question, orgs, keep, gap, main)
    opens = first and first_word_topic(question)  # rule keyword_first_topic
    return " ".join(w for w, start, _ in words if (start > 0 or opens) and start != skip)


def first_word_topic(question: str) -> bool:
    """Rule ``keyword_first_topic``: whether the first word of ``question`` names its topic -
    the question is in search-box form (not a sentence that opens with a capital and ends in
    ".", "?" or "!") and its first word is no Dutch verb or adjective form nor a word that
    opens a question (:func:`_not_topic_openers`; see the module)."""
    text = question.strip()
    if not text or (text[0].isupper() and text[-1] in ".?!"):
        return False
    word = text.split()[0].strip(".,:;!?'\"()").lower()
    if not word or dutch_class(word):
        return False
    openers = _not_topic_openers()
    return word not in openers and not any(_one_edit(word, o) for o in openers)


def absent_first_word(question: str, check: TopicCheck) -> str:
    """Rule ``keyword_first_topic``: the first word of a search-box ``question`` when the
    topic ``check`` finds it lacking ("woonboten" of "woonboten voor statushouders"), else ""."""
    if not check.lacking or not first_word_topic(question):
        return ""
    first = fold_accents(question.strip().split()[0].strip(".,:;!?'\"()").lower())
    for name, parts, _ in check.lacking:
        if first in (fold_accents(name.lower()).split()[0], *parts):
            return name
    return ""


def _one_edit(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with one letter dropped, added or changed ("hoevel")."""
    if word == other or abs(len(word) - len(other)) > 1 or min(len(word), len(other)) < 4:
        return False
    short, long = sorted((word, other), key=len)
    for i in range(len(long)):
        if long[:i] + long[i + 1 :] == short or (
            len(short) == len(long) and long[:i] + long[i + 1 :] == short[:i] + short[i + 1 :]
        ):
            return True
    return False


@cache
def _not_topic_openers() -> frozenset[str]:
    """Words that open a question without naming its topic: the question words of
    ``questions.toml`` ``topic_askers``, the one-word length questions of ``durations.toml``
    ("hoelang") and the number words of ``numbers.toml`` ("zestig gemeenten ...")."""
    lengths = {q for q in listed("durations", "questions") if " " not in q}
    numbers = {*listed("numbers", "number_words"), *mapping("numbers", "number_values_nl")}
    numbers |= set(mapping("numbers", "number_values_en"))
    return word_set("questions", "topic_askers") | lengths | numbers


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
