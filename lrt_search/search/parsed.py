"""A question read once: :class:`ParsedQuestion`, what every later step looks at instead of
the raw string (language, speaker, period and what it scopes, names, topic, intents).

:func:`read_question` reads it from the question's words and the alias table (no index);
whether a period holds a meeting, the one fact of the corpus the reading needs, is asked of
``has_meeting``. :func:`understand` turns it into the search filters (query.QueryScope).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..index.analysis import is_english
from ..lexicon.intents import asks, intent_names, main_clause, pattern
from .alternatives import speaker_text
from .body_chair import body_chairs_read, dutch_chair_terms
from .box_prefix import BoxPrefix, box_prefix
from .decision_frames import decision_frame
from .meeting_counts import asks_count, not_count
from .meeting_references import names_meeting
from .office_names import Office, office_in
from .period_modifiers import topic_period
from .period_phrases import half_of
from .period_reading import question_period
from .period_roles import content_date, roles_period
from .phrases import speaker_phrase, topic_of
from .query import (
    QueryScope,
    SpeakerRules,
    has_dutch_function_words,
    is_speech_word_in,
    scope_of,
)
from .question_names import NameKind, names_of
from .question_period import half_years
from .role_words import chair_span
from .speaker_position import is_group
from .stranded_period import without_stranded_period

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from ..lexicon.organisations import OrgTable
    from ..lexicon.synonyms import Synonyms

#: What a period filters: the meetings ("in april 2023"), or only the topic ("housed in the
#: second half of 2025": a quote must name it); "" without a period.
PeriodScope = Literal["meeting", "topic", ""]
#: Intents that are not kinds of question but word lists of other steps.
#: "represented" and "in_favour" are rule header_quotes_asked's (answer.header_asked).
_NOT_INTENTS = frozenset(
    [
        "quantity_words",
        "header",
        "meeting",
        "meeting_last",
        "meeting_first",
        "represented",
        "in_favour",
        "consequence_stated",  # rule consequence_stated: a statement's words
        "cause",  # rule cause_stated: read by answer.consequence only
        "cause_stated",  # rule cause_stated: a statement's words
        "subordinate",  # rule main_clause_intent: the clauses blanked
        "reported_lead",
        "stand_in",  # rule stand_in_lines: read by answer.stand_in only
        "represented_level",
        "stand_in_other",
        "meeting_count",  # rule meeting_counts_read: read as "frequency" (search.meeting_counts)
        "attendance_joined",  # rule attendance_joins_read: read as "attendance" (_intents)
    ]
)


@dataclass(frozen=True)
class ParsedQuestion:
    """What was understood of a question. Built by :func:`read_question`; tests build them
    by hand."""

    text: str
    language: Literal["en", "nl"] = "nl"
    speaker: tuple[str, ...] = ()  # organisation codes
    speaker_words: tuple[str, ...] = ()  # the words that made them the speaker
    speaker_phrase: str = ""  # who is asked about as the speaker, as written ("the red cross")
    since: dt.date | None = None
    until: dt.date | None = None
    period: str = ""  # the period as read ("in 2023", "2025-07-01 to 2025-12-31")
    period_scope: PeriodScope = ""  # what the period filters
    period_terms: frozenset[str] = frozenset()  # a topic's period: what a quote must hold
    half_years: tuple[str, ...] = ()  # named in words ("the second half of 2025": 2025-II)
    topic_period: tuple[dt.date, dt.date] | None = None  # rule period_modifier_read: "the 2025 X"
    names: tuple[tuple[str, NameKind], ...] = ()
    topic: str = ""  # the "about X" phrase ("" when the meeting header answers)
    intents: frozenset[str] = frozenset()  # agreed, quantity, money, chair, why, yes_no, ...
    quantity_embedded: bool = False  # rule embedded_quantity_read: its intent, the main clause
    speech: bool = False  # it holds a word of speech or opinion ("zei", "standpunt")
    meeting_words: bool = False  # it ties a period to the meetings ("besproken", "meeting")
    header: bool = False  # it asks about attendance, time or place (header chunks answer)
    dutch_sentence: bool = True  # it holds a Dutch function word (keywords do not)
    counted: str = ""  # a quantity question without its quantity words: what is counted
    premise: str = ""  # of a why-question: its words after the question word
    unread: tuple[str, ...] = ()  # notes of what was not understood
    # Words a later reading understood, as written (rule comparison_both_sides: "gedaald" of a
    # comparison): never reported as not understood (search.unread.find_unread).
    understood: tuple[str, ...] = ()
    # Rule role_speaker: the words naming the meeting's chair as the speaker ("the chair").
    chair: str = ""
    # ... when no meeting of the question's period marks a chair in its attendee list.
    chair_unrecorded: bool = False
    chair_terms: tuple[str, ...] = ()  # rule body_chair: "voorzitter" of "the chair of the VB"
    office_unheld: str = ""  # rule office_of_period: the office no meeting of the period holds
    speaker_meetings: tuple[tuple[str, frozenset[int]], ...] = ()  # office_holders_per_meeting
    # Rule office_names_read: the office asked about as written ("Prime Minister") and its code
    # ("MP", "CdK", "OCW"; "" for the office of one place: "burgemeester van Zwolle").
    office: str = ""
    office_code: str = ""

    @property
    def english(self) -> bool:
        """Whether the question is in English."""
        return self.language == "en"

    @property
    def attendance(self) -> bool:
        """Whether the question asks who attended or chaired (the meeting header answers)."""
        return self.asks("attendance") or self.asks("chair")

    def asks(self, intent: str) -> bool:
        """Whether the question has ``intent`` (a name of lexicon/data/intents.toml)."""
        return intent in self.intents


def _period_scope(
    question: str,
    since: dt.date | None,
    until: dt.date | None,
    speech: bool,
    has_meeting: Callable[[dt.date | None, dt.date | None], bool] | None,
    rules: SpeakerRules,
    note_of: str | None = None,
) -> tuple[PeriodScope, frozenset[str]]:
    """A period that holds no meeting, in a question without a word of speech or of the
    meetings ("How many status holders must be housed in the second half of 2025?"), modifies
    the topic: it does not filter the meetings, and a quote must name it ("2025-ii", or the
    year). Rule ``period_half_terms``: a period of two months or more inside one half
    ("in het najaar van 2022") requires that half ("2022-ii"; :func:`~.period_phrases.half_of`).
    A period read as a meeting reference (``note_of``, rule meeting_references_read) scopes the
    meetings."""
    if since is None and until is None:
        return "", frozenset()
    main = rules.main_clause_intent
    framed = asks("meeting", question) or any(
        asks(i, question, main) for i in ("attendance", "chair")
    )
    # A day names a meeting, never the time of a topic ("Wat kwam er op 8 mei 2023 aan de orde").
    framed = framed or (since is not None and since == until) or names_meeting(note_of)
    if framed or speech or has_meeting is None or has_meeting(since, until):
        return "meeting", frozenset()
    halves = [h.lower() for h in half_years(question)]
    if not halves and rules.period_half_terms and (half := half_of(since, until)):
        halves = [half.lower()]
    years = {str(d.year) for d in (since, until) if d}
    terms = frozenset(halves or (years if len(years) == 1 else ()))
    return ("topic" if terms else "meeting"), terms


def _topic(question: str, rules: SpeakerRules) -> str:
    """The topic words of ``question`` (search.query ``topic_of``) without a stranded period."""
    return without_stranded_period(
        topic_of(
            _without_latest(question),
            rules.topic_after_mention,
            rules.topic_after_perfect,
            rules.mention_addressee_not_topic,
            rules.comparison_word_not_topic,
            rules.topic_clause,
        ),
        rules.topic_period_stranded,  # rule topic_period_stranded (search.stranded_period)
    )


def read_question(
    question: str,
    orgs: OrgTable,
    glossary: Glossary | None = None,
    has_meeting: Callable[[dt.date | None, dt.date | None], bool] | None = None,
    rules: SpeakerRules | None = None,
) -> ParsedQuestion:
    """The :class:`ParsedQuestion` of ``question``: its speaker (organisations of the alias
    table where the speaker stands), period, names, topic and intents. Without ``has_meeting``
    a period always scopes the meetings. Rule ``speaker_group_widens`` (in ``rules``): groups
    of more than one member named only by generic words ("gemeenten en provincies") are no
    speaker filter: statements of either member and with no speaker may answer alike. One
    group ("wat zeiden de provincies") stays its member (IPO)."""
    rules = rules or SpeakerRules()
    if rules.box_prefix_speaker and (prefix := box_prefix(question, orgs)) is not None:
        return _with_prefix(prefix, orgs, glossary, has_meeting, rules)
    who, mentions = speaker_text(question, orgs, rules)  # rule alternative_tail_names_free
    chairs, framing, mentions = body_chairs_read(question, orgs, rules, mentions)
    strong = [m for m in mentions if m.strong]
    groups = {m.code for m in mentions if is_group(question, m)}
    if not strong and rules.speaker_group_widens and len(groups) > 1:
        mentions = [m for m in mentions if m.code not in groups]
    # "gemeenten", "the provinces" name an organisation only when no LRT member is named.
    speaker = tuple(dict.fromkeys(m.code for m in (strong or mentions)))
    since, until, period = question_period(
        question, rules.everyday_periods, has_meeting, rules.meeting_order,
        rules.day_before_meeting_noun, rules.minutes_approved_next,
        rules.period_phrase_spans, rules.meeting_references_read)  # fmt: skip
    speech = is_speech_word_in(question)
    intents, chair = _intents(framing, rules)
    office = office_in(question, orgs) if rules.office_names_read else None
    frame = decision_frame(question, is_english(question)) if rules.decision_frames_read else None
    if frame:  # rule decision_frames_read: the register asked about X (search.decision_frames)
        intents |= {"agreed"} | ({f"decision_{frame.kind}"} if frame.kind != "what" else set())
    first = _period_scope(framing, since, until, speech, has_meeting, rules, period)[0]
    since, until, period, framing = roles_period(
        question, framing, (since, until, period), has_meeting, rules, first == "topic"
    )  # rules date_roles_read and period_modifier_read (search.period_roles)
    scope, terms = _period_scope(framing, since, until, speech, has_meeting, rules, period)
    if rules.date_roles_read and not (speech or has_meeting is None or asks("meeting", framing)):
        scope, terms = content_date(question, scope, terms)
    return ParsedQuestion(
        text=question,
        language="en" if is_english(question) else "nl",
        speaker=speaker,
        speaker_words=tuple(question[m.start : m.end] for m in mentions if m.code in speaker),
        speaker_phrase=not_count(  # rule meeting_counts_read: "many meetings" is no speaker
            speaker_phrase(
                who,
                rules.speaker_passive,
                rules.title_not_speech_verb,
                rules.speaker_verb_finite,
            ),
            rules.meeting_counts_read,
        ),
        since=since,
        until=until,
        period=period or "",
        period_scope=scope,
        period_terms=terms,
        topic_period=topic_period(question) if rules.period_modifier_read else None,
        half_years=tuple(
            dict.fromkeys([*half_years(question), *(t.upper() for t in terms if "-" in t)])
        ),
        names=names_of(who, mentions, orgs, glossary, rules, office),
        topic=(frame and frame.topic)
        or ("" if {"attendance", "chair"} & intents else _topic(question, rules)),
        intents=intents,
        quantity_embedded=asks("quantity_embedded", question),  # whatever main_clause_intent
        speech=speech,
        meeting_words=asks("meeting", question),
        header=_header(framing, rules) and chair is None,
        dutch_sentence=has_dutch_function_words(question),
        counted=pattern("quantity_words").sub(" ", question),
        premise=_premise(question, rules.main_clause_intent) if "why" in intents else "",
        chair=question[chair[0] : chair[1]] if chair else "",
        chair_terms=dutch_chair_terms(question, chairs),
        **_office_fields(office),  # rule office_names_read
    )


def _intents(framing: str, rules: SpeakerRules) -> tuple[frozenset[str], tuple[int, int] | None]:
    """The intents of a question (its words that ask who chaired a body's chair blanked:
    ``framing``), and where it names the meeting's chair as its speaker (rule role_speaker:
    who said, not who chaired)."""
    main = rules.main_clause_intent
    intents = frozenset(
        n for n in intent_names() if n not in _NOT_INTENTS and asks(n, framing, main)
    )
    if rules.meeting_counts_read and asks_count(framing, main):
        intents |= {"frequency"}  # "how many meetings talked about X", "in how many LRT's ..."
    if _joins(framing, rules):  # rule attendance_joins_read: "did X ever join these meetings"
        intents |= {"attendance", "attendance_asked"}
    chair = chair_span(framing, rules)
    return (intents - {"chair"} if chair is not None else intents), chair


def _joins(framing: str, rules: SpeakerRules) -> bool:
    """Rule ``attendance_joins_read``: whether the question asks if someone joined the meetings
    ("did X ever join one of these meetings", "zat X ook aan tafel"; intents.toml
    ``attendance_joined``)."""
    return rules.attendance_joins_read and asks(
        "attendance_joined", framing, rules.main_clause_intent
    )


def _office_fields(office: Office | None) -> dict[str, Any]:
    """The fields of ``ParsedQuestion`` of rule ``office_names_read``'s office (none: none)."""
    return {"office": office.asked, "office_code": office.code} if office else {}


