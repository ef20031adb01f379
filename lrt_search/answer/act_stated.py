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


def asked_acts(retriever: Retriever, question: str) -> tuple[tuple[str, ...], str]:
    """The acts ``question`` presupposes and their words as asked ("stemde tegen"); empty when
    the rule is off or it asks none."""
    if not retriever.settings.act_stated:
        return (), ""
    names: list[str] = []
    phrases: list[str] = []
    for name, (asked, _) in _acts().items():
        found = asked.search(question)
        if found:
            names.append(name)
            phrases.append(found.group(0))
    return tuple(names), ", ".join(phrases)


def act_pattern(name: str) -> re.Pattern[str]:
    """How a statement states act ``name`` of acts.toml (its ``stated`` forms)."""
    return _acts()[name][1]


def states_acts(q: Quote) -> bool:
    """Whether the quote, its item heading or the statement before it states every act the
    question presupposes."""
    text = "\n".join((q.text, q.heading, q.before))
    return all(_acts()[name][1].search(text) for name in q.needs.acts)


def states_named_acts(acts: str, text: str) -> bool:
    """Whether ``text`` states every act of ``acts`` (their names, joined by ","; the reason
    parameter ``act``), in one of its ways of writing it."""
    return all(_acts()[name][1].search(text) for name in acts.split(",") if name in _acts())


def act_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reason ``premise_unsupported`` for an act: its words as asked and
    (``act``, read by evaluation.reason_truth) the acts' names."""
    return {"premise": needs.act_words, "act": ",".join(needs.acts)}
