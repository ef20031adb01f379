"""Rule ``property_tied`` (issue 16, task A): a question that asks for a property of its topic -
a time ("Sinds wanneer geldt X?", "By when must Y be ready?"), an amount of money, a percentage,
a count ("hoeveel X") - is answered only when the topic's own statements state it.

The topic's statements are those the quote checks would quote without the property requirement:
every check met but the property's own (``answer_shape``'s number, ``amount_stated``,
``percentage_stated``; for a time, :func:`states_time`), and the property stated neither in
the statement (for a count: no number at all; for a time also not in its item heading), its
list's lead-in ending in ":", nor the reply to it when it asks a question. When none of the
statements that would be quoted among them (ranked as the quotes are, with rule
``asked_form``'s bonus, and within ``Settings.answer_margin`` of the best, as
:func:`.selection.choose` picks them) states the property, and no statement that states it
holds every word of the topic (``needs.topic_units``) the best of them holds, the question
abstains with the property's reason (``no_time``, ``no_amount``, ``no_percentage``,
``no_count``) instead of quoting a lower statement that states a number or a time about
something else (rule ``time_stated``, tried before, fell into that). When one does, the
question is answered as without the rule (for a time, the statements that state none stay
candidates; the deeper passages of rule ``quote_depth`` are read as before).

Rule ``counted_topical`` (issue 16 task C, session 17): a "how many X" question that a
statement answers with a number next to X ("500 extra plekken") was left alone; now only when
such a statement holds every word of the topic, as the question writes it, that the best of the
topic's statements holds ("Hoeveel plekken in hotels en recreatieparken ...?" is not answered
by the coordination centre's "500 extra plekken"); else ``no_count``. Switch:
``Settings.counted_topical``.

Which questions ask for a time: the question form ``when`` of rule ``asked_form``
(``lexicon/data/answer_forms.toml``), not about the meetings themselves, about when something
was mentioned (``lexicon/data/topics.toml``) or said (``lexicon/data/speech.toml``): the
meeting's date answers those. A time in a statement: the time form of ``asked_form``, a written
date (``lexicon.dates``), a period (``search.periods``, ``search.everyday``).
"""

from __future__ import annotations

import functools
import re
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lexicon.datafiles import bundled_toml
from ..lexicon.dates import find_date
from ..lexicon.intents import asks, expand, main_clause
from ..lexicon.textnorm import split_sentences
from ..lexicon.wordlists import alternation
from ..search.everyday import find_everyday, has_yearless
from ..search.periods import find_range
from . import durations as unit_counts  # rule duration_count_read
from .amount_tied import untied
from .asked_detail import asks_often, asks_rate, states_frequency, states_rate, topic_sentences
from .asked_form import has_form, mention_words, with_asked_form
from .continuations import continues
from .durations import asks_besides, asks_duration, asks_length, states_duration, states_length
from .event_time import asked_events, ends_in_when, event_sentences, event_word
from .evidence import states_percentage
from .messages import Reason
from .names import dutch_synonyms
from .property_forms import time_form
from .selection import choose
from .shape import answers_shape

if TYPE_CHECKING:
    from ..results import Citation
    from .checks import Quote
    from .frame import Frame


@cache
def _when() -> re.Pattern[str]:
    """The question form ``when`` of ``lexicon/data/answer_forms.toml`` ("wanneer", "since when",
    "per wanneer", "what date", ...)."""
    return re.compile(expand(bundled_toml("answer_forms.toml")["when"]["question"]), re.I)


@cache
def _said() -> re.Pattern[str]:
    """A question about when something was said: "When did / has X say / mention ...",
    "Wanneer zei / benadrukte X ...", "Wanneer heeft X ... gezegd / geuit" (the speaker verbs of
    ``lexicon/data/speech.toml``; an English one after an auxiliary of the past, a Dutch finite
    one right after "wanneer", a Dutch participle anywhere)."""
    en = alternation("speech", "speaker_verbs_en")
    nl = alternation("speech", "speaker_verbs_nl")
    participle = alternation("speech", "speaker_participles_nl")
    return re.compile(
        rf"\b(?:did|has|have|had)\b[^?]*\b{en}(?!\w)|\bwanneer\s+{nl}(?!\w)|\b{participle}(?!\w)",
        re.I,
    )


