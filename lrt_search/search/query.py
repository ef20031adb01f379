"""The scope of a question: who speaks, which period, which language ("what did IPO say about X"
-> speaker IPO; "in april 2023" -> 2023-04-01 .. 2023-04-30; "op 8 juli 2022" -> that day).

The words of speech and the switches of the question reader (:class:`SpeakerRules`) are here;
where an organisation stands as the speaker is read by :mod:`.speaker_position`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..index.analysis import is_english
from ..lazyre import lazy
from ..lexicon.glossary import Glossary
from ..lexicon.synonyms import Synonyms
from ..lexicon.wordlists import alternation
from ..notes import keyed
from .question_period import half_years

if TYPE_CHECKING:
    from .parsed import ParsedQuestion

# Words that make an organisation in a question the speaker: lexicon/data/speech.toml.
_SPEECH_LISTS = ("speech", "speaker_verbs_en", "speaker_verbs_nl", "speaker_participles_nl")
_SPEECH_WORDS = "|".join(alternation("speech", name) for name in _SPEECH_LISTS)
_SPEECH = lazy(rf"\b(?:{_SPEECH_WORDS})(?!\w)", re.I)
# ... and after a count of meetings its "sprak"/"spraken" (speech.toml ``counted_speech``).
_COUNTED = alternation("speech", "counted_speech")
_COUNTED_SPEECH = lazy(rf"\b(?:{_SPEECH_WORDS}|{_COUNTED})(?!\w)", re.I)


def speech_words(counted: bool = False) -> re.Pattern[str]:
    """The words of speech of a question as one pattern; ``counted``: of a question that asks a
    count of meetings (rule ``meeting_counts_read``), "sprak"/"spraken" are speech too ("Hoe
    vaak sprak het COA over X"; elsewhere "spreken af" is an agreement)."""
    return _COUNTED_SPEECH if counted else _SPEECH


def is_speech_word(word: str) -> bool:
    """Whether ``word`` is a word of speech or opinion ("said", "vond", "standpunt")."""
    return bool(_SPEECH.fullmatch(word))


def is_speech_word_in(text: str) -> bool:
    """Whether ``text`` holds a word of speech or opinion (a speaker can be asked for)."""
    return bool(_SPEECH.search(text))


@dataclass(frozen=True)
class SpeakerRules:
    """Which rules of speaker and topic reading are on (the settings of the same names)."""

    speaker_object_of_who: bool = True
    speaker_asked_agent: bool = True
    speaker_modifier: bool = True
    speaker_group_widens: bool = True
    person_speaker_position: bool = True
    topic_after_mention: bool = True
    topic_after_perfect: bool = True
    discussion_speaks: bool = True
    everyday_periods: bool = True
    day_before_meeting_noun: bool = True
    period_phrase_spans: bool = True
    period_half_terms: bool = True
    meeting_order: bool = True
    meeting_references_read: bool = True
    date_roles_read: bool = True
    period_modifier_read: bool = True
    decision_frames_read: bool = True
    minutes_approved_next: bool = True
    title_case_not_names: bool = True
    sentence_start_not_names: bool = True
    name_article_apart: bool = True
    address_not_name: bool = True
    opener_names_kept: bool = True
    sentence_opener_verbs_unnamed: bool = True
    speaker_passive: bool = True
    title_not_speech_verb: bool = True
    speaker_verb_finite: bool = True
    role_speaker: bool = True
    body_chair: bool = True
    mention_addressee_not_topic: bool = True
    comparison_word_not_topic: bool = True
    topic_clause: bool = True
    topic_period_stranded: bool = True
    box_prefix_speaker: bool = True
    actor_not_speaker: bool = True
    org_mention_names: bool = True
    object_not_speaker: bool = True
    addressee_not_speaker: bool = True
    name_forms_read: bool = True
    body_names_read: bool = True
    office_names_read: bool = True
    attendance_joins_read: bool = True
    speech_forms_read: bool = True
    object_frames_read: bool = True
    main_clause_intent: bool = True
    meeting_counts_read: bool = True
    alternative_tail_names_free: bool = True
    self_identification_names_free: bool = True

    @classmethod
    def of(cls, settings: Any) -> SpeakerRules:
        """The rules as ``settings`` (a :class:`~lrt_search.config.Settings`) switch them."""
        return cls(**{f: getattr(settings, f) for f in cls.__dataclass_fields__})


@dataclass(frozen=True)
class QueryScope:
    """What a question asks about besides its topic."""

    orgs: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    english: bool = False
    glossary_terms: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)
    #: The understood speaker, dropped by rule ``speaker_fallback`` because it speaks in no
    #: passage found (set by :meth:`~lrt_search.search.retriever.Retriever.search_question`).
    speaker_dropped: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON form (the ``filters`` of an answer)."""
        return {
            "org": list(self.orgs) or None,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "language": "en" if self.english else "nl",
            "glossary_terms": list(self.glossary_terms),
        }


def has_dutch_function_words(text: str) -> bool:
    """Whether ``text`` holds a Dutch function word (a sentence, not keywords)."""
    from ..index.analysis import dutch_stopwords, english_stopwords, words

    return any(w in dutch_stopwords() and w not in english_stopwords() for w in words(text))


def glossary_terms(
    question: str,
    glossary: Glossary | None,
    english: bool | None = None,
    synonyms: Synonyms | None = None,
) -> tuple[str, ...]:
    """Extra BM25 terms for ``question``: half-years it names in words, the Dutch glossary
    terms when it is English or a keyword query without Dutch function words, and the Dutch
    synonyms of its words when it is a Dutch sentence (keywords are searched as typed)."""
    terms = tuple(half_years(question))
    english = is_english(question) if english is None else english
    if glossary is not None and (english or not has_dutch_function_words(question)):
        terms += tuple(glossary.expand(question))
    return terms + tuple(_synonyms_of(question, synonyms, english))


def _synonyms_of(question: str, synonyms: Synonyms | None, english: bool) -> list[str]:
    """The Dutch synonyms of a Dutch sentence's words (keywords are searched as typed)."""
    if synonyms is None or english or not has_dutch_function_words(question):
        return []
    return synonyms.expand(question)


def _note(label: str, terms: Sequence[str]) -> str:
    return f"{label}: " + ", ".join(terms[:8]) + (" …" if len(terms) > 8 else "")


def scope_of(
    parsed: ParsedQuestion, glossary: Glossary | None, synonyms: Synonyms | None = None
) -> QueryScope:
    """The search filters of a question read once (:mod:`lrt_search.search.parsed`): speaker,
    period and the BM25 terms its words add: half-years named in words, the Dutch glossary
    terms of an English or keyword question, the Dutch synonyms of a Dutch sentence's words."""
    question, english = parsed.text, parsed.english
    notes: list[str] = []
    if parsed.speaker:
        notes.append("speaker: " + ", ".join(parsed.speaker))
    if parsed.period:
        notes.append(keyed("period", parsed.period))
    terms = parsed.half_years + parsed.chair_terms  # rule body_chair: "voorzitter"
    if glossary is not None and (english or not parsed.dutch_sentence):
        terms += tuple(glossary.expand(question))
        if terms:
            notes.append(_note("glossary", terms))
    if synonyms is not None and not english and parsed.dutch_sentence:
        similar = synonyms.expand(question)
        if similar:
            terms += tuple(similar)
            notes.append(_note("synonyms", similar))
    return QueryScope(parsed.speaker, parsed.since, parsed.until, english, terms, tuple(notes))
