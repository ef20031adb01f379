"""Rule ``unread_from_topic_check``: the note of what a question had that was not understood
(:mod:`lrt_search.search.unread`) reads the words of its topic from the topic check
(:func:`~lrt_search.answer.topics.topic_terms`), the one place the gates read them.

Before, the note judged each word by the index vocabulary alone, while the topic check finds a
word through the glossary, a translation, a compound's last part, a cognate or a bridge: after
rule ``translation_compound_head`` found "moratorium" through "vertrekmoratorium", the note
still listed "moratorium" as in neither the minutes nor the glossary. Now a word the check
finds is understood (but a word no general language knows, a typo the spelling step corrects),
and a word the check finds lacking (the words ``topic_absent`` names) is
listed even where one of its analyzer terms is in the index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lexicon.wordfreq import zipf
from ..search.mixed_compounds import compound_terms, mixed_compounds
from .compound_synonyms import dutch_compound, with_modifiers
from .frame_words import without_frame
from .implied_topic import absent_first_word, implied_topic, specific
from .topic_weight import idiom_nouns
from .topics import TopicCheck, topic_terms
from .word_forms import te_particles

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever


def question_topic(retriever: Retriever, parsed: ParsedQuestion, question: str) -> str:
    """The "about X" phrase of ``question``, else its implied topic; "" for attendance."""
    if parsed.attendance:
        return ""
    settings = retriever.settings
    implied = "" if parsed.topic else keyword_implied(retriever, question, parsed.english)
    if parsed.topic or not settings.question_frame_words:
        return parsed.topic or implied
    return without_frame(implied, question)  # rule of that name


def keyword_implied(retriever: Retriever, question: str, english: bool) -> str:
    """The implied topic of ``question`` (:func:`~.implied_topic.implied_topic`, rules
    ``glossary_phrase_frame_word`` and ``frame_gap_topic``); rule ``keyword_first_topic``:
    "read" keeps the first word of a search-box question, "absent" only when the minutes lack
    it (so that gate ``topic_known`` refuses the question), "" never. Rule ``word_forms_read``:
    a separable verb's particle and "te" stay before its verb (:func:`.word_forms.te_particles`)."""
    settings, orgs = retriever.settings, retriever.orgs
    glossary = retriever.glossary if settings.glossary_phrase_frame_word else None
    gap, mode = settings.frame_gap_topic, settings.keyword_first_topic
    main = settings.main_clause_intent
    off = implied_topic(question, orgs, glossary, gap, False, main)
    on = implied_topic(question, orgs, glossary, gap, True, main) if mode else off
    if settings.word_forms_read and not english:  # "tekst passen": "tekst aan te passen"
        off, on = te_particles(off, question), te_particles(on, question)
    if mode != "absent" or on == off:
        return on
    check = check_of(retriever, on, english, True, question)
    return on if check is not None and absent_first_word(question, check) else off


def check_of(
    retriever: Retriever, topic: str, english: bool, implied: bool, question: str = ""
) -> TopicCheck | None:
    """The topic check of ``topic`` (of an implied topic, its specific words only); ``None``
    without a topic. :attr:`lrt_search.answer.evidence.Asked.topic_check` reads it here. Rule
    ``topic_weight_words``: the nouns of the fixed expressions of ``question`` ("op gang
    komt": "gang") are missing only beside a missing topic word. Rule ``mixed_compounds_read``:
    the question's pairs of a Dutch modifier and an English head are read as the minutes'
    compounds (:func:`~lrt_search.search.mixed_compounds.mixed_compounds`)."""
    if not topic:
        return None
    light = retriever.settings.topic_weight_words and not english
    idioms = idiom_nouns(question) if light else ()
    topic = with_modifiers(retriever, topic, question, english)  # "front portals"
    topic, units = _mixed_units(retriever, topic, question)  # "doorstroom places"
    check = topic_terms(retriever, topic, english, not implied, idioms, question)
    if units:
        terms = check.terms.union(*(found for _, _, found in units))
        check = TopicCheck(terms, (*units, *check.found), check.lacking, check.english)
    return specific(retriever, check) if implied else check


#: A found unit of a topic check: its name, the topic's words it covers, its index terms.
_Found = tuple[str, tuple[str, ...], frozenset[str]]


def _mixed_units(retriever: Retriever, topic: str, question: str) -> tuple[str, tuple[_Found, ...]]:
    """Rule ``mixed_compounds_read``: ``topic`` without the words of the question's pairs read
    as the minutes' compounds whose modifier it holds, and one found unit per pair, named by
    the compound, with the index terms of every compound ("doorstroom places":
    "doorstroomlocatie"); no glossary term of the pair's noun ("places") is a unit of its own."""
    kept, units = words(topic), list[_Found]()
    for read in mixed_compounds(retriever, question):
        if read.modifier in kept:
            parts = tuple(w for w in (read.modifier, read.noun) if w in kept)
            units.append((read.name, parts, compound_terms(retriever, read)))
            kept = [w for w in kept if w not in parts]
    return (" ".join(kept), tuple(units)) if units else (topic, ())


def topic_words(
    retriever: Retriever, parsed: ParsedQuestion, question: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the question's topic the topic check finds in the minutes, and those it
    finds lacking (:attr:`~lrt_search.answer.topics.TopicCheck.missing`), lower case; both
    empty with the rule off."""
    if not retriever.settings.unread_from_topic_check:
        return (), ()
    return checked_words(retriever, parsed, question)


def _general_word(word: str) -> bool:
    """Whether general Dutch or English knows ``word`` (wordfreq): a word none knows
    ("huisvestng") stays in the note though the check finds it through a spelling variant, so
    that ``ask`` corrects it (:mod:`lrt_search.search.spelling`)."""
    return zipf(word, "nl") > 0 or zipf(word, "en") > 0


def checked_words(
    retriever: Retriever, parsed: ParsedQuestion, question: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`topic_words` whatever the setting (what ``eval/unread_agreement.py`` compares
    the note with)."""
    topic = question_topic(retriever, parsed, question)
    check = check_of(retriever, topic, parsed.english, not parsed.topic, question)
    if check is None:
        return (), ()
    found = tuple(
        dict.fromkeys(
            w.lower()
            for _, parts, _ in check.found
            for w in parts
            if _general_word(w.lower()) or dutch_compound(retriever, w.lower())  # "flexhuizen"
        )
    )
    return found, tuple(dict.fromkeys(name.lower() for name in check.missing))
