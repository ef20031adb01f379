"""lrt-search: search and question answering over the minutes of the Landelijke Regietafel
Migratie en Integratie (LRT).

>>> import lrt_search
>>> meeting = lrt_search.read_minutes("corpus/2023-11-03-lrt.txt")
>>> engine = lrt_search.Engine.load(corpus="corpus", index="index")     # doctest: +SKIP
>>> engine.search("what did IPO say about indeplaatsstelling", k=3)    # doctest: +SKIP
"""

from __future__ import annotations

import os

# Idle OpenMP threads sleep instead of spinning, so the embedder's and FAISS's thread pools do not
# starve each other on a busy machine (measured: one query encode 1.1 s instead of 32 ms through
# the Python API). Set here, before either library loads, for the CLI and the library alike.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .config import Settings
from .errors import ConfigError, DateOptionError, IndexStoreError, LrtError, QueryError, ReadError

if TYPE_CHECKING:
    from .evaluation import Report, evaluate
    from .ingest.corpus import load_corpus, read_file, read_minutes
    from .ingest.report import check_file
    from .models import AgendaItem, Attendee, Chunk, Meeting, Span, Statement
    from .results import Answer, Citation, Hit
    from .service import Engine, build_index, index_status

__version__ = "0.1.0"

#: Where each public name lives: imported on first use (PEP 562), so a command that needs no
#: index (``decisions``, ``meetings``) never loads NumPy, FAISS or the model, and the reader and
#: the evaluation load only for those who use them.
_LAZY = {
    **dict.fromkeys(["AgendaItem", "Attendee", "Chunk", "Meeting", "Span", "Statement"], "models"),
    **dict.fromkeys(["Answer", "Citation", "Hit"], "results"),
    **dict.fromkeys(["Engine", "build_index", "index_status"], "service"),
    **dict.fromkeys(["load_corpus", "read_file", "read_minutes"], "ingest.corpus"),
    "check_file": "ingest.report",
    **dict.fromkeys(["Report", "evaluate"], "evaluation"),
}

__all__ = [
    "AgendaItem",
    "Answer",
    "Attendee",
    "Chunk",
    "Citation",
    "ConfigError",
    "DateOptionError",
    "Engine",
    "Hit",
    "IndexStoreError",
    "LrtError",
    "Meeting",
    "QueryError",
    "ReadError",
    "Report",
    "Settings",
    "Span",
    "Statement",
    "__version__",
    "build_index",
    "check_file",
    "evaluate",
    "index_status",
    "load_corpus",
    "read_file",
    "read_minutes",
]


def __dir__() -> list[str]:
    # The public names only (not os, Any or the subpackages).
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lrt_search' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next access is a plain attribute
    return value
