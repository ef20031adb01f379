"""Rerankers: an optional last stage that reorders the fused top hits.

None ships by default (no multilingual cross-encoder is installable offline here). To add one:
write a class with a ``rerank(query, hits) -> list[Hit]`` method in a module of this package,
and add it to :data:`RERANKERS`; ``reranker = "<name>"`` in the settings switches it on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..errors import ConfigError
from ..results import Hit


class Reranker(Protocol):
    """Reorders hits for a query; must return a subset of ``hits`` (texts stay verbatim)."""

    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        """The hits, best first."""
        ...


#: name -> factory; "none" keeps the fused order.
RERANKERS: dict[str, Callable[[], Reranker | None]] = {"none": lambda: None}


def make_reranker(name: str) -> Reranker | None:
    """The reranker registered as ``name`` (None for ``"none"``)."""
    try:
        return RERANKERS[name]()
    except KeyError:
        raise ConfigError(
            f"reranker: unknown reranker {name!r}; known: {', '.join(sorted(RERANKERS))}"
        ) from None
