"""Rendering for people on a terminal (rich): answers, evaluation reports, comparisons.

The core modules return data; only the interfaces turn it into text.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

if TYPE_CHECKING:
    from ..answer.answering import Answer
    from ..answer.decisions import Register
    from ..evaluation import Comparison, Report
    from ..ingest.report import FileReport


def wrapped_lines(console: Console, text: Text, indent: int = 0, hanging: int = 0) -> list[Text]:
    """The lines of ``text`` wrapped at word boundaries, indented by ``indent``; lines after
    the first are indented ``hanging`` more (a hanging indent)."""
    width = max(20, console.width - indent - hanging)
    out = []
    for number, line in enumerate(text.wrap(console, width)):
        line.rstrip()
        pad = indent + (hanging if number else 0)
        out.append(Text(" " * pad) + line)
    return out


def print_wrapped(console: Console, text: Text, indent: int = 0, hanging: int = 0) -> None:
    """Print ``text`` wrapped (see :func:`wrapped_lines`)."""
    for line in wrapped_lines(console, text, indent, hanging):
        console.print(line, soft_wrap=True)


def highlighted_snippet(text: str, terms: set[str], engine: Any, heading: bool = True) -> Text:
    """The stretch of ``text`` around its matches (one line), with the matches in bold."""
    from ..search.highlight import passage_snippet

    if engine is None:
        return Text(" ".join(text.split()))
    short, spans = passage_snippet(
        text, terms, engine.analyzer, engine.settings.snippet_chars, heading
    )
    rich_text = Text(short)
    for start, end in spans:
        rich_text.stylize("bold yellow", start, end)
    return rich_text


def render_register(register: Register, console: Console) -> None:
    """Print the decisions register: one entry per decision, then the counts."""
    if not len(register):
        console.print("no decisions or actions match the filters")
        return
    lines: list[Text] = []  # printed at once: a print per line cost ~0.5 ms each
    for d in register:
        head = Text(f"{d.meeting_date.isoformat()}  {d.kind:<8} ", style="bold")
        head.append(", ".join(d.orgs) or "–", style="bold magenta")
        head.append(f"  {d.item}", style="dim")
        lines += wrapped_lines(console, head, hanging=4)
        lines += wrapped_lines(console, Text(d.text), indent=4)
        lines += wrapped_lines(console, Text(f"{d.citation} · {d.source}", style="cyan"), indent=4)
    console.print(Text("\n").join(lines), soft_wrap=True)
    per_org = ", ".join(f"{k or '–'} {v}" for k, v in register.by_organisation.items())
    per_meeting = ", ".join(f"{k} {v}" for k, v in register.by_meeting.items())
    print_wrapped(
        console, Text(f"{len(register)} found · per organisation: {per_org}", style="dim")
    )
    print_wrapped(console, Text(f"per meeting: {per_meeting}", style="dim"))


#: The labels of an answer, in the question's language (Dutch unless it was English).
ANSWER_LABELS = {
    "nl": {
        "understood": "begrepen", "speaker": "spreker", "period": "periode",
        "glossary": "woordenlijst", "closest": "dichtstbij", "timeline": "Tijdlijn:",
        "confidence": "zekerheid", "high": "hoog", "medium": "gemiddeld", "low": "laag",
    },
    "en": {
        "understood": "understood", "speaker": "speaker", "period": "period",
        "glossary": "glossary", "closest": "closest", "timeline": "Timeline:",
        "confidence": "confidence", "high": "high", "medium": "medium", "low": "low",
    },
}  # fmt: skip


def print_unread(console: Console, unread: list[dict[str, str]], english: bool) -> None:
    """The line of what a question or query had that was not understood (nothing when none)."""
    if unread:
        from ..search.unread import LABEL

        label = LABEL["en" if english else "nl"]
        text = f"{label}: " + "; ".join(u["note"] for u in unread)
        print_wrapped(console, Text(text, style="yellow"))


def render_answer(answer: Answer, console: Console, engine: Any = None) -> None:
    """Print an answer for people, in the question's language: what was understood, the
    quotes (wrapped, with the question's words highlighted when ``engine`` is given) and their
    citations, or the abstention with snippets of the closest passages; then the confidence."""
    labels = ANSWER_LABELS["en" if answer.filters.get("language") == "en" else "nl"]
    terms: set[str] = set()
    if engine is not None:
        from ..search.highlight import query_terms

        terms = query_terms(engine, answer.question)
    if answer.notes:
        from .web_text import note_text

        lang = "en" if answer.filters.get("language") == "en" else "nl"
        notes = [note_text(note, lang) for note in answer.notes]
        print_wrapped(console, Text(f"{labels['understood']}: " + "; ".join(notes), style="dim"))
    print_unread(console, list(answer.unread), answer.filters.get("language") == "en")
    if answer.abstained:
        print_wrapped(console, Text(answer.answer, style="bold yellow"))
        for hit in answer.closest:
            print_wrapped(console, Text(f"({labels['closest']}) {hit.citation}", style="cyan"))
            body = highlighted_snippet(hit.text, terms, engine, hit.chunk.kind == "item")
            print_wrapped(console, body, indent=4)
    else:
        if answer.timeline:
            console.print(Text(labels["timeline"], style="bold"))
        for c in answer.citations:
            line = Text(f"{c.meeting_date.isoformat()}  ", style="bold")
            if c.speaker:
                line.append(f"{c.speaker}: ", style="bold")
            line.append_text(_highlight(f"\u201c{c.quote}\u201d", terms, engine))
            print_wrapped(console, line, hanging=4)
            print_wrapped(console, Text(c.citation, style="cyan"), indent=4)
    word = labels[answer.confidence_label]
    console.print(Text(f"{labels['confidence']} {word} ({answer.confidence:.2f})", style="dim"))


def _highlight(text: str, terms: set[str], engine: Any) -> Text:
    rich_text = Text(text)
    if engine is not None:
        from ..search.highlight import match_spans

        for start, end in match_spans(text, terms, engine.analyzer):
            rich_text.stylize("bold yellow", start, end)
    return rich_text


def render_report(report: Report, console: Console, show_failures: bool = False) -> None:
    """Print a report as tables."""
    from rich.table import Table

    # The evaluation pulls in ir-measures and scipy: loaded by the commands that evaluate only.
    from ..evaluation.metrics import MEASURES

    table = Table(
        title=f"retrieval ({len(report.per_question)} answerable of {report.n_questions} questions)"
    )
    table.add_column("group")
    table.add_column("n", justify="right")
    for name in MEASURES:
        table.add_column(name, justify="right")
    counts_lang: dict[str, int] = defaultdict(int)
    groups: list[tuple[str, dict[str, float], int]] = [
        ("overall", report.overall, len(report.per_question))
    ]
    for title, values in (("lang", report.by_language), ("type", report.by_type)):
        for key, metrics in values.items():
            counts_lang[key] += 1
            groups.append((f"{title}={key}", metrics, -1))
    for label, metrics, n in groups:
        table.add_row(label, str(n) if n >= 0 else "", *(f"{metrics[m]:.3f}" for m in MEASURES))
    console.print(table)
    if report.answers:
        a = report.answers
        console.print(
            f"answers: quotes contain a gold quote for {a.quotes_with_gold}/{a.answerable} "
            f"answerable questions ({a.gold_rate:.3f}); abstention accuracy "
            f"{a.abstention_accuracy:.3f} (abstained on {a.abstained_unanswerable}/"
            f"{a.unanswerable} unanswerable and {a.abstained_answerable}/{a.answerable} answerable)"
        )
    if show_failures:
        console.print(f"\n{len(report.failures)} questions without a relevant chunk in the top 5:")
        for f in report.failures:
            console.print(f"- {f.id} {f.question}", markup=False)
            for g in f.gold:
                console.print(f"    gold: {g}", markup=False)
            rank = f.first_relevant_rank or "none in top 10"
            console.print(f"    first: {f.first} (first relevant: {rank})", markup=False)
            console.print(f"    {f.first_text!r}", markup=False)


def render_comparison(comparison: Comparison, console: Console) -> None:
    """Print a comparison as a table."""
    from rich.table import Table

    a, b = comparison.names
    table = Table(title=f"{b} vs {a} on {comparison.n} questions (paired)")
    for col in ("metric", a, b, "diff", "wins/ties/losses", "p (permutation)", "95% CI of diff"):
        table.add_column(col, justify="right")
    for m in comparison.metrics:
        table.add_row(
            m.metric,
            f"{m.a:.3f}",
            f"{m.b:.3f}",
            f"{m.diff:+.3f}",
            f"{m.wins}/{m.ties}/{m.losses}",
            f"{m.p_value:.4f}",
            f"[{m.ci_low:+.3f}, {m.ci_high:+.3f}]",
        )
    console.print(table)


def render_check(report: FileReport, console: Console) -> None:
    """Print what ``lrt-search check`` understood of a file: per meeting the metadata, items
    with statement counts and speakers, decisions, actions, warnings; skipped parts first."""
    console.print(Text(str(report.path), style="bold"))
    for part in report.skipped:
        console.print(Text(f"  skipped {part.describe()}: {part.skipped}", style="yellow"))
    for mr in report.meetings:
        m = mr.meeting
        console.print()
        console.print(Text(f"{m.date.isoformat()}  {m.title}  ({m.doc_type})", style="bold"))
        console.print(Text(f"  time: {m.start_time or '-'}   place: {m.place or '-'}"))
        people = ", ".join(f"{a.name} ({a.org_code or a.organisation or '?'})" for a in m.attendees)
        console.print(Text(f"  attendees ({len(m.attendees)}): {people or '-'}"))
        if m.absentees:
            absent = ", ".join(f"{a.name} ({a.org_code or a.organisation})" for a in m.absentees)
            console.print(Text(f"  absent ({len(m.absentees)}): {absent}"))
        console.print(Text(f"  items ({len(mr.items)}), {_count(len(m.statements), 'statement')}:"))
        for item in mr.items:
            extra = "".join(
                f", {_count(n, label)}"
                for n, label in ((item.decisions, "decision"), (item.actions, "action"))
                if n
            )
            who = f"  speakers: {', '.join(item.speakers)}" if item.speakers else ""
            counts = _count(item.statements, "statement") + extra
            console.print(
                Text(f"    {item.number or '-':>4}  {item.title}  [{counts}]  {item.where}{who}")
            )
        speakers = ", ".join(f"{code} {n}" for code, n in mr.speakers.items())
        console.print(Text(f"  speakers: {speakers or '-'}"))
        for label, rows in (("decision", mr.decisions), ("action", mr.actions)):
            for text, citation in rows:
                console.print(Text(f"  {label}: {text}  ({citation})"))
        for warning in mr.warnings:
            console.print(Text(f"  warning: {warning}", style="yellow"))


def _count(n: int, noun: str) -> str:
    """``1 decision``, ``2 decisions``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
