"""Whether the reason of an abstention is true of the minutes (issue 16: zero false reasons).

Each reason code that makes a claim about the minutes - a word, a name or a meeting that does
not occur, a speaker who says nothing, a statement that nobody makes, a header or attendee list
that lacks something - is checked against the whole index, read independently of the check that
gave the reason: :func:`false_reason` returns what makes it false, or None. The codes whose claim
is a judgement of the statements found, not a fact of the minutes, are in :data:`UNCHECKED`
with why. ``eval/reasons_true.py`` runs it on every readable answer set;
``tests/integration/test_reasons_true.py`` on the hand-written ones."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..answer.asked_class import names_member, noun_class
from ..answer.asked_detail import states_frequency, states_rate
from ..answer.asked_document import names_document
from ..answer.durations import states_length, states_length_in
from ..answer.event_time import asked_events, event_sentences
from ..answer.evidence import states_money, states_percentage
from ..answer.messages import render
from ..answer.property_tied import states_time
from ..answer.selection import is_decision
from ..answer.shape import answers_shape
from ..answer.unnamed_agent import act_doer_named, states_order
from ..index.absence_lines import absence_statements
from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lazyre import lazy
from ..lexicon.textnorm import split_sentences
from ..lexicon.wordlists import mapping
from .reason_bodies import body_silent
from .reason_count import count_unmodified, count_unrealised
from .reason_meetings import (
    agenda_lacks,
    chair_unrecorded,
    meeting_not_held,
    no_chair,
    no_meeting,
    period_not_asked,
)
from .reason_minutes import Minutes, Said, _holds, _period
from .reason_premise import premise_unsupported
from .reason_words import (
    ABSENT_CODES,
    dutch_form_known,
    dutch_forms,
    empty_list,
    english,
    head_unread,
    own_speaker,
)

#: The reason codes whose claim is not a fact of the minutes, and why they are not checked.
UNCHECKED: dict[str, str] = {
    "low_confidence": "a score of the statements found, not a claim about the minutes",
    "no_answer": "that no statement answers is a judgement of the question's shape",
    "no_words": "a claim about the question, not the minutes",
    "claim_number_unstated": "'the statement on it' is the statement found, not named",
    "comparison_side_absent": "a side of a comparison is a period or a reading, not words",
    "comparison_no_amount": "a side of a comparison is a period or a reading, not words",
    "comparison_no_count": "a side of a comparison is a period or a reading, not words",
}

#: What a header that names a time / a place holds, read independently of answer/meeting_facts.
_HEADER_HOLDS = {
    "time": lazy(r"\b\d{1,2}[.:]\d{2}\b"),
    "place": lazy(r"^Vergaderplaats\s+(?!\d)\w", re.M),
}


def _first(found: list[str], what: str) -> str | None:
    return f"{what}: {found[0][:160]!r}" if found else None


def _word_units(minutes: Minutes, phrase: str, answer: Any = None) -> list[frozenset[str]]:
    """The index terms of each content word of ``phrase`` and, of an English question
    (``answer``), of its Dutch forms (glossary term, role: :func:`.reason_words.dutch_forms`); a
    word the index lacks is left out: no statement can hold it."""
    engine = minutes.engine
    known = engine.bm25.terms
    stop = english_stopwords() | dutch_stopwords()
    units = []
    for word in words(phrase):
        if word in stop:
            continue
        forms = " ".join([word, *(dutch_forms(word, heads=False) if english(answer) else ())])
        terms = frozenset(t for t in engine.analyzer.tokenize_query(forms, known) if t in known)
        if terms:
            units.append(terms)
    return units


def _mentions_all(said: Said, units: list[frozenset[str]]) -> bool:
    return bool(units) and all(unit & said.terms for unit in units)


def _names_in(minutes: Minutes, said: Said, name: str, forms: bool = False) -> bool:
    """Whether ``said`` names ``name``: as written, or as the organisation that speaks or is
    mentioned; with ``forms``, also in every other form the names check of ``ask`` finds it by
    (:meth:`Minutes.name_forms`: "Dispersal Act" as "Spreidingswet", a person as the
    organisation). A part of ``not_together`` may be the question's topic, whose words the
    glossary reads one by one (:func:`_word_units`), not as a name: it is read without."""
    if _holds(said.words, name) or (forms and minutes.holds_name(said.words, name)):
        return True
    code = minutes.engine.orgs.resolve(name)
    codes = minutes.name_forms(name)[1] if forms else frozenset({code} if code else ())
    mentioned = {m.code for m in minutes.engine.orgs.mentions(said.text)}
    return bool(codes & (said.speakers | mentioned))


def _name_absent(minutes: Minutes, answer: Any, params: dict) -> str | None:
    present = [n for n in params["names"] if minutes.occurs(n)]
    return f"names occur: {present}" if present else None


def _topic_absent(minutes: Minutes, answer: Any, params: dict) -> str | None:
    present = [w for w in params["words"] if minutes.occurs(w)]
    return f"words occur: {present}" if present else None


def _headers(minutes: Minutes, dates: Iterable[str]) -> list[Any]:
    wanted = set(dates)
    return [c for c in minutes.headers if c.meeting_date.isoformat() in wanted]


def _header_lacks(minutes: Minutes, answer: Any, params: dict) -> str | None:
    holds = _HEADER_HOLDS.get(params["fact"])
    said = [
        h.text for h in _headers(minutes, params["dates"]) if holds is None or holds.search(h.text)
    ]
    return _first(said, "a header says it")


def _not_listed(minutes: Minutes, answer: Any, params: dict) -> str | None:
    headers = [h.text for h in _headers(minutes, params["dates"])]
    listed = [n for n in params["names"] for h in headers if re.search(rf"\({re.escape(n)}\b", h)]
    return f"on the attendee lists: {listed}" if listed else None


def _absence_unstated(minutes: Minutes, answer: Any, params: dict) -> str | None:
    wanted = set(params["dates"])
    chunks = [c for c in minutes.engine.chunks if c.meeting_date.isoformat() in wanted]
    stated = [s for c in chunks for s in absence_statements(c)]
    names = params.get("names") or []  # none: any statement of absence (no_absence_stated)
    found = [s for s in stated if not names or any(_holds(words(s), n) for n in names)]
    return _first(found, "the minutes state the absence")


def _speaker_silent(minutes: Minutes, answer: Any, params: dict) -> str | None:
    codes = minutes.codes(params["names"])
    lo, hi = _period(str(params.get("period") or ""))
    said = [s.text for s in minutes.said if lo <= s.date <= hi and codes & s.speakers]
    return _first(said, "the speaker speaks") or period_not_asked(answer, lo, hi)


def _topic_not_quoted(minutes: Minutes, answer: Any, params: dict) -> str | None:
    units = _word_units(minutes, params["topic"], answer)
    found = [s.text for s in minutes.statements(params)
             if _mentions_all(s, units)]  # fmt: skip
    return _first(found, "a statement holds every word of the topic")


def _record_other_topic(minutes: Minutes, answer: Any, params: dict) -> str | None:
    units = _word_units(minutes, params["topic"], answer)
    found = [s.text for s in minutes.statements(params)
             if is_decision("", s.text) and any(u & s.terms for u in units)]  # fmt: skip
    return _first(found, "a record holds a word of the topic")


def _claim_unrecorded(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule record_holds_claim: no record of the period holds every word of the topic (a Dutch
    word the index holds only as compound parts, "noodopvang", with all its parts)."""
    units = _word_units(minutes, params["topic"], answer)
    if not english(answer):
        units = [frozenset([t]) for unit in units for t in unit]
    found = [s.text for s in minutes.statements(params)
             if is_decision("", s.text) and _mentions_all(s, units)]  # fmt: skip
    return _first(found, "a record holds every word of the topic")


