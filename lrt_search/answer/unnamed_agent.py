"""Rule ``unnamed_agent`` (``Settings.unnamed_agent``; words in ``lexicon/data/agents.toml``):
a question that asks who did something ("Who leaked the figures ...?", "Wie stemde in met de
taakstelling?", "Door wie werd X vervangen?", "Which member proposed X first?") and
presupposes an act is answered only by a statement that names its doer; the check
``agent_named`` refuses the others, with reason ``agent_unnamed`` ("no statement about X names
who leaked").

An act the question presupposes (rule act_stated, ``lexicon/data/acts.toml``) must be named
with its doer in the sentence that states it: an organisation (the alias table), a person (a
form of address), an office or the chair, a group as the sentence's subject ("Medeoverheden
spreken zorgen uit") or a personal pronoun before the act, or "door" / "namens" / "op verzoek
van" after it; as a noun ("het naar buiten komen van cijfers", "het afschaffen van") or in the
passive it names none unless a doer mark follows it. A question that asks who did it
first, or before another did, needs a statement that states an order (``order_words``) or two
days.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.dates import days_written
from ..lexicon.organisations import OrgTable
from ..lexicon.wordlists import alternation, regex_text, word_regex
from .act_stated import act_pattern

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote
    from .evidence import Requirements

FIRST = "first"  # Requirements.agent_asked when the order of doers is asked too


@cache
def _asked() -> tuple[re.Pattern[str], ...]:
    return tuple(
        lazy(regex_text("agents", name), re.I)
        for name in ("who_subject", "which_agent", "agent_phrase")
    )


def _sentences(text: str) -> list[str]:
    return [s for s in lazy(r"(?<=[.!?;])\s+|\n+").split(text) if s.strip()]


def asked_agent(retriever: Retriever, question: str, attendance: bool) -> str:
    """ "agent" when ``question`` asks who did something, ``FIRST`` when it asks who did it
    first or before another; "" when it asks neither or the rule is off."""
    if not retriever.settings.unnamed_agent or attendance:
        return ""
    if lazy(regex_text("agents", "not_agent"), re.I).search(question):
        return ""
    if not any(p.search(question) for p in _asked()):
        return ""
    return FIRST if lazy(regex_text("agents", "first_asked"), re.I).search(question) else "agent"


@cache
def _actor_patterns() -> tuple[re.Pattern[str], ...]:
    """An office or the chair; a form of address before a name; a group opening a sentence."""
    people = "|".join(alternation("roles", name) for name in ("office_titles", "chair"))
    address = alternation("roles", "honorifics")
    group = f"(?:{alternation('speech', 'groups')}|{alternation('agents', 'doer_groups')})"
    return (
        lazy(rf"\b(?:{people})(?!\w)", re.I),
        lazy(rf"\b(?i:{address})\.?\s+(?:[a-z]{{1,3}}\s+)?[A-Z]"),
        lazy(rf"^\W*(?:(?:de|het|the)\s+)?{group}\b", re.I),
    )


def _actor_named(sentence: str, orgs: OrgTable) -> bool:
    """Whether ``sentence`` names an organisation, a person, an office or the chair, or opens
    with a group of the members."""
    return bool(orgs.mentions(sentence)) or any(p.search(sentence) for p in _actor_patterns())


def _passive(sentence: str) -> bool:
    return bool(word_regex("function_words", "passive_auxiliaries").search(sentence))


def _marked(text: str) -> bool:
    return bool(word_regex("agents", "doer_marks").search(text))


def act_doer_named(text: str, acts: tuple[str, ...], orgs: OrgTable) -> bool | None:
    """Whether a sentence of ``text`` that states an act of ``acts`` names its doer (``None``:
    no sentence states one). A form of the act after an article or "van" is a noun, which
    names no doer; so is a passive: unless a doer mark follows the act."""
    stating = False
    noun = word_regex("agents", "noun_before")
    for sentence in _sentences(text):
        for act in acts:
            for found in act_pattern(act).finditer(sentence):
                stating = True
                before = sentence[: found.start()].split()[-1:]
                after = sentence[found.end() :]
                if _marked(after):
                    return True
                nominal = bool(before) and bool(noun.fullmatch(before[0]))
                if not nominal and not _passive(sentence) and _actor_named(sentence, orgs):
                    return True
                if (
                    not nominal
                    and not _passive(sentence)
                    and lazy(r"\b(?:hij|zij|ze|wij|we|he|she|they)\b", re.I).search(
                        sentence[: found.start()]
                    )
                ):
                    return True
    return False if stating else None


def states_order(text: str) -> bool:
    """Whether ``text`` states an order: an order word (not after an article: "de eerder
    vastgestelde verdeelsleutel") or two days."""
    noun = word_regex("agents", "noun_before")
    for found in word_regex("agents", "order_words").finditer(text):
        before = text[: found.start()].split()[-1:]
        if not before or not noun.fullmatch(before[0]):
            return True
    return len(days_written(text)) > 1


def quote_states_order(q: Quote) -> bool:
    """Check ``order_stated``: the statement, or the one before it, states an order."""
    return states_order(f"{q.before}\n{q.text}")


def quote_names_doer(q: Quote) -> bool:
    """Check ``agent_named``: the statement names who did it (an asked act: in the sentence
    that states the act, found in the statement, its item heading or the statement before)."""
    orgs = q.retriever.orgs
    for text in (q.text, q.heading, q.before) if q.needs.acts else ():
        named = act_doer_named(text, q.needs.acts, orgs)
        if named is not None:
            return named
    return not q.needs.acts  # states no act asked (check act_stated refuses it too)


def agent_params(needs: Requirements) -> dict[str, object]:
    """The parameters of reasons ``agent_unnamed`` and ``order_unstated``: the topic and the
    acts asked (read by evaluation.reason_truth)."""
    return {"topic": needs.topic or needs.act_words, "acts": ",".join(needs.acts)}
