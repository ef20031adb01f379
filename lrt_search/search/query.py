"""The scope of a question: who speaks, which period, which language ("what did IPO say about X"
-> speaker IPO; "in april 2023" -> 2023-04-01 .. 2023-04-30; "op 8 juli 2022" -> that day)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..index.analysis import is_english
from ..lazyre import lazy
from ..lexicon.glossary import Glossary
from ..lexicon.organisations import Mention, OrgTable
from ..lexicon.synonyms import Synonyms
from ..lexicon.wordlists import alternation, word_regex, word_set
from ..notes import keyed
from .actor_verbs import acts
from .discussion import discussants, discussed_by, discusses
from .object_frames import frame_speech, judged_object
from .object_verbs import is_addressed, is_object
from .question_period import half_years
from .speech_forms import judged_after_of, separable_speech, speech_form, stance_object

if TYPE_CHECKING:
    from .parsed import ParsedQuestion

# Words that make an organisation in a question the speaker: lexicon/data/speech.toml.
_SPEECH_LISTS = ("speech", "speaker_verbs_en", "speaker_verbs_nl", "speaker_participles_nl")
_SPEECH_WORDS = "|".join(alternation("speech", name) for name in _SPEECH_LISTS)
_SPEECH = lazy(rf"\b(?:{_SPEECH_WORDS})(?!\w)", re.I)


def is_speech_word(word: str) -> bool:
    """Whether ``word`` is a word of speech or opinion ("said", "vond", "standpunt")."""
    return bool(_SPEECH.fullmatch(word))


def is_speech_word_in(text: str) -> bool:
    """Whether ``text`` holds a word of speech or opinion (a speaker can be asked for)."""
    return bool(_SPEECH.search(text))


# Where an organisation stands decides whether it speaks ("about", "to", "by": speech.toml).
_NOT_SPEAKER_BEFORE = word_set("speech", "not_speaker_before") | frozenset(
    w for w in word_set("topics", "openers") if " " not in w and "." not in w
)
_GENITIVE, _REPRESENTS = frozenset(["van", "of"]), word_set("speech", "represents")  # genitive
_SPEAKER_BEFORE = word_set("speech", "speaker_before")
_SPEAKER_BEFORE_TWO = word_set("speech", "speaker_before_two")
# "hoeveel gemeenten": what is asked; "wat moeten gemeenten doen": speaks only before speech.
_ASKED_BEFORE = word_set("speech", "asked_before")
_SUBJECT_BEFORE = word_set("speech", "subject_of_verb_before")
_TOPIC_MARKER = word_regex("topics", "openers")  # an organisation after one, in its clause: topic
_CLAUSE_END = lazy(r"[,;:?!()]|\s[-\u2013]\s")
_SKIP = word_set("function_words", "articles") | word_set("function_words", "quantifiers") | {"'s"}
_COORDINATION = frozenset(["and", "en", "&", "or", "of", "as", "well", "ook"])
_WHO, _WHO_AUXILIARIES = word_set("speech", "who_subject"), word_set("speech", "who_auxiliaries")
_SPEAKER_NOUNS, _GROUPS = word_set("speech", "speaker_nouns"), word_set("speech", "groups")


def is_group(question: str, mention: Mention) -> bool:
    """Whether ``mention`` names a group of bodies, not one member ("de gemeenten", "provinces";
    speech.toml ``groups``), and not as what its member represents ("de koepel van gemeenten")."""
    before = _words_before(question[: mention.start])
    represented = len(before) >= 2 and before[-1] in _GENITIVE and before[-2] in _REPRESENTS
    return " ".join(_words_before(mention.text)) in _GROUPS and not represented


def group_words(words: str) -> bool:
    """Whether ``words`` (a speaker as written) are a group noun of speech.toml ``groups``."""
    return " ".join(_words_before(words)) in _GROUPS


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
    speech_forms_read: bool = True
    object_frames_read: bool = True
    main_clause_intent: bool = True
    meeting_counts_read: bool = True

    @classmethod
    def of(cls, settings: Any) -> SpeakerRules:
        """The rules as ``settings`` (a :class:`~lrt_search.config.Settings`) switch them."""
        return cls(**{f: getattr(settings, f) for f in cls.__dataclass_fields__})


_WORD = lazy(r"[\w'\u2019.&-]+")


def _words_before(text: str) -> list[str]:
    """The words of ``text``, lower case, articles left out (the last one is nearest)."""
    said = (m.group(0).lower().strip(".") for m in _WORD.finditer(text))
    return [w for w in said if w not in _SKIP]


def _clause_start(question: str, start: int) -> int:
    """Where the clause holding character ``start`` begins (after , ; : ? ! or a dash)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(question, 0, start)]
    return ends[-1] if ends else 0


