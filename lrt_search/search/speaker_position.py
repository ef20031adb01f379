"""Where an organisation named in a question stands: as the speaker ("what did IPO say about X"),
or as part of the topic, an addressee or an object ("Wat is er gezegd over de rol van de
provincies?"): :func:`is_speaker_position`, and the speakers of a question,
:func:`speaker_mentions`. Which words are speech is given (``speech``,
:func:`~.query.speech_words`: in a count of meetings "sprak" is speech too, rule
``meeting_counts_read``); moved out of :mod:`.query` in session 29 (task C2).
"""

from __future__ import annotations

import re

from ..index.analysis import is_english
from ..lazyre import lazy
from ..lexicon.organisations import Mention, OrgTable
from ..lexicon.wordlists import word_regex, word_set
from .actor_verbs import acts
from .discussion import discussants, discussed_by, discusses
from .object_frames import frame_speech, judged_object
from .object_verbs import is_addressed, is_object
from .query import SpeakerRules, speech_words
from .speech_forms import judged_after_of, separable_speech, speech_form, stance_object

_SPEECH = speech_words()
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


_WORD = lazy(r"[\w'\u2019.&-]+")


def _words_before(text: str) -> list[str]:
    """The words of ``text``, lower case, articles left out (the last one is nearest)."""
    return [
        w for w in (m.group(0).lower().strip(".") for m in _WORD.finditer(text)) if w not in _SKIP
    ]


def _clause_start(question: str, start: int) -> int:
    """Where the clause holding character ``start`` begins (after , ; : ? ! or a dash)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(question, 0, start)]
    return ends[-1] if ends else 0


def _object_of_who(before: list[str], speech: re.Pattern[str] = _SPEECH) -> bool:
    """Rule ``speaker_object_of_who``: the clause so far is "wie"/"who" and one verb, no
    auxiliary nor word of speech ("Wie verving ...", "Who replaced ..."; not "Who said")."""
    return (
        len(before) == 2
        and before[0] in _WHO
        and before[1] not in _WHO_AUXILIARIES
        and not speech.fullmatch(before[1])
    )


def _modifies_noun(question: str, end: int, speech: re.Pattern[str] = _SPEECH) -> bool:
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
    if speech.fullmatch(word) or speech.match(question, m.start()) or _has_verb_reading(word):
        return False

    return bool(english_noun(word)[0])


def _has_verb_reading(word: str) -> bool:
    """Whether an English word reads as a verb too ("want": willen): one of its FreeDict
    translations is a Dutch verb form with no noun reading (lexicon/data/wordclass.sqlite)."""
    from ..lexicon.freedict import english_to_dutch
    from ..lexicon.wordclass import dutch_class

    return any(dutch_class(t) == "V" for t in english_to_dutch(word))


def is_speaker_position(
    question: str,
    start: int,
    end: int,
    rules: SpeakerRules | None = None,
    speech: re.Pattern[str] = _SPEECH,
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
    ``rules`` (all on by default) read more (:func:`_object_of_who`, :func:`_modifies_noun`);
    ``speech``: the question's words of speech (:func:`~.query.speech_words`)."""
    rules = rules or SpeakerRules()
    if rules.speaker_asked_agent and word_regex("speech", "asked_agents").search(question):
        return False  # rule speaker_asked_agent: "X joining seen as positive by who"
    clause = _clause_start(question, start)
    before = _words_before(question[clause:start])
    prev, two = (before[-1] if before else ""), " ".join(before[-2:])
    # rule speech_forms_read: "Welke toezegging kreeg de VNG"; "the VNG's take" is no passive
    forms = speech_form(question, end, before, speech.match) if rules.speech_forms_read else ""
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
    if rules.speaker_object_of_who and _object_of_who(before, speech):
        return False
    if rules.speaker_modifier and _modifies_noun(question, end, speech):
        return False
    if prev in _ASKED_BEFORE:
        return False
    if rules.object_not_speaker and _is_object(question, clause, start, before, rules, speech):
        return False
    if rules.speech_forms_read and stance_object(before, is_english(question)):
        return False  # rule speech_forms_read: "How did the state secretary view Nidos"
    said = _speech_follows(question, end, rules.object_frames_read, speech)
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
            before[-2] in _REPRESENTS or bool(speech.fullmatch(before[-2]))
        )
    return prev not in _NOT_SPEAKER_BEFORE


def _is_object(
    question: str,
    clause: int,
    start: int,
    before: list[str],
    rules: SpeakerRules,
    speech: re.Pattern[str] = _SPEECH,
) -> bool:
    """Rule ``object_not_speaker`` (:mod:`~lrt_search.search.object_verbs`) on the clause of
    the organisation at ``question[start:]`` (rule speech_forms_read: its verbs too)."""
    ends = [m.start() for m in _CLAUSE_END.finditer(question, start)]
    words = _words_before(question[clause : ends[0] if ends else len(question)])
    english, forms = is_english(question), rules.speech_forms_read
    return is_object(before, words, english, lambda w: bool(speech.fullmatch(w)), forms)


def _is_addressed(question: str, clause: int, start: int, end: int, before: list[str]) -> bool:
    """Rule ``addressee_not_speaker`` (:func:`~lrt_search.search.object_verbs.is_addressed`)."""
    ends = [m.start() for m in _CLAUSE_END.finditer(question, end)]
    after = _words_before(question[end : ends[0] if ends else len(question)])
    return is_addressed(before, after, is_english(question))


def _object_apart(
    question: str, start: int, rules: SpeakerRules | None, speech: re.Pattern[str] = _SPEECH
) -> bool:
    """Rule ``object_not_speaker``: an organisation right after another one with nothing
    between is not coordinated with it when it is its verb's object ("Wil de staatssecretaris
    de VNG meenemen", "Wat betaalt het Rijk gemeenten")."""
    rules = rules or SpeakerRules()
    if not rules.object_not_speaker:
        return False
    clause = _clause_start(question, start)
    before = _words_before(question[clause:start])
    return _is_object(question, clause, start, before, rules, speech)


def _speech_follows(
    question: str, end: int, frames: bool = False, speech: re.Pattern[str] = _SPEECH
) -> bool:
    """Whether a word of speech follows ``question[:end]`` in its clause, before a word that
    names another speaker ("... volgens de minister", "... according to IPO"); with ``frames``
    (rule object_frames_read) one of judging in its clause too ("Ging S in op")."""
    ends = [m.start() for m in _CLAUSE_END.finditer(question, end)] + [len(question)]
    if frames and frame_speech(question[_clause_start(question, end) : ends[0]]):
        return True
    for word in _words_before(question[end : ends[0]]):
        if word in _SPEAKER_BEFORE or word == "according":
            return False
        if speech.fullmatch(word):
            return True
    return False


def speaker_mentions(
    question: str,
    table: OrgTable,
    rules: SpeakerRules | None = None,
    words: re.Pattern[str] = _SPEECH,
) -> list[Mention]:
    """The organisations a question names as its speaker (see :func:`is_speaker_position`);
    none when the question has no word of speech (``words``: :func:`~.query.speech_words`),
    nor of discussing (rule ``discussion_speaks``). One coordinated with the one before it
    shares its role."""
    rules = rules or SpeakerRules()
    speech = words.search(question) or (rules.speech_forms_read and separable_speech(question))
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
            and not (not between and _object_apart(question, m.start, rules, words))
        ):
            speaker = previous[1]
        else:
            speaker = is_speaker_position(question, m.start, m.end, rules, words)
        previous = (m.end, speaker)
        if speaker:
            out.append(m)
    return out if speech else discussants(question, out, rules)
