"""Settings from a TOML file and from strings: the reading :class:`~lrt_search.config.Settings`
does for ``from_toml`` and ``replace`` (kept apart so the dataclass holds only the fields)."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from .errors import ConfigError

#: Environment variables that override the corresponding settings.
ENV_VARS = {
    "LRT_CORPUS": "corpus_dir",
    "LRT_INDEX": "index_dir",
    "LRT_EMBEDDER": "embedder",
    "LRT_ORGANISATIONS": "organisations_file",
    "LRT_GLOSSARY": "glossary_file",
    "LRT_OCR_CACHE": "ocr_cache_dir",
}
#: Settings that hold a path, and settings that hold a tuple (TOML gives strings and lists).
PATH_FIELDS = ("corpus_dir", "index_dir", "organisations_file", "glossary_file", "ocr_cache_dir")
TUPLE_FIELDS = ("confidence_weights", "disabled_checks", "learned_weights", "question_parts")


def env_changes(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The settings the ``LRT_*`` variables of ``environ`` (default ``os.environ``) give."""
    env = os.environ if environ is None else environ
    return {name: env[var] for var, name in ENV_VARS.items() if env.get(var)}


def read_settings_file(path: Path, known: Collection[str], path_fields: Collection[str]) -> dict:
    """The settings of the TOML file ``path`` as one flat mapping (tables are flattened; a
    ``name`` and ``description`` are dropped); relative paths of ``path_fields`` are taken from
    the file's folder. :class:`ConfigError` naming the file for a missing or invalid file or a
    key not in ``known``."""
    import tomllib  # only here: every start-up without a config file does without it

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid TOML file ({exc})") from None
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(value)
        else:
            flat[key] = value
    flat.pop("name", None)
    flat.pop("description", None)
    unknown = sorted(set(flat) - set(known))
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s): {', '.join(unknown)}")
    for key in path_fields:
        if isinstance(flat.get(key), str) and not Path(flat[key]).is_absolute():
            flat[key] = path.parent / flat[key]
    return flat


def coerce(changes: Mapping[str, Any], types: Mapping[str, str]) -> dict[str, Any]:
    """``changes`` with values converted to their field's type as written in ``types``: a
    string to a ``Path``, an int to a ``float``, a list to a tuple."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        kind = types.get(key, "")
        if isinstance(value, str) and "Path" in kind:
            value = Path(value)
        elif isinstance(value, int) and not isinstance(value, bool) and kind == "float":
            value = float(value)
        elif isinstance(value, list) and kind.startswith("tuple"):
            value = tuple(value)
        out[key] = value
    return out


def normalise_fields(settings: object, paths: Collection[str], tuples: Collection[str]) -> None:
    """Set the ``paths`` fields of a frozen ``settings`` given as strings to :class:`Path` and
    its ``tuples`` fields given as lists (as TOML gives them) to tuples."""
    for name in paths:
        if isinstance(value := getattr(settings, name), str):
            object.__setattr__(settings, name, Path(value))
    for name in tuples:
        if isinstance(value := getattr(settings, name), list):
            object.__setattr__(settings, name, tuple(value))


def plain(value: Any) -> Any:
    """``value`` as a JSON-able value (a path as its string)."""
    return str(value) if isinstance(value, Path) else value
