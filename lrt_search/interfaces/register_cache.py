"""The plain register table kept beside the index it was read from.

``lrt-search decisions`` without filters, printed as a table on a console that is not a
terminal (piped, as scripts run it), prints the same text for one index, language and width:
at 100k chunks 47k entries, 11 MB, 0.8 s of CPU to read, check and wrap. The first such run
keeps that text in the index's generation folder (``register-cache/<lang>-<width>.txt``);
later runs print it after checking it, with no entry decoded or wrapped.

The file starts with one line ``lrt-register <key> <crc32> <bytes>``: the key is a hash of
the code that reads and renders the register (:data:`SOURCES`), so a change of that code
renders the table anew (the register itself is fixed for a generation); the CRC-32 and length
cover the text, so a damaged file is rendered anew, never printed. A generation folder that
cannot be written (a read-only install) keeps nothing and every run renders.
``Settings.register_cache`` switches it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zlib
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ..config import Settings
    from .consoles import LazyConsole

#: The modules whose code decides the table's text (relative to the package folder).
SOURCES = (
    "answer/decisions.py",
    "answer/stored_decisions.py",
    "interfaces/register_view.py",
    "interfaces/styled.py",
    "interfaces/messages.py",
    "interfaces/consoles.py",
    "models.py",
)
FOLDER = "register-cache"
_MAGIC = b"lrt-register"


@cache
def code_key() -> str:
    """Hash of :data:`SOURCES` (a changed renderer makes every kept table stale)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()[:16]


def cache_path(generation: Path, lang: str, width: int) -> Path:
    """Where the table of ``generation`` in ``lang`` at ``width`` columns is kept."""
    return generation / FOLDER / f"{lang}-{width}.txt"


def read_table(path: Path, key: str) -> memoryview | None:
    """The kept text at ``path`` (UTF-8) when it was written under ``key`` and is whole
    (CRC-32 and length agree); else ``None``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    end = data.find(b"\n", 0, 200)
    fields = data[: max(end, 0)].split(b" ")
    if end < 0 or len(fields) != 4 or fields[0] != _MAGIC or fields[1] != key.encode():
        return None
    body = memoryview(data)[end + 1 :]
    if fields[3] != str(len(body)).encode() or fields[2] != str(zlib.crc32(body)).encode():
        return None
    return body


def write_text(file: IO[str], body: memoryview) -> None:
    """Write the UTF-8 ``body`` to the text stream ``file``: its bytes as they are when the
    stream encodes UTF-8 and has a buffer (stdout piped), else decoded and written (the
    stream's own encoding and error handling apply, as for any text printed)."""
    buffer = getattr(file, "buffer", None)
    encoding = (getattr(file, "encoding", None) or "").lower().replace("_", "-")
    if buffer is not None and encoding in ("utf-8", "utf8"):
        file.flush()
        buffer.write(body)
        return
    file.write(str(body, "utf-8", "surrogatepass"))


def write_table(path: Path, key: str, text: str) -> bool:
    """Keep ``text`` at ``path`` under ``key`` (written to a temporary file, then renamed);
    ``False`` when the folder cannot be written."""
    body = text.encode("utf-8", "surrogatepass")
    head = b" ".join(
        [_MAGIC, key.encode(), str(zlib.crc32(body)).encode(), str(len(body)).encode()]
    )
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(head + b"\n" + body)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True


def fresh_generation(settings: Settings) -> Path | None:
    """The live generation folder of the index in ``settings`` when the index is fresh (same
    corpus files, parser and alias table), else ``None``."""
    from ..index.freshness import index_status
    from ..index.manifest import current_generation

    status, _ = index_status(settings)
    generation = current_generation(Path(settings.index_dir)) if status == "fresh" else None
    if generation is None or not (generation / "chunks.sqlite").is_file():
        return None
    return generation


def print_register_table(settings: Settings, console: LazyConsole, lang: str) -> bool:
    """Print the whole register of a fresh index as a table on ``console`` (plain: not a
    terminal): the kept text when it is whole and current, else rendered, printed and kept.
    ``False`` when the index is not fresh (nothing printed; the caller parses the corpus)."""
    import io

    generation = fresh_generation(settings)
    if generation is None:
        return False
    path, key = cache_path(generation, lang, console.width), code_key()
    body = read_table(path, key)
    if body is None:
        from ..answer.stored_decisions import index_register
        from .register_view import render_register

        register = index_register(settings)
        if register is None:  # went stale meanwhile
            return False
        text = io.StringIO()
        with contextlib.redirect_stdout(text):
            render_register(register, console, lang)
        console.file.write(text.getvalue())
        write_table(path, key, text.getvalue())
        return True
    write_text(console.file, body)
    return True
