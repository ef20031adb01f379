"""Rendering for people on a terminal (rich): answers, evaluation reports, comparisons.

The core modules return data; only the interfaces turn it into text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .answer_view import print_unread, print_wrapped, render_answer
from .messages import TEXTS, citation_text
from .styled import Styled

if TYPE_CHECKING:
    from rich.console import Console

    from ..answer.answering import Answer
    from ..evaluation import AblationRow, Comparison, Report
    from ..ingest.report import FileReport
    from ..results import Hit
    from .consoles import LazyConsole
    from .searching import SearchRun


def highlighted_snippet(text: str, terms: set[str], engine: Any, heading: bool = True) -> Styled:
    """The stretch of ``text`` around its matches (one line), with the matches in bold."""
    from ..search.highlight import passage_snippet

    if engine is None:
        return Styled(" ".join(text.split()))
    short, spans = passage_snippet(
        text, terms, engine.analyzer, engine.settings.snippet_chars, heading
    )
    styled = Styled(short)
    for start, end in spans:
        styled.stylize("bold yellow", start, end)
    return styled


def render_hits(run: SearchRun, engine: Any, console: Console | LazyConsole, lang: str) -> None:
    """Print search results for people in ``lang``: what was read into the query (its notes),
    what was not understood, a spelling suggestion, then each passage's citation and snippet
    (scores and ids only in ``--json``)."""
    from ..search.highlight import query_terms
    from .web_text import note_text

    t = TEXTS[lang]
    if run.payload["notes"]:
        notes = "; ".join(note_text(note, lang) for note in run.payload["notes"])
        print_wrapped(console, Styled(f"{t['understood'].lower()}: {notes}", style="dim"))
    print_unread(console, run.payload["not_understood"], lang == "en")
    if run.payload["suggestions"]:
        suggestion = run.payload["suggestions"][-1]["query"]
        print_wrapped(console, Styled(f"{t['did_you_mean']}: {suggestion}?", style="bold"))
    if not run.hits:
        console.print(t["no_passages"])
        return
    terms = query_terms(engine, run.parsed.text)
    for hit in run.hits:
        head = Styled(f"{hit.rank:>2}. ", style="bold")
        head.append(citation_text(hit.citation, lang), style="bold cyan")
        if hit.chunk.speakers:
            head.append(f"  {', '.join(hit.chunk.speakers)}", style="dim")
        print_wrapped(console, head, hanging=4)
        heading = hit.chunk.kind == "item"
        print_wrapped(console, highlighted_snippet(hit.text, terms, engine, heading), indent=4)
        console.print()


def render_answer_with(answer: Answer, console: Console | LazyConsole, engine: Any) -> None:
    """:func:`~.answer_view.render_answer` with the question's words in bold and the closest
    passages cut around them."""
    from ..search.highlight import match_spans, query_terms

    terms = query_terms(engine, answer.question)

    def highlight(text: str) -> Styled:
        styled = Styled(text)
        for start, end in match_spans(text, terms, engine.analyzer):
            styled.stylize("bold yellow", start, end)
        return styled

    def snippet(hit: Hit) -> Styled:
        return highlighted_snippet(hit.text, terms, engine, hit.chunk.kind == "item")

    render_answer(answer, console, highlight, snippet)


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
        render_reliability(report, console)
    if show_failures:
        console.print(f"\n{len(report.failures)} questions without a relevant chunk in the top 5:")
        for f in report.failures:
            console.print(f"- {f.id} {f.question}", markup=False)
            for g in f.gold:
                console.print(f"    gold: {g}", markup=False)
            rank = f.first_relevant_rank or "none in top 10"
            console.print(f"    first: {f.first} (first relevant: {rank})", markup=False)
            console.print(f"    {f.first_text!r}", markup=False)


def render_reliability(report: Report, console: Console) -> None:
    """The reliability table (answers by confidence label, share holding the answer) and the
    unanswerable questions abstained on by how they were made."""
    from rich.table import Table

    from ..evaluation.reliability import TARGETS, abstained_by_change

    table = Table(title="confidence reliability (answers holding the answer)")
    for col in ("label", "answers", "holding the answer", "share", "target"):
        table.add_column(col, justify="right")
    for row in report.reliability:
        target = TARGETS.get(row.label)
        share = f"{row.share:.3f}" if row.count else "-"
        table.add_row(
            row.label, str(row.count), str(row.right), share, f">= {target:.2f}" if target else ""
        )
    console.print(table)
    changes = abstained_by_change(report.answer_records)
    if set(changes) - {""}:
        console.print(
            "abstained on unanswerable, by change: "
            + ", ".join(f"{k or 'hand-written'} {a}/{n}" for k, (a, n) in changes.items())
        )


def render_ablation(rows: Sequence[AblationRow], console: Console) -> None:
    """Print the check ablation: per question set the answers' figures with every check on,
    then the change with each check off."""
    from rich.table import Table

    from ..evaluation.ablation import without_effect

    sets = list(rows[0].stats)
    table = Table(title="checks of ask, each switched off in turn (change from all on)")
    table.add_column("check off")
    for name in sets:
        for figure in ("abstained on unanswerable", "false abstentions", "gold quoted"):
            table.add_column(f"{name}: {figure}", justify="right")
    base = rows[0]
    for row in rows:
        cells = []
        for name in sets:
            for value, was in zip(row.figures(name), base.figures(name), strict=True):
                cells.append(f"{value:.3f}" if row is base else f"{value - was:+.3f}")
        table.add_row(row.check, *cells)
    console.print(table)
    idle = without_effect(rows)
    if idle:
        console.print("no measured effect: " + ", ".join(idle))


def render_comparisons(comparisons: list[Comparison], console: Console) -> None:
    """Print paired comparisons against one baseline, one block per configuration, in at most
    80 columns: A and B means, B - A, wins/ties/losses of B, the permutation p, the
    Holm-adjusted p (over the configurations, per metric) and the 95% bootstrap interval."""
    if not comparisons:
        return
    base = comparisons[0].names[0]
    family = len(comparisons)
    console.print(
        f"A = {base}; p: paired permutation test, Holm over {family} "
        f"configuration{'s' if family > 1 else ''} per metric",
        markup=False,
    )
    header = (
        f"{'metric':<8}{'A':>6}{'B':>7}{'B-A':>8}  {'W/T/L':<9}{'p':>6}{'Holm':>7}  95% CI of B-A"
    )
    for c in comparisons:
        console.print(f"\nB = {c.names[1]} ({c.n} questions)", markup=False)
        console.print(header, markup=False)
        for m in c.metrics:
            wtl = f"{m.wins}/{m.ties}/{m.losses}"
            console.print(
                f"{m.metric:<8}{m.a:>6.3f}{m.b:>7.3f}{m.diff:>+8.3f}  {wtl:<9}"
                f"{m.p_value:>6.3f}{m.p_holm:>7.3f}  [{m.ci_low:+.3f}, {m.ci_high:+.3f}]",
                markup=False,
            )


def render_check(report: FileReport, console: Console) -> None:
    """Print what ``lrt-search check`` understood of a file: per meeting the metadata, items
    with statement counts and speakers, decisions, actions, warnings; skipped parts first."""
    from rich.text import Text

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
