"""An answer as people read it on a terminal, and as ``print(answer)`` shows it: one module
that needs nothing of the index, so that :class:`lrt_search.models.Answer` can use it.

The command line passes ``highlight`` and ``snippet`` functions built from the engine (the
question's words in bold, snippets around them); without them quotes are plain and the
closest passages of an abstention are shown from their start.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from .messages import TEXTS, citation_text, confidence_text
from .web_text import note_text

if TYPE_CHECKING:
    from ..models import Answer, Hit

#: Characters of a closest passage shown without an engine (Settings.snippet_chars).
PLAIN_SNIPPET_CHARS = 400


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


def print_unread(console: Console, unread: list[dict[str, str]], english: bool) -> None:
    """The line of what a question or query had that was not understood (nothing when none)."""
    if unread:
        label = TEXTS["en" if english else "nl"]["unread"].lower()
        text = f"{label}: " + "; ".join(u["note"] for u in unread)
        print_wrapped(console, Text(text, style="yellow"))


def _plain_snippet(hit: Hit) -> Text:
    flat = " ".join(hit.text.split())
    if len(flat) <= PLAIN_SNIPPET_CHARS:
        return Text(flat)
    return Text(flat[: flat.rfind(" ", 0, PLAIN_SNIPPET_CHARS)] + " …")


def render_answer(
    answer: Answer,
    console: Console,
    highlight: Callable[[str], Text] = Text,
    snippet: Callable[[Hit], Text] = _plain_snippet,
) -> None:
    """Print an answer for people, in the question's language: what was understood, the
    quotes (wrapped, through ``highlight``) and their citations, or the abstention with
    ``snippet`` of each closest passage; then the confidence."""
    lang = "en" if answer.filters.get("language") == "en" else "nl"
    labels = TEXTS[lang]
    if answer.notes:
        notes = [note_text(note, lang) for note in answer.notes]
        understood = labels["understood"].lower()
        print_wrapped(console, Text(f"{understood}: " + "; ".join(notes), style="dim"))
    print_unread(console, list(answer.unread), lang == "en")
    if answer.abstained:
        print_wrapped(console, Text(answer.answer, style="bold yellow"))
        for hit in answer.closest:
            cite = citation_text(hit.citation, lang)
            print_wrapped(console, Text(f"({labels['closest_short']}) {cite}", style="cyan"))
            print_wrapped(console, snippet(hit), indent=4)
    else:
        if answer.timeline:
            console.print(Text(labels["timeline"], style="bold"))
        for c in answer.citations:
            line = Text(f"{c.meeting_date.isoformat()}  ", style="bold")
            if c.speaker:
                line.append(f"{c.speaker}: ", style="bold")
            line.append_text(highlight(f"\u201c{c.quote}\u201d"))
            print_wrapped(console, line, hanging=4)
            print_wrapped(console, Text(citation_text(c.citation, lang), style="cyan"), indent=4)
    confidence = confidence_text(answer.confidence_label, answer.confidence, lang)
    console.print(Text(confidence, style="dim"))


def answer_text(answer: Answer, width: int = 80) -> str:
    """The answer as ``lrt-search ask`` prints it when piped (what ``print(answer)`` shows)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, highlight=False, no_color=True)
    render_answer(answer, console)
    return buffer.getvalue().rstrip("\n")