def asks_time(
    question: str, durations: bool = False, trailing: bool = False, main: bool = True
) -> bool:
    """Whether ``question`` asks for the time of an event or a state ("Sinds wanneer geldt
    X?", "By when must Y be ready?"; with ``durations``, rule ``property_tied_durations``, also
    a length of time or a term: "Hoe lang duurt X?"): the question form ``when`` of rule
    ``asked_form``, not about the meetings themselves ("When did the LRT meet?", "Wanneer begon
    de vergadering?"), about when something was mentioned ("When was X discussed?") or said
    ("When did the VNG say X?"): the meeting's date answers those. With ``trailing`` (rule
    ``event_time``) also a question that ends in "when" ("... passed tweede kamer when")."""
    if not (
        _when().search(main_clause(question, main))  # rule main_clause_intent
        or (durations and asks_duration(question, main))
        or (trailing and ends_in_when(question))  # rule event_time: "... when"
    ):
        return False
    if any(asks(i, question, main) for i in ("meeting_dates", "meeting_time", "header")):
        return False
    return not (mention_words().search(question) or _said().search(question))


def states_time(
    text: str, forms: bool = True, named: frozenset[str] = frozenset(), halves: bool = False
) -> bool:
    """Whether ``text`` states a time: a date, a month, a year, a period, a relative time
    ("komende week", "voor de zomer", "binnenkort"); with ``forms`` (rule property_forms_read)
    also "binnen zes weken", "volgend jaar", "voor de kerstvakantie", "2023-II", "om 14.00 uur"
    (:func:`.property_forms.time_form`; with ``halves``, for a period asked, "2022-II" but not a
    half-year of ``named``, the question's own)."""
    if not text:
        return False
    return bool(
        has_form("when", text)
        or find_date(text)
        or find_range(text)
        or find_everyday(text)
        or has_yearless(text)
        or (forms and time_form(text, named, halves))
    )


#: The quote checks that demand each property (the time has no check of its own: a statement
#: that meets every check is a topic statement, and :func:`states_time` decides).
_PROPERTY_CHECKS: dict[str, frozenset[str]] = {
    "count": frozenset({"answer_shape"}),
    "amount": frozenset({"answer_shape", "amount_stated"}),
    "percentage": frozenset({"answer_shape", "percentage_stated"}),
}
#: The properties of time: "duration" is a time question that asks a length of time or a term
#: (rule ``property_tied_durations``), which a stated length of time answers too.
TIMES = frozenset({"time", "duration", "length"})  # "length": rule length_stated
#: The properties with no quote check of their own (rule ``often_stated``'s "often" too): a
#: statement that meets every check is a topic statement, and the property's reading decides.
UNCHECKED = TIMES | {"often", "rate", "event"}
#: The reason code of an abstention of the rule, per property (answer.messages).
REASONS: dict[str, str] = {
    "time": "no_time",
    "duration": "no_time",
    "length": "no_length",  # rule length_stated (answer.durations)
    "event": "no_event_time",  # rule event_time: "event:<groups>"
    "count": "no_count",
    "often": "no_frequency",
    "rate": "no_rate",
    "amount": "no_amount",
    "percentage": "no_percentage",
}


def asked_property(frame: Frame, probe: Quote) -> str | None:
    """The property of its topic the question asks for ("time", "duration", "amount",
    "percentage", "count", "often", "rate:<unit>" of rule ``rate_stated``), or None (rule off,
    a timeline, attendance, a question naming identifiers); a "time" or "duration" asked only
    as a length or an end is "length" (rule ``length_stated``)."""
    prop = _asked(frame, probe)
    if prop in ("time", "duration") and frame.retriever.settings.length_stated:
        return "length" if asks_length(frame.question, frame.main_clause) else prop
    return prop


