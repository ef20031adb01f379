"""Topics of questions: the "about X" phrase, and what the minutes hold of it.

A question "Wat zei de VNG over de dwangsom bij te late opvang?" is about "de dwangsom bij te
late opvang". :func:`topic_of` finds that phrase; :func:`topic_terms` finds its words in the
index (Dutch through the analyzer, English through the glossary) and weighs those it lacks by
their :func:`~lrt_search.answer.informativeness.informativeness`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.dutch_forms import class_form
from ..lexicon.freedict import dutch_for
from ..lexicon.gloss_senses import framed_in, without_glossed
from ..lexicon.glossary import unglossed
from ..lexicon.wordclass import is_function_compound, is_paraphrase_word
from ..lexicon.wordfreq import zipf
from ..search.phrases import topic_of as topic_of
from .absent_translation import absent_in_translation, absent_noun
from .cognate_topic import cognate_topic
from .compound_synonyms import pair_compounds
from .dutch_term import dutch_term
from .frame_words import is_frame_word
from .informativeness import informativeness
from .topic_weight import light_word
from .topic_words import compound_terms, dutch_word
from .translation_head import head_terms, kind_unknown
from .untranslated import untranslated_noun_absent
from .word_family import through_lemmas
from .word_forms import joined_units, minutes_forms, synonyms_of, verbs_apart

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# A unit of a topic: its name (a word, an English glossary term), its words, its index terms.
_Unit = tuple[str, tuple[str, ...], frozenset[str]]
# The nouns of a question's fixed expressions (rule topic_weight_words).
Idioms = Collection[str]


@dataclass(frozen=True)
class TopicCheck:
    """What the minutes hold of a topic phrase (weights are looked up only when asked)."""

    terms: frozenset[str]  # its index terms (one must stand in a quote)
    found: tuple[_Unit, ...]  # its words (or English terms) the minutes hold
    lacking: tuple[_Unit, ...]  # those they lack
    english: bool

    @property
    def missing(self) -> tuple[str, ...]:
        """The content words (or English terms) of the topic that the minutes lack."""
        return tuple(name for name, _, _ in self.lacking)

    @property
    def missing_share(self) -> float:
        """The share of the topic's weight that the minutes lack (0 when they lack nothing)."""
        if not self.lacking:
            return 0.0
        missing = sum(self._weight(u) for u in self.lacking)
        return missing / (missing + sum(self._weight(u) for u in self.found))

    @property
    def key(self) -> tuple[str, frozenset[str]]:
        """The most specific word (or English term) of the topic that the minutes hold, with
        its index terms; ``("", frozenset())`` when they hold none."""
        if not self.found:
            return "", frozenset()
        name, _, found = max(self.found, key=self._weight)
        return name, found

    def without_general(self, least: float) -> TopicCheck:
        """The check of the topic's words (or English terms) of weight ``least`` or more."""
        found = tuple(u for u in self.found if self._weight(u) >= least)
        lacking = tuple(u for u in self.lacking if self._weight(u) >= least)
        terms = frozenset(t for _, _, unit_terms in found for t in unit_terms)
        return TopicCheck(terms, found, lacking, self.english)

    def _weight(self, unit: _Unit) -> float:
        return max(informativeness(w, self.english) for w in unit[1])


