"""Rule ``comparison_both_sides``: a comparison or change question is answered from both sides.

"Hoe is de situatie in Ter Apel veranderd tussen november 2023 en maart 2025?", "Was the
housing target for 2024 higher than the one for 2023?", "Werd X zowel in 2022 als in 2025
besproken?", "Is de taakstelling sinds juli 2022 verlaagd?": a question holding a word of
change, of comparing amounts or of "both" (``lexicon/data/comparison_*.toml``) and two periods
(or "since" one period: the other side is every meeting after it) names two sides. Each side
needs a statement of its own: one from a meeting of that period, or (a year or half-year) one
that names it ("De taakstelling voor 2022-II ..."); when amounts are compared, one that states
a number. The answer quotes each side's best statement; a side with none makes it abstain,
naming that side. The search spans both sides (not the first period only), one quote a meeting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lexicon.dates import MONTHS
from ..lexicon.intents import pattern
from ..lexicon.wordlists import alternation, word_regex, word_set
from ..results import Answer, Citation, Hit
from ..search.periods import period_points
from .floor import floor_of
from .messages import Reason
from .shape import amount_spans, counts, is_counted, noun_terms

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.query import QueryScope
    from ..search.retriever import Retriever
    from .frame import Frame


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a period as written, its days (``until`` None: up to now)
    and whether a statement may stand for it by naming it (a year or half-year)."""

    words: str
    since: dt.date
    until: dt.date | None
    named: bool

    def written(self, lang: str) -> str:
        """The side as the question wrote it; the side "now" in ``lang`` ("nu" in Dutch)."""
        if self.words != "now":
            return self.words
        return "nu" if lang == "nl" else "now"

    def holds(self, citation: Citation) -> bool:
        """Whether ``citation`` speaks for this side: its meeting falls in the period; it
        names the year or half-year; or, within a year after a month, it names that month
        ("het hoogste aantal sinds april" in July speaks for April)."""
        day = citation.meeting_date
        if day >= self.since and (self.until is None or day <= self.until):
            return True
        if self.named:
            return _names(citation.quote, self.words)
        month = self.words.split()[0]
        if self.until is None or month.lower() not in MONTHS or not self.until < day:
            return False
        return (day - self.until).days <= 366 and _names(citation.quote, month)


def _names(quote: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?!\w)", quote, re.I) is not None


@dataclass(frozen=True)
class Comparison:
    """A question's two sides, and whether it compares amounts."""

    sides: tuple[Side, Side]
    amounts: bool
    # The words of the comparison lists (lexicon/data/comparison_*.toml) as the question wrote
    # them ("gedaald", "het aantal"): understood, never reported as not understood.
    words: tuple[str, ...] = ()
    # What the amounts count, as written after "het aantal" / "the number of" ("" when the
    # question names no count): rule comparison_counted.
    counted: str = ""

    @property
    def terms(self) -> frozenset[str]:
        """The identifiers of the question the sides stand for ("2022-ii"): no quote must hold
        them all, each side's quote is checked for its own (:meth:`Side.holds`)."""
        return frozenset(s.words.lower() for s in self.sides)

    def label(self, lang: str) -> str:
        """The two sides as written ("november 2023 / maart 2025"; "now" in ``lang``)."""
        return " / ".join(s.written(lang) for s in self.sides)


def read_comparison(text: str) -> Comparison | None:
    """The comparison ``text`` asks for, or None: a word of change, amounts or "both" and two
    periods, or "since" one period with a word of change or amounts."""
    lists = (
        ("comparison_change", "words"),
        ("comparison_amount", "words"),
        ("comparison_amount", "counts"),
        ("comparison_both", "words"),
    )
    found = [list(word_regex(*key).finditer(text)) for key in lists]
    change, amounts, counts, both = (bool(f) for f in found)
    amounts = amounts or counts
    if not (change or amounts or both):
        return None
    points = period_points(text)
    amounts = amounts or pattern("quantity").search(text) is not None
    seen = sorted((m for f in found for m in f), key=lambda m: m.start())
    read = (tuple(dict.fromkeys(m.group(0) for m in seen)), _counted(text))
    if len(points) >= 2:
        first, last = sorted((points[0], points[-1]), key=lambda p: p[1])
        sides = (_side(*first), _side(*last))
        return Comparison(sides, amounts, *read)
    if len(points) == 1 and (change or amounts) and _since_before(text, points[0][0]):
        words, since, until = points[0]
        now = Side("now", until + dt.timedelta(days=1), None, False)
        return Comparison((_side(words, since, until), now), amounts, *read)
    return None


