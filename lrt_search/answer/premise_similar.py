"""Rule ``premise_similar_statement`` (``Settings.premise_similar_cosine``, off by default;
issue 16 task G, session 18): a statement that fails the premise check by its words still
supports a why-premise when it says the premise in other words - its e5 embedding is near the
premise's (cosine at least ``premise_similar_cosine``) and it, its item heading or a statement
beside it holds at least ``premise_similar_share`` of the premise's content words (not names;
each by its index terms, a Dutch strong verb in any of its forms, an English word by its
FreeDict translations too). The cosine is never enough alone: the minutes' statements of one
topic all lie near each other, and a false premise near in wording ("dalende huren" for
"prijsopdrijvend") is as near as a true one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..search.unread import content_words
from .premise import glossary_terms, translated_terms, verb_whole
from .premise_forms import verb_form_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .checks import Quote

_VECTORS: dict[int, tuple[object, dict[str, np.ndarray]]] = {}


def premise_words(
    retriever: Retriever, premise: str, english: bool
) -> tuple[frozenset[str], ...]:
    """Per content word of ``premise`` that is no name, the index terms that count it as
    found (its own, a Dutch strong verb's forms, an English word's translations); empty
    when the rule is off or there is no premise."""
    if not retriever.settings.premise_similar_cosine or not premise:
        return ()
    known = retriever.bm25.terms
    out: list[frozenset[str]] = []
    for word, start, _ in content_words(premise, retriever.orgs):
        if word[:1].isupper() and start > 0:
            continue  # a name: the names check looks for it
        form = verb_whole(retriever, premise, word.lower(), start)
        terms = frozenset(retriever.analyzer.tokenize_query(form, known)[:1])
        if english:
            terms |= translated_terms(retriever, form) | glossary_terms(retriever, word)
        else:
            terms |= verb_form_terms(retriever, form)
        if terms:
            out.append(terms)
    return tuple(out)


def similar_support(quote: Quote) -> bool:
    """Whether ``quote`` supports the question's premise by rule ``premise_similar_statement``:
    enough of the premise's words stand in it, its heading or a neighbour, and its embedding
    is near the premise's."""
    retriever, needs = quote.retriever, quote.needs
    least = retriever.settings.premise_similar_cosine
    if not least or not needs.premise_words:
        return False
    tokenize = retriever.analyzer.tokenize
    held = quote.terms | set(tokenize(quote.heading))
    held |= set(tokenize(quote.before)) | set(tokenize(quote.after))
    found = sum(1 for terms in needs.premise_words if terms & held)
    if found / len(needs.premise_words) < retriever.settings.premise_similar_share:
        return False
    vector = _statement_vectors(retriever).get(quote.text)
    if vector is None:
        return False
    return float(vector @ retriever.query_vector(needs.premise)) >= least


def _statement_vectors(retriever: Retriever) -> dict[str, np.ndarray]:
    """Each statement's text mapped to its stored e5 vector (built once per retriever)."""
    cached = _VECTORS.get(id(retriever))
    if cached is not None and cached[0] is retriever:
        return cached[1]
    table: dict[str, np.ndarray] = {}
    for chunk in retriever.chunks:
        vectors = retriever.statement_vectors_of(chunk)
        for statement, vector in zip(chunk.statements, vectors, strict=False):
            table.setdefault(statement.text, np.asarray(vector, dtype=np.float32))
    _VECTORS[id(retriever)] = (retriever, table)
    return table