def _asked(frame: Frame, probe: Quote) -> str | None:
    """:func:`asked_property` without rule ``length_stated``."""
    settings = frame.retriever.settings
    if not settings.property_tied or frame.timeline or frame.attendance:
        return None
    if settings.often_stated and asks_often(frame.question, frame.main_clause):  # rule often_stated
        return "often"
    if settings.rate_stated and (probe.quantity or probe.needs.money) and asks_rate(frame.question):
        return f"rate:{asks_rate(frame.question)}"  # rule rate_stated (answer.asked_detail)
    if settings.duration_count_read and (unit := unit_counts.counted_unit(frame.question)):
        return f"length:{unit}"  # "how many months": a length in months, not a count
    if probe.needs.money:
        return "amount"
    if probe.needs.percent:
        return "percentage"
    if probe.quantity:  # a count of a modified noun: rule quantity_modifier's own reason
        return None if probe.required or probe.modifier is not None else "count"
    durations, question = settings.property_tied_durations, frame.question
    when = functools.partial(asks_time, main=frame.main_clause)  # rule main_clause_intent
    if durations and asks_duration(question, frame.main_clause):  # a length besides else: no
        return None if asks_besides(question) or not when(question, True) else "duration"
    if settings.event_time and (events := asked_events(question)):  # rule event_time
        return f"event:{','.join(events)}" if when(question, trailing=True) else None
    return "time" if when(question) else None


def _lead_in(quote: Quote) -> str:
    """The statement before ``quote`` when it opens its list (ends in ":")."""
    return quote.before if quote.before.rstrip().endswith(":") else ""


def _reply(quote: Quote) -> str:
    """The statement after ``quote`` when ``quote`` asks a question (ends in "?"): its reply."""
    return quote.after if quote.text.rstrip().endswith("?") else ""


def _states(prop: str, quote: Quote, text: str) -> bool:
    """Whether ``text`` (a statement of ``quote``'s item) states ``prop``."""
    if not text:
        return False
    forms = quote.retriever.settings.property_forms_read  # rule property_forms_read
    halves = prop == "duration"  # a half-year answers "voor welke periode", not "wanneer"
    timed = functools.partial(states_time, forms=forms, named=quote.required, halves=halves)
    if prop == "length":  # rule length_stated: a length or an end, not a point in time
        return states_length(text, timed)
    if prop.startswith("length:"):  # rule duration_count_read: a length in the counted unit
        return unit_counts.states_length_in(text, prop.removeprefix("length:"))
    if prop in TIMES or prop.startswith("event:"):
        return timed(text) or (prop == "duration" and states_duration(text))
    if prop == "often":
        return states_frequency(text, forms)
    if prop.startswith("rate:"):
        return states_rate(text, prop.removeprefix("rate:"))
    if prop == "amount":
        return quote.needs.money_ok(text)
    if prop == "percentage":
        return states_percentage(text, forms)
    return answers_shape(text, set(), set(), True, None, forms=forms)


def lacks_property(prop: str | None, failed: list[str], quote: Quote) -> bool:
    """Whether ``quote`` is a statement of the topic without the asked property: it fails no
    check but the property's own, and neither it (for a time, also its item heading), its
    list's lead-in nor the reply to it (when it asks a question) states the property."""
    if prop is None:
        return False
    if prop.partition(":")[0] in UNCHECKED:
        own = [quote.text]
        event = prop.startswith("event:")
        timed = prop.partition(":")[0] in TIMES  # "length:<unit>": rule duration_count_read
        if (timed or event) and quote.retriever.settings.time_topic_sentence:
            tokenize = quote.retriever.analyzer.tokenize
            own = topic_sentences(quote.text, quote.needs.topic_terms, tokenize)
        texts = (*own, quote.heading, _lead_in(quote), _reply(quote))
        if event:  # rule event_time: only a sentence of the asked event (or of the next
            # statement when it continues this one: "Deze randvoorwaarden worden deze zomer ...")
            after = (quote.after,) if continues(quote.text, quote.after) else ()
            groups = tuple(prop.removeprefix("event:").split(","))
            texts = tuple(event_sentences((*texts, *after), groups))
        return not failed and not any(_states(prop, quote, t) for t in texts)
    if not failed or not set(failed) <= _PROPERTY_CHECKS[prop]:
        return False
    if prop == "count" and _states(prop, quote, quote.text):
        return False  # a number, not next to the counted noun: a count of another word for it?
    return not any(_states(prop, quote, t) for t in (_lead_in(quote), _reply(quote)))