def _counted(text: str) -> str:
    """What a comparison of amounts counts, as written: the (up to two) words after a noun of a
    count ("het aantal asielzoekers in" -> "asielzoekers in"; ``comparison_amount.counts``)."""
    counts = alternation("comparison_amount", "counts")
    m = re.search(rf"\b{counts}\s+([\w'’-]+(?:\s+[\w'’-]+)?)", text, re.I)
    if m is None:
        return ""
    first, *rest = m.group(1).split()
    stop = dutch_stopwords() | english_stopwords()
    return " ".join([first, *(w for w in rest if w.lower() not in stop)])


def compared_in(question: str, settings: Settings) -> Comparison | None:
    """Rule ``comparison_both_sides``: the comparison ``question`` asks for (None when the rule
    is off); read before what was not understood, which its words are not."""
    return read_comparison(question) if settings.comparison_both_sides else None


def side_labels(question: str, citations: list[Citation], lang: str) -> list[str]:
    """For each quote of a comparison's answer, the side it speaks for as written in the
    question ("juli 2022", "nu"/"now" in ``lang``; :meth:`Side.holds`, the earlier side
    first), "" for a quote that speaks for neither or when ``question`` is no comparison."""
    found = read_comparison(question)
    if found is None:
        return [""] * len(citations)
    named = [(s, s.written(lang)) for s in found.sides]
    return [next((n for s, n in named if s.holds(c)), "") for c in citations]


def with_sides(answer: Answer) -> Answer:
    """``answer`` with ``sides`` (:func:`side_labels`, in the answer's language) when it
    quotes a comparison (its note "comparison: ..."), else as it is."""
    if answer.abstained or not any(n.startswith("comparison: ") for n in answer.notes):
        return answer
    lang = "en" if answer.filters.get("language") == "en" else "nl"
    sides = side_labels(answer.question, list(answer.citations), lang)
    return dataclasses.replace(answer, sides=tuple(sides))


def _side(words: str, since: dt.date, until: dt.date) -> Side:
    named = re.fullmatch(r"(?:19|20)\d{2}(?:-I{1,2})?", words, re.I) is not None
    return Side(words, since, until, named)


def _since_before(text: str, words: str) -> bool:
    """Whether a word of "since" stands right before the period ``words``."""
    since = "|".join(re.escape(w) for w in sorted(word_set("periods", "since"), key=len))
    return re.search(rf"\b(?:{since})\s+{re.escape(words)}", text, re.I) is not None


def states_amount(quote: str) -> bool:
    """Whether ``quote`` states a number in digits that is not a date, a year, a half-year, a
    time or a list marker (:func:`~.shape.amount_spans`; a number word, "twee suggesties",
    counts something else too often to stand for an amount compared)."""
    return bool(amount_spans(quote))


def scope_comparison(frame: Frame, found: Comparison | None) -> None:
    """Rule ``comparison_both_sides``, before the search: the question's comparison
    (:func:`compared_in`) on the frame, its search spanning both sides, one quote a meeting,
    no period of the topic."""
    if found is None:
        return
    first, second = found.sides
    frame.comparison = found
    frame.since = None if first.named else first.since
    frame.until = None if second.named else second.until
    frame.scope = dataclasses.replace(frame.scope, since=frame.since, until=frame.until)
    frame.period_terms = frozenset()
    frame.timeline = True
    frame.notes[:] = [n for n in frame.notes if not n.startswith(("period", "period of"))]
    frame.notes.append("comparison: " + found.label(frame.lang))


def sides_gate(frame: Frame, candidates: list[Citation]) -> Reason | None:
    """Before the confidence: each side's statement kept on the frame, or the reason naming
    the side that has none; None when no comparison is asked."""
    if frame.comparison is None:
        return None
    sides = both_sides(frame, candidates, floor_of(frame, candidates, best_side(frame, candidates)))
    if isinstance(sides, Reason):
        return sides
    frame.compared = sides
    return None


def sides_chosen(frame: Frame, candidates: list[Citation]) -> list[Citation]:
    """The quotes: each side's statement among ``candidates`` as ranked for quoting (those
    of :func:`sides_gate` when a side has none there)."""
    sides = both_sides(frame, candidates, floor_of(frame, candidates, best_side(frame, candidates)))
    return list(frame.compared) if isinstance(sides, Reason) else sides


