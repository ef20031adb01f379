"""Rule ``chat_abbreviations``: the chat and SMS abbreviations of a question typed on a phone
("wnr gaat budel open", "why did mvro refuse to talk w vng abt statushouders") read as their
full forms ("wanneer", "with", "about") before the question is read, so that every later step
sees what was meant: the question word, the preposition that opens the topic, the topic's own
words. The tables of ``lexicon/data/abbreviations.toml`` (Dutch, English) apply to every
question, except a form that is a stopword of the other language ("u"), read only in a question
of its table's language; a written form that is a word of the index or an organisation's alias
(``known``) is left as written, and so is one in capitals ("OA", an acronym). A form is read
only as a word standing alone: a letter of an abbreviation joined by "&", "/", "-", "+" or "."
("I&R", "R-route", "U.S.") is no chat form (:func:`standalone`). The answer names each reading
in its notes (``abbreviation: wnr -> wanneer``), as a spelling correction is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, is_english
from ..lexicon.wordlists import alternation, mapping
from .abbreviation_forms import Expansion, read_abbreviation_forms

if TYPE_CHECKING:
    from .retriever import Retriever


@cache
def table(lang: str) -> dict[str, str]:
    """The abbreviations of ``lang`` ("nl" or "en"): written form (lower case) -> full form."""
    return {str(k).lower(): str(v) for k, v in mapping("abbreviations", lang).items()}


def _alternative(word: str) -> str:
    # "w/" may run into the next word ("w/vng"); any other form ends where a word ends.
    end = "" if word.endswith("/") else r"(?![\w'’/-])"
    return re.escape(word) + end


@cache
def _forms() -> dict[str, tuple[str, str]]:
    """Every written form (lower case) -> its language and full form."""
    return {w: (lang, full) for lang in ("nl", "en") for w, full in table(lang).items()}


@cache
def _pattern() -> re.Pattern[str]:
    """The written forms, longest first, each a whole word (compiled on first use)."""
    forms = sorted(_forms(), key=len, reverse=True)
    body = "|".join(_alternative(w) for w in forms)
    return re.compile(rf"(?<![\w'’/.-])(?:{body})", re.IGNORECASE)


#: What may stand around a word standing alone: quotes, brackets, a sentence's punctuation.
_OUTER = "\"'“”‘’«»()[]{}<>,;:!?.…"


def standalone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a chat form found in ``text``, stands alone: the run of
    non-space characters around it, its outer quotes, brackets and punctuation stripped, is the
    form itself ("r u there?", "(abt)"), not a letter of an abbreviation or a word joined by
    "&", "/", "-", "+" or "." ("I&R", "R&D", "VWS/OCW", "R-route", "U.S."). A form ending in
    "/" ("w/") stands alone when it opens its run ("w/vng")."""
    left, right = start, end
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    core, form = text[left:right].strip(_OUTER).lower(), text[start:end].lower()
    return core == form or (form.endswith("/") and core.startswith(form))


def _other_stopword(word: str, lang: str) -> bool:
    """Whether ``word``, a form of ``lang``'s table, is a stopword of the other language."""
    return word in (dutch_stopwords() if lang == "en" else english_stopwords())


def expand(question: str, known: Callable[[str], bool]) -> tuple[str, tuple[Expansion, ...]]:
    """``question`` with its chat abbreviations written out, and the readings made. A form is
    read in a question of either language (the tables share none), except one that is a
    stopword of the other language ("u": Dutch "u"), read only in a question of its own
    (:func:`~lrt_search.index.analysis.is_english`). A form for which ``known`` holds (a word
    of the index, an organisation), written in capitals or not standing alone
    (:func:`standalone`: the "R" of "I&R") stays as written."""
    asked = "en" if is_english(question) else "nl"
    made: list[Expansion] = []

    def read(m: re.Match[str]) -> str:
        word = m.group(0)
        lang, full = _forms()[word.lower()]
        if (len(word) > 1 and word.isupper()) or known(word.lower().rstrip("/")):
            return word
        if not standalone(m.string, m.start(), m.end()):
            return word
        if lang != asked and _other_stopword(word.lower(), lang):
            return word
        made.append(Expansion(word, full))
        after = m.string[m.end() : m.end() + 1]
        return full + " " if word.endswith("/") and after.isalnum() else full

    return _pattern().sub(read, question), tuple(made)


@cache
def _fillers() -> re.Pattern[str]:
    """The spoken fillers of ``questions.toml`` as whole words, with a comma or dots after."""
    return re.compile(
        rf"(?<![\w'’&/.-])(?:{alternation('questions', 'spoken_fillers')})(?![\w'’&/-])[,.…]*\s*",
        re.I,
    )


def drop_fillers(question: str) -> str:
    """Rule ``intent_forms_read``: ``question`` without its spoken fillers ("eh hoeveel ...",
    "how many um ..."), so that the words that ask are read where they stand; a filler in
    capitals ("UM") is left as written, and a question of fillers only is kept."""

    def drop(m: re.Match[str]) -> str:
        word = m.group(0).strip(" ,.…")
        return m.group(0) if len(word) > 1 and word.isupper() else ""

    out = _fillers().sub(drop, question)
    return out if out.strip() else question


def read_abbreviations(retriever: Retriever, question: str) -> tuple[str, list[str]]:
    """``question`` as read by rule ``chat_abbreviations`` (the setting of that name) against
    ``retriever``'s index and organisations, and the notes of its readings; unchanged with the
    rule off. Rules ``intent_forms_read`` (spoken fillers dropped), ``date_words_read`` (a date
    in words written in digits), ``date_forms_read`` (a date form written as the period
    readers read it) and ``spoken_abbreviations`` read first, in that order."""
    from ..index.facts import corpus_facts
    from .date_forms import read_date_forms
    from .date_words import read_date_words
    from .spoken_letters import read_spoken_abbreviations

    if retriever.settings.intent_forms_read:
        question = drop_fillers(question)
    dated: list[str] = []
    if retriever.settings.date_words_read:  # "in november twintig drieëntwintig": 2023
        question, dated = read_date_words(question)
    if retriever.settings.date_forms_read:  # "3/11/2023", "op 3-11": the forms read
        question, formed = read_date_forms(question, retriever.settings.ordinal_forms_everywhere)
        dated += formed
    question, spoken = read_spoken_abbreviations(retriever, question)  # spoken_abbreviations
    question, inflected = read_abbreviation_forms(retriever, question)  # "amv'ers": amv
    spoken = dated + spoken + inflected
    if not retriever.settings.chat_abbreviations:
        return question, spoken

    facts, orgs = corpus_facts(retriever.chunks), retriever.orgs

    def known(word: str) -> bool:
        return word in facts or orgs.resolve(word) is not None or bool(orgs.query_mentions(word))

    text, made = expand(question, known)
    return text, spoken + [e.note() for e in made]


__all__ = ["Expansion", "drop_fillers", "expand", "read_abbreviations", "standalone", "table"]
