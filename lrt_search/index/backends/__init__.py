"""The index backends, by the name the settings use.

To add one: write a module here whose class follows :class:`lrt_search.index.base.SparseIndex`
or :class:`~lrt_search.index.base.DenseIndex`, and add it to the table below. Modules are
imported only when their backend is used.
"""

from __future__ import annotations

from importlib import import_module

from ...errors import ConfigError
from ..base import DenseIndex, SparseIndex

#: name -> "module:Class"; a module starting with "." is relative to this package, any other
#: is imported as written (a backend may live in another package).
SPARSE_BACKENDS: dict[str, str] = {"bm25": ".bm25:BM25Index"}
DENSE_BACKENDS: dict[str, str] = {"faiss-flat": ".faiss_flat:VectorIndex"}


def _load(table: dict[str, str], name: str, what: str) -> type:
    try:
        module, cls = table[name].split(":")
    except KeyError:
        raise ConfigError(
            f"{what}: unknown backend {name!r}; known: {', '.join(sorted(table))}"
        ) from None
    return getattr(import_module(module, package=__name__), cls)  # type: ignore[no-any-return]


def make_sparse(name: str) -> type[SparseIndex]:
    """The sparse index class registered as ``name``."""
    return _load(SPARSE_BACKENDS, name, "sparse_backend")


def make_dense(name: str) -> type[DenseIndex]:
    """The dense index class registered as ``name``."""
    return _load(DENSE_BACKENDS, name, "dense_backend")
