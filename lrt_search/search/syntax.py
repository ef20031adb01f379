"""Search syntax, as in every web search: ``"exact phrase"``, ``-word`` (or ``-"phrase"``),
``a OR b`` (``AND`` and ``NOT b``, as other search engines write them, are ``a b`` and ``-b``),
and the field filters ``org:VNG`` and ``date:2023-11`` (a day, a month, a year or any
period ``--since`` takes: ``date:"najaar 2023"``).

:func:`parse_query` splits a query into free text (what the retriever ranks) and operators;
:func:`syntax_search` maps the field filters onto the search filters, searches the free text
and keeps the hits that satisfy the phrases, exclusions and OR groups, ranked as before.
Phrases match case-insensitively across line breaks; ``-word`` and ``OR`` match the
analyzer's terms, so ``-gemeente`` also drops "gemeenten".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import DateOptionError, QueryError
from ..lazyre import lazy
from ..lexicon.dates import DateLike
from .option_dates import as_date, parse_bound
from .periods import month_end

if TYPE_CHECKING:
    from ..results import Hit
    from .retriever import Retriever

_TOKEN = lazy(
    r'(?P<neg>-)?"(?P<phrase>[^"]*)"?'  # "phrase", -"phrase" (an unclosed quote runs to the end)
    r'|(?P<field>org|date):(?:"(?P<qvalue>[^"]*)"?|(?P<value>\S*))'
    r"|(?P<word>\S+)",
    re.I,
)


@dataclass(frozen=True)
class ParsedQuery:
    """A search query split into free text and operators."""

    #: The words the retriever ranks: the query without operators, filters and quote marks.
    text: str
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    #: Groups of alternatives (``a OR b OR c``); a passage must contain one of each group.
    any_of: tuple[tuple[str, ...], ...] = ()
    orgs: tuple[str, ...] = ()
    #: ``date:`` as its first and last day.
    since: dt.date | None = None
    until: dt.date | None = None
    #: What was read into ``text`` (rule chat_abbreviations: ``abbreviation: wnr -> wanneer``).
    notes: tuple[str, ...] = ()

    @property
    def has_operators(self) -> bool:
        """Whether a passage filter (phrase, exclusion, OR) applies."""
        return bool(self.phrases or self.excluded or self.any_of)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``"syntax"`` in ``search --json``)."""
        return {
            "text": self.text,
            "phrases": list(self.phrases),
            "excluded": list(self.excluded),
            "any_of": [list(group) for group in self.any_of],
            "org": list(self.orgs),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "notes": list(self.notes),
        }


def parse_period(value: str, parameter: str = "date") -> tuple[dt.date, dt.date]:
    """The first and last day of ``value``: ``2023-11-03``, ``2023-11``, ``2023``, or any
    period of ``--since`` ("april 2023", "najaar 2023", "3de november 2023", "Q2 2023"); a
    DateOptionError naming ``parameter``."""
    text = value.strip()
    month = re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})", text)
    if month and 1 <= int(month[2]) <= 12:
        year, number = int(month[1]), int(month[2])
        return dt.date(year, number, 1), month_end(year, number)
    try:
        return parse_bound(text, "since"), parse_bound(text, "until")
    except QueryError as exc:
        reason = str(exc).split(": ", 1)[-1]
        raise DateOptionError(f"{parameter}: {reason}") from None


