"""Reading the TOML data files: the bundled ones and the ones users add.

A bundled file is parsed once and its data kept beside it as ``marshal`` (``data/__pycache__``,
as Python keeps a module's bytecode): the glossary, word lists and alias table cost every
start-up 10-20 ms of ``tomllib`` otherwise (issue 19). The copy is used only while its
checksum and length match the file's bytes; a missing, stale or unreadable copy means the file
is parsed again, and a read-only install or ``PYTHONDONTWRITEBYTECODE`` just parses each time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import zlib
from contextlib import suppress
from pathlib import Path
from typing import Any

from ..errors import ConfigError


def parse_toml(source: str, text: str) -> dict[str, Any]:
    """Parse TOML ``text``; a syntax error is a :class:`ConfigError` naming ``source``."""
    import tomllib  # not needed while every bundled file has its parsed copy

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from None


#: The bundled data files (``lrt_search/lexicon/data``; the package is installed as files, and
#: importlib.resources would cost every start-up its zip support, ~20 ms of CPU).
DATA_DIR = Path(__file__).resolve().parent / "data"
#: Where the parsed copies of the bundled TOML files are kept.
CACHE_DIR = DATA_DIR / "__pycache__"


def bundled_text(name: str) -> str:
    """The text of a data file shipped in ``lrt_search/lexicon/data``."""
    return (DATA_DIR / name).read_text("utf-8")


def bundled_toml(name: str) -> dict[str, Any]:
    """The data of the bundled TOML file ``name``, from its parsed copy when that was made
    from the same bytes (else parsed, and the copy written when bytecode may be)."""
    raw = (DATA_DIR / name).read_bytes()
    key = (zlib.crc32(raw), len(raw))
    copy = CACHE_DIR / f"{name}.{sys.implementation.cache_tag}.marshal"
    if isinstance(data := _kept(copy, key), dict):
        return data
    data = parse_toml(name, raw.decode("utf-8"))
    if not sys.dont_write_bytecode:
        _write_copy(copy, key, data)
    return data


def bundled_digest(name: str) -> str:
    """The SHA-256 of the bundled data file ``name`` (hex), kept beside the parsed copies keyed by
    the file's size and modification time, so a large table (``wordfreq.sqlite``, 12 MB) is
    hashed once per change, not on every start-up; without a usable copy it is hashed."""
    path = DATA_DIR / name
    stat = path.stat()
    key = (stat.st_size, stat.st_mtime_ns)
    copy = CACHE_DIR / f"{name}.{sys.implementation.cache_tag}.sha256"
    if isinstance(digest := _kept(copy, key), str):
        return digest
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if not sys.dont_write_bytecode:
        _write_copy(copy, key, digest)
    return digest


def _kept(copy: Path, key: tuple[int, int]) -> Any:
    """The value kept in ``copy`` when it was written for ``key``, else ``None`` (no copy yet,
    a damaged one, or one another Python wrote)."""
    try:
        stored, value = marshal.loads(copy.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return value if stored == key else None


def _write_copy(copy: Path, key: tuple[int, int], data: Any) -> None:
    """Write the parsed copy whole (a temporary file renamed over it), or nothing."""
    try:
        payload = marshal.dumps((key, data))
    except ValueError:
        return  # a value marshal cannot hold (a TOML date): parse every time
    temporary = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
    try:
        copy.parent.mkdir(exist_ok=True)
        temporary.write_bytes(payload)
        os.replace(temporary, copy)
    except OSError:  # a read-only install: parse every time
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def user_text(path: Path | str, what: str) -> str:
    """The text of a user's data file; an unreadable one is a :class:`ConfigError`."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read {what} file ({exc})") from None