def tied(frame: Frame, candidates: list[Citation]) -> tuple[Reason | None, list[Citation]]:
    """Why to abstain (rule ``property_tied``): none of the statements that would be quoted
    from the topic's statements (``candidates``, which state the property, with
    ``frame.propertyless``, which do not) states the property, and none that states it holds
    every word of the topic the best of them holds. Else no reason, and the candidates to
    answer from: for a time, with the statements that state none again (they were candidates
    before the rule; only whether to abstain changes). A count, amount or percentage that no
    statement passing every quote check states abstains as without the rule, for its reason."""
    prop, lacking = frame.property_asked, frame.propertyless
    frame.property_asked, frame.property_done = None, True  # deeper passages: as without it
    if prop == "amount" and (paid := untied(frame, candidates)):  # rule amount_noun_tied
        return _reason(frame, prop, paid), candidates
    if prop is None or not lacking:
        return None, candidates
    settings = frame.retriever.settings
    # ranked as the quotes are (rule asked_form: a statement in the asked form first)
    topic = with_asked_form(frame, sorted([*candidates, *lacking], key=lambda c: -c.score))
    if prop == "count" and frame.counted_found:  # a number next to the counted noun: the count
        if not settings.counted_topical or _counted_topical(frame, candidates, topic):
            return None, candidates  # (rule counted_topical: of the topic, not of another)
    # (abstains without the rule: its reason stands)
    elif not candidates and prop.partition(":")[0] not in UNCHECKED:
        return None, candidates
    quoted = choose(topic, False, settings.max_quotes, settings.answer_margin)
    stating = {_key(c) for c in candidates}
    counted = prop == "count" and frame.counted_found and settings.counted_topical
    if not counted and (
        any(_key(c) in stating for c in quoted) or _as_topical(frame, candidates, topic)
    ):
        if prop.partition(":")[0] in UNCHECKED:
            candidates = sorted([*candidates, *lacking], key=lambda c: -c.score)
        return None, candidates
    if prop == "length":  # rule length_stated
        if _length_deeper(frame, topic):  # a deeper passage says how long: as without it
            return None, sorted([*candidates, *lacking], key=lambda c: -c.score)
        prop = "length" if _point_quoted(frame, quoted) else "time"
    return _reason(frame, prop), candidates


def _reason(frame: Frame, prop: str, subject: str = "") -> Reason:
    """The reason of an abstention of the rule for property ``prop``; ``subject``: what it is
    of, when not the question's subject or topic (rule ``amount_noun_tied``: the noun the
    money is for)."""
    needs = frame.needs
    subject = (
        subject or needs.subject or needs.topic or (frame.parsed.topic if frame.parsed else "")
    )
    speaker = ", ".join(sorted(frame.codes)) or None
    params: dict[str, object] = {"speaker": speaker, "subject": subject or ""}
    kind, _, unit = prop.partition(":")  # rule rate_stated: "rate:<unit>"
    if kind == "event":  # rule event_time: the event as the question writes it
        params["words"] = [event_word(frame.question, tuple(unit.split(",")))]
    elif unit:  # "rate:<unit>"; "length:<unit>" (rule duration_count_read): the unit counted
        params["counted" if kind == "length" else "unit"] = unit
    return Reason(REASONS[kind], params)


