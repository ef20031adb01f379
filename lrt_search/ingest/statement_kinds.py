"""Decisions and actions in the text of a statement: which phrases mark them, and where.

The minutes mark some decisions and actions with a label ("Afspraak:", "Actie:", also inside
brackets: "(Actie: VNG levert wijziging aan.)"), and write others as a sentence: "Er wordt
besloten ...", "Er wordt ingestemd met ...", "Het verslag ... is vastgesteld", "wordt
geaccordeerd", "SJenV gaat akkoord met ...". :func:`find_markers` returns each of them with the
verbatim stretch of the statement it covers (the *clause*); the parser's statement kinds and the
decisions register (:mod:`lrt_search.answer.decisions`) both use it.

Register kinds: ``afspraak`` (an agreement, "Afspraak:", "is afgesproken"), ``besluit`` (a
decision or approval) and ``actie`` (an action point). A label wins over a phrase in the same
words; a phrase inside a labelled clause is not counted again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

RegisterKind = Literal["afspraak", "besluit", "actie"]
#: The register kinds, in the order the CLI lists them.
REGISTER_KINDS: tuple[RegisterKind, ...] = ("afspraak", "besluit", "actie")

_LABEL = re.compile(
    r"(?<![\w])(?P<label>afspraak|afspraken|besluit|besloten|acties?|actiepunt(?:en)?|"
    r"toezegging(?:en)?)\s*:",
    re.I,
)
_LABEL_KINDS: dict[str, RegisterKind] = {
    "afspraak": "afspraak",
    "afspraken": "afspraak",
    "besluit": "besluit",
    "besloten": "besluit",
}
_AUX = r"(?:is|zijn|wordt|worden|werd|werden)"
_PHRASE_TEXTS: tuple[tuple[RegisterKind, str], ...] = (
    ("afspraak", rf"\b{_AUX}\s+(?:\w+\s+){{0,3}}?afgesproken\b"),
    ("afspraak", r"\bafgesproken\s+(?:is|wordt)\b"),
    ("besluit", rf"\b{_AUX}\s+(?:\w+\s+){{0,3}}?besloten\b"),
    ("besluit", r"\b(?:er\s+)?wordt\s+ingestemd\b|\bingestemd\s+met\b"),
    ("besluit", r"\b(?:stemt|stemmen)\s+(?:\w+\s+){0,3}?in\s+met\b"),
    ("besluit", rf"\b{_AUX}\s+(?:\w+\s+){{0,3}}?vastgesteld\b"),
    ("besluit", rf"\b{_AUX}\s+(?:\w+\s+){{0,3}}?(?:goedgekeurd|geaccordeerd)\b"),
    ("besluit", r"\b(?:gaat|gaan|is|zijn)\b[^.;:()]{0,80}?\bakkoord\b"),
    ("actie", r"\b(?:zegt|zeggen)\s+(?:\w+\s+){0,3}?toe\b"),
)
_PHRASES: tuple[tuple[RegisterKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I)) for kind, pattern in _PHRASE_TEXTS
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


@dataclass(frozen=True)
class Marker:
    """A decision or action in a statement: its kind and the clause ``text[start:end]``."""

    kind: RegisterKind
    start: int
    end: int
    labelled: bool

    def clause(self, text: str) -> str:
        """The verbatim clause of ``text`` this marker covers."""
        return text[self.start : self.end]


def _label_kind(label: str) -> RegisterKind:
    return _LABEL_KINDS.get(label.lower(), "actie")


def _closing_paren(text: str, start: int) -> int | None:
    """Where the bracket open at ``start`` closes, when ``start`` stands inside brackets."""
    depth = text.count("(", 0, start) - text.count(")", 0, start)
    if depth <= 0:
        return None
    level = 0
    for pos in range(start, len(text)):
        if text[pos] == "(":
            level += 1
        elif text[pos] == ")":
            if level == 0:
                return pos
            level -= 1
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " (":
        start += 1
    while end > start and text[end - 1] in " (":
        end -= 1
    return start, end


def find_markers(text: str) -> list[Marker]:
    """Every decision and action marked in ``text``, in order of appearance."""
    labelled: list[Marker] = []
    label_matches = list(_LABEL.finditer(text))
    for i, m in enumerate(label_matches):
        end = _closing_paren(text, m.start())
        if end is None:
            end = len(text)
        if i + 1 < len(label_matches):
            end = min(end, label_matches[i + 1].start())
        start, end = _trim(text, m.start(), end)
        labelled.append(Marker(_label_kind(m.group("label")), start, end, True))
    phrased: list[Marker] = []
    for s_start, s_end in _sentences(text):
        # The part of the sentence outside labelled clauses.
        for marker in labelled:
            if marker.start <= s_start < marker.end:
                s_start = min(marker.end, s_end)
            elif s_start < marker.start < s_end:
                s_end = marker.start
        start, end = _trim(text, s_start, s_end)
        if end <= start:
            continue
        sentence = text[start:end]
        for kind, pattern in _PHRASES:
            if pattern.search(sentence):
                phrased.append(Marker(kind, start, end, False))
                break
    return sorted(labelled + phrased, key=lambda m: m.start)


def statement_kind(text: str) -> Literal["decision", "action"] | None:
    """``"decision"`` or ``"action"`` for a statement that holds one (a label wins over a
    phrase, then the first marker), else ``None``."""
    markers = find_markers(text)
    if not markers:
        return None
    first = next((m for m in markers if m.labelled), markers[0])
    return "action" if first.kind == "actie" else "decision"
