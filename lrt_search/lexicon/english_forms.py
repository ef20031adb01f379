"""The English forms a question writes for a body, made from its subjects (rules
``org_english_forms`` and ``org_coordinated_heads``, lexicon/data/organisations.toml).

A body's ``english`` table gives the subjects of each office kind ("ministry": "education",
"the interior"); the file's ``[english_forms]`` templates make the forms a user writes ("ministry
of the interior", "the interior ministry", "minister for education", "education minister").
``[english_heads]`` are the plural heads under which a question coordinates several bodies
("the education and housing ministries", "the ministries of justice and the interior"): each
conjunct with the singular head names one body (:func:`coordinated`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lazyre import lazy


def english_forms(subjects: Mapping[str, Any], templates: Mapping[str, Any]) -> list[str]:
    """The forms of one body's ``subjects`` per kind under the ``templates`` of that kind. A
    subject with a leading "the " keeps it only after a preposition ("minister of the
    interior", "minister of interior"; "the interior minister" is "interior minister")."""
    out: list[str] = []
    for kind, written in subjects.items():
        for subject in written:
            bare = subject.removeprefix("the ")
            for template in templates.get(kind, ()):
                out.append(template.format(s=bare))
                if bare != subject and not template.startswith("{s}"):
                    out.append(template.format(s=subject))
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Conjunct:
    """One body of a coordination: the code and the characters ``start:end`` naming it."""

    code: str
    start: int
    end: int


_CONJ = r"(?:,\s*(?:and\s+|en\s+)?|\s+(?:and|&|en)\s+)"
_SPLIT = lazy(_CONJ, re.IGNORECASE)
_WORDS = lazy(r"[\w'-]+|,")
_PREPOSITIONS = ("of", "for", "van", "voor")
#: At most this many words in a coordination's subjects.
_SPAN = 9


@cache
def _head_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{head})(?![\w])", re.IGNORECASE)


def _parts(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The conjuncts of ``text`` (at ``offset``) with their characters."""
    out, at = [], 0
    for sep in [*_SPLIT.finditer(text), None]:
        end = sep.start() if sep else len(text)
        out.append((text[at:end], offset + at, offset + end))
        at = sep.end() if sep else at
    return out


def coordinated(
    text: str, heads: Mapping[str, str], resolve: Callable[[str], str | None]
) -> list[Conjunct]:
    """The bodies ``text`` coordinates under one plural head of ``heads`` (plural -> singular),
    each conjunct with the singular head resolved by ``resolve``: the longest run of words
    before the head ("the education and housing ministries") or after it and a preposition
    ("the ministries of justice and the interior") all of whose conjuncts name a body, two
    bodies at least ("the justice and security ministries" is JenV's own name)."""
    if not heads or not any(h in text.lower() for h in heads):
        return []
    found: list[Conjunct] = []
    for m in _head_re(tuple(heads)).finditer(text):
        single = heads[m.group(0).lower()]
        words = [w for w in _WORDS.finditer(text, 0, m.start())][-_SPAN:]
        for w in words:  # the longest run first
            parts = _parts(text[w.start() : m.start()].rstrip(), w.start())
            conj = _conjuncts([resolve(f"{_bare(p)} {single}") for p, _, _ in parts], parts)
            if conj:
                conj[-1] = Conjunct(conj[-1].code, conj[-1].start, m.end())
                found += conj
                break
        else:
            found += _after(text, m, single, resolve)
    return found


def _after(
    text: str, head: re.Match[str], single: str, resolve: Callable[[str], str | None]
) -> list[Conjunct]:
    """The bodies coordinated after ``head`` and a preposition, longest run first."""
    words = list(_WORDS.finditer(text, head.end()))[: _SPAN + 1]
    if not words or words[0].group(0).lower() not in _PREPOSITIONS:
        return []
    prep = words[0].group(0)
    for w in reversed(words[1:]):
        parts = _parts(text[words[1].start() : w.end()], words[1].start())
        conj = _conjuncts([resolve(f"{single} {prep} {p}") for p, _, _ in parts], parts)
        if conj:
            conj[0] = Conjunct(conj[0].code, head.start(), conj[0].end)
            return conj
    return []


def _bare(subject: str) -> str:
    return re.sub(r"^(?:the|de)\s+", "", subject, flags=re.IGNORECASE)


def _conjuncts(codes: list[str | None], parts: list[tuple[str, int, int]]) -> list[Conjunct]:
    if len(parts) < 2 or None in codes or len(set(codes)) < 2:
        return []
    return [Conjunct(c or "", start, end) for c, (_, start, end) in zip(codes, parts, strict=True)]
