"""Rule ``spelling_read_first``: a word of the question that the minutes write in another spelling
is read as the minutes' word before the question is read, so that every check of ``ask`` (the
names the quote must hold, the topic, the premise, the quote chosen) sees the word the minutes
hold ("What did COA say about capacity in Ter Appel": "Ter Apel").

The index's analyzer already finds a word written with a doubled letter more or less, so search
found "Ter Apel"; but the names check reads a quote word for word and refused ("no statement
mentions Ter Appel"), and the spelling step of ``ask`` corrected only words the index lacks.
A word is read so when the minutes do not hold it as written and hold a word of the same
:func:`~lrt_search.lexicon.spelling_variants.spelling_key` (accents folded, the alternations
of ``lexicon/data/spelling.toml`` read, doubled letters collapsed; never a different letter) and
either

- it is neither a word of the minutes nor of general Dutch or English (Zipf 0 in both:
  "Klijnsmaa", "flexwoningenn"), or
- with a neighbouring word of the question it forms, read so, a name of the minutes (its words
  capitalised there) that they do not hold as written ("Ter Appel", "ter appel": "Ter Apel";
  "appel" is a word of general Dutch, and of the minutes as "appèl").

So a name the minutes lack that is a name of its own ("Lammers", "Jansen", "Zwolle": words of
general use) is never made into another one, nor an English word into a Dutch one. The answer
shows each reading once among what was understood (``spelling: Ter Appel -> Ter Apel``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from ..index.analysis import words
from ..index.facts import corpus_facts
from ..index.rowsets import intersect, union
from ..lazyre import lazy
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordfreq import zipf
from .spelling import in_case_of, joined_words, spelled_alike

if TYPE_CHECKING:
    from .retriever import Retriever

#: The shortest word read (a shorter one has too many words of the same key).
MIN_LETTERS = 4

_WORD = lazy(r"[^\W\d_]+")


def _rows(retriever: Retriever, token: str) -> np.ndarray:
    """The rows of the chunks that may hold ``token`` (the corpus facts' word rows, built with
    the index; every row for a word they do not list, e.g. of one letter)."""
    folded = words(token)
    found = retriever.chunks.facts.rows_of(folded[0]) if len(folded) == 1 else None
    return np.arange(len(retriever.chunks)) if found is None else found


def pair_matches(
    retriever: Retriever, pair: tuple[str, str], titled: bool = False
) -> Iterator[str]:
    """Where the minutes write ``pair`` (two words, any case): the matches in their text, one
    space between words and between chunks, one chunk at a time in row order; only the chunks
    that hold both words, or the first word at their end and the second at the start of the
    next, are read, and a caller that needs one match (a name written with capitals, or any)
    stops reading chunks when it has it (issue 16 item 7: "Ter Apel" stands in thousands of
    chunks of a large index). With ``titled`` only the chunks that may write the pair
    title-cased are read (table ``titled_pairs``, when stored): the title-cased matches are
    the same."""
    first, second = _rows(retriever, pair[0]), _rows(retriever, pair[1])
    across = first[np.isin(first + 1, second)]
    pattern = re.compile(rf"(?<!\w){re.escape(' '.join(pair))}(?!\w)", re.IGNORECASE)
    rows = union(intersect(first, second), across)
    named = retriever.chunks.facts.titled_rows(pair) if titled else None
    for row in rows if named is None else rows[np.isin(rows, named)]:
        text = " ".join(retriever.chunks[int(row)].text.split())
        if row in across:
            text += " " + " ".join(retriever.chunks[int(row) + 1].text.split())
        yield from pattern.findall(text)


def _general(word: str) -> bool:
    return zipf(word, "nl") > 0 or zipf(word, "en") > 0


def _in_name(retriever: Retriever, tokens: list[str], i: int, better: str) -> bool:
    """Whether ``better`` in place of ``tokens[i]`` makes with a neighbouring token a name of
    the minutes (each word capitalised there: "Ter Apel") that the written word does not."""
    word = tokens[i].lower()
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            pair = (tokens[j].lower(), better) if j < i else (better, tokens[j].lower())
            written = (tokens[j].lower(), word) if j < i else (word, tokens[j].lower())
            named = any(m.istitle() for m in pair_matches(retriever, pair, True))
            if named and next(pair_matches(retriever, written), None) is None:
                return True
    return False


def minutes_spelling(retriever: Retriever, tokens: list[str], i: int) -> str | None:
    """The minutes' word that ``tokens[i]`` is in another spelling of (see the module
    docstring), or None."""
    word = tokens[i]
    key = word.lower()
    if len(key) < MIN_LETTERS:
        return None
    if retriever.orgs.resolve(word) is not None or retriever.orgs.query_mentions(word):
        return None
    found = [w for w in spelled_alike(retriever, word) if fold_accents(w) != key]
    if not found:
        return None
    better = min(found, key=lambda w: (abs(len(w) - len(key)), w))
    if key in corpus_facts(retriever.chunks):
        return better if _in_name(retriever, tokens, i, better) else None
    if _general(key) and not _in_name(retriever, tokens, i, better):
        margin = retriever.settings.spelling_rare_variant_margin
        if not margin or not rare_variant(key, better, margin):
            return None
        return None if joined_words(retriever, " ".join(tokens), [word]) else better
    return better


def rare_variant(word: str, better: str, margin: float) -> bool:
    """Rule ``spelling_rare_variant``: whether ``word``, a word of general Dutch the minutes
    lack, is a rare spelling of ``better``, the minutes' word of the same spelling key: more
    frequent in Dutch than in English, and ``better`` at least ``margin`` more frequent on the
    Zipf scale ("lokatie" 3.6, "locatie" 4.8; "kontakt", "critiek", "wachtten"), not another
    word of its own ("reden" / "redden", "sloot" / "slot", "Lammers" / "Lamers") nor an
    accent of emphasis ("vóór" / "voor"). A word that joins a neighbour into a word of the
    minutes is left to rule ``spelling_joins`` ("doorstroom lokaties": "doorstroomlocaties")."""
    if fold_accents(word) == fold_accents(better):
        return False
    dutch = zipf(word, "nl")
    return dutch > zipf(word, "en") and zipf(better, "nl") >= dutch + margin


def read_spelling(retriever: Retriever, question: str) -> tuple[str, list[str]]:
    """``question`` with each word the minutes write in another spelling read as theirs
    (rule ``spelling_read_first``; unchanged when the setting is off) and the notes of the
    readings ("spelling: Ter Appel -> Ter Apel")."""
    if not retriever.settings.spelling_read_first:
        return question, []
    tokens = _WORD.findall(question)
    readings: dict[str, str] = {}
    for i, word in enumerate(tokens):
        better = minutes_spelling(retriever, tokens, i)
        if better is not None:
            readings[word] = in_case_of(word, better)
    if not readings:
        return question, []
    text = question
    for word, better in readings.items():
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, text)
    notes = [f"spelling: {_shown(question, w)} -> {_shown(text, b)}" for w, b in readings.items()]
    return text, notes


def _shown(text: str, word: str) -> str:
    """``word`` with the capitalised word before it in ``text`` ("Ter Appel"), as a name is
    shown; else ``word``."""
    m = re.search(rf"(?<!\w)([A-Z][\w'-]*)\s+{re.escape(word)}(?!\w)", text)
    return f"{m.group(1)} {word}" if m and word[:1].isupper() else word


__all__ = ["minutes_spelling", "rare_variant", "read_spelling"]
