"""Rule ``topic_clause`` (issue 16, session 24 task F3): the "about X" topic phrase ends at its
clause.

Long questions run on past their topic: "Heeft de VNG ingestemd met het versturen van de brief
over dwangmiddelen voor gemeenten, of zat daar nog een voorwaarde aan?" read the topic as
"dwangmiddelen voor gemeenten, of zat daar nog een voorwaarde aan", so "zat" was a topic word the
minutes lack. A comma, a spaced dash or a semicolon followed by a conjunction (topics.toml
``clause_joiners``, function_words.toml ``clause_conjunctions``, questions.toml
``part_joiners``; after a comma, "en"/"and" only before a conditional of topics.toml
``clause_conditionals``: "en zo ja") or by a question word or a question's verb
(questions.toml ``part_openers``) opens a clause of its own, as does a bare "en"/"and" before
a question word (function_words.toml ``question_words_nl``/``question_words_en``). A comma,
"en"/"and" and a part that opens a question in its first two words is a two-part question: rule
``question_parts`` reads it, so the topic is left whole there. A list of nouns ("de opvang, de
huisvesting en de integratie", "housing, education and work") is no clause and stays.
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from ..lexicon.wordlists import word_set

# A separator of clauses: a comma, a semicolon, or a dash with space on either side.
_SEPARATOR = lazy(r"\s*[,;]\s+|\s+[-–—]\s+")
# A bare "en"/"and" between words (after a comma it is rule question_parts' joiner).
_BARE = lazy(r"(?<!,)\s+(?:en|and)\s+", re.I)


@cache
def _conditionals() -> frozenset[str]:
    return word_set("topics", "clause_conditionals")


@cache
def _joiners() -> frozenset[str]:
    return (
        word_set("topics", "clause_joiners")
        | word_set("function_words", "clause_conjunctions")
        | word_set("questions", "part_joiners")
    )


def _opens_question(word: str) -> bool:
    """As search/preamble.opens_question (which imports phrases, so not imported here)."""
    return word.strip("¿(\"'").lower() in word_set("questions", "part_openers")


@cache
def _question_words() -> frozenset[str]:
    return word_set("function_words", "question_words_nl") | word_set(
        "function_words", "question_words_en"
    )


def _clause_opens(words: list[str], comma: bool) -> bool:
    """Whether ``words`` (what follows a separator) open a clause of their own; not the second
    part of a two-part question after a comma (rule question_parts reads that), nor the last
    noun of a list: after a comma and "en"/"and" only a conditional ("zo ja", "if so")."""
    if not words:
        return False
    first = words[0].strip(",").lower()
    if comma and first in word_set("questions", "part_joiners"):
        return len(words) > 1 and words[1].strip(",").lower() in _conditionals()
    return first in _joiners() or _opens_question(first)


def clause_cut(topic: str) -> str:
    """``topic`` up to where a clause of its own begins (``topic`` when none does): after a
    separator and a conjunction or a question's word, or a bare "en"/"and" and a question
    word."""
    end = len(topic)
    for m in _SEPARATOR.finditer(topic):
        rest = topic[m.end() :].split()
        if _clause_opens(rest, m.group(0).strip() == ","):
            end = m.start()
            break
    for m in _BARE.finditer(topic[:end]):
        rest = topic[m.end() :].split()
        if rest and rest[0].strip(",").lower() in _question_words():
            end = m.start()
            break
    return topic[:end].rstrip(" ,")
