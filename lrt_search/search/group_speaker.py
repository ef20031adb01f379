"""Rule ``group_speaker_subject``: a group noun read as its member, the speaker ("wat zeggen
gemeenten ...", "the provinces ..., according to the minutes" -> VNG, IPO), speaks through its
association only where the minutes write it so: statements of the member **or** passages that
write the group itself (MBZK: "Provincies nemen de tijd maar zien in zijn ogen op tegen de
laatste processtap") pass the speaker filter. The stems of each member's group in the minutes
are ``group_stems`` of lexicon/data/speech.toml; a speaker named by its own name ("de VNG",
"IPO") keeps the filter as it was."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np

from ..lexicon.wordlists import mapping
from .parsed import ParsedQuestion
from .speaker_position import group_words

_STEMS: dict[str, list[str]] = mapping("speech", "group_stems")

_C = TypeVar("_C")


def group_codes(parsed: ParsedQuestion) -> tuple[str, ...]:
    """The speaker codes of ``parsed`` when every word that made them the speaker is a group
    noun ("gemeenten", "the provinces") and each has stems in the minutes; else () (and for
    who attended or chaired: "Wie zat er namens de provincies": the member's delegate)."""
    words = parsed.speaker_words
    if {"attendance", "chair"} & parsed.intents or not parsed.speaker or not words:
        return ()
    if not all(group_words(w) for w in words):
        return ()
    return parsed.speaker if all(c in _STEMS for c in parsed.speaker) else ()


def all_stems() -> list[str]:
    """Every group stem of every member (what the index stores rows for: index/stem_rows.py)."""
    return sorted({s for stems in _STEMS.values() for s in stems})


def stems_of(codes: Sequence[str]) -> list[str]:
    """The group stems of ``codes`` (members without a group: none)."""
    return [s for c in codes for s in _STEMS.get(c, ())]


def rows_writing(texts: Sequence[str], codes: Sequence[str]) -> np.ndarray:
    """Rows of ``texts`` (lower case) that write a group stem of one of ``codes``."""
    stems = stems_of(codes)
    return np.array([i for i, t in enumerate(texts) if any(s in t for s in stems)], dtype=np.int64)


def writes_group(text: str, codes: Sequence[str]) -> bool:
    """Whether ``text`` writes the group of one of ``codes`` ("Provincies nemen de tijd")."""
    lower = text.lower()
    return any(s in lower for c in codes for s in _STEMS.get(c, ()))


def member_first(
    candidates: list[_C],
    codes: frozenset[str],
    group: Sequence[str],
    speakers_of: Callable[[_C], Sequence[str]],
) -> list[_C]:
    """The member's own statements when one passed ("What did the municipalities say": VNG's);
    the statements writing the group answer only when none did."""
    if not group:
        return candidates
    own = [c for c in candidates if codes.intersection(speakers_of(c))]
    return own or candidates
