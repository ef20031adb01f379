"""Document expansion: every chunk is also indexed by the English words its Dutch words mean,
so an English or everyday-word question matches a passage lexically (rule ``expansion_weight``;
0 switches it off).

A chunk's expansion field holds, as English Snowball stems prefixed ``en:``:

- the English terms of every glossary entry whose Dutch term the chunk holds
  ("statushouders" -> "status holders", "refugees with a residence permit");
- the single-word FreeDict translations (:mod:`lrt_search.lexicon.freedict`) of its words and
  of their compound parts, a word found by its own form or by a dictionary headword with the
  same Dutch stem ("woningen" -> "woning" -> "dwelling", "house").

The field is a BM25 index of its own (built from the chunks, see :func:`build_expansion`).
A question is matched against it through English: an English question by its own words, a
Dutch one (``expansion_dutch``) by its words' FreeDict translations, so two Dutch words with a
shared English sense meet ("tegenstand" and "verzet" in "resistance"). Its score, times
``expansion_weight``, is added to the BM25 score; with ``expansion_matches`` off a passage
matching only through its expansion does not count as a lexical match for the guarantee.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import Stemmer

from ..index.analysis import DutchAnalyzer, english_stopwords, is_english, query_words, words
from ..index.backends import make_sparse
from ..index.base import SparseIndex
from ..lazyre import lazy
from ..lexicon.freedict import DICTD, _merged, dutch_to_english
from ..lexicon.freedict import cache_dir as freedict_cache_dir
from ..lexicon.glossary import Glossary
from .fusion import top_positive

if TYPE_CHECKING:
    from .retriever import Retriever

_WORD = lazy(r"[a-z]+")
PREFIX = "en:"
#: Changes when the expansion field is made differently (invalidates the disk cache).
VERSION = 1


@cache
def _english_stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@cache
def _dutch_stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


def english_terms(text: str) -> list[str]:
    """``en:``-prefixed English stems of the content words of ``text``."""
    tokens = [t for t in _WORD.findall(text.lower()) if len(t) > 2]
    stop = english_stopwords()
    stems = _english_stemmer().stemWords([t for t in tokens if t not in stop])
    return [PREFIX + s for s in stems]


@cache
def _headwords_by_stem() -> dict[str, tuple[str, ...]]:
    """FreeDict's Dutch headwords (single words) by their Dutch Snowball stem."""
    heads = [w for w in _merged()[1] if w.isalpha()]
    out: dict[str, list[str]] = {}
    for head, stem in zip(heads, _dutch_stemmer().stemWords(heads), strict=True):
        out.setdefault(stem, []).append(head)
    return {stem: tuple(sorted(v, key=len)) for stem, v in out.items()}


@cache
def translations_of(word: str, per_word: int = 3) -> tuple[str, ...]:
    """Up to ``per_word`` single-word English translations of a Dutch word: of the word
    itself, else of the dictionary headwords sharing its Dutch stem."""
    senses = list(dutch_to_english(word))
    if not senses:
        for head in _headwords_by_stem().get(_dutch_stemmer().stemWord(word), ())[:2]:
            senses.extend(dutch_to_english(head))
    single = [s for s in dict.fromkeys(senses) if s.isalpha() and len(s) > 2]
    return tuple(single[:per_word])


def _glossary_by_dutch(
    glossary: Glossary, analyzer: DutchAnalyzer
) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """(the index terms of a Dutch glossary term, the English stems of its entry)."""
    out = []
    for entry in glossary.entries:
        english = tuple(dict.fromkeys(t for term in entry.en for t in english_terms(term)))
        for term in entry.nl:
            stems = frozenset(analyzer.tokenize(w)[0] for w in words(term) if analyzer.tokenize(w))
            if stems and english:
                out.append((stems, english))
    return out


def document_terms(
    text: str,
    analyzer: DutchAnalyzer,
    glossary_pairs: Sequence[tuple[frozenset[str], tuple[str, ...]]],
    per_word: int = 3,
) -> list[str]:
    """The expansion field of one chunk (see the module docstring)."""
    held = set(analyzer.tokenize(text))
    out: list[str] = []
    for stems, english in glossary_pairs:
        if stems <= held:
            out.extend(english)
    for word in words(text):
        if len(word) < 4 or not word.isalpha() or word in english_stopwords():
            continue
        for form in (word, *analyzer.split_compound(word)):
            for sense in translations_of(form, per_word):
                out.extend(english_terms(sense))
    return out


def build_expansion(
    texts: Iterable[str],
    analyzer: DutchAnalyzer,
    glossary: Glossary,
    backend: str = "bm25",
    per_word: int = 3,
    k1: float = 1.2,
    b: float = 0.75,
) -> SparseIndex:
    """The expansion index: one document per text, in order."""
    pairs = _glossary_by_dutch(glossary, analyzer)
    documents = [document_terms(t, analyzer, pairs, per_word) for t in texts]
    return make_sparse(backend).build(documents, k1, b)


