"""Compiled regular expressions kept between runs of the console script (issue 19).

One ``ask`` compiles some 110 of the package's patterns (~17 ms of CPU, most of it in the
pure-Python parser of :mod:`re`). Compiling turns a pattern into a list of integers (the
program of the regex engine), its group numbers and names; :func:`install` keeps those for
every pattern compiled in the process, writes them beside the package's bytecode when the
process ends (``lrt_search/__pycache__/re.<python tag>.marshal``, as :mod:`marshal` with a
CRC-32), and a later process builds each pattern from them with ``_sre.compile``, the last
step of :func:`re.compile`, skipping the parse. The file is keyed by the exact Python build
(``sys.version``) and the engine's magic number; a damaged, foreign or unreadable copy is
ignored, nothing is written under ``PYTHONDONTWRITEBYTECODE`` or into a folder that cannot
be written, and a Python whose :mod:`re` lacks the steps used here compiles as usual.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

CACHE_FILE = Path(__file__).parent / "__pycache__" / f"re.{sys.implementation.cache_tag}.marshal"
#: At most this many patterns are kept: those of the last run first, then older ones
#: (patterns built from a question's words, or from a set, vary between runs).
MAX_PATTERNS = 1000


def _stamp() -> str:
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def compile_parts(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """The arguments of ``_sre.compile`` for ``pattern`` (what :func:`re._compiler.compile`
    computes before its last step)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named constants: plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    groups = parsed.state.groups - 1
    final = int(flags | parsed.state.flags)
    return (pattern, final, code, groups, groupindex, tuple(indexgroup))


def rebuilt(parts: tuple[Any, ...]) -> re.Pattern[Any]:
    """The pattern of :func:`compile_parts`'s ``parts`` (the last step of :func:`re.compile`)."""
    import _sre

    return _sre.compile(*parts)


def read_cache(path: Path = CACHE_FILE) -> dict[tuple[Any, int], tuple[Any, ...]]:
    """The kept patterns of ``path``; empty when missing, damaged or from another Python."""
    try:
        raw = path.read_bytes()
        if len(raw) < 4 or int.from_bytes(raw[:4], "big") != zlib.crc32(raw[4:]):
            return {}
        stamp, table = marshal.loads(raw[4:])
        return dict(table) if stamp == _stamp() else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def write_cache(table: dict[tuple[Any, int], tuple[Any, ...]], path: Path = CACHE_FILE) -> None:
    """Write ``table`` to ``path`` atomically (a folder that cannot be written keeps none)."""
    try:
        body = marshal.dumps((_stamp(), table))
    except ValueError:  # a value marshal cannot hold: keep nothing
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        tmp.write_bytes(zlib.crc32(body).to_bytes(4, "big") + body)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def install(path: Path | None = None) -> bool:
    """Compile patterns from ``path`` (default :data:`CACHE_FILE`) for the rest of this process
    and keep the new ones when it ends; False (nothing changed) when this Python's :mod:`re`
    has not the expected steps."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if not (hasattr(_compiler, "_code") and hasattr(_parser, "parse") and hasattr(_sre, "MAGIC")):
        return False
    path = path or CACHE_FILE
    table = read_cache(path)
    used: dict[tuple[Any, int], tuple[Any, ...]] = {}
    plain = _compiler.compile

    def cached(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return plain(pattern, flags)
        key = (pattern, int(flags))
        parts = used.get(key) or table.get(key) or compile_parts(pattern, int(flags))
        used[key] = parts
        return rebuilt(parts)

    def keep() -> None:
        if used.keys() - table.keys() and not sys.dont_write_bytecode:
            kept = dict(list(used.items())[:MAX_PATTERNS])
            for key, parts in table.items():
                if len(kept) >= MAX_PATTERNS:
                    break
                kept.setdefault(key, parts)
            write_cache(kept, path)

    _compiler.compile = cached
    atexit.register(keep)
    return True