def topic_terms(
    retriever: Retriever,
    topic: str,
    english: bool,
    explicit: bool = False,
    idioms: Idioms = (),
    question: str = "",
) -> TopicCheck:
    """The index terms of a topic phrase, and which of its content words the minutes lack.

    A Dutch word is found when one of its analyzer terms (stem, compound part, spelling variant,
    another derivation of its stem) is in the index. An English term of the glossary ("deportation",
    "health care") is found when one of its Dutch terms is (each of a Dutch phrase's words), and
    missing when none is; an English word that is neither in the index nor in the glossary cannot be
    checked and is left out, and so is a Dutch adjective or verb form the minutes lack
    (:func:`everyday_paraphrase`) when they hold every other word of the topic (but general ones, of
    weight below ``Settings.implied_topic_min_weight``): it paraphrases what such a statement says
    ("het afnemen van steun": "Draagvlak brokkelt af"); beside a missing word it is missing too ("Is
    de criminaliteit rond azc's gestegen?"). Each checked word weighs its :func:`informativeness`
    (rare words name the topic, common ones hardly), so ``missing_share`` tells how much of the
    topic the minutes lack; ``explicit``: an "about X" phrase (:mod:`.untranslated`); ``idioms``:
    :func:`weighed`; ``question``: its question, read for senses (rule ``gloss_sense_context``)."""
    known = retriever.bm25.terms
    analyzer = retriever.analyzer
    stop = english_stopwords() | dutch_stopwords()

    def index_terms(text: str) -> set[str]:
        return {t for t in analyzer.tokenize_query(text, known) if t in known}

    def every_word(phrase: str) -> set[str]:
        # The index terms of a phrase when each of its content words has one, else none.
        out: set[str] = set()
        for word in _content(phrase, stop) or words(phrase):
            found = index_terms(word)
            if not found:
                return set()
            out |= found
        return out

    found_units: list[_Unit] = []
    lacking: list[_Unit] = []
    covered: set[str] = set()
    paraphrases: list[_Unit] = []
    shown: dict[str, str] = {}  # rule word_forms_read: a word found as another minutes word
    _joined(retriever, topic, english, index_terms, found_units, covered)
    for surface, members in _phrases(retriever, topic, english, question):
        # A glossary term is a content word even where a stopword list has it ("bill").
        parts = _content(surface, stop) or [w for w in words(surface) if not w.isdigit()]
        if not parts:
            continue
        found = set().union(*(every_word(phrase) for phrase in members))
        covered.update(parts)
        unit = (surface.lower(), tuple(parts), frozenset(found))
        (found_units if found else lacking).append(unit)
    _compound_pairs(retriever, topic, english, index_terms, found_units, covered)
    for word in _content(topic, stop):
        if word in covered or _frame_word(retriever, word, english):
            continue
        found = _word_terms(retriever, word, english, index_terms, found_units, shown, topic)
        if not english and retriever.synonyms is not None:
            # Its Dutch synonyms count as the word ("Oekraïners": "Oekraïense ontheemden").
            for phrase in synonyms_of(retriever, word):  # of its forms: rule word_forms_read
                found |= every_word(phrase)
        # An English word the glossary lacks, through the bilingual lexicon ("peace": "vrede"); one
        # none of whose translations is found stays unchecked, but a specific word or a noun.
        absent = ""  # the name of the missing unit (rule english_topic_translated: its forms)
        if english and not found and retriever.settings.bilingual:
            found, absent = _translated(retriever, word, index_terms, explicit, topic, question)
            found, absent = dutch_term(retriever, word, every_word, found, absent)
            found, absent = through_lemmas(retriever, word, index_terms, found, absent)
        if not found and not english and everyday_paraphrase(retriever, word, topic):
            paraphrases.append((word, (word,), frozenset()))
            continue
        if found or not english or absent:
            unit = (absent or shown.get(word, word), (word,), frozenset(found))
            (found_units if found else lacking).append(unit)
    found_units, lacking = kind_unknown(retriever, found_units, lacking, index_terms, english)
    lacking = weighed(retriever, lacking, paraphrases, not found_units, english, topic, idioms)
    terms = frozenset(t for _, _, found in found_units for t in found)
    return TopicCheck(terms, tuple(found_units), tuple(lacking), english)


def _word_terms(
    retriever: Retriever,
    word: str,
    english: bool,
    index_terms: Callable[[str], set[str]],
    found_units: list[_Unit],
    shown: dict[str, str],
    topic: str,
) -> set[str]:
    """The index terms of a topic word: an English word's own, a Dutch word's by
    :func:`~lrt_search.answer.topic_words.dutch_word`."""
    if english:
        return index_terms(word)
    return dutch_word(retriever, word, index_terms, found_units, shown, topic)


