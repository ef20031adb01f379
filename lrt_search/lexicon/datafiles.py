"""Reading the TOML data files: the bundled ones and the ones users add."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ..errors import ConfigError


def parse_toml(source: str, text: str) -> dict[str, Any]:
    """Parse TOML ``text``; a syntax error is a :class:`ConfigError` naming ``source``."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from None


#: The bundled data files (``lrt_search/lexicon/data``; the package is installed as files, and
#: importlib.resources would cost every start-up its zip support, ~20 ms of CPU).
DATA_DIR = Path(__file__).resolve().parent / "data"


def bundled_text(name: str) -> str:
    """The text of a data file shipped in ``lrt_search/lexicon/data``."""
    return (DATA_DIR / name).read_text("utf-8")


def user_text(path: Path | str, what: str) -> str:
    """The text of a user's data file; an unreadable one is a :class:`ConfigError`."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read {what} file ({exc})") from None
