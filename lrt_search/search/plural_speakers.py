"""Rule ``plural_speakers_read`` (issue 16 session 29 task A3; blind29 class 3; generated table
tests/data/plural_speakers.toml): a plural body noun of speech.toml ``groups``, alone or in a
coordination of them ("de gemeenten en provincies", "the municipalities and the provinces"),
that is the subject of a speech verb is the speaker (its codes) even where rule
``speaker_group_widens`` would drop two groups named together. The subject stands right after
an auxiliary or a finite verb of speech ("Hebben de gemeenten en provincies nou gevraagd om
...", "Wat vroegen gemeenten en provincies ...", "What did the municipalities and provinces
say ...", "Did the housing corporations ask ...") and, after an auxiliary, a word of speech
follows it in its clause. A passive ("What were the municipalities asked to share") or an
object ("gevraagd aan gemeenten", "asked of the provinces") is no subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.organisations import Mention
from ..lexicon.wordlists import word_set
from .query import is_group, is_speech_word

_AUXILIARIES = word_set("speech", "discussion_subject_after")
_FINITE = word_set("speech", "speaker_verbs_nl") | word_set("speech", "speaker_verbs_en")
_ARTICLES = word_set("function_words", "articles")
_JOIN = re.compile(r"\s*(?:,|\b(?:en|and|of|or)\b)\s*(?:(?:de|the)\s+)?", re.I)
_CLAUSE_END = re.compile(r"[,;:?!()]|\s[-\u2013]\s|\b(?:dat|that|om|to|when|wanneer|als)\b", re.I)
_WORD = re.compile(r"[\w'\u2019-]+")


def _runs(question: str, groups: Sequence[Mention]) -> list[list[Mention]]:
    """The group mentions of ``question`` in coordinations: consecutive mentions joined by
    "en"/"and"/"of"/"or"/a comma (an article after it) form one run."""
    runs: list[list[Mention]] = []
    for m in sorted(groups, key=lambda g: g.start):
        if runs and _JOIN.fullmatch(question[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _word_before(question: str, start: int) -> str:
    words = [w.lower() for w in _WORD.findall(question[:start])]
    while words and words[-1] in _ARTICLES:
        words.pop()
    return words[-1] if words else ""


def _speech_after(question: str, end: int) -> bool:
    clause = _CLAUSE_END.split(question[end:], maxsplit=1)[0]
    return any(is_speech_word(w.lower()) for w in _WORD.findall(clause))


def plural_subjects(question: str, groups: Sequence[Mention]) -> frozenset[str]:
    """The codes of the group mentions of ``question`` (``groups``) that are the subject of a
    speech verb (see the module)."""
    out: set[str] = set()
    for run in _runs(question, groups):
        before = _word_before(question, run[0].start)
        if before in _FINITE or (before in _AUXILIARIES and _speech_after(question, run[-1].end)):
            out.update(m.code for m in run)
    return frozenset(out)


def widened(question: str, mentions: list[Mention], on: bool = True) -> list[Mention]:
    """Rule ``speaker_group_widens`` on ``mentions`` (none strong): two groups or more named
    generically are no speaker, but, with rule ``plural_speakers_read`` (``on``), those that
    are the subject of a speech verb (:func:`plural_subjects`)."""
    groups = {m.code for m in mentions if is_group(question, m)}
    if len(groups) < 2:
        return mentions
    kept = plural_subjects(question, [m for m in mentions if m.code in groups]) if on else set()
    return [m for m in mentions if m.code not in groups or m.code in kept]


__all__ = ["plural_subjects", "widened"]