def parse_query(query: str) -> ParsedQuery:
    """Split ``query`` into free text and operators (see the module docstring)."""
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    groups: list[list[str]] = []
    orgs: list[str] = []
    since: dt.date | None = None
    until: dt.date | None = None
    pending_or = negate_next = False
    previous: str | None = None  # the last positive term, which an OR joins
    for m in _TOKEN.finditer(query):
        if m["field"]:
            value = (m["qvalue"] if m["qvalue"] is not None else m["value"] or "").strip()
            if not value:
                raise QueryError(f"{m['field'].lower()}: no value after {m['field']}:")
            if m["field"].lower() == "org":
                orgs.append(value)
                continue
            first, last = parse_period(value, "date")  # a second date: narrows the first
            since, until = _narrower(since, first, later=True), _narrower(until, last, later=False)
            if since and until and since > until:
                raise QueryError(f"date: {value} lies outside the period of the other date:")
            continue
        if m["word"] == "OR":
            pending_or = previous is not None
            continue
        if m["word"] in ("AND", "NOT"):  # as other search engines write "a b" and "-b"
            negate_next = m["word"] == "NOT"
            continue
        term = " ".join((m["phrase"] if m["phrase"] is not None else m["word"]).split())
        negative = bool(m["neg"]) or (m["word"] is not None and m["word"].startswith("-"))
        negative, negate_next = negative or negate_next, False
        if m["word"] is not None and negative:
            term = term.lstrip("-")
        if not term:
            continue
        if negative:
            excluded.append(term)
            continue
        words.append(term)
        if m["phrase"] is not None:
            phrases.append(term)
        if pending_or and previous is not None:
            if groups and groups[-1][-1] == previous:
                groups[-1].append(term)
            else:
                groups.append([previous, term])
        pending_or = False
        previous = term
    return ParsedQuery(
        " ".join(words),
        tuple(phrases),
        tuple(excluded),
        tuple(tuple(g) for g in groups),
        tuple(orgs),
        since,
        until,
    )


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.I)


def passage_filter(parsed: ParsedQuery, analyzer: Any) -> Any:
    """A predicate on passage texts: every phrase present, no excluded word, one term of each
    OR group present."""
    patterns = [_phrase_pattern(p) for p in parsed.phrases]

    def terms_of(text: str) -> set[str]:
        return set(analyzer.tokenize(text))

    excluded_phrases = [_phrase_pattern(w) for w in parsed.excluded if " " in w]
    excluded = [terms_of(w) for w in parsed.excluded if " " not in w]
    groups = [[terms_of(w) for w in group] for group in parsed.any_of]

    def keep(text: str) -> bool:
        if not all(p.search(text) for p in patterns):
            return False
        if any(p.search(text) for p in excluded_phrases):
            return False
        present = terms_of(text)
        if any(t and t <= present for t in excluded):
            return False
        return all(any(t and t <= present for t in group) for group in groups)

    return keep


#: A letter or digit: a query without one has nothing BM25 can match, and its dense neighbours
#: are arbitrary passages.
_WORD_CHAR = lazy(r"[^\W_]")


def _narrower(mine: dt.date | None, given: dt.date | None, later: bool) -> dt.date | None:
    if mine is None or given is None:
        return mine or given
    return max(mine, given) if later else min(mine, given)


def syntax_search(
    retriever: Retriever,
    query: str,
    k: int | None = None,
    org: str | Sequence[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
    meeting: DateLike = None,
    mode: str | None = None,
) -> tuple[list[Hit], ParsedQuery]:
    """:meth:`Retriever.search` with the query's operators applied: ``org:`` adds to ``org``,
    ``date:`` narrows ``since``/``until``; phrases, exclusions and OR groups filter passages
    before the top-k cut. The free text is read as ``ask`` reads a question (rule
    chat_abbreviations: "wnr" -> "wanneer", noted in the parsed query's ``notes``). Returns the
    hits (ranked 1..k) and the parsed query."""
    from .abbreviations import read_abbreviations

    parsed = parse_query(query)
    if not parsed.text:
        raise QueryError("q: nothing to search for besides the operators (add words)")
    if not _WORD_CHAR.search(parsed.text):  # "?", "...", a control character: no word at all
        raise QueryError(f"q: {parsed.text.strip()!r} holds no word to search for")
    text, read = read_abbreviations(retriever, parsed.text)
    parsed = dataclasses.replace(parsed, text=text, notes=tuple(read))
    orgs = [org] if isinstance(org, str) else list(org or [])
    orgs += list(parsed.orgs)
    since_d = _narrower(parsed.since, as_date(since, "since"), later=True)
    until_d = _narrower(parsed.until, as_date(until, "until"), later=False)
    k = retriever.settings.k if k is None else k
    depth = len(retriever.chunks) if parsed.has_operators else k
    hits = retriever.search(
        parsed.text, k=depth, org=orgs or None, since=since_d, until=until_d,
        meeting=meeting, mode=mode,
    )  # fmt: skip
    if parsed.has_operators:
        keep = passage_filter(parsed, retriever.analyzer)
        hits = [h for h in hits if keep(h.text)][:k]
        hits = [dataclasses.replace(h, rank=i) for i, h in enumerate(hits, start=1)]
    return hits, dataclasses.replace(parsed, since=since_d, until=until_d)