def _joined(
    retriever: Retriever,
    topic: str,
    english: bool,
    index_terms: Callable[[str], set[str]],
    found_units: list[_Unit],
    covered: set[str],
) -> None:
    """Rule ``word_forms_read``: a Dutch compound written apart or hyphenated ("uitvoerings
    toets") and a separable verb written apart that the word lookup would not read ("aan te
    passen", "past ... aan") are one found unit, the minutes' word, and its words are covered."""
    if english or not retriever.settings.word_forms_read:
        return
    for joined, pair in joined_units(retriever, topic) + verbs_apart(retriever, topic):
        found_units.append((joined, pair, frozenset(index_terms(joined))))
        covered.update(pair)


def _compound_pairs(
    retriever: Retriever,
    topic: str,
    english: bool,
    index_terms: Callable[[str], set[str]],
    found_units: list[_Unit],
    covered: set[str],
) -> None:
    """Rule ``compound_synonyms_read``: two words of ``topic`` no unit covers yet that name a
    minutes' compound with a part in other words ("front portals", "opstart huizen") are one
    found unit, the minutes' word, and its words are covered."""
    for compound, pair in pair_compounds(retriever, topic, english):
        if not covered & set(pair):
            found_units.append((compound, pair, frozenset(index_terms(compound))))
            covered.update(pair)


def _phrases(
    retriever: Retriever, topic: str, english: bool, question: str = ""
) -> list[tuple[str, list[str]]]:
    """The phrases of ``topic`` checked as one unit, each with the words that find it: its
    glossary terms (with their Dutch terms, and the surface: English the minutes use as well;
    none the ``question`` reads in another sense, rule ``gloss_sense_context``) and, for a
    Dutch topic, rule ``synonym_phrase_units``: its multi-word synonyms ("lokale overheden",
    found when any word of its group is: "gemeenten")."""
    matched = retriever.glossary.matches(topic, context=question)
    out = [(surface, [*entry.nl, surface]) for surface, entry in matched]
    if english or retriever.synonyms is None or not retriever.settings.synonym_phrase_units:
        return out
    taken = {w for surface, _ in out for w in words(surface)}
    for surface, others in retriever.synonyms.phrases(topic):
        if not taken & set(words(surface)):
            out.append((surface, [surface, *others]))
    return out


def _content(text: str, stop: Container[str]) -> list[str]:
    """Content words: no stopwords or numbers, three letters or more, or an acronym ("MR")."""
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2}\b", text)}
    return [
        w
        for w in words(text)
        if (len(w) >= 3 or w in acronyms) and w not in stop and not w.isdigit()
    ]


def _translated(
    retriever: Retriever,
    word: str,
    index_terms: Callable[[str], set[str]],
    explicit: bool,
    topic: str = "",
    question: str = "",
) -> tuple[set[str], str]:
    """The index terms of an English word's Dutch translations (none: of its cognates,
    :func:`cognate_topic`), and, when none is found, the name of the unit the minutes lack
    (:func:`.absent_translation.absent_in_translation`, :func:`.absent_translation.absent_noun`),
    or ""; ``topic``: the phrase it stands in, whose frame picks its senses (rule
    ``gloss_senses_framed``); ``question``: the question, whose collocation of the word's other
    sense leaves out the translations of its glossed one (rule ``gloss_sense_context``: "how
    close": no "sluiten")."""
    translations = dutch_for(word)
    if retriever.settings.gloss_senses_framed:  # the sense of its frame in the topic
        translations = tuple(framed_in(topic, word, translations))
    if retriever.settings.gloss_sense_context and word in unglossed(question):
        translations = tuple(without_glossed(word, translations))
    found: set[str] = set().union(*(index_terms(t) for t in translations))
    if not translations:
        found, named = cognate_topic(retriever, word, index_terms, compound_terms)
        if found or named:
            return found, named
    absent = not found and (
        absent_in_translation(retriever, word, bool(translations))
        or absent_noun(retriever, word, translations, index_terms)
        or untranslated_noun_absent(retriever, word, index_terms, explicit)
    )
    if absent and (heads := head_terms(retriever, word, translations, index_terms)):
        return heads, ""  # rule translation_compound_head
    return found, word if absent else ""


