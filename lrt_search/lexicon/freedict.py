"""Debian's FreeDict dictionaries (``dict-freedict-eng-nld``, ``dict-freedict-nld-eng``) read
as word -> translations maps: a real bilingual lexicon for words no glossary lists (the one
reader of these dictionaries: topic checks and the dictionary bridges both use it).

The dictd files (``/usr/share/dictd/freedict-*.index`` and ``.dict.dz``, a gzip-compatible
dictzip) are read once on first use. An entry is a headword line (``peace /piːs/``) followed by
its senses (``1. vreedzaam, vredig``); every comma- or semicolon-separated sense becomes a
translation. Without the package the maps are empty (nothing is expanded). The merged maps
are cached on disk (see :func:`_merged`), so a fresh process reads them in tens of ms.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from ..lazyre import lazy
from .textnorm import fold_accents

DICTD = Path("/usr/share/dictd")
_NUMBERED = lazy(r"^\s*\d+\.\s*")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(text: str) -> int:
    value = 0
    for ch in text:
        value = value * 64 + _B64.index(ch)
    return value


def _key(word: str) -> str:
    return fold_accents(word).lower().strip()


def _entries(folder: Path, name: str) -> Iterator[tuple[str, list[str]]]:
    """(headword, sense lines) of each entry of dictionary ``name`` (``eng-nld``, ``nld-eng``)
    in ``folder``, in the index's order; none when it is not installed. The one reader of the
    dictd files (:func:`translations`, :func:`_sense_groups`)."""
    import gzip  # only when a dictionary is read (the expansion index keeps what ask needs)

    try:
        lines = (folder / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines()
        raw = gzip.decompress((folder / f"freedict-{name}.dict.dz").read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile):
        return
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00"):
            continue
        start, length = _b64(parts[1]), _b64(parts[2])
        yield parts[0], raw[start : start + length].decode("utf-8", "replace").splitlines()[1:]


def _items(sense: str) -> list[str]:
    """The translations of one sense line ("1. vreedzaam, vredig"), keyed, none empty."""
    return [item for item in map(_key, re.split(r"[,;]", _NUMBERED.sub("", sense))) if item]


@cache
def translations(name: str, folder: Path = DICTD) -> dict[str, tuple[str, ...]]:
    """``{headword: translations}`` of dictionary ``name`` (``eng-nld`` or ``nld-eng``),
    headwords and translations lower-cased and accent-folded; empty when not installed."""
    out: dict[str, list[str]] = {}
    for headword, body in _entries(folder, name):
        senses = out.setdefault(_key(headword), [])
        for sense in body:
            for item in _items(sense):
                if item not in senses:
                    senses.append(item)
    return {word: tuple(senses) for word, senses in out.items() if senses}


def english_to_dutch(word: str) -> tuple[str, ...]:
    """Dutch translations of an English word: the eng-nld entry, then the nld-eng headwords
    that list it (the reverse direction adds what one side lacks)."""
    return tuple(_merged()[0].get(_key(word), ()))


def english_headwords() -> list[str]:
    """Every English word the merged English -> Dutch map translates."""
    return list(_merged()[0])


def english_headword(word: str) -> str:
    """``word`` when it is an English FreeDict headword, else the first form the inflection
    rules of ``lexicon/data/inflections.toml`` give that is one ("towns" -> "town", "tackled"
    -> "tackle", "planning" -> "plan"), else ``word`` itself (the rule ``bridge_lemmas``)."""
    key = _key(word)
    if key in _merged()[0]:
        return key
    return next(iter(english_lemmas(key)), key)


def english_lemmas(word: str, plurals_only: bool = False) -> tuple[str, ...]:
    """Every English FreeDict headword other than ``word`` that the inflection rules of
    ``lexicon/data/inflections.toml`` make of it, in the rules' order, also when ``word`` is a
    headword itself ("waiting" -> "wait", "requests" -> "request"); ``plurals_only``: by the
    rules of an ending in "s" only."""
    key = _key(word)
    table = _merged()[0]
    forms = _rule_forms(key, plurals_only)
    return tuple(dict.fromkeys(form for form in forms if form != key and form in table))


def _rule_forms(key: str, plurals_only: bool = False) -> list[str]:
    """The forms the English inflection rules make of ``key``, in the rules' order."""
    out = []
    for ending, replacement in _english_rules():
        if plurals_only and not ending.endswith("s"):
            continue
        doubled = ending.startswith("C")
        ending = ending.removeprefix("C")
        if not key.endswith(ending) or len(key) - len(ending) < 3:
            continue
        base = key[: -len(ending)]
        if doubled:
            if len(base) < 2 or base[-1] != base[-2] or base[-1] in "aeiou":
                continue
            base = base[:-1]
        out.append(base + replacement)
    return out


