"""Decisions and actions in the text of a statement: which phrases mark them, and where.

The minutes mark some decisions and actions with a label ("Afspraak:", "Actie:", also inside
brackets: "(Actie: VNG levert wijziging aan.)"), and write others as a sentence: "Er wordt
besloten ...", "Er wordt ingestemd met ...", "Het verslag ... is vastgesteld", "wordt
geaccordeerd", "SJenV gaat akkoord met ...", "De leden spreken af ...", "Er is
overeenstemming over ...", "De leden besluiten ...", "IPO neemt het op zich ...", and
commitments of an organisation ("Het COA zal ... verdelen", "VNG gaat ... informeren"). A
phrase that is denied ("nog niet akkoord", "geen overeenstemming") or asked ("vraagt of ...
akkoord gaat",
a question) is none. :func:`find_markers` returns each of them with the
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

from ..lazyre import lazy
from ..lexicon.organisations import OrgTable
from ..lexicon.wordlists import alternation, mapping, words
from ..models import REGISTER_KINDS, RegisterKind  # noqa: F401  (re-exported)

_LABEL = lazy(rf"(?<![\w])(?P<label>{alternation('minutes', 'register_labels')})\s*:", re.I)
_LABEL_KINDS: dict[str, RegisterKind] = mapping("minutes", "register_labels")
_AUX = rf"(?:is|zijn|{'|'.join(words('function_words', 'passive_auxiliaries'))})"
# Up to four words between an auxiliary and its participle: "wordt door alle leden ingestemd".
_GAP = r"(?:[\w'’]+\s+){0,4}?"
# Those who decide together: the members, the table, "we"; or an organisation's code.
_DECIDERS = (
    r"(?!(?:het|de|een|dit|dat|deze|die|zijn|haar|hun|ons|onze|elk|ieder)\s)"
    r"(?:leden|partijen|deelnemers|aanwezigen|wij|we|zij|(?-i:[A-Z][A-Za-z&'’]{1,8}))"
)
_PHRASE_TEXTS: tuple[tuple[RegisterKind, str], ...] = (
    ("afspraak", rf"\b{_AUX}\s+{_GAP}afgesproken\b"),
    ("afspraak", r"\bafgesproken\s+(?:is|wordt|werd)\b"),
    # the separable verb: "De leden spreken af dat ...", "VNG en IPO spraken met elkaar af ..."
    ("afspraak", rf"\b(?:spreken|spreekt|sprak|spraken)\s+{_GAP}af\b(?!\s+en\s+toe)"),
    (
        "afspraak",
        rf"\b(?:komen|komt|kwam|kwamen)\s+{_GAP}overeen\b|\b{_AUX}\s+{_GAP}"
        r"overeengekomen\b",
    ),
    ("besluit", rf"\b{_AUX}\s+{_GAP}besloten\b|\bbesloten\s+(?:is|wordt|werd)\b"),
    # "besluiten" as a verb with the deciders as subject: "De leden besluiten ...", "Daarom
    # besluit de LRT ..." (not the noun: "het besluit om", "de besluiten van het kabinet").
    (
        "besluit",
        rf"\b{_DECIDERS}\s+(?:besluit|besluiten|besloot|besloten)\b(?!\s+(?:van|over|is|zijn)\b)",
    ),
    (
        "besluit",
        r"\b(?:besluit|besluiten|besloot|besloten)\s+(?:de\s+|het\s+)?"
        r"(?:leden|partijen|deelnemers|aanwezigen|LRT|HLRT)\b",
    ),
    ("besluit", rf"\b(?:er\s+)?{_AUX}\s+{_GAP}ingestemd\b|\bingestemd\s+(?:met|wordt)\b"),
    ("besluit", rf"\b(?:stemt|stemmen|stemde|stemden)\s+{_GAP}in\s+met\b"),
    ("besluit", rf"\b{_AUX}\s+{_GAP}vastgesteld\b"),
    ("besluit", rf"\b{_AUX}\s+{_GAP}(?:goedgekeurd|geaccordeerd)\b"),
    ("besluit", r"\b(?:gaat|gaan|ging|gingen|is|zijn|was|waren)\b[^.;:()]{0,80}?\bakkoord\b"),
    # consensus: "Er is overeenstemming over ...", "De leden bereiken overeenstemming",
    # "De leden zijn het erover eens dat ..." (together; one party that "is het eens met" a
    # position gives an opinion, not a decision)
    (
        "besluit",
        r"\b(?:is|was|bestaat|bereiken|bereikt|bereikten|hebben|heeft)\s+"
        r"(?:[\w'’]+\s+){0,3}?overeenstemming\b|\bovereenstemming\s+(?:is\s+|wordt\s+)?bereikt\b",
    ),
    (
        "besluit",
        r"\b(?:zijn|waren)\s+(?:zij\s+|ze\s+)?het\s+(?:[\w'’]+\s+){0,2}?(?:erover|hierover|"
        r"daarover|met\s+elkaar|onderling)\s+eens\b|\b(?:iedereen|allen|alle\s+leden|de\s+leden)\s+"
        r"(?:is|zijn|was|waren)\s+het\s+(?:[\w'’]+\s+){0,3}?eens\b",
    ),
    ("actie", rf"\b(?:zegt|zeggen|zegde|zegden)\s+{_GAP}toe\b"),
    # taking a task on: "IPO neemt het op zich om ...", "dat VNG dit op zich neemt"
    (
        "actie",
        rf"\b(?:neemt|nemen|nam|namen)\s+{_GAP}op\s+zich\b|\bop\s+zich\s+"
        r"(?:neemt|nemen|genomen|te\s+nemen)\b",
    ),
)
_PHRASES: tuple[tuple[RegisterKind, re.Pattern[str]], ...] = tuple(
    (kind, lazy(pattern, re.I)) for kind, pattern in _PHRASE_TEXTS
)
# A phrase that is denied ("nog niet akkoord", "Er is geen overeenstemming", "wordt niet
# ingestemd") or asked ("VNG vraagt of ... akkoord gaat") records no decision.
_NEGATION = lazy(r"\b(?:niet|geen|nooit|noch)\b", re.I)
_QUESTION = lazy(
    r"\b(?:vraagt|vragen|vroeg|vroegen)\b(?:\s+[\w'’]+){0,3}?\s+(?:of|wanneer|hoe)\b|"
    r"\bde\s+vraag\s+(?:is\s+)?of\b|\bonduidelijk\s+(?:is\s+)?of\b",
    re.I,
)


# A commitment without a label: an organisation as the subject of "zal"/"gaat" and a verb of
# doing ("SJenV zal hier ... op toezien", "Het COA zal ... verdelen"). Not "gaat in op" (an
# answer), "gaat ervan uit", "gaat akkoord" (a decision), "gaat over", nor a sentence whose last
# verb is a copula or modal ("zal de coördinerend bewindspersoon zijn", "zal ... kunnen").
_COMMITMENT = lazy(
    r"^(?:(?:het|de)\s+)?(?P<subject>[^\s,.;:()]+(?:\s+(?:en|&|,)\s*(?:(?:het|de)\s+)?[^\s,.;:()]+){0,3})"
    r"\s+(?:zal|zullen|gaat|gaan)\s+(?!(?:\w+\s+){0,3}?(?:in\s+op|ervan\s+uit|akkoord|over)\b)",
    re.I,
)
_NOT_DOING = lazy(
    r"\b(?:zijn|worden|blijven|wezen|kunnen|moeten|heten)\W*$|\b(?:niet|geen|nooit)\b", re.I
)
_JOINERS = frozenset({"en", "&", ",", "het", "de"})


def commitment(sentence: str) -> bool:
    """Whether ``sentence`` commits an organisation to doing something without an "Actie:" label
    ("Het COA zal z.s.m. dit capaciteitsbesluit verdelen"): its subject is made only of
    organisation names, followed by "zal"/"zullen"/"gaat"/"gaan" and a verb of doing."""
    m = _COMMITMENT.match(sentence.strip(" ("))
    if m is None or _NOT_DOING.search(sentence, m.end()):
        return False
    subject = m.group("subject")
    table = OrgTable.default()
    rest = subject
    for mention in reversed(table.mentions(subject)):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    return bool(table.mentions(subject)) and all(
        word.lower() in _JOINERS for word in re.findall(r"[^\s,]+|,", rest)
    )


def _phrase_kind(sentence: str) -> RegisterKind | None:
    """The kind of the first decision phrase in ``sentence`` that is neither denied nor asked."""
    if sentence.rstrip(" .)").endswith("?"):
        return None
    if commitment(sentence):
        return "actie"
    for kind, pattern in _PHRASES:
        for m in pattern.finditer(sentence):
            if _NEGATION.search(m.group(0)) or _NEGATION.search(
                sentence, max(0, m.start() - 12), m.start()
            ):
                continue
            if _QUESTION.search(sentence, 0, m.start()):
                continue
            return kind
    return None


_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=[A-Z(])")


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
        kind = _phrase_kind(text[start:end])
        if kind is not None:
            phrased.append(Marker(kind, start, end, False))
    return sorted(labelled + phrased, key=lambda m: m.start)


def statement_kind(text: str) -> Literal["decision", "action"] | None:
    """``"decision"`` or ``"action"`` for a statement that holds one (a label wins over a
    phrase, then the first marker), else ``None``."""
    markers = find_markers(text)
    if not markers:
        return None
    first = next((m for m in markers if m.labelled), markers[0])
    return "action" if first.kind == "actie" else "decision"