def _name_not_quoted(minutes: Minutes, answer: Any, params: dict) -> str | None:
    found = [s.text for s in minutes.statements(params)
             if all(_names_in(minutes, s, n, forms=True) for n in params["names"])]  # fmt: skip
    return _first(found, "a statement names them")


def _not_together(minutes: Minutes, answer: Any, params: dict) -> str | None:
    def holds(s: Said, part: str) -> bool:
        return _names_in(minutes, s, part) or _mentions_all(s, _word_units(minutes, part, answer))

    found = [s.text for s in minutes.statements(params)
             if all(holds(s, p) for p in params["names"])]  # fmt: skip
    return _first(found, "a statement holds them together")


#: Whether a statement's text states each property of reasons no_amount ... no_count.
_PROPERTY: dict[str, Callable[[str], bool]] = {
    "no_amount": states_money,
    "no_percentage": states_percentage,
    "no_time": states_time,
    "no_length": lambda text: states_length(text, states_time),  # rule length_stated
    "no_count": lambda text: answers_shape(text, set(), set(), True, None),
    "no_frequency": states_frequency,
}


def _no_property(minutes: Minutes, answer: Any, params: dict, *, code: str) -> str | None:
    """False when a sentence of a statement the reason speaks of holds every word of its
    subject and states the property (a time in another sentence is of something else); for
    ``no_rate`` (rule rate_stated) a rate per the reason's unit (no_length: a length in it)."""
    units = _word_units(minutes, params.get("subject") or "", answer)
    unit = str(params.get("unit", ""))
    states = _PROPERTY[code] if code != "no_rate" else (lambda text: states_rate(text, unit))
    if code == "no_length" and (counted := str(params.get("counted", ""))):  # duration_count_read
        states = functools.partial(states_length_in, unit=counted)
    tokenize = minutes.engine.analyzer.tokenize
    found = [
        sentence
        for s in minutes.statements(params)
        if _mentions_all(s, units)
        for sentence in split_sentences(s.text)
        if all(unit & set(tokenize(sentence)) for unit in units) and states(sentence)
    ]
    return _first(found, "a sentence of every word of the subject states it")