def _object_of_who(before: list[str]) -> bool:
    """Rule ``speaker_object_of_who``: the clause so far is "wie"/"who" and one verb, no
    auxiliary nor word of speech ("Wie verving ...", "Who replaced ..."; not "Who said")."""
    return (
        len(before) == 2
        and before[0] in _WHO
        and before[1] not in _WHO_AUXILIARIES
        and not _SPEECH.fullmatch(before[1])
    )


def _modifies_noun(question: str, end: int) -> bool:
    """Rule ``speaker_modifier``: in an English question, the word right after the
    organisation is a noun that is neither a word of speech, one naming its people nor a verb
    too ("the COA capacity decision"; not "did the interior minister want ...")."""
    if not is_english(question):
        return False
    m = _WORD.match(question, end + 1) if question[end : end + 1] == " " else None
    # a capitalised word goes on naming ("State Secretary Van der Burg"), not modifying
    word = m.group(0) if m and m.group(0).islower() else ""
    from ..index.analysis import english_stopwords
    from ..lexicon.wordclass import english_noun

    if m is None or not word or word in _SPEAKER_NOUNS or word in english_stopwords():
        return False
    # a word of speech, alone or opening a phrase of speech ("object to")
    if _SPEECH.fullmatch(word) or _SPEECH.match(question, m.start()) or _has_verb_reading(word):
        return False
    return bool(english_noun(word)[0])


def _has_verb_reading(word: str) -> bool:
    """Whether an English word reads as a verb too ("want": willen): one of its FreeDict
    translations is a Dutch verb form with no noun reading (lexicon/data/wordclass.sqlite)."""
    from ..lexicon.freedict import english_to_dutch
    from ..lexicon.wordclass import dutch_class

    return any(dutch_class(t) == "V" for t in english_to_dutch(word))


def is_speaker_position(
    question: str, start: int, end: int, rules: SpeakerRules | None = None
) -> bool:
    """Whether an organisation named at ``question[start:end]`` stands where the speaker stands.

    It does not when it is part of the topic: after "about"/"over"/"regarding" in its clause
    ("Wat is er gezegd over de rol van de provincies?"), or right after a preposition that makes
    it an addressee or a place ("say to the provinces", "the shortage among municipalities"),
    or after "van"/"of" in a noun phrase that is not speech ("de rol van de provincies"). It does
    as subject ("What did the provinces say", "Wat vond de VNG van ..."), as the agent of a
    passive ("said by the provinces", "door de gemeenten gezegd"), or after "van"/"of" following
    a word of speech or representation ("het standpunt van de VNG", "the concerns of
    municipalities", "de koepel van gemeenten"). After a question's determiner ("hoeveel
    gemeenten", "how many municipalities") it is what is asked; after a verb that is not one
    of speech ("wat moeten gemeenten doen") it speaks only when a word of speech follows.
    ``rules`` (all on by default) read more (:func:`_object_of_who`, :func:`_modifies_noun`)."""
    rules = rules or SpeakerRules()
    if rules.speaker_asked_agent and word_regex("speech", "asked_agents").search(question):
        return False  # rule speaker_asked_agent: "X joining seen as positive by who"
    clause = _clause_start(question, start)
    before = _words_before(question[clause:start])
    prev, two = (before[-1] if before else ""), " ".join(before[-2:])
    # rule speech_forms_read: "Welke toezegging kreeg de VNG"; "the VNG's take" is no passive
    forms = speech_form(question, end, before, _SPEECH.match) if rules.speech_forms_read else ""
    if forms in ("receiver", "content") or (
        rules.addressee_not_speaker
        and forms != "owner"
        and _is_addressed(question, clause, start, end, before)
    ):
        return False
    if rules.object_frames_read and judged_object(question, clause, start, end):
        return False  # rule object_frames_read: "How did the minister judge IPO's offer"
    if prev in _SPEAKER_BEFORE or two in _SPEAKER_BEFORE_TWO or discussed_by(two, rules):
        return True
    if rules.speaker_object_of_who and _object_of_who(before):
        return False
    if rules.speaker_modifier and _modifies_noun(question, end):
        return False
    if prev in _ASKED_BEFORE:
        return False
    if rules.object_not_speaker and _is_object(question, clause, start, before, rules):
        return False
    if rules.speech_forms_read and stance_object(before, is_english(question)):
        return False  # rule speech_forms_read: "How did the state secretary view Nidos"
    said = _speech_follows(question, end, rules.object_frames_read)
    actor = acts(prev, group_words(question[start:end]), said)
    if rules.actor_not_speaker and actor is not None:
        return actor
    if prev in _SUBJECT_BEFORE:
        return said
    if _TOPIC_MARKER.search(question, clause, start):
        return False
    if prev in _GENITIVE:
        if rules.speech_forms_read and judged_after_of(before):
            return False  # "What did the minister think of the COA", "Wat vond X van de VNG"
        return len(before) >= 2 and (
            before[-2] in _REPRESENTS or bool(_SPEECH.fullmatch(before[-2]))
        )
    return prev not in _NOT_SPEAKER_BEFORE


