"""Rule ``asked_form`` (issue 16, task B): a statement in the form a question's intent asks
for is preferred among the quotes. "When ...?" wants a time or date ("Deze wordt deze maand
openbaar gemaakt"). The patterns are data (``lexicon/data/answer_forms.toml``); the "how
often" and "why" forms were measured and deleted (they moved no answer of any set).

It adds ``Settings.asked_form_bonus`` to the score of each candidate holding the asked form,
after the confidence was decided (it chooses the quotes only);
not for a question about the meetings themselves ("When was X discussed?": every statement
of a meeting carries its date), nor a timeline.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from ..lexicon.intents import asks, expand
from ..lexicon.wordlists import alternation

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame


@cache
def mention_words() -> re.Pattern[str]:
    """The words of mentioning of ``lexicon/data/topics.toml`` ("discussed", "besproken", "ter
    sprake", ...): "When was X discussed / brought up?", "Wanneer is er over X gesproken?"."""
    verbs = alternation("topics", "mention_verbs")
    closers = alternation("topics", "mention_closers")
    return re.compile(rf"\b(?:{verbs}|{closers})\b", re.I)


@cache
def _forms() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    data = bundled_toml("answer_forms.toml")
    return {
        name: (
            lazy(expand(d["question"]), re.I),
            lazy(expand(d["form"]), re.I),
        )
        for name, d in data.items()
    }


def asked_forms(question: str) -> tuple[str, ...]:
    """The forms (``when``) ``question`` asks for; none for a question
    about the meetings themselves (intent ``meeting``) or about when something was said ("When
    was X discussed?", "Wanneer is er over X gesproken?": the meeting's date answers it)."""
    if asks("meeting", question) or mention_words().search(question):
        return ()
    return tuple(name for name, (q, _) in _forms().items() if q.search(question))


def has_form(name: str, text: str) -> bool:
    """Whether ``text`` holds form ``name`` (``when``: a time or date)."""
    return bool(_forms()[name][1].search(text))


def with_asked_form(frame: Frame, candidates: list[Citation]) -> list[Citation]:
    """``candidates`` with ``asked_form_bonus`` added to those in the form the question asks
    for, best first; unchanged when the rule is off, the question asks for no form or is a
    timeline."""
    bonus = frame.retriever.settings.asked_form_bonus
    forms = asked_forms(frame.question) if bonus and not frame.timeline else ()
    if not forms or not candidates:
        return candidates
    out = [
        replace(c, score=c.score + bonus) if any(has_form(f, c.quote) for f in forms) else c
        for c in candidates
    ]
    return sorted(out, key=lambda c: -c.score)
