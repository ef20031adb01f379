"""The bound on one query: what every entry point (CLI, web, Python) enforces before any work."""

from __future__ import annotations

from ..errors import QueryError


def check_query(text: str, max_chars: int, what: str = "query") -> None:
    """Raise :class:`QueryError` (one line) for an empty query or one longer than
    ``max_chars`` (``settings.max_query_chars``): the bound that keeps one query's cost low."""
    if not text or not text.strip():
        raise QueryError(f"empty {what}")
    if len(text) > max_chars:
        raise QueryError(
            f"the {what} is {len(text)} characters long; at most {max_chars} are allowed "
            "(setting max_query_chars)"
        )