def _is_object(
    question: str, clause: int, start: int, before: list[str], rules: SpeakerRules
) -> bool:
    """Rule ``object_not_speaker`` (:mod:`~lrt_search.search.object_verbs`) on the clause of
    the organisation at ``question[start:]`` (rule speech_forms_read: its verbs too)."""
    ends = [m.start() for m in _CLAUSE_END.finditer(question, start)]
    words = _words_before(question[clause : ends[0] if ends else len(question)])
    return is_object(before, words, is_english(question), is_speech_word, rules.speech_forms_read)


def _is_addressed(question: str, clause: int, start: int, end: int, before: list[str]) -> bool:
    """Rule ``addressee_not_speaker`` (:func:`~lrt_search.search.object_verbs.is_addressed`)."""
    ends = [m.start() for m in _CLAUSE_END.finditer(question, end)]
    after = _words_before(question[end : ends[0] if ends else len(question)])
    return is_addressed(before, after, is_english(question))


def _object_apart(question: str, start: int, rules: SpeakerRules | None) -> bool:
    """Rule ``object_not_speaker``: an organisation right after another one with nothing
    between is not coordinated with it when it is its verb's object ("Wil de staatssecretaris
    de VNG meenemen", "Wat betaalt het Rijk gemeenten")."""
    rules = rules or SpeakerRules()
    if not rules.object_not_speaker:
        return False
    clause = _clause_start(question, start)
    return _is_object(question, clause, start, _words_before(question[clause:start]), rules)


def _speech_follows(question: str, end: int, frames: bool = False) -> bool:
    """Whether a word of speech follows ``question[:end]`` in its clause, before a word that
    names another speaker ("... volgens de minister", "... according to IPO"); with ``frames``
    (rule object_frames_read) one of judging in its clause too ("Ging S in op")."""
    ends = [m.start() for m in _CLAUSE_END.finditer(question, end)] + [len(question)]
    if frames and frame_speech(question[_clause_start(question, end) : ends[0]]):
        return True
    for word in _words_before(question[end : ends[0]]):
        if word in _SPEAKER_BEFORE or word == "according":
            return False
        if _SPEECH.fullmatch(word):
            return True
    return False


def speaker_mentions(
    question: str, table: OrgTable, rules: SpeakerRules | None = None
) -> list[Mention]:
    """The organisations a question names as its speaker (see :func:`is_speaker_position`);
    none when the question has no word of speech (nor of discussing: rule
    ``discussion_speaks``). One coordinated with the one before it shares its role."""
    rules = rules or SpeakerRules()
    speech = _SPEECH.search(question) or (rules.speech_forms_read and separable_speech(question))
    speech = speech or (rules.object_frames_read and frame_speech(question))
    if not (speech or discusses(question, rules)):
        return []
    out: list[Mention] = []
    previous: tuple[int, bool] | None = None
    for m in table.query_mentions(question):
        between = _words_before(question[previous[0] : m.start]) if previous else None
        if (
            previous is not None
            and between is not None
            and (not between or set(between) <= _COORDINATION)
            and not (not between and _object_apart(question, m.start, rules))
        ):
            speaker = previous[1]
        else:
            speaker = is_speaker_position(question, m.start, m.end, rules)
        previous = (m.end, speaker)
        if speaker:
            out.append(m)
    return out if speech else discussants(question, out, rules)


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