def paraphrases_missing(
    lacking: Sequence[_Unit],
    paraphrases: Sequence[_Unit],
    english: bool,
    least: float,
    alone: bool = False,
) -> list[_Unit]:
    """The paraphrase words of a topic (:func:`everyday_paraphrase`) that count as missing: all of
    them beside a ``lacking`` word that is not general (weight ``least`` or more,
    ``Settings.implied_topic_min_weight``: "ervan" names no topic), else none: they paraphrase
    a statement that holds the topic's other words. Rule ``paraphrase_alone_checked``
    (``alone``): when the minutes hold no other word of the topic, they are the topic and
    missing ("Wat zei de minister over de mazelen?": Hunspell lists "mazelen" as a verb only)."""
    if alone or any(max(informativeness(w, english) for w in unit[1]) >= least for unit in lacking):
        return list(paraphrases)
    return []


def _frame_word(retriever: Retriever, word: str, english: bool) -> bool:
    """A Dutch adverb or particle made of function words ("naartoe", "evenveel"), which the
    minutes lack (``Settings.function_compounds``), or a question adverb or request word
    ("waarover", "qoute": rule ``question_frame_words``): the question's frame, never its topic."""
    if retriever.settings.question_frame_words and is_frame_word(word):
        return True
    return (
        not english
        and retriever.settings.function_compounds
        and is_function_compound(word)
        and word not in retriever.bm25.terms
        and not (retriever.settings.word_forms_read and minutes_forms(retriever, word))
    )


def weighed(
    retriever: Retriever,
    lacking: Sequence[_Unit],
    paraphrases: Sequence[_Unit],
    alone: bool,
    english: bool,
    topic: str,
    idioms: Idioms = (),
) -> list[_Unit]:
    """The units of a topic that count as missing: those the minutes lack, and its paraphrase
    words by :func:`paraphrases_missing` (``alone``: the minutes hold no word of the topic).
    Rule ``topic_weight_words``: a word written lower case in ``topic`` that cannot alone make
    a topic absent (:func:`~lrt_search.answer.topic_weight.light_word`), or a noun of the
    question's fixed expressions (``idioms``: "op gang komt"), counts only beside a missing
    word that is not general, never alone."""
    settings = retriever.settings
    least, alone = settings.implied_topic_min_weight, settings.paraphrase_alone_checked and alone

    def light(unit: _Unit) -> bool:
        word = unit[1][0] if len(unit[1]) == 1 else ""
        written = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", topic) is not None
        return bool(word) and (word in idioms or (written and bool(light_word(word, english))))

    apart = [u for u in (*lacking, *paraphrases) if light(u)] if settings.topic_weight_words else []
    content = [u for u in lacking if u not in apart]
    rest = [u for u in paraphrases if u not in apart]
    missing = paraphrases_missing(content, rest, english, least, alone)
    return content + missing + paraphrases_missing(content, apart, english, least)


def everyday_paraphrase(retriever: Retriever, word: str, topic: str) -> bool:
    """A Dutch word the minutes lack that paraphrases what a statement says rather than
    naming a topic ("rustig" for "stabiel"): written in lower case in ``topic`` (not part of a
    name: "Olympische Spelen"), an adjective or verb form, no noun
    (:mod:`lrt_search.lexicon.wordclass`), and an everyday word
    (``Settings.paraphrase_word_min_zipf``). It is not checked when the minutes hold the
    topic's other words."""
    least = retriever.settings.paraphrase_word_min_zipf
    form = class_form(word, retriever.settings.dutch_inflections)
    return (
        least > 0
        and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", topic) is not None
        and max(zipf(word, "nl"), zipf(form, "nl")) >= least
        and is_paraphrase_word(form)
    )