def _point_quoted(frame: Frame, quoted: list[Citation]) -> bool:
    """Rule ``length_stated``: whether a topic sentence of a statement that would be quoted
    states a time (a point in time, as it states no length): else the reason is ``no_time``
    of rule ``property_tied``, as without the rule."""
    tokenize, terms = frame.retriever.analyzer.tokenize, frame.needs.topic_terms
    forms = frame.retriever.settings.property_forms_read  # rule property_forms_read
    return any(
        states_time(t, forms) for c in quoted for t in topic_sentences(c.quote, terms, tokenize)
    )


def _length_deeper(frame: Frame, topic: list[Citation]) -> bool:
    """Rule ``length_stated``: whether a sentence of a passage ranked after those the answer
    is decided on (rule ``quote_depth``) states a length or an end (``states_length``) and
    holds every word of the topic the best of the topic's statements holds (all of them when
    it holds none): the rule then does not decide, as its reason would not be true ("rol van
    VR's voor cno afloopt op 1 juli" ranked 7th)."""
    units = _topic_units(frame)
    needed = _covered(units, frame, topic[0]) or frozenset(range(len(units)))
    if not needed:
        return False
    tokenize = frame.retriever.analyzer.tokenize
    timed = functools.partial(states_time, forms=frame.retriever.settings.property_forms_read)
    return any(
        all(units[i] & set(tokenize(sentence)) for i in needed)
        for hit in frame.deeper
        for statement in hit.chunk.statements
        for sentence in split_sentences(statement.text)
        if states_length(sentence, timed)
    )


def _covered(units: tuple[frozenset[str], ...], frame: Frame, c: Citation) -> frozenset[int]:
    """The words of the question's topic (their index of ``units``) ``c`` holds."""
    terms = set(frame.retriever.analyzer.tokenize(c.quote))
    return frozenset(i for i, unit in enumerate(units) if unit & terms)


def _topic_units(frame: Frame) -> tuple[frozenset[str], ...]:
    """The index terms of each word of the topic (``needs.topic_units``); with
    ``Settings.property_tied_glossary`` each widened by the index terms of the other Dutch
    terms of the glossary entries that hold one of its words as a Dutch term
    (:func:`.names.dutch_synonyms`: "doorstroomlocaties" -> "DSL"), as a focus name is."""
    units = frame.needs.topic_units
    retriever = frame.retriever
    if not retriever.settings.property_tied_glossary or not units:
        return units
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    widened = [set(unit) for unit in units]
    for word in words(frame.needs.topic):
        own = set(tokenize(word, known))
        extra = {t for o in dutch_synonyms(retriever, word) for t in tokenize(o, known)}
        for unit in widened:
            if unit & own:
                unit |= extra
    return tuple(frozenset(u) for u in widened)


def _as_topical(frame: Frame, candidates: list[Citation], topic: list[Citation]) -> bool:
    """Whether a statement that states the property holds every word of the topic that the
    best of the topic's statements holds (it is as much about the topic)."""
    units = _topic_units(frame)
    best = _covered(units, frame, topic[0])
    return bool(best) and any(best <= _covered(units, frame, c) for c in candidates)


def _counted_topical(frame: Frame, counting: list[Citation], topic: list[Citation]) -> bool:
    """Rule ``counted_topical``: whether a statement with a number next to the counted noun
    ("500 extra plekken", "7.500 statushouders") holds every word of the topic that the best
    of the topic's statements holds ("Hoeveel plekken in hotels en recreatieparken ...?": not
    when the best statement on the topic names hotels and recreatieparken and the number's
    statement neither); true when the best holds no word of the topic (no tie to test). Only
    the words the question writes as the minutes do count: a translated word ("refugees with a
    permit" -> "vluchteling") may name the topic in other words than the number's statement."""
    written = set(frame.retriever.analyzer.tokenize(frame.question))
    units = tuple(u for u in _topic_units(frame) if u & written)
    best = _covered(units, frame, topic[0])
    return not best or any(best <= _covered(units, frame, c) for c in counting)


def _key(c: Citation) -> tuple[str, int]:
    """A statement's place: its passage and first line."""
    return c.chunk_id, c.span.line_start
