"""An answer as people read it on a terminal, and as ``print(answer)`` shows it: one module
that needs nothing of the index, so that :class:`lrt_search.results.Answer` can use it.

The command line passes ``highlight`` and ``snippet`` functions built from the engine (the
question's words in bold, snippets around them); without them quotes are plain and the
closest passages of an abstention are shown from their start.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from .consoles import LazyConsole, rich_console
from .messages import TEXTS, citation_text, confidence_text
from .styled import Styled, as_rich, simple_wrap
from .web_text import note_text

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ..results import Answer, Hit

#: Characters of a closest passage shown without an engine (Settings.snippet_chars).
PLAIN_SNIPPET_CHARS = 400


def wrapped_lines(
    console: Console, text: Text | Styled, indent: int = 0, hanging: int = 0
) -> list[Text]:
    """The lines of ``text`` wrapped at word boundaries, indented by ``indent``; lines after
    the first are indented ``hanging`` more (a hanging indent)."""
    from rich.text import Text

    width = max(20, console.width - indent - hanging)
    out = []
    for number, line in enumerate(as_rich(text).wrap(console, width)):
        line.rstrip()
        pad = indent + (hanging if number else 0)
        out.append(Text(" " * pad) + line)
    return out


def print_wrapped(
    console: Console | LazyConsole, text: Text | Styled, indent: int = 0, hanging: int = 0
) -> None:
    """Print ``text`` wrapped (see :func:`wrapped_lines`); on a console without styles a
    simple line is wrapped without rich (:func:`~.styled.simple_wrap`)."""
    if isinstance(console, LazyConsole) and isinstance(text, Styled) and console.plain:
        lines = simple_wrap(text.plain, max(20, console.width - indent - hanging))
        if lines is not None:
            pad = " " * indent
            first, rest = lines[0], lines[1:]
            console.file.write(
                f"{pad}{first}\n" + "".join(f"{pad}{' ' * hanging}{line}\n" for line in rest)
            )
            return
    console = rich_console(console)
    for line in wrapped_lines(console, text, indent, hanging):
        console.print(line, soft_wrap=True)


def print_line(console: Console | LazyConsole, text: Styled) -> None:
    """``console.print`` of ``text`` (without rich for a simple line that fits)."""
    if isinstance(console, LazyConsole) and console.plain:
        lines = simple_wrap(text.plain, console.width)
        if lines == [text.plain]:
            console.file.write(text.plain + "\n")
            return
    rich_console(console).print(as_rich(text))


def print_unread(
    console: Console | LazyConsole, unread: list[dict[str, str]], english: bool
) -> None:
    """The line of what a question or query had that was not understood (nothing when none)."""
    if unread:
        label = TEXTS["en" if english else "nl"]["unread"].lower()
        text = f"{label}: " + "; ".join(u["note"] for u in unread)
        print_wrapped(console, Styled(text, style="yellow"))


def _plain_snippet(hit: Hit) -> Styled:
    flat = " ".join(hit.text.split())
    if len(flat) <= PLAIN_SNIPPET_CHARS:
        return Styled(flat)
    return Styled(flat[: flat.rfind(" ", 0, PLAIN_SNIPPET_CHARS)] + " …")


def render_answer(
    answer: Answer,
    console: Console | LazyConsole,
    highlight: Callable[[str], Styled] = Styled,
    snippet: Callable[[Hit], Styled] = _plain_snippet,
) -> None:
    """Print an answer for people, in the question's language: what was understood, the
    quotes (wrapped, through ``highlight``) and their citations, or the abstention (with the
    question spelt with the minutes' words when a word was unknown) and ``snippet`` of each
    closest passage; then the confidence."""
    lang = "en" if answer.filters.get("language") == "en" else "nl"
    labels = TEXTS[lang]
    if answer.notes:
        notes = [note_text(note, lang) for note in answer.notes]
        understood = labels["understood"].lower()
        print_wrapped(console, Styled(f"{understood}: " + "; ".join(notes), style="dim"))
    print_unread(console, list(answer.unread), lang == "en")
    if answer.abstained:
        print_wrapped(console, Styled(answer.answer, style="bold yellow"))
        if answer.suggestions:  # as the web page: the question with the minutes' words
            query = answer.suggestions[-1]["query"].rstrip(" ?")
            print_wrapped(console, Styled(f"{labels['did_you_mean']}: {query}?", style="bold"))
        for hit in answer.closest:
            cite = citation_text(hit.citation, lang)
            print_wrapped(console, Styled(f"({labels['closest_short']}) {cite}", style="cyan"))
            print_wrapped(console, snippet(hit), indent=4)
    else:
        compared = any(n.startswith("comparison: ") for n in answer.notes)
        sides = answer.sides  # rule comparison_both_sides
        if answer.timeline:
            header = labels["compared" if compared else "timeline"]
            print_line(console, Styled(header, style="bold"))
        for i, c in enumerate(answer.citations):
            line = Styled(f"{c.meeting_date.isoformat()}  ", style="bold")
            if sides and sides[i]:  # rule comparison_both_sides: the side the quote speaks for
                line.append(f"[{sides[i]}] ", style="bold magenta")
            if c.speaker:
                line.append(f"{c.speaker}: ", style="bold")
            line.append_text(highlight(f"\u201c{c.quote}\u201d"))
            print_wrapped(console, line, hanging=4)
            print_wrapped(console, Styled(citation_text(c.citation, lang), style="cyan"), indent=4)
    label, answered = answer.confidence_label, not answer.abstained
    confidence = confidence_text(label, answer.confidence, lang, answered)
    print_line(console, Styled(confidence, style="dim"))


def answer_text(answer: Answer, width: int = 80) -> str:
    """The answer as ``lrt-search ask`` prints it when piped (what ``print(answer)`` shows)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, highlight=False, no_color=True)
    render_answer(answer, console)
    return buffer.getvalue().rstrip("\n")
