"""The analyzer and BM25 index a retriever searches with: those of the index, or, when the
settings ask for other analyzer options or BM25 parameters, both rebuilt in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..config import Settings
from ..index.analysis import DutchAnalyzer
from ..index.base import SparseIndex
from ..index.build import make_analyzer
from ..models import Chunk


def fitted_to_settings(
    settings: Settings,
    have: DutchAnalyzer,
    bm25: SparseIndex,
    manifest: Mapping[str, Any],
    chunks: Sequence[Chunk],
) -> tuple[DutchAnalyzer, SparseIndex]:
    """The analyzer and BM25 index for ``settings``: ``have`` and ``bm25`` (as the index stores
    them, with its ``manifest``) when they match (a change of spelling variants alone only
    changes query analysis), else both rebuilt in memory from ``chunks``."""
    s = settings
    stored = manifest.get("bm25") or {"k1": s.bm25_k1, "b": s.bm25_b}
    # the stemming options, and whether the postings hold the minutes' misspellings' right forms
    want = (s.stem, s.remove_stopwords, s.decompound, s.min_compound_part, s.stemmer)
    have_terms = (have.stem, have.remove_stopwords, have.decompound, have.min_part, have.stemmer)
    same_index_terms = want == have_terms
    same_index_terms &= s.minutes_misspellings_read == have.misspellings_read
    if same_index_terms and (s.bm25_k1, s.bm25_b) == (stored.get("k1"), stored.get("b")):
        # Spelling variants only change query analysis: no need to rebuild BM25.
        if have.spelling_variants != s.spelling_variants:
            return have.with_options(spelling_variants=s.spelling_variants), bm25
        return have, bm25
    analyzer = make_analyzer(s).fit(c.text for c in chunks)
    bm25 = type(bm25).build([analyzer.tokenize(c.text) for c in chunks], s.bm25_k1, s.bm25_b)
    return analyzer, bm25
