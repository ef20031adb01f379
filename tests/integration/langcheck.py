"""Words of the other language in an output: "one language per output" as a test can check it
(the words: :mod:`lrt_search.evaluation.one_language`; here the interface text of a page).

A word counts as English in a Dutch output (and the other way round) when it is a word of the
other language's message table (:data:`lrt_search.interfaces.messages.TEXTS`, ``COLUMNS``) and
not of this one's, one of a few words the interfaces could let through (:data:`LEAKS`), or a
common word of the other language that is rare in this one (wordfreq's lists, shipped as
``lexicon/data/wordfreq.sqlite``: Zipf >= 3 there and at least 1.5 higher than here). Paths,
quoted values ('gisteren'), option names (--since) and the minutes' own text are not words of
the interface and are left out by the caller or by :func:`interface_words`.
"""

from __future__ import annotations

from html.parser import HTMLParser

from lrt_search.evaluation.one_language import (
    LEAKS,
    interface_words,
    names,
    other_language_words,
)

NAMES = names()
__all__ = ["LEAKS", "NAMES", "interface_words", "other_language_words", "page_text"]


#: Elements that hold the minutes' own text, or the link to the other language.
_SKIP_TAGS = {"blockquote", "option", "mark", "pre", "script", "style", "head"}
_SKIP_CLASSES = {"minutes", "lang", "brand", "name"}
_VOID = {"br", "input", "img", "meta", "link", "hr", "col", "source", "wbr"}


class _Interface(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        in_result = any(t == "result" for t, _ in self.stack)
        skip = (
            bool(self.stack and self.stack[-1][1])
            or tag in _SKIP_TAGS
            or bool(classes & _SKIP_CLASSES)
            or (tag == "p" and in_result)
        )
        self.stack.append(("result" if "result" in classes else tag, skip))

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1][1]):
            self.parts.append(data)


def page_text(page: str) -> str:
    """The interface's own text of an HTML page: without the minutes' text (quotes, snippets,
    register entries, meeting and item titles, filter lists) and the link to the other
    language."""
    parser = _Interface()
    parser.feed(page)
    return " ".join(" ".join(parser.parts).split())
