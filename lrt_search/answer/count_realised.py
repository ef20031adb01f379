"""Rule ``count_realised`` (``Settings.count_realised``; issue 16 session 28 task G): a "how
many / how much" question that asks what was done - a verb of something done in a past form
after "hoeveel" / "how many" ("Hoeveel statushouders zijn er in 2023 gehuisvest?", "How many
homes were built?", "How many did the municipalities house?") and no word of a plan, a need or
an expectation in the question ("moeten", "expected", "target") - is answered only by a quote
with a number in a clause that holds no such word. When every quote gives only a target, a need
or an expectation ("Dit jaar moeten nog circa 13.000 statushouders van huisvesting voorzien",
"De inzet is om per week 500 extra plekken te realiseren"), it abstains with
``count_unrealised`` naming the verb as the question writes it.

A clause is a part of a sentence between commas, semicolons, colons or brackets (a list marker
opening it, "1." or "2)", is no number, nor one naming a thing, "maatregel 8"): "In 2023 zijn
5.000 statushouders gehuisvest, de taakstelling was 20.000" states a number done. A number is
one that can be an amount (:func:`~.shape.amount_spans`: not a year, a date or a time). Words:
``lexicon/data/realised.toml``.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon.intents import asks, main_clause
from ..lexicon.textnorm import split_sentences
from ..lexicon.wordlists import word_regex
from ..results import Citation
from .frame import Frame
from .messages import Reason
from .property_forms import not_a_count
from .shape import amount_spans

_CLAUSE = lazy(r"[,;:()]|\s[-\u2013]\s")
#: A list marker opening a sentence or a clause ("1.", "2)", "1" before a bracket): no count.
_MARKER = lazy(r"^\s*\d{1,2}[.)]?(?:\s+|$)")


def asked_done(question: str, main: bool = True) -> str | None:
    """The verb of something done that a quantity question asks of, as written ("gehuisvest",
    "built", "build" after "did"), or None: no quantity asked, no such verb after "hoeveel" /
    "how many", or a word of a plan, a need or an expectation in the question."""
    text = main_clause(question, main)
    start = word_regex("realised", "quantity_openers").search(text)
    if start is None or not asks("quantity", question, main):
        return None
    rest = text[start.end() :]
    if word_regex("realised", "plans").search(text):
        return None
    if m := word_regex("realised", "done").search(rest):
        return m.group(0)
    aux = word_regex("realised", "done_auxiliaries").search(rest)
    base = word_regex("realised", "done_base").search(rest, aux.end()) if aux else None
    return base.group(0) if base else None


def done_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that hold a number, no word of a plan, a need or an expectation,
    and no noun of a target unless a verb of something done stands beside it: each states a
    number of something done or as it is."""
    return [
        clause
        for sentence in split_sentences(text)
        for clause in _CLAUSE.split(sentence)
        if _counts(_MARKER.sub("", clause)) and _done(clause)
    ]


def _counts(clause: str) -> bool:
    """Whether ``clause`` holds a number that can be a count or an amount: not a year, a date, a
    time, nor one naming a thing ("maatregel 8", "artikel 3") or an order ("1e")."""
    return any(not not_a_count(clause, *span) for span in amount_spans(clause))


def _done(clause: str) -> bool:
    """Whether ``clause`` holds no plan, need or expectation, and a target only as done."""
    if word_regex("realised", "plans").search(clause):
        return False
    target = word_regex("realised", "plan_nouns").search(clause)
    return target is None or bool(word_regex("realised", "done").search(clause))


def states_done(text: str) -> bool:
    """Whether ``text`` has a clause with a number and no plan, need or expectation."""
    return bool(text) and bool(done_clauses(text))


def count_unrealised(
    frame: Frame, chosen: list[Citation], candidates: list[Citation]
) -> Reason | None:
    """``count_unrealised`` when the question asks a number of something done
    (:func:`asked_done`) and no statement that may be quoted (``candidates``, ``chosen`` among
    them) states one (:func:`states_done`); None otherwise or with the rule off."""
    settings = frame.retriever.settings
    if not settings.count_realised or not chosen:
        return None
    verb = asked_done(frame.question, frame.main_clause)
    if verb is None or any(states_done(c.quote) for c in (*chosen, *candidates)):
        return None
    parsed = frame.parsed
    topic = frame.needs.topic if frame.needs is not None else ""
    params = {
        "topic": _without(topic or (parsed.topic if parsed else ""), verb),
        "words": [verb],
        "speaker": ", ".join(parsed.speaker) if parsed else "",
    }
    return Reason("count_unrealised", params)


def _without(topic: str, verb: str) -> str:
    """``topic`` without the asked verb and the words that only stress it was done."""
    topic = re.sub(rf"(?<!\w){re.escape(verb)}(?!\w)", " ", topic, flags=re.I)
    topic = word_regex("realised", "done_adverbs").sub(" ", topic)
    return " ".join(topic.split())
