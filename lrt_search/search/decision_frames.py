"""Rule ``decision_frames_read`` (issue 16, session 27 task C2): the decision frame of a
question - whether something was decided, agreed or recorded about X ("Is er een besluit
genomen over X", "Is er iets vastgelegd over X", "Was a decision taken on X", "Was there
agreement on X"), whether X was decided or only discussed ("Was X decided or merely
proposed?", "Is er een besluit over X, of alleen een vraag?", "Wanneer is het
besluitvormingsmoment voor X") - read once, with X as the topic: the frame's words, the
alternative ("of alleen besproken") and the decision part of a compound
("besluitvormingsmoment", "afsprakenkader", "besluitenlijst") are no topic words. The frames
are data (lexicon/data/decision_frames.toml); the kinds ``asked``, ``open`` and ``what`` are
explained there. Read by search.parsed (intents ``agreed`` and ``decision_<kind>``, the
topic) and answer.records (an asked frame is no decision asserted; an open one is answered by
the discussion when no record holds X)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from ..lexicon.intents import expand
from .phrases import topic_of

#: What opens a clause or question inside X ("about how X", "over hoe X"): not X itself.
_LEAD = lazy(r"^\s*(?:how|whether|what|which|when|hoe|of|wat|welke|wanneer|dat|that)\s+", re.I)
#: The object clause of an open frame ("was it decided or merely proposed that X").
_THAT = lazy(r"\b(?:that|dat)\s+(?P<topic>[^?]+)", re.I)
#: The subject of an open frame ("Was the distribution key decided or ..."): after the verb.
_SUBJECT = lazy(
    r"^\s*(?:[^,?]*,\s*)?(?:is|was|were|are|has|have|had|werd|werden|wordt|worden|zijn|waren|"
    r"heeft|hebben)\s+(?P<topic>.+?)\s+(?:(?:been|al|ook|toen)\s+)?$",
    re.I,
)
#: A subject that names nothing ("Was it decided ...", "Is er ...").
_EMPTY = frozenset({"it", "this", "that", "er", "het", "dit", "dat", "there", "er een", "er iets"})


@dataclass(frozen=True)
class DecisionFrame:
    """A decision frame read in a question: its kind (asked, open, what) and X as read."""

    kind: str
    topic: str


@cache
def _frames() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = bundled_toml("decision_frames.toml")["frame"]
    return tuple((str(r["kind"]), lazy(expand(str(r["pattern"])), re.I)) for r in rows)


def _about(text: str, english: bool) -> str:
    """X as the topic reader reads it after "about"/"over" (its clause and period cut)."""
    text = _LEAD.sub("", text.strip(" ,"))
    if not text:
        return ""
    return topic_of(f"What was said about {text}?" if english else f"Wat is er gezegd over {text}?")


def _open_topic(question: str, m: re.Match[str], english: bool) -> str:
    """X of an open frame without a topic group: the clause after "that"/"dat", else the
    "about X" phrase before the alternative, else the subject before the decision word."""
    after = _THAT.search(question, m.end())
    if after:
        return _about(after.group("topic"), english)
    before = question[: m.start()]
    head = question[: m.end()].rsplit(" or " if english else " of ", 1)[0]
    topic = topic_of(head + "?")
    if topic:
        return topic
    subject = _SUBJECT.match(before)
    if subject and subject.group("topic").strip().lower() not in _EMPTY:
        return _about(subject.group("topic"), english)
    return ""


def decision_frame(question: str, english: bool) -> DecisionFrame | None:
    """The decision frame of ``question`` (the first of the data's frames that matches), or
    None. ``english``: whether the question is English (how X is read back)."""
    for kind, pattern in _frames():
        m = pattern.search(question)
        if not m:
            continue
        if "topic" in pattern.groupindex:
            return DecisionFrame(kind, _about(m.group("topic"), english))
        return DecisionFrame(kind, _open_topic(question, m, english))
    return None