def query_terms(question: str, dutch: bool = True, per_word: int = 3) -> list[str]:
    """The expansion-field terms of a question: the English stems of an English question's
    content words; of a Dutch sentence (``dutch``; three content words or more), its words'
    English translations."""
    if is_english(question):
        return english_terms(" ".join(query_words(question)))
    content = [w for w in query_words(question) if len(w) >= 4 and w.isalpha()]
    if not dutch or len(content) < 3:
        return []
    return [
        t for w in content for sense in translations_of(w, per_word) for t in english_terms(sense)
    ]


def expansion_index(retriever: Retriever) -> SparseIndex:
    """The expansion index of ``retriever``'s chunks, kept on the retriever. Building it reads
    FreeDict and stems its headwords (about half a second), so it is also kept on disk under
    :func:`cache_folder`, keyed by the index generation, the glossary and the settings: a
    fresh process (a CLI query) opens it memory-mapped in milliseconds."""
    cached = retriever.__dict__.get("_expansion_index")
    if cached is not None:
        return cached
    s = retriever.settings
    sparse = make_sparse(s.sparse_backend)
    folder = cache_folder(retriever)
    built: SparseIndex | None = None
    if folder is not None:
        try:
            built = sparse.load(folder)
            if built.n_docs != len(retriever.chunks):
                built = None
        except (OSError, ValueError, KeyError, sqlite3.Error):
            built = None
    if built is None:
        built = build_expansion(
            (c.text for c in retriever.chunks),
            retriever.analyzer,
            retriever.glossary,
            s.sparse_backend,
            s.expansion_per_word,
            s.bm25_k1,
            s.bm25_b,
        )
        if folder is not None:
            _save(built, folder)
    retriever.__dict__["_expansion_index"] = built
    return built


def cache_folder(retriever: Retriever) -> Path | None:
    """Where the expansion index of ``retriever`` is kept (None for an index without a
    manifest, e.g. chunks searched in memory): a folder named by the SHA-256 of the index
    generation's manifest, the glossary, FreeDict's files and the settings that shape it."""
    manifest = retriever.manifest
    if not manifest.get("created"):
        return None
    s = retriever.settings
    glossary = [(e.en, e.nl) for e in retriever.glossary.entries]
    parts = [
        json.dumps(manifest, sort_keys=True, default=str),
        json.dumps(glossary),
        _freedict_stamp(),
        f"{s.sparse_backend}|{s.expansion_per_word}|{s.bm25_k1}|{s.bm25_b}|{VERSION}",
    ]
    key = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]
    return freedict_cache_dir().parent / "expansion" / key


def _freedict_stamp() -> str:
    """Sizes and times of the FreeDict files (a new package version is a new stamp)."""
    out = []
    for name in ("eng-nld", "nld-eng"):
        for suffix in ("index", "dict.dz"):
            try:
                st = (DICTD / f"freedict-{name}.{suffix}").stat()
                out.append(f"{st.st_size}-{st.st_mtime_ns}")
            except OSError:
                out.append("-")
    return "|".join(out)


def _save(index: SparseIndex, folder: Path) -> None:
    """Write ``index`` to ``folder`` atomically (a read-only cache is no error)."""
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        index.save(tmp)
        os.replace(tmp, folder)
    except OSError:
        import shutil  # imports bz2 and lzma: only on a failed write

        shutil.rmtree(tmp, ignore_errors=True)


def expansion_scores(retriever: Retriever, query: str) -> np.ndarray | None:
    """``expansion_weight`` times the expansion-field BM25 scores of ``query`` (None when off
    or when the query has no expansion terms)."""
    s = retriever.settings
    if s.expansion_weight <= 0:
        return None
    terms = query_terms(query, s.expansion_dutch, s.expansion_per_word)
    if not terms:
        return None
    return s.expansion_weight * expansion_index(retriever).scores(terms)


def expansion_added(retriever: Retriever, query: str) -> np.ndarray | float:
    """What the expansion adds to the BM25 scores when ``expansion_matches`` is on (then a
    chunk found through its expansion is a lexical match), else 0.0."""
    if not retriever.settings.expansion_matches:
        return 0.0
    scores = expansion_scores(retriever, query)
    return 0.0 if scores is None else scores


def expansion_ranking(
    retriever: Retriever, query: str, depth: int, mask: np.ndarray | None
) -> dict[str, list[tuple[int, float]]]:
    """``{"expansion": ranking}`` to fuse with the others when ``expansion_matches`` is off
    (empty when on, off, or without expansion terms)."""
    if retriever.settings.expansion_matches:
        return {}
    scores = expansion_scores(retriever, query)
    return {} if scores is None else {"expansion": top_positive(scores, depth, mask)}
