"""Words of the other language in an output: "one language per output" as a test can check it.

A word counts as English in a Dutch output (and the other way round) when it is a word of the
other language's message table (:data:`lrt_search.interfaces.messages.TEXTS`, ``COLUMNS``) and
not of this one's, one of a few words the interfaces could let through (:data:`LEAKS`), or a
common word of the other language that is rare in this one (wordfreq's lists, shipped as
``lexicon/data/wordfreq.sqlite``: Zipf >= 3 there and at least 1.5 higher than here). Paths,
quoted values ('gisteren'), option names (--since) and the minutes' own text are not words of
the interface and are left out by the caller or by :func:`interface_words`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from lrt_search.answer.informativeness import zipf
from lrt_search.interfaces.messages import COLUMNS, TEXTS
from lrt_search.lexicon.organisations import OrgTable

#: Words of the other language that the interface itself might let through (notes,
#: citations), besides every word of the other language's message table.
LEAKS = {
    "nl": {"line", "lines", "item", "confidence", "understood", "speaker", "period", "the"}
    | {"header", "present", "absent"},
    "en": {"regel", "regels", "agendapunt", "zekerheid", "begrepen", "spreker", "periode", "t/m"}
    | {"kop", "aanwezig", "afwezig"},
}
#: Names that are the same in both languages (the program, its settings, formats, the codes
#: of the organisations and of their groups: "Rijk", rule org_groups).
NAMES = {"lrt", "search", "csv", "json", "md", "api", "pdf", "ocr", "lrt-search", "index"} | {
    code.lower() for code in OrgTable.default(groups=True).codes
}
_WORD = re.compile(r"(?<!\w)[^\W\d_][\w/]*")
_NOT_WORDS = re.compile(
    r"'[^'\n]*'|\"[^\"\n]*\"|“[^”]*”|\S*/\S*|(?<!\w)--?[\w-]+|\S+\.\w{2,4}\b|\w+=\S*"
)


def _table_words(table: dict[str, str]) -> set[str]:
    return {w for v in table.values() for w in _WORD.findall(v.lower())}


#: "kind: besluiten is not one of afspraak, besluit, actie": the value and the values an
#: option takes are what the user types, the same in both languages.
_VALUES = re.compile(r"\S+( is not one of | is niet een van )[^;\n<]*")


def interface_words(text: str) -> set[str]:
    """The words of ``text`` without quoted values, paths, options, file names and the values
    an option takes."""
    text = _VALUES.sub(lambda m: m[1], text)
    return set(_WORD.findall(_NOT_WORDS.sub(" ", text).lower())) - NAMES


def other_language_words(text: str, lang: str, minutes: set[str] = frozenset()) -> set[str]:
    """The words of ``text`` (see :func:`interface_words`) that belong to the other language;
    a common word that also occurs in ``minutes`` (the minutes' own words) counts only when it
    is a word of the message tables."""
    other = "en" if lang == "nl" else "nl"
    mine = _table_words(TEXTS[lang]) | _table_words(COLUMNS[lang])
    theirs = (_table_words(TEXTS[other]) | _table_words(COLUMNS[other])) - mine
    found = set()
    for word in interface_words(text):
        if word in mine and word not in LEAKS[lang]:
            continue
        common = zipf(word, other) >= 3.0 and zipf(word, other) - zipf(word, lang) >= 1.5
        table = word in theirs and zipf(word, lang) < 4.5  # "of" is Dutch and English
        if table or word in LEAKS[lang] or (common and word not in minutes):
            found.add(word)
    return found


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
