"""Evidence of a candidate statement that does not depend on the fused passage ranks (issue 16,
task D): recorded with the confidence features (:mod:`.confidence_features`) under
``Settings.statement_evidence`` (off by default: ~2 ms of every ``ask`` for features no model
uses; ``python eval/calibrate.py --rows FILE`` switches it on) and in no model; measured by
``python eval/feature_auc.py`` and ``python eval/confidence_models.py``.

- ``stmt_found``: the statement was found among its passage's statements (1), or the quote is
  no statement of it (a header's lines: 0, and the features below are 0);
- ``stmt_cos``: the e5 cosine of the statement to the question;
- ``item_cos_margin``: that cosine less the highest cosine of its passage's other statements
  (0 when it is alone): whether the statement, not only its item, is close to the question;
- ``context_cover``: the idf-weighted share of the question's index terms (with its glossary
  terms) that the statement holds together with the statements before and after it;
- ``form_unmet``: the question asks for a number (intent ``quantity``) and the quote holds no
  digit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .candidates import query_terms_of

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame

#: The names this module records, in order.
NAMES = ("stmt_found", "stmt_cos", "item_cos_margin", "context_cover", "form_unmet")
_DIGIT = re.compile(r"\d")


def statement_evidence(frame: Frame, c: Citation) -> dict[str, float]:
    """The features of :data:`NAMES` for candidate ``c``."""
    out = dict.fromkeys(NAMES, 0.0)
    parsed = frame.parsed
    numeric = parsed is not None and parsed.asks("quantity")
    out["form_unmet"] = float(numeric and not _DIGIT.search(c.quote))
    retriever = frame.retriever
    try:
        chunk = retriever.chunks[retriever.chunks.row_of(c.chunk_id)]
    except KeyError:
        return out
    spans = [s.span for s in chunk.statements]
    if c.span not in spans:
        return out
    index = spans.index(c.span)
    out["stmt_found"] = 1.0
    vectors = retriever.statement_vectors_of(chunk)
    if np.any(vectors):
        sims = vectors @ retriever.query_vector(frame.question)
        out["stmt_cos"] = float(sims[index])
        rest = np.delete(sims, index)
        out["item_cos_margin"] = float(sims[index] - rest.max()) if len(rest) else 0.0
    terms = set(query_terms_of(frame))
    if terms:
        texts = [s.text for s in chunk.statements[max(index - 1, 0) : index + 2]]
        have = terms & set(retriever.analyzer.tokenize(" ".join(texts)))
        idf = retriever.bm25.idf
        out["context_cover"] = sum(idf.get(t, 1.0) for t in have) / sum(
            idf.get(t, 1.0) for t in terms
        )
    return out