def best_side(frame: Frame, candidates: list[Citation]) -> Citation:
    """The candidate whose share of the question's terms a side's statement is measured
    against: the first, or when amounts are compared the one holding most terms of those that
    state an amount (not a statement of a kind no side may quote)."""
    found = frame.comparison
    if found is None or not found.amounts:
        return candidates[0]
    states = stating(frame)
    own = [c for c in candidates if states(c)]
    return max(own, key=lambda c: c.lexical) if own else candidates[0]


def stating(frame: Frame) -> Callable[[Citation], bool]:
    """Whether a statement may stand for a side by what it states: any statement, or when
    amounts are compared one stating a number (:func:`states_amount`); with rule
    ``comparison_counted``, when the question names what it counts ("het aantal
    asielzoekers"), a number within four words of it (:func:`~.shape.counts`: "1500 mensen
    in voorportalen" does not count asylum seekers)."""
    found = frame.comparison
    if found is None or not found.amounts:
        return lambda c: True
    counted = counter(frame)
    if counted is None:
        return lambda c: states_amount(c.quote)
    forms = frame.retriever.settings.property_forms_read  # rule property_forms_read
    return lambda c: states_amount(c.quote) and counts(c.quote, counted, forms)


def counter(frame: Frame) -> Callable[[str], bool] | None:
    """Rule ``comparison_counted``: whether a word is what the compared amounts count (the
    index terms of :attr:`Comparison.counted`); None when the rule is off or nothing is."""
    found, retriever = frame.comparison, frame.retriever
    if found is None or not found.counted or not retriever.settings.comparison_counted:
        return None
    return is_counted(retriever, noun_terms(retriever, found.counted))


def both_sides(
    frame: Frame, candidates: list[Citation], floor: Callable[[Citation], bool]
) -> list[Citation] | Reason:
    """Each side's best statement (``candidates`` best first), or the reason naming the side
    that has none. A side's statement is the first that passes ``floor`` (half the question
    terms of :func:`best_side` and the calibrated confidence; the best one overall exempt),
    else its first one: a side abstains only when no statement that passed the quote checks
    speaks for it, so the reason is true of every statement read."""
    found = frame.comparison
    assert found is not None
    chosen: list[Citation] = []
    states = stating(frame)
    for side in found.sides:
        own = [c for c in candidates if side.holds(c) and states(c)]
        if not own:
            return _no_side(frame, candidates, side)
        pick = next((c for c in own if c is candidates[0] or floor(c)), own[0])
        if pick not in chosen:
            chosen.append(pick)
    return sorted(chosen, key=lambda c: (c.meeting_date, c.span.line_start))


def _no_side(frame: Frame, candidates: list[Citation], side: Side) -> Reason:
    """Why ``side`` has no statement: none speaks for it, none states an amount, or (rule
    ``comparison_counted``) none states the number of what is counted."""
    found = frame.comparison
    assert found is not None
    if not found.amounts:
        return Reason("comparison_side_absent", {"side": side.words})
    if counter(frame) is not None and any(
        side.holds(c) and states_amount(c.quote) for c in candidates
    ):
        return Reason("comparison_no_count", {"side": side.words, "words": [found.counted]})
    return Reason("comparison_no_amount", {"side": side.words})


def with_side_hits(
    frame: Frame, hits: list[Hit], searcher: Retriever, depth: int, scope: QueryScope
) -> list[Hit]:
    """``hits`` and, after them, the passages each side's own period finds (a search over both
    sides may hold one side only): each side's statements compete for that side."""
    found = {h.chunk_id for h in hits}
    out = list(hits)
    assert frame.comparison is not None
    for side in frame.comparison.sides:
        side_scope = dataclasses.replace(scope, since=side.since, until=side.until)
        _, side_hits = searcher.search_question(
            frame.question,
            k=depth,
            org=frame.orgs if frame.explicit_org else None,
            since=side.since,
            until=side.until,
            scope=side_scope,
            parsed=frame.parsed,
        )
        for hit in side_hits:
            if hit.chunk_id not in found:
                found.add(hit.chunk_id)
                out.append(dataclasses.replace(hit, rank=len(out) + 1))
    return out
