"""Rule ``act_stated`` (``Settings.act_stated``): an act the question presupposes - a vote, a
leak, a walk-out, a resignation, a dismissal, a closure, a boycott, a ban, an abolition, a
replacement (``lexicon/data/acts.toml``) - asked with any question word ("Wie stemde tegen de
taakstelling?", "Who leaked the figures?", "When did the COA shut Budel?", "Is X afgetreden?")
is answered only by a statement that states it: its text, its item heading or the statement
before it holds one of the act's ways of writing it ("abolish": "intrekken", "eraf gaat"). A
statement that holds only the question's topic ("VNG maakt zich zorgen over hoogte van de
taakstelling" for "wie stemde tegen de taakstelling") does not say that the act happened; the
check ``premise_supported`` does this for "why" questions only, by the premise's words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from .act_forms import act_read
from .act_split import states_split

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote
    from .evidence import Requirements


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return lazy(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.I)


@cache
def _acts() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per act of ``acts.toml``: its pattern in a question and in a statement."""
    data = bundled_toml("acts.toml")
    return {
        name: (_alternation(act["asked"]), _alternation(act["stated"]))
        for name, act in data.items()
    }


@cache
def premise_acts() -> frozenset[str]:
    """The acts of ``acts.toml`` read only in a why- or claim-premise (``premise = true``,
    rule ``premise_act``: raised, lowered, extended, ended, stopped, started, joined, left,
    agreed, cancelled)."""
    return frozenset(n for n, act in bundled_toml("acts.toml").items() if act.get("premise"))


def _asked_here(retriever: Retriever, name: str, premise: bool) -> bool:
    """Whether act ``name`` is read in this question: an act of rule act_stated always (when
    on), an act of rule premise_act only in a why- or claim-question (``premise``)."""
    if name in premise_acts():
        return premise and retriever.settings.premise_act
    return retriever.settings.act_stated


def asked_acts(
    retriever: Retriever, question: str, premise: bool = False
) -> tuple[tuple[str, ...], str]:
    """The acts ``question`` presupposes and their words as asked ("stemde tegen"); empty when
    the rules are off or it asks none. ``premise``: the question asks why or puts a claim
    (rule ``premise_act`` reads its acts only then)."""
    names: list[str] = []
    phrases: list[str] = []
    for name, (asked, _) in _acts().items():
        if not _asked_here(retriever, name, premise):
            continue
        found = _found(retriever, name, asked, question)
        if found and name in premise_acts() and _negated(question, found.start()):
            continue  # "nog niet akkoord", "not be withdrawn": no act asserted (stance's)
        if found:
            names.append(name)
            phrases.append(found.group(0))
    return tuple(names), ", ".join(phrases)


def _found(
    retriever: Retriever, name: str, asked: re.Pattern[str], question: str
) -> re.Match[str] | None:
    """Where ``question`` asks act ``name``: with rule ``premise_forms_read`` not in a quoted
    title nor as a participle describing a noun, and also in the act's ``asked_forms``
    (answer/act_forms.py)."""
    if retriever.settings.premise_forms_read:
        return act_read(name, asked, question)
    return asked.search(question)


def _negated(question: str, start: int) -> bool:
    """Whether a negation ("niet", "geen", "not", "never", "n't") stands among the three words
    before ``start`` of ``question``."""
    before = question[:start].lower().replace("n't", " not").split()[-3:]
    return any(w in ("niet", "geen", "nooit", "not", "never", "no") for w in before)


def asked_pattern(name: str) -> re.Pattern[str]:
    """How a question asks act ``name`` of acts.toml (its ``asked`` forms)."""
    return _acts()[name][0]


def act_pattern(name: str) -> re.Pattern[str]:
    """How a statement states act ``name`` of acts.toml (its ``stated`` forms)."""
    return _acts()[name][1]


def states_acts(q: Quote) -> bool:
    """Whether the quote, its item heading or the statement before it states every act the
    question presupposes."""
    text = "\n".join((q.text, q.heading, q.before))
    split = q.retriever.settings.act_forms_split_read
    return all(_states(name, text, split) for name in q.needs.acts)


def states_named_acts(acts: str, text: str, split: bool = True) -> bool:
    """Whether ``text`` states every act of ``acts`` (their names, joined by ","; the reason
    parameter ``act``), in one of its ways of writing it (``split``: also its Dutch verbs in
    Dutch word order, rule act_forms_split_read)."""
    return all(_states(name, text, split) for name in acts.split(",") if name in _acts())


def _states(name: str, text: str, split: bool = True) -> bool:
    """Whether ``text`` states act ``name``: one of its forms, with ``split`` (rule
    act_forms_split_read) its Dutch verbs' forms in Dutch word order ("neemt ... toe", "toe te
    laten nemen"), or for "raise" / "lower" a number changed "van A naar B" / "from A to B"
    upwards / downwards."""
    if _acts()[name][1].search(text) or (split and states_split(name, text)):
        return True
    if name not in ("raise", "lower"):
        return False
    return any((b > a) == (name == "raise") for a, b in number_changes(text) if a != b)


def number_changes(text: str) -> list[tuple[float, float]]:
    """The numbers of each "van A naar B" ("from A to B") of ``text``, as (A, B); Dutch
    thousands dots ("17.700") are read as thousands."""
    out = []
    for found in _CHANGE.finditer(text):
        a, b = (float(x.replace(".", "").replace(",", ".")) for x in found.groups())
        out.append((a, b))
    return out


_CHANGE = lazy(r"(?<!\w)(?:van|from)\s+(\d[\d.,]*)\s+(?:naar|to)\s+(\d[\d.,]*)", re.I)


def act_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reason ``premise_unsupported`` for an act: the act named with its
    object - the question's topic where it holds words beside the act's ("toewijzingen
    statushouders laten dalen", not "dalen": the minutes may state the act of another thing,
    "De instroom van Syriërs daalt"; session 30 task C2) -, those other words (``object``) and
    (``act``) the acts' names, both read by evaluation.reason_truth."""
    act = {w.lower() for w in _WORDS.findall(needs.act_words)}
    rest = [w for w in _WORDS.findall(needs.topic) if w.lower() not in act]
    if not rest:
        return {"premise": needs.act_words, "act": ",".join(needs.acts)}
    premise = (
        needs.topic
        if act <= {w.lower() for w in _WORDS.findall(needs.topic)}
        else (f"{needs.topic} {needs.act_words}")
    )
    return {"premise": premise, "object": " ".join(rest), "act": ",".join(needs.acts)}


_WORDS = lazy(r"[^\W\d_][\w-]*")
