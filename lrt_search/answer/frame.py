"""The state of answering one question, passed from step to step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..lexicon.intents import asks
from ..results import Citation, Hit
from ..search.parsed import ParsedQuestion
from ..search.query import QueryScope
from .evidence import Requirements

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .comparison import Comparison


@dataclass
class Frame:
    """What one question's answering carries from step to step: its scope, the passages found,
    the asked speaker's codes and what a quote must hold."""

    retriever: Retriever
    question: str
    scope: QueryScope
    orgs: list[str]
    notes: list[str]
    unread: tuple[dict[str, str], ...]
    since: dt.date | None
    until: dt.date | None
    timeline: bool
    attendance: bool
    explicit_org: bool
    hits: list[Hit] = field(default_factory=list)
    # Rule quote_depth: passages ranked after ``hits`` whose statements may be quoted once
    # whether to answer was decided on ``hits`` alone.
    deeper: list[Hit] = field(default_factory=list)
    codes: frozenset[str] = frozenset()
    needs: Requirements = field(default_factory=Requirements)
    # A period that modifies the topic, not the meetings: terms a quote must hold ("2025-ii").
    period_terms: frozenset[str] = frozenset()
    # Passages ranked after this one count only for a statement that counts what a "how many
    # X" question counts (a number next to X); 0: every passage counts.
    counted_from: int = 0
    satisfied: set[str] = field(default_factory=set)  # quote checks some statement passed
    parsed: ParsedQuestion | None = None  # the question read once (lrt_search.search.parsed)
    # The retriever that finds the passages when its stemmer is not the checks' (rule
    # evidence_stemmer): ``retriever`` then matches words only; None: ``retriever`` does both.
    searcher: Retriever | None = None
    dropped: tuple[str, ...] = ()  # the understood speaker, dropped: no passage of theirs
    # Rule next_after_announced read "the next LRT after <period>" as that period's minutes.
    next_announced: bool = False
    # A decision question whose candidates record no decision (answer.records.records_first:
    # the note "no record"); rule no_record_not_high keeps its answer from "high".
    no_record: bool = False
    # Rule closer_refused_low: the best statement refused only by the check
    # implied_topic_quoted among the passages read (answer.candidates); None when there is none.
    refused: Citation | None = None
    # Rule quote_refused_best: the best statement refused by any quote check (answer.candidates).
    refused_any: Citation | None = None
    # Rule property_tied (answer.property_tied): the property of its topic the question asks
    # for ("time", "duration", "amount", "percentage", "count"; None: none or the rule is
    # off), and the statements of the topic refused only for not stating it, scored.
    property_asked: str | None = None
    propertyless: list[Citation] = field(default_factory=list)
    property_done: bool = False  # decided: the deeper passages' statements are read as before
    counted_found: bool = False  # a statement states a number next to what "how many X" counts
    # Rule comparison_both_sides (answer.comparison): the two sides the question compares, and
    # each side's statement once found.
    comparison: Comparison | None = None
    compared: list[Citation] = field(default_factory=list)

    @property
    def refused_best(self) -> float:
        """The score of :attr:`refused` (-inf when there is none)."""
        return self.refused.score if self.refused is not None else float("-inf")

    @property
    def lang(self) -> str:
        """The question's language, "en" or "nl"."""
        return "en" if self.scope.english else "nl"

    @property
    def main_clause(self) -> bool:
        """Rule ``main_clause_intent``: intents are read from the question's main clause."""
        return bool(self.retriever.settings.main_clause_intent)

    def asks(self, intent: str) -> bool:
        """Whether the question holds the words of ``intent`` (:func:`~lrt_search.lexicon.
        intents.asks`, in its main clause as rule ``main_clause_intent`` is set)."""
        return asks(intent, self.question, self.main_clause)

    @property
    def header_answers(self) -> bool:
        """Whether who attended or chaired is what the question asks (the meeting headers
        answer it): a word of attendance alone ("erkenden de deelnemers") is not enough."""
        parsed = self.parsed
        return parsed is not None and (parsed.asks("attendance_asked") or parsed.asks("chair"))

    @property
    def header_chair(self) -> bool:
        """Whether the question asks who chaired."""
        return self.parsed is not None and self.parsed.asks("chair")

    def period_as_topic(self, terms: frozenset[str], note: str) -> None:
        """Read the period as a topic: no meeting filter, a quote must hold ``terms``; ``note``
        stands in the "understood" line instead of the period."""
        self.period_terms = terms
        self.since = self.until = None
        self.scope = replace(self.scope, since=None, until=None)
        self.notes[:] = [n for n in self.notes if not n.startswith("period: ")]
        self.notes.append(note)

    def filters(self) -> dict[str, Any]:
        """The ``filters`` of the answer (its JSON form)."""
        terms = list(self.scope.glossary_terms) if self.retriever.settings.expand_glossary else []
        return {
            "org": sorted(self.codes) or None,
            "since": _iso(self.since),
            "until": _iso(self.until),
            "language": self.lang,
            "glossary_terms": terms,
            "understood": self.notes,
            "intents": sorted(self.parsed.intents) if self.parsed else [],
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
