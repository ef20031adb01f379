"""Dutch synonyms of the field: a Dutch question's words widened to the minutes' words.

A question asks "Erkende de staatssecretaris dat huizen niet direct beschikbaar zijn?" where the
minutes say "Woningen staan niet zomaar klaar". The groups of ``data/synonyms.toml`` hold
words that mean the same here; a question word matches a group word by its Dutch Snowball stem
(one word) or as a phrase of stems (several words), and adds the other words of the group.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..lazyre import lazy
from .datafiles import bundled_toml
from .stemmers import stem_words
from .stemphrases import StemPhrases
from .textnorm import fold_accents

_WORD = lazy(r"\w+")


@dataclass(frozen=True)
class SynonymGroup:
    """Dutch words and phrases that mean the same in the minutes' field. A group of rule
    ``plain_words`` also has ``plain`` words: they find the ``nl`` (official) words, one way."""

    nl: tuple[str, ...]
    plain: tuple[str, ...] = ()


class Synonyms:
    """Finds the words of synonym groups in a Dutch text and returns the other words."""

    def __init__(self, groups: list[SynonymGroup], stemmer: str = "dutch") -> None:
        self.groups = groups
        self.stemmer = stemmer
        # Each word or phrase by its stems, with its group.
        self._phrases: StemPhrases[int] = StemPhrases(
            (_stems(term, stemmer), index)
            for index, group in enumerate(groups)
            for term in (group.plain or group.nl)
        )

    @classmethod
    def default(cls, stemmer: str = "dutch", plain: bool = False) -> Synonyms:
        """The bundled groups, matched by the stems of Snowball's ``stemmer``; with ``plain``
        (rule ``plain_words``) also the ``[[plain]]`` groups: a plain word and the minutes'
        official one ("klus": "opgave", "opdracht")."""
        return _load(stemmer, plain)

    def expand(self, text: str) -> list[str]:
        """The other words of every group a word or phrase of ``text`` belongs to (no
        duplicates, none of the text's own terms)."""
        stems = _stems(text, self.stemmer)
        matched: dict[int, set[tuple[str, ...]]] = {}
        for i, n, groups in self._phrases.scan(stems):
            matched.setdefault(groups[0], set()).add(tuple(stems[i : i + n]))
        out: dict[str, None] = {}
        for index, own in matched.items():
            for word in self.groups[index].nl:
                if _stems(word, self.stemmer) not in own:
                    out.setdefault(word, None)
        return list(out)

    def phrases(self, text: str) -> list[tuple[str, list[str]]]:
        """The multi-word group phrases of ``text`` ("lokale overheden", lower case, accents
        folded), each with the other words of its group."""
        folded = fold_accents(text.lower())
        words = _WORD.findall(folded)
        stems = _stems(folded, self.stemmer)
        out = []
        for i, n, groups in self._phrases.scan(stems):
            if n < 2:
                continue
            own = stems[i : i + n]
            others = [w for w in self.groups[groups[0]].nl if _stems(w, self.stemmer) != own]
            out.append((" ".join(words[i : i + n]), others))
        return out


def _stems(text: str, stemmer: str = "dutch") -> tuple[str, ...]:
    words = _WORD.findall(fold_accents(text.lower()))
    return tuple(stem_words(stemmer, words)) if words else ()


def _groups(source: str, data: dict[str, Any]) -> list[SynonymGroup]:
    out = []
    for number, raw in enumerate(data.get("group", []), start=1):
        nl = raw.get("nl")
        if not nl or not all(isinstance(t, str) for t in nl) or len(nl) < 2:
            raise ConfigError(f"{source}: [[group]] number {number} needs a list 'nl' of 2+")
        out.append(SynonymGroup(tuple(nl)))
    return out


def _plain_groups(source: str, data: dict[str, Any]) -> list[SynonymGroup]:
    """The ``[[plain]]`` groups (rule ``plain_words``): ``official`` words the ``plain`` ones
    find; an official word finds no plain one."""
    out = []
    for number, raw in enumerate(data.get("plain", []), start=1):
        lists = [raw.get("official"), raw.get("plain")]
        if not all(v and all(isinstance(t, str) for t in v) for v in lists):
            raise ConfigError(f"{source}: [[plain]] number {number} needs 'official', 'plain'")
        out.append(SynonymGroup(tuple(lists[0]), tuple(lists[1])))
    return out


@cache
def _load(stemmer: str = "dutch", plain: bool = False) -> Synonyms:
    data = bundled_toml("synonyms.toml")
    groups = _groups("synonyms.toml", data)
    if plain:  # rule plain_words
        groups += _plain_groups("synonyms.toml", data)
    return Synonyms(groups, stemmer)
