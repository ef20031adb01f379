"""Where the note of what a question had that was not understood
(:func:`lrt_search.search.unread.not_understood`) disagrees with the topic check the gates read
(:func:`lrt_search.answer.unread_topic.checked_words`): a word the check finds that the note
lists as in neither the minutes nor the glossary (``found_listed``), or a word of the question
the check finds lacking (the words ``topic_absent`` names) that the note does not list
(``lacking_unlisted``). Rule ``unread_from_topic_check`` makes the note read the check; with it
off the two disagree. ``eval/unread_agreement.py`` runs it over the readable answer sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..answer.unread_topic import checked_words, topic_words
from ..lexicon.textnorm import fold_accents
from ..search.parsed import read_question
from ..search.query import SpeakerRules
from ..search.unread import content_words, not_understood

if TYPE_CHECKING:
    from ..search.retriever import Retriever


@dataclass(frozen=True)
class Disagreement:
    """One question whose note and topic check disagree, with the words of each kind."""

    question: str
    found_listed: tuple[str, ...]
    lacking_unlisted: tuple[str, ...]


def _key(word: str) -> str:
    return fold_accents(word).lower()


def disagreement(retriever: Retriever, question: str) -> Disagreement | None:
    """The disagreement of ``question``'s note with its topic check, ``None`` without one."""
    retriever = retriever.evidence  # the retriever ``ask`` matches words with
    rules = SpeakerRules.of(retriever.settings)
    parsed = read_question(question, retriever.orgs, retriever.glossary, None, rules)
    found, lacking = checked_words(retriever, parsed, question)
    notes = not_understood(retriever, question, parsed, topic_words(retriever, parsed, question))
    listed = {
        _key(w) for n in notes if n["kind"] in ("words", "absent") for w in n["text"].split(", ")
    }
    gap = retriever.settings.frame_gap_topic
    main = retriever.settings.main_clause_intent
    words = {_key(w) for w, _, _ in content_words(question, retriever.orgs, gap=gap, main=main)}
    found_listed = tuple(w for w in found if _key(w) in listed)
    unlisted = tuple(w for w in lacking if _key(w) in words and _key(w) not in listed)
    if not found_listed and not unlisted:
        return None
    return Disagreement(question, found_listed, unlisted)