def _header(framing: str, rules: SpeakerRules) -> bool:
    """Whether the meeting headers answer: attendance, chair, time or place asked (intent
    ``header``; rule ``attendance_joins_read``: "did X ever join one of these meetings")."""
    return asks("header", framing, rules.main_clause_intent) or _joins(framing, rules)


def _premise(question: str, on: bool = True) -> str:
    """Of a why-question, its words after the question word; a fronted clause blanked by rule
    ``main_clause_intent`` (``on``) goes before it ("According to X, why ...?": after "why")."""
    main = main_clause(question, on)
    start = len(main) - len(main.lstrip(" ,"))
    return re.sub(r"^\s*\w+\s+", "", question[start:]).strip(" ?")


def _with_prefix(
    prefix: BoxPrefix,
    orgs: OrgTable,
    glossary: Glossary | None,
    has_meeting: Callable[[dt.date | None, dt.date | None], bool] | None,
    rules: SpeakerRules,
) -> ParsedQuestion:
    """Rule ``box_prefix_speaker``: the question after a search-box prefix ("IPO 2025: ...",
    :func:`~.box_prefix.box_prefix`), read, with the prefix's organisations as the speaker,
    unless it names one or the prefix names who asks, and the prefix's date as the period of
    the meetings, unless it names one."""
    parsed = read_question(prefix.rest, orgs, glossary, has_meeting, rules)
    changes: dict[str, object] = {}
    if not parsed.speaker and not prefix.asker:
        changes.update(speaker=prefix.codes, speaker_words=prefix.words)
    if prefix.date and parsed.since is None and parsed.until is None:
        date = f"in {prefix.date}"
        since, until, period = question_period(date, rules.everyday_periods, None)
        if period:
            changes.update(since=since, until=until, period=period, period_scope="meeting")
    return dataclasses.replace(parsed, **changes)  # type: ignore[arg-type]


def _without_latest(question: str) -> str:
    """``question`` without the words that ask for the most recent word on the topic ("last
    time", "onlangs": intent ``latest``); they are no words of its topic."""
    return re.sub(r"\s+", " ", pattern("latest").sub(" ", question)).strip()


def with_speaker(parsed: ParsedQuestion, codes: tuple[str, ...], words: str) -> ParsedQuestion:
    """``parsed`` with the speaker found elsewhere (a person of the attendee lists)."""
    return dataclasses.replace(parsed, speaker=codes, speaker_words=(words,))


def understand(
    question: str,
    table: OrgTable,
    glossary: Glossary | None,
    synonyms: Synonyms | None = None,
    rules: SpeakerRules | None = None,
) -> QueryScope:
    """The search filters of ``question`` (:func:`~lrt_search.search.query.scope_of` of its
    reading)."""
    return scope_of(read_question(question, table, glossary, rules=rules), glossary, synonyms)
