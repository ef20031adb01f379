"""What the home, meetings and per-organisation pages show: the corpus span and example
questions, each meeting's agenda items, and one organisation's statements and register."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import QueryError
from ..lexicon.datafiles import bundled_text, parse_toml
from ..models import cite

if TYPE_CHECKING:
    from ..models import Meeting, Span
    from ..service import Engine


def example_questions(lang: str) -> list[str]:
    """The home page's example questions in ``lang`` (``lexicon/data/examples.toml``)."""
    data = parse_toml("examples.toml", bundled_text("examples.toml"))
    return list(data.get(lang, data.get("nl", [])))


def corpus_span(meetings: list[Meeting]) -> dict[str, Any]:
    """How many meetings and agenda items, first and last meeting date."""
    dates = sorted(m.date for m in meetings)
    return {
        "meetings": len(meetings),
        "first": dates[0].isoformat() if dates else "–",
        "last": dates[-1].isoformat() if dates else "–",
        "items": sum(len(m.items) for m in meetings),
    }


@dataclass(frozen=True)
class OrgStatement:
    """One statement of an organisation, with where it stands."""

    text: str
    item: str
    item_title: str
    citation: str
    source: str
    span: Span
    kind: str


@dataclass(frozen=True)
class OrgPage:
    """An organisation's statements by meeting and its register entries, with counts."""

    code: str
    name: str
    by_meeting: list[tuple[Meeting, list[OrgStatement]]]
    register: Any

    @property
    def n_statements(self) -> int:
        """All its statements."""
        return sum(len(s) for _, s in self.by_meeting)

    @property
    def register_counts(self) -> dict[str, int]:
        """Its agreements, decisions and actions by kind."""
        return dict(Counter(d.kind for d in self.register))


def org_page(engine: Engine, meetings: list[Meeting], name: str) -> OrgPage:
    """The page of organisation ``name`` (a code or alias of the alias table); an unknown
    one is a QueryError naming the known codes."""
    code = engine.orgs.resolve(name)
    if code is None:
        raise QueryError(
            f"org: unknown organisation {name!r}; known: {', '.join(engine.orgs.codes)}"
        )
    codes = engine.orgs.expand(code)
    by_meeting = []
    for meeting in sorted(meetings, key=lambda m: m.date):
        found = [
            OrgStatement(
                s.text, item.label, item.title, cite(meeting.date, item.label, s.span),
                meeting.source.name, s.span, s.kind,
            )
            for item in meeting.items
            for s in item.statements
            if codes.intersection(s.speakers)
        ]  # fmt: skip
        if found:
            by_meeting.append((meeting, found))
    register = engine.decisions(org=code)
    return OrgPage(code, engine.orgs.organisations[code].name, by_meeting, register)
