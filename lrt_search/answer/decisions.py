"""The decisions and actions register: what the LRT agreed and who has to act.

Every decision (``afspraak``, ``besluit``) and action (``actie``) of the minutes, found by
:func:`lrt_search.ingest.statement_kinds.find_markers`, with the meeting date, agenda item, the
organisations that must act, the verbatim clause, the whole statement it stands in, and a
citation with the source file, lines and (for a PDF) page.

The organisations that must act are the subject of the clause itself, not the speaker of the
bullet around it: in "Het verslag wordt geaccordeerd met een wijziging namens VNG (Actie: VNG
levert wijziging aan ...)" the action's organisation is VNG because VNG is the subject of
"VNG levert", and a decision "Er wordt besloten ..." has none (the LRT as a whole).

>>> register = engine.decisions(kind="actie", org="VNG")        # doctest: +SKIP
>>> [(d.meeting_date.isoformat(), d.orgs) for d in register]    # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import QueryError, ReadError
from ..lazyre import lazy
from ..lexicon.dates import DateLike
from ..models import REGISTER_KINDS, Chunk, RegisterKind, Span, Statement

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable

# The parser's phrase patterns, the speaker rules and the period grammar are imported where
# they are used: reading the stored register (answer.stored_decisions) needs none of them.

_PREFIX = lazy(r"^\(?\s*[A-Za-z]+\s*:\s*")
_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=[A-Z(])")
#: How many words into an action clause a named organisation counts as the one that acts
#: when the clause has no subject ("VNG wordt bij dat traject betrokken").
_ACTION_OBJECT_WINDOW = 3
#: How many words of a list row's other cells (who, when, the item) may stand among the words
#: of an entry the row repeats.
_ROW_CELLS = 8


@dataclass(frozen=True)
class Decision:
    """One decision or action of the minutes."""

    meeting_date: dt.date
    item: str
    item_title: str
    kind: RegisterKind
    orgs: tuple[str, ...]
    text: str
    statement: str
    speakers: tuple[str, ...]
    chunk_id: str
    source: str
    span: Span

    @property
    def citation(self) -> str:
        """``LRT 2023-11-10 · item 1 · line 16`` (with the page for a PDF)."""
        return f"LRT {self.meeting_date.isoformat()} · {self.item} · {self.span.describe()}"

    def to_dict(self) -> dict[str, Any]:
        """JSON form (one entry of ``lrt-search decisions --format json``)."""
        return {
            "meeting_date": self.meeting_date.isoformat(),
            "item": self.item,
            "item_title": self.item_title,
            "kind": self.kind,
            "orgs": list(self.orgs),
            "text": self.text,
            "statement": self.statement,
            "speakers": list(self.speakers),
            "chunk_id": self.chunk_id,
            "citation": self.citation,
            "source": self.source,
            **self.span.to_dict(),
        }


@dataclass(frozen=True)
class Register:
    """Selected decisions in meeting order, with counts per meeting, organisation and kind."""

    decisions: list[Decision]
    filters: dict[str, Any] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Decision]:
        return iter(self.decisions)

    def __len__(self) -> int:
        return len(self.decisions)

    @property
    def by_meeting(self) -> dict[str, int]:
        """Number of decisions per meeting date (ISO)."""
        return dict(Counter(d.meeting_date.isoformat() for d in self.decisions))

    @property
    def by_organisation(self) -> dict[str | None, int]:
        """Number of decisions per organisation that must act (``None``: none named)."""
        counts: Counter[str | None] = Counter()
        for d in self.decisions:
            counts.update(d.orgs or (None,))
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "~")))

    @property
    def by_kind(self) -> dict[str, int]:
        """Number of decisions per kind (afspraak, besluit, actie)."""
        counts = Counter(d.kind for d in self.decisions)
        return {k: counts[k] for k in REGISTER_KINDS if counts[k]}

    def facets(self) -> dict[str, Any]:
        """The counts in JSON form."""
        return {
            "by_meeting": [{"meeting_date": k, "count": v} for k, v in self.by_meeting.items()],
            "by_organisation": [{"org": k, "count": v} for k, v in self.by_organisation.items()],
            "by_kind": [{"kind": k, "count": v} for k, v in self.by_kind.items()],
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON form of ``lrt-search decisions --format json``."""
        return {
            "filters": self.filters,
            "count": len(self.decisions),
            "decisions": [d.to_dict() for d in self.decisions],
            "facets": self.facets(),
        }

    def formatted(self, fmt: str) -> str:
        """The register as ``json``, ``csv`` or ``md`` (Markdown) text."""
        if fmt == "json":
            return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        if fmt == "csv":
            return self.to_csv()
        if fmt == "md":
            return self.to_markdown()
        raise QueryError(f"--format: {fmt!r} is not one of json, csv, md")

    def to_csv(self) -> str:
        """One row per decision (orgs joined with ``;``)."""
        columns = [
            "meeting_date", "item", "kind", "orgs", "text", "citation", "source",
            "line_start", "line_end", "page_start", "page_end",
        ]  # fmt: skip
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for d in self.decisions:
            row = d.to_dict()
            row["orgs"] = ";".join(d.orgs)
            writer.writerow(["" if row[c] is None else row[c] for c in columns])
        return buffer.getvalue()

    def to_markdown(self) -> str:
        """A Markdown table of the decisions, then the counts."""

        def cell(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        lines = [
            "| meeting | item | kind | organisation | text | citation |",
            "|---|---|---|---|---|---|",
        ]
        for d in self.decisions:
            lines.append(
                f"| {d.meeting_date.isoformat()} | {cell(d.item)} | {d.kind} | "
                f"{cell(', '.join(d.orgs) or '–')} | {cell(d.text)} | {cell(d.citation)} |"
            )
        lines += ["", "| organisation | count |", "|---|---:|"]
        lines += [f"| {k or '–'} | {v} |" for k, v in self.by_organisation.items()]
        lines += ["", "| meeting | count |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in self.by_meeting.items()]
        return "\n".join(lines) + "\n"


def acting_organisations(clause: str, kind: RegisterKind, table: OrgTable) -> tuple[str, ...]:
    """The organisations that must act on ``clause``: the subjects of its sentences (of its
    first sentence for a decision), or for an action without a subject, an organisation named
    in its first words ("VNG wordt ... betrokken")."""
    body = _PREFIX.sub("", clause.strip(), count=1)
    sentences = [s for s in _SENTENCE_END.split(body) if s.strip()]
    if kind != "actie":
        sentences = sentences[:1]
    from ..ingest.speakers import sentence_speakers

    found: list[str] = []
    for sentence in sentences:
        found.extend(sentence_speakers(sentence, table))
    if not found and kind == "actie" and sentences:
        first = sentences[0]
        words = first.split()
        window = len(" ".join(words[:_ACTION_OBJECT_WINDOW]))
        found = [m.code for m in table.mentions(first) if m.start < window]
    return tuple(dict.fromkeys(found))


def statement_decisions(chunk: Chunk, statement: Statement, table: OrgTable) -> list[Decision]:
    """The decisions and actions in one statement of ``chunk`` (a row of an action or decision
    list, :mod:`lrt_search.ingest.register_tables`, is one of its list's kind as a whole)."""
    from ..ingest.register_tables import list_kind
    from ..ingest.statement_kinds import Marker, find_markers

    markers = find_markers(statement.text)
    if not markers and statement.kind in ("action", "decision") and list_kind(chunk.item_title):
        kind: RegisterKind = "actie" if statement.kind == "action" else "besluit"
        markers = [Marker(kind, 0, len(statement.text), True)]
    out = []
    for marker in markers:
        clause = marker.clause(statement.text)
        out.append(
            Decision(
                meeting_date=chunk.meeting_date,
                item=chunk.item,
                item_title=chunk.item_title,
                kind=marker.kind,
                orgs=acting_organisations(clause, marker.kind, table),
                text=clause,
                statement=statement.text,
                speakers=statement.speakers,
                chunk_id=chunk.chunk_id,
                source=chunk.source,
                span=statement.span,  # a clause is cited by its statement's lines
            )
        )
    return out


def all_decisions(chunks: Iterable[Chunk], table: OrgTable) -> list[Decision]:
    """Every decision and action in ``chunks``, in meeting and line order."""
    out = [
        d
        for chunk in chunks
        if chunk.kind == "item"
        for statement in chunk.statements
        for d in statement_decisions(chunk, statement, table)
    ]
    return without_repeats(sorted(out, key=lambda d: (d.meeting_date, d.source, d.span.line_start)))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _PREFIX.sub("", text.strip(), count=1).lower())


def _sums_up(row: list[str], entry: list[str]) -> bool:
    """Whether a list's ``row`` repeats ``entry`` of the items: one starts with the other, or
    the row holds the entry's words in order from its first word, with at most
    :data:`_ROW_CELLS` words of other cells among them ("... in de Secretariaat LRT Volgende
    LRT HLRT besproken": a text layer that puts the cells of one printed line together)."""
    if min(len(row), len(entry)) < 3:
        return False
    if row[: len(entry)] == entry[: len(row)]:
        return True
    if row[0] != entry[0] or len(row) - len(entry) > _ROW_CELLS:
        return False
    words = iter(row)
    return all(any(w == e for w in words) for e in entry)


def without_repeats(found: list[Decision]) -> list[Decision]:
    """``found`` without the rows of an action or decision list that repeat an entry of the
    same meeting's items (the list sums up what the items record: "VNG levert wijziging aan.
    ... VNG Volgende LRT" after "Actie: VNG levert wijziging aan. ..."); rows the items do not
    hold stay."""
    from ..ingest.register_tables import list_kind

    body: dict[dt.date, list[list[str]]] = {}
    for d in found:
        if list_kind(d.item_title) is None:
            body.setdefault(d.meeting_date, []).append(_words(d.text))

    def repeats(entry: Decision) -> bool:
        words = _words(entry.text)
        return any(_sums_up(words, b) for b in body.get(entry.meeting_date, []))

    return [d for d in found if list_kind(d.item_title) is None or not repeats(d)]


def _kinds(kind: str | Sequence[str] | None) -> set[str] | None:
    if kind is None:
        return None
    wanted = {kind} if isinstance(kind, str) else set(kind)
    aliases = {"decision": "besluit", "agreement": "afspraak", "action": "actie"}
    wanted = {aliases.get(k.lower(), k.lower()) for k in wanted}
    unknown = sorted(wanted - set(REGISTER_KINDS))
    if unknown:
        raise QueryError(f"--kind: {', '.join(unknown)} is not one of {', '.join(REGISTER_KINDS)}")
    return wanted


def _day(value: DateLike, name: str) -> dt.date | None:
    if value is None:
        return None
    from ..search.option_dates import as_date

    return as_date(value, name)


def select(
    decisions: Iterable[Decision],
    table: OrgTable | None,
    kind: str | Sequence[str] | None = None,
    org: str | Sequence[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
    meeting: DateLike = None,
) -> Register:
    """The register of ``decisions`` filtered by kind, organisation (and the organisations
    under it), meeting date range or one meeting. ``table`` (the alias table) is needed only
    with ``org``."""
    kinds = _kinds(kind)
    since_d, until_d = _day(since, "since"), _day(until, "until")
    meeting_d = _day(meeting, "meeting")
    if since_d and until_d and since_d > until_d:
        raise QueryError(f"--since {since_d} is after --until {until_d}")
    codes: set[str] | None = None
    if org:
        assert table is not None, "an organisation filter needs the alias table"
        codes = set()
        for name in [org] if isinstance(org, str) else list(org):
            code = table.resolve(name)
            if code is None:
                raise QueryError(
                    f"--org: unknown organisation {name!r}; known: {', '.join(table.codes)}"
                )
            codes |= table.expand(code)
    chosen = [
        d
        for d in decisions
        if (kinds is None or d.kind in kinds)
        and (codes is None or codes.intersection(d.orgs))
        and (since_d is None or d.meeting_date >= since_d)
        and (until_d is None or d.meeting_date <= until_d)
        and (meeting_d is None or d.meeting_date == meeting_d)
    ]
    filters = {
        "kind": sorted(kinds) if kinds else None,
        "org": sorted(codes) if codes else None,
        "since": since_d.isoformat() if since_d else None,
        "until": until_d.isoformat() if until_d else None,
        "meeting": meeting_d.isoformat() if meeting_d else None,
    }
    return Register(chosen, filters)


def corpus_register(
    settings: Settings,
    kind: str | Sequence[str] | None = None,
    org: str | Sequence[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
    meeting: DateLike = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> Register:
    """The register of the corpus folder in ``settings``, read directly (no index needed).

    Raises :class:`~lrt_search.errors.ReadError` when the folder holds no readable minutes.
    """
    from ..ingest.corpus import NO_MINUTES, load_corpus
    from ..lexicon.organisations import OrgTable

    table = OrgTable.default(settings.organisations_file)
    meetings = load_corpus(settings.corpus_dir, settings, on_error=on_error)
    if not meetings:  # not "no decisions match the filters": there is nothing to match
        raise ReadError(settings.corpus_dir, NO_MINUTES)
    everything = all_decisions((c for m in meetings for c in m.chunks), table)
    return select(everything, table, kind, org, since, until, meeting)
