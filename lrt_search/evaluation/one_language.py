"""Words of the other language in an output: "one language per output" as a machine can check it.

A word counts as English in a Dutch output (and the other way round) when it is a word of the
other language's message table (:data:`lrt_search.interfaces.messages.TEXTS`, ``COLUMNS``) and
not of this one's, one of a few words the interfaces could let through (:data:`LEAKS`), or a
common word of the other language that is rare in this one (wordfreq's lists, shipped as
``lexicon/data/wordfreq.sqlite``: Zipf >= 3 there and at least 1.5 higher than here). Paths,
quoted values ('gisteren', the minutes' quotes in curly quotes), option names (--since) and the
minutes' own text are not words of the interface and are left out by the caller or by
:func:`interface_words`. Used by the integration tests (tests/integration/langcheck.py) and by
``eval/language_mix.py`` over every readable question.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from ..answer.informativeness import zipf
from ..interfaces.messages import COLUMNS, TEXTS
from ..lazyre import lazy
from ..lexicon.organisations import OrgTable

if TYPE_CHECKING:
    from ..results import Answer

#: Words of the other language that the interface itself might let through (notes,
#: citations, readings of a period), besides every word of the other language's message table.
LEAKS = {
    "nl": {"line", "lines", "item", "confidence", "understood", "speaker", "period", "the"}
    | {"header", "present", "absent", "at", "no", "between", "meeting", "approved", "minutes"},
    "en": {"regel", "regels", "agendapunt", "zekerheid", "begrepen", "spreker", "periode", "t/m"}
    | {"kop", "aanwezig", "afwezig", "het", "vergadering", "geen"},
}  # not "de" and "van": parts of the minutes' surnames ("Dhr. De Reus", "Van der ...")
_WORD = lazy(r"(?<!\w)[^\W\d_][\w/]*")
_NOT_WORDS = lazy(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”]*”|\S*/\S*|(?<!\w)--?[\w-]+|\S+\.\w{2,4}\b|\w+=\S*")
#: "kind: besluiten is not one of afspraak, besluit, actie": the value and the values an
#: option takes are what the user types, the same in both languages.
_VALUES = lazy(r"\S+( is not one of | is niet een van )[^;\n<]*")


def names() -> set[str]:
    """Names that are the same in both languages (the program, its settings, formats, the
    codes of the organisations and of their groups: "Rijk", rule org_groups)."""
    same = {"lrt", "search", "csv", "json", "md", "api", "pdf", "ocr", "lrt-search", "index"}
    return same | {code.lower() for code in OrgTable.default(groups=True).codes}


def words_of(text: str) -> set[str]:
    """The lower-case words of ``text`` (a word starts with a letter; "t/m" is one word)."""
    return set(_WORD.findall(text.lower()))


def _table_words(table: dict[str, str]) -> set[str]:
    return {w for v in table.values() for w in words_of(v)}


def interface_words(text: str) -> set[str]:
    """The words of ``text`` without quoted values, paths, options, file names and the values
    an option takes."""
    text = _VALUES.sub(lambda m: m[1], text)
    return words_of(_NOT_WORDS.sub(" ", text)) - names()


def other_language_words(text: str, lang: str, minutes: AbstractSet[str] = frozenset()) -> set[str]:
    """The words of ``text`` (see :func:`interface_words`) that belong to the other language;
    a common word that also occurs in ``minutes`` (the minutes' own words, or the question's)
    counts only when it is a word of the message tables or of :data:`LEAKS`."""
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


def _unquoted(text: str) -> str:
    """``text`` without the minutes' text in curly quotes."""
    return _QUOTED.sub("“”", text)


_QUOTED = lazy(r"“[^”]*”")


def answer_outputs(answer: Answer) -> list[tuple[str, str]]:
    """What ``ask`` shows of ``answer``, as (kind, text), without the minutes' text: the CLI's
    lines (quotes and the indented passages left out, citations kept), and of ``--json`` the
    answer text, the reason and the notes of what was understood."""
    from ..interfaces.answer_view import answer_text

    lines = _unquoted(answer_text(answer, width=200)).splitlines()
    cli = [x for x in lines if not x.startswith("    ") or x.strip().startswith("LRT ")]
    shown = answer.to_dict()
    return [
        ("cli", "\n".join(cli)),
        ("json answer", _unquoted(shown["answer"] or "")),
        ("json reason", shown["reason"] or ""),
        *(("json understood", note) for note in shown["understood"]),
    ]


def mixed_outputs(answer: Answer, minutes: AbstractSet[str]) -> list[tuple[str, set[str], str]]:
    """The outputs of ``answer`` (:func:`answer_outputs`) that hold words of the language other
    than the question's: (kind, the words, the text). The question's own words and, for common
    words, the ``minutes``' words are not counted (:func:`other_language_words`)."""
    lang = "en" if answer.filters.get("language") == "en" else "nl"
    asked = words_of(answer.question)
    found = []
    for kind, text in answer_outputs(answer):
        words = other_language_words(text, lang, minutes | asked) - asked
        if words:
            found.append((kind, words, text))
    return found