@cache
def _english_rules() -> tuple[tuple[str, str], ...]:
    from .datafiles import bundled_toml

    return tuple((str(a), str(b)) for a, b in bundled_toml("inflections.toml")["english"])


def english_senses(word: str) -> tuple[tuple[str, ...], ...]:
    """The Dutch translations of the English ``word`` grouped by sense (rule
    ``gloss_senses_framed``): eng-nld's numbered senses in their order ("offer": "aanzoek",
    ... / "aanbieding", "aanbod", "offerte" / ...), then each translation only the reversed
    nld-eng gives as a sense of its own ("call": "noemen", "roepen", ...)."""
    key = _key(word)
    groups = [tuple(group) for group in _senses().get(key, ())]
    seen = {t for group in groups for t in group}
    return tuple(groups + [(t,) for t in english_to_dutch(key) if t not in seen])


def _sense_groups(folder: Path) -> dict[str, list[list[str]]]:
    """``{headword: [sense, ...]}`` of eng-nld, a sense its numbered line's translations."""
    out: dict[str, list[list[str]]] = {}
    for headword, body in _entries(folder, "eng-nld"):
        for sense in body:
            items = _items(sense)
            if items:
                out.setdefault(_key(headword), []).append(list(dict.fromkeys(items)))
    return out


@cache
def _senses(folder: Path = DICTD) -> dict[str, list[list[str]]]:
    """:func:`_sense_groups`, kept in :func:`cache_dir` like :func:`_merged`."""
    key = _stamp(folder)
    if key is None:
        return {}
    path = cache_dir() / f"senses-{key}.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(table, dict):
            return table
    except (OSError, ValueError):
        pass
    table = _sense_groups(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
    return table


def _stamp(folder: Path) -> str | None:
    """A key of the dictionary files' sizes and times, None when one is missing."""
    stamp = []
    for name in ("eng-nld", "nld-eng"):
        for suffix in ("index", "dict.dz"):
            try:
                st = (folder / f"freedict-{name}.{suffix}").stat()
            except OSError:
                return None
            stamp.append(f"{st.st_size}-{st.st_mtime_ns}")
    return hashlib.sha256(f"{folder}|{'|'.join(stamp)}".encode()).hexdigest()[:16]


def dutch_for(word: str) -> tuple[str, ...]:
    """The one-word Dutch translations of an English word (:func:`english_to_dutch` without
    phrases): what a topic check looks up in the index ("peace" -> "vrede")."""
    return tuple(t for t in english_to_dutch(word) if " " not in t)


def dutch_to_english(word: str) -> tuple[str, ...]:
    """English translations of a Dutch word (nld-eng, then the reverse of eng-nld)."""
    return tuple(_merged()[1].get(_key(word), ()))


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/lrt-search/freedict``, or ``~/.cache/lrt-search/freedict``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lrt-search" / "freedict"


@cache
def _merged(folder: Path = DICTD) -> tuple[dict[str, Sequence[str]], dict[str, Sequence[str]]]:
    """(English -> Dutch, Dutch -> English), each direction merged with the reverse of the
    other dictionary. Parsing takes about a second, so the result is kept in :func:`cache_dir`
    under the size and time of the dictionary files (read back in tens of milliseconds)."""
    key = _stamp(folder)
    if key is None:
        return {}, {}
    path = cache_dir() / f"merged-{key}.json"
    try:
        en_nl, nl_en = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(en_nl, dict) and isinstance(nl_en, dict):
            return en_nl, nl_en
    except (OSError, ValueError, TypeError):
        pass
    eng_nld, nld_eng = translations("eng-nld", folder), translations("nld-eng", folder)
    en_nl = _join(eng_nld, _reverse(nld_eng))
    nl_en = _join(nld_eng, _reverse(eng_nld))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([en_nl, nl_en], ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: parse again next time
    return en_nl, nl_en


def _join(
    forward: dict[str, tuple[str, ...]], backward: dict[str, tuple[str, ...]]
) -> dict[str, Sequence[str]]:
    return {
        word: list(dict.fromkeys(forward.get(word, ()) + backward.get(word, ())))
        for word in forward.keys() | backward.keys()
    }


def _reverse(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for head, senses in table.items():
        for sense in senses:
            out.setdefault(sense, []).append(head)
    return {k: tuple(v) for k, v in out.items()}
