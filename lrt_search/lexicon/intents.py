"""What a question asks for (timeline, attendance, chair, a quantity, ...): the patterns of
``lexicon/data/intents.toml``, each defined there once."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lazyre import lazy
from .datafiles import bundled_toml

#: ``{list:<kind>.<name>}`` in a pattern: list ``name`` of ``<kind>.toml`` as an alternation
#: (lexicon.wordlists.alternation), so that a list of words is written once, in its own file.
_LIST = lazy(r"\{list:(\w+)\.(\w+)\}")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = bundled_toml("intents.toml")
    # A backslash at the end of a line continues the pattern on the next (TOML literal strings
    # keep both).
    return {name: lazy(expand(p), re.I) for name, p in data.items()}


def expand(text: str) -> str:
    """A pattern of a data file as read: its line continuations (a backslash at a line's end)
    joined and each ``{list:<kind>.<name>}`` written as that list's alternation."""
    from .wordlists import alternation

    return _LIST.sub(lambda m: alternation(*m.groups()), text.replace("\\\n", ""))


def intent_names() -> tuple[str, ...]:
    """The intents defined."""
    return tuple(_patterns())


def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of intent ``name``."""
    return _patterns()[name]


def asks(name: str, question: str, main: bool = True) -> bool:
    """Whether ``question`` holds the words of intent ``name``; in its main clause (rule
    ``main_clause_intent`` = ``main``, :func:`main_clause`) unless ``name`` is read over the
    whole."""
    text = question if name in WHOLE else main_clause(question, main)
    return bool(_patterns()[name].search(text))


#: Patterns read over the whole question, whichever clause holds their words: what ties a
#: period to the meetings, an agenda item's place, word lists of other steps, the clauses.
WHOLE = frozenset(
    [
        "meeting", "meeting_last", "meeting_first", "agenda_under", "agenda_context",
        "quantity_words", "consequence_stated", "cause_stated", "subordinate", "reported_lead",
    ]
)  # fmt: skip


def main_clause(question: str, on: bool = True) -> str:
    """Rule ``main_clause_intent`` (session 25 task G3): ``question`` with the clauses whose
    words ask nothing blanked, as spaces of the same length (patterns ``reported_lead`` and
    ``subordinate``): "For how long ..., according to the meeting of 10 November 2023?" asks a
    length, not the meeting's time; "When the report was adopted, who ...?" asks who; "Is
    bekend hoeveel ...?" asks how many. The question itself with the rule off, or when nothing
    would be left. ``on``: the setting ``main_clause_intent``, passed by every caller that reads
    a question for ``search`` or ``ask``."""
    return _main_clause(question) if on else question


@lru_cache(maxsize=4096)
def _main_clause(question: str) -> str:
    out = question
    for name in ("reported_lead", "subordinate"):
        out = _patterns()[name].sub(_blank, out)
    return out if out.strip(" ?.!,") else question


def _blank(m: re.Match[str]) -> str:
    """The match as spaces: its group ``clause`` only, when it has one that matched."""
    text = m.group(0)
    if "clause" in m.re.groupindex and m.group("clause"):
        a, b = m.start("clause") - m.start(), m.end("clause") - m.start()
        return text[:a] + " " * (b - a) + text[b:]
    return " " * len(text)


#: The intents whose words frame a question rather than name its topic.
FRAMING = (
    "timeline", "attendance", "chair", "quantity", "money", "percent", "latest",
    "meeting_dates", "meeting_time", "meeting_place", "speech_phrase", "frequency",
)  # fmt: skip


def framing_spans(question: str, gap: bool = False, main: bool = True) -> list[tuple[int, int]]:
    """The character spans of ``question`` that the framing intents match ("who chaired",
    "how many", "zat ... voor"): understood, and not words of its topic. In a question for
    actions, a verb that says only "act" frames it too ("Welke acties moet de VNG uitvoeren?",
    "What actions must BZK carry out?": ``action_verbs`` of ``questions.toml``). With ``gap``
    (rule ``frame_gap_topic``) the words a pattern's group ``gap`` holds are left out ("How did
    the situation at the harbour evolve?": "the situation at the harbour" is the topic).
    ``main``: rule ``main_clause_intent``."""
    spans: list[tuple[int, int]] = []
    read = main_clause(question, main)  # rule main_clause_intent: same length, same spans
    for name in FRAMING:
        for m in _patterns()[name].finditer(read):
            inner = m.span("gap") if gap and "gap" in m.re.groupindex else (-1, -1)
            if inner[0] < inner[1]:
                spans += [(m.start(), inner[0]), (inner[1], m.end())]
            else:
                spans.append((m.start(), m.end()))
    return spans + action_verb_spans(question)


def action_verb_spans(question: str) -> list[tuple[int, int]]:
    """The spans of the verbs that say only "act" in a question for actions (none in any
    other question: "Wie moet de uitvoeringsagenda uitvoeren?" keeps "uitvoeren")."""
    if not _patterns()["actions"].search(question):
        return []
    return [(m.start(), m.end()) for m in _action_verbs().finditer(question)]


@cache
def _action_verbs() -> re.Pattern[str]:
    from .wordlists import word_set

    verbs = sorted(word_set("questions", "action_verbs"))
    return re.compile(r"\b(?:" + "|".join(verbs) + r")\b", re.I)