def _no_event_time(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule event_time: false when a sentence of a statement holding every word of the subject
    holds a form of the reason's event and states a time."""
    units = _word_units(minutes, params.get("subject") or "", answer)
    groups = asked_events(" ".join(params.get("words", ())))
    found = [
        sentence
        for s in minutes.statements(params)
        if _mentions_all(s, units)
        for sentence in event_sentences((s.text,), groups)
        if states_time(sentence)
    ]
    return _first(found, "a sentence of the event states a time")


def _no_member(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when a statement holding every word of the topic names a member of the class."""
    kind = params.get("kind") or noun_class(params["words"][0])
    units = _word_units(minutes, params.get("topic") or "", answer)
    orgs, known = minutes.engine.orgs, params.get("known") or ()
    found = [s.text for s in minutes.statements(params)
             if _mentions_all(s, units) and names_member(kind, s.text, orgs, known)]  # fmt: skip
    return _first(found, "a statement on the topic names one")


def _no_document(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when a statement holding every word of the topic names a document."""
    units = _word_units(minutes, params.get("topic") or "", answer)
    found = [s.text for s in minutes.statements(params)
             if _mentions_all(s, units) and names_document(s.text)]  # fmt: skip
    return _first(found, "a statement on the topic names a document")


def _order_unstated(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule unnamed_agent: false when a statement holding every word of the topic states an
    order (an order word or two days)."""
    units = _word_units(minutes, params.get("topic") or "", answer)
    found = [s.text for s in minutes.statements(params)
             if _mentions_all(s, units) and states_order(s.text)]  # fmt: skip
    return _first(found, "a statement on the topic states an order")


def _agent_unnamed(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule unnamed_agent: false when a statement holding every word of the topic states an
    asked act with its doer."""
    units = _word_units(minutes, params.get("topic") or "", answer)
    acts = tuple(a for a in str(params.get("acts") or "").split(",") if a)
    orgs = minutes.engine.orgs
    found = [s.text for s in minutes.statements(params)
             if _mentions_all(s, units) and act_doer_named(s.text, acts, orgs)]  # fmt: skip
    return _first(found, "a statement on the topic names who did it")


def _claim_number(minutes: Minutes, answer: Any, params: dict) -> str | None:
    given = [w for w in params["words"] if not minutes.occurs(w)]
    return f"the numbers it gives occur nowhere: {given}" if given else None


def _role_unrecorded(minutes: Minutes, answer: Any, params: dict) -> str | None:
    present = [f for f in params.get("forms", []) if minutes.occurs(f)]
    said = [s.text for s in minutes.said if params.get("org") in s.speakers]
    return f"the office occurs: {present}" if present else _first(said, "the organisation speaks")


def _office_unheld(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """False when a holder of the office speaks in the period, or a header of the period lists
    it present (before any "Afwezig")."""
    lo, hi = _period(str(params.get("period") or ""))
    holders = set(params.get("words") or ())
    said = [s.text for s in minutes.said if lo <= s.date <= hi and s.speakers & holders]
    resolve = minutes.engine.orgs.resolve
    for h in minutes.headers:
        present = re.split(r"\bAfwezig\b", h.text)[0]
        listed = {resolve(x.split(",")[0].strip()) for x in re.findall(r"\(([^()]*)\)", present)}
        if lo <= h.meeting_date <= hi and listed & holders:
            said.append(h.text)
    return _first(said, "a holder of the office is present")


def _topic_period_unstated(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule topic_period_covered: no statement (of the speaker) holding every word of the topic
    but its period is of a meeting from a year before the period to its end, or writes a year
    of it (as digits, or "dit jaar"/"volgend jaar"/... of its meeting's year)."""
    lo, hi = _period(str(params.get("topic_period") or ""))
    topic = str(params.get("topic") or "")
    for phrase in params.get("words") or ():
        topic = re.sub(re.escape(phrase), " ", topic, flags=re.I)
    units = _word_units(minutes, topic, answer)
    offsets = {k.lower(): int(v) for k, v in mapping("periods", "year_offsets").items()}
    found = []
    for s in minutes.statements(params):
        if not _mentions_all(s, units):
            continue
        low = " ".join(s.words)
        years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", s.text)}
        years |= {s.date.year + v for k, v in offsets.items() if f" {k} " in f" {low} "}
        near = lo.replace(year=lo.year - 1) <= s.date <= hi
        if near or any(lo.year <= y <= hi.year for y in years):
            found.append(s.text)
    return _first(found, "a statement on the topic covers its period")


Checker = Callable[[Minutes, Any, dict], "str | None"]

#: The checker of each reason code whose claim is a fact of the minutes.
CHECKERS: dict[str, Checker] = {
    "name_absent": _name_absent,
    "topic_absent": _topic_absent,
    "topic_head_unread": head_unread,  # rule glossary_head_reason
    "no_meeting": no_meeting,
    "header_lacks": _header_lacks,
    "agenda_lacks": agenda_lacks,
    "not_listed": _not_listed,
    "absence_unstated": _absence_unstated,
    "no_absence_stated": _absence_unstated,  # no names: any statement of absence
    "speaker_silent": _speaker_silent,
    "topic_not_quoted": _topic_not_quoted,
    "in_no_meeting": _topic_not_quoted,
    "name_not_quoted": _name_not_quoted,
    "record_other_topic": _record_other_topic,
    "claim_unrecorded": _claim_unrecorded,
    "meeting_not_held": meeting_not_held,
    "not_together": _not_together,
    "claim_number_differs": _claim_number,
    "claim_number_other": _claim_number,
    "no_member": _no_member,
    "no_event_time": _no_event_time,
    "no_document": _no_document,
    "order_unstated": _order_unstated,
    "agent_unnamed": _agent_unnamed,
    "premise_unsupported": premise_unsupported,  # act_stated's act; else the premise's words
    "chair_unrecorded": chair_unrecorded,
    "no_chair": no_chair,
    "role_unrecorded": _role_unrecorded,
    "office_unheld": _office_unheld,
    "count_unmodified": count_unmodified,  # rule quantity_modifier
    "count_unrealised": count_unrealised,  # rule count_realised
    "body_silent": body_silent,  # rule silent_body
    "topic_period_unstated": _topic_period_unstated,  # rule topic_period_covered
    **{code: functools.partial(_no_property, code=code) for code in (*_PROPERTY, "no_rate")},
}


def false_reason(minutes: Minutes, answer: Any) -> str | None:
    """What makes the reason of the abstention ``answer`` false of the minutes, or None (true,
    or a code of :data:`UNCHECKED`): first what holds for every code (a list the message
    names that is empty, the question's own speaker listed as missing, an absent word whose
    Dutch form occurs: :mod:`.reason_words`), then the check of the code. A code neither
    checked nor in UNCHECKED is a KeyError: a new reason must say which it is."""
    code = answer.reason_code
    params = dict(answer.reason_params)
    if code not in UNCHECKED and code not in CHECKERS:
        raise KeyError(code)
    wrong = empty_list(code, params) or own_speaker(minutes.engine.orgs, answer, code, params)
    wrong = wrong or _rendered_otherwise(answer, code, params)
    if not wrong and code in ABSENT_CODES:
        wrong = dutch_form_known(minutes.engine, minutes.occurs, params, english(answer))
    if wrong or code in UNCHECKED:
        return wrong
    return CHECKERS[code](minutes, answer, params)


def _rendered_otherwise(answer: Any, code: str, params: dict) -> str | None:
    """What the checks read are the reason's parameters: its text must be them rendered, in the
    language of the question (a text changed after rendering is checked by nothing)."""
    text = getattr(answer, "reason", None)
    if not isinstance(text, str):
        return None
    lang = (getattr(answer, "filters", None) or {}).get("language", "nl")
    expected = render(code, params, lang)
    return None if text == expected else f"the text is not its parameters: {expected!r}"
