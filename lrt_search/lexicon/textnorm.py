"""Small text normalisations shared by parsing, analysis and evaluation."""

from __future__ import annotations

import unicodedata

from ..lazyre import lazy

_QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": "",
        "\ufeff": "",
    }
)
_WS = lazy(r"\s+")
_SENTENCE_END = lazy(r"(?<=[.!?;])\s+")


def straighten_quotes(text: str) -> str:
    """Replace curly quotes and odd spaces by their plain ASCII forms."""
    return text.translate(_QUOTE_MAP)


def collapse_whitespace(text: str) -> str:
    """Collapse every run of white space into one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def normalize_for_match(text: str) -> str:
    """Normalise text for verbatim-quote matching.

    NFC, straight quotes, lower case, white space collapsed. A gold quote or an answer quote
    "occurs" in a passage when ``normalize_for_match(quote)`` is a substring of
    ``normalize_for_match(passage)``.
    """
    return collapse_whitespace(straighten_quotes(unicodedata.normalize("NFC", text)).lower())


def fold_accents(text: str) -> str:
    """Remove diacritics: ``coördinatie`` -> ``coordinatie``, ``financiële`` -> ``financiele``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_word_family(a: str, b: str) -> bool:
    """Whether two (folded, lower-case) words or stems are forms of one word: they share a
    prefix of at least six letters that is three quarters of the shorter one ("oekraiense" and
    "oekraine", "oekrainer" and "oekraiens")."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
    if common is None:
        common = min(len(a), len(b))
    return common >= 6 and common >= 0.75 * min(len(a), len(b))


def split_sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (and clauses after ";") where ".", "!", "?" or ";" is
    followed by white space; the marks stay with the sentence they end."""
    return _SENTENCE_END.split(text)
