"""Exceptions of lrt-search. Every one carries a one-line, human-readable message."""

from __future__ import annotations

from pathlib import Path


class LrtError(Exception):
    """Base class of every error lrt-search raises on purpose."""


class ReadError(LrtError):
    """A minutes file could not be read or parsed. The message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class IndexStoreError(LrtError):
    """The index on disk is missing, corrupt, stale or was built with another embedder."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(LrtError):
    """A configuration file or value is invalid."""


class QueryError(LrtError):
    """A query or one of its filters is invalid (empty query, bad date, unknown organisation)."""


class DateOptionError(QueryError, ValueError):
    """A date option (``--since``, ``--until``, ``--meeting``, ``date:``; ``since=``, ``until=``,
    ``meeting=`` of the Python and HTTP APIs) whose value names no date or period. One line that
    names the option and the value; a :class:`QueryError` to the command line (exit 2) and a
    ``ValueError`` to Python callers."""
