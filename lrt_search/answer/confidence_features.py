"""The features of the calibrated confidence (:mod:`lrt_search.answer.calibration`): what the
answer and the checks know about a candidate statement.

- ``score``, ``lexical``: its answer score and the idf-weighted share of the question's terms
  it holds (:mod:`lrt_search.answer.candidates`);
- ``matched``: its passage matched the question's words (BM25), not only the embedding;
- ``margin``: how far its score stands above the next statement's (0.3 when it is alone);
- ``candidates``: ``log(1 + n)`` of the statements that passed every check;
- ``topic_cover``: the share of the topic's words (or English terms) it holds (rule
  ``cover_glossary_reading``: :mod:`.cover_reading`);
- ``no_topic``: the question names no topic (no "about X", no content word);
- ``topic_missing``: the share of the topic's weight the minutes lack (how narrowly the topic
  gate passed);
- ``implied``: the topic is implied by the question's content words (no "about X");
- ``speaker``: the question asks what one speaker said (only their statements are candidates).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from ..lexicon.wordclass import english_noun, is_function_compound, is_paraphrase_word
from ..results import CONFIDENCE_HIGH, CONFIDENCE_MEDIUM
from .cover_reading import cover_units
from .header_unasked import unasked_words
from .unscoped_day import unscoped_days

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame

_ALONE = 0.3


def features(
    frame: Frame, c: Citation, candidates: Sequence[Citation], matched: Collection[str]
) -> dict[str, float]:
    """The confidence features of candidate ``c`` among ``candidates`` (``matched``: the ids
    of the passages BM25 found)."""
    needs = frame.needs
    others = [o.score for o in candidates if o is not c]
    margin = min(_ALONE, c.score - max(others)) if others else _ALONE
    cover = 0.0
    units = cover_units(frame)  # rule cover_glossary_reading (answer/cover_reading.py)
    if units:
        terms = set(frame.retriever.analyzer.tokenize(c.quote))
        cover = sum(bool(unit & terms) for unit in units) / len(units)
    return {
        "score": c.score,
        "lexical": c.lexical,
        "matched": float(c.chunk_id in matched),
        "margin": margin,
        "candidates": math.log1p(len(candidates)),
        "topic_cover": cover,
        "no_topic": float(not needs.topic),
        "topic_missing": needs.topic_missing,
        "implied": float(needs.topic_implied),
        "speaker": float(bool(frame.codes)),
        # not a feature of the model: whether a rule of not_high caps the label (calibrate.py)
        "not_high": float(bool(not_high(frame, c))),
        "not_medium": float(bool(not_medium(frame, c))),  # likewise, the label low
        # nor this: the part of ``score`` that is its passage's rank (calibrate.py --without-rank)
        "rank_bonus": _rank_bonus(frame, c),
    }


def _rank_bonus(frame: Frame, c: Citation) -> float:
    """``answer_rank_weight / rank`` of the passage ``c`` was found in (0 when not found)."""
    rank = next((h.rank for h in frame.hits if h.chunk.chunk_id == c.chunk_id), 0)
    return frame.retriever.settings.answer_rank_weight / rank if rank else 0.0


def capped(frame: Frame, c: Citation, p: float) -> float:
    """The confidence ``p`` of an answer whose best statement is ``c``, kept just below "high"
    when a rule of :func:`not_high` names a reason."""
    return min(p, CONFIDENCE_HIGH - 0.01) if not_high(frame, c) else p


def lowered(frame: Frame, c: Citation, p: float) -> float:
    """The confidence ``p`` of an answer whose best statement is ``c``, kept just below
    "medium" when a rule of :func:`not_medium` names a reason (the answer is still given: the
    abstention was decided on ``p``)."""
    return min(p, CONFIDENCE_MEDIUM - 0.01) if not_medium(frame, c) else p


def not_medium(frame: Frame, c: Citation) -> str:
    """The rule (a ``Settings`` switch of that name) by which the answer quoting ``c`` is
    labelled low, or "":

    - ``uncovered_speaker_low``: the question asks what one speaker said about a topic it
      names ("Wat zei SZW over de opvang?", "What was the position of VB on wind turbines?"),
      and ``c``, by that speaker, holds no word of the topic itself: it passed the topic
      check only on its item heading or the statement before it (or the topic has no word the
      minutes hold), so nothing the speaker said is shown to be about the topic;
    - ``closer_refused_low``: a statement of the passages read scored above ``c`` (closer to
      the question) but was refused only for lacking the implied topic's words (the check
      ``implied_topic_quoted``): the question is likely a paraphrase of that statement, and
      ``c`` shares a word with it rather than answering it. Not for a "how many" question,
      whose quote is chosen for the number it states, not for its closeness.
    """
    settings, needs, parsed = frame.retriever.settings, frame.needs, frame.parsed
    counting = parsed is not None and parsed.asks("quantity")
    if settings.closer_refused_low and not counting and frame.refused_best > c.score:
        return "closer_refused_low"
    if not (settings.uncovered_speaker_low and frame.codes and needs.topic):
        return ""
    if needs.topic_implied or not frame.codes & set(c.speakers or ()):
        return ""
    # (a topic none of whose words the minutes hold has no unit: nothing in c is about it)
    terms = set(frame.retriever.analyzer.tokenize(c.quote))
    return "" if any(unit & terms for unit in needs.topic_units) else "uncovered_speaker_low"


def not_high(frame: Frame, c: Citation) -> str:
    """The first rule (a ``Settings`` switch of that name) by which the answer quoting ``c``
    may not be labelled high, or "":

    - ``uncovered_not_high``: ``c`` holds no whole word of the topic itself (only a compound
      part of one, "taken" for "taakstelling", or the topic stands only in its item heading or
      the statement before it);
    - ``partial_topic_not_high``: ``c`` lacks a word of the topic the minutes hold, or the
      topic has a word nothing could check ("drug use in asylum centres": only "azc" found);
    - ``other_speaker_not_high``: the question asks what someone said, and ``c`` is not by
      them (they speak nowhere, or are no member of the table);
    - ``unread_not_high``: the question has a topic word that was not understood
      (:func:`unread_topic_word`);
    - ``no_record_not_high``: the question asks what was agreed or decided, and no candidate
      statement records a decision (no Afspraak, Besluit, Actie, no decision in words: the
      answer's note "no record", :func:`.records.records_first`): the discussion quoted is
      not the decision asked for;
    - ``header_unasked_not_high``: ``c`` quotes a meeting's header lines (attendees, date) and
      the question has a content word they lack (:func:`.header_unasked.unasked_words`).
    - ``unscoped_day_not_high``: the question writes a day with its month that scopes no meeting
      searched, and ``c`` does not write it (:func:`.unscoped_day.unscoped_days`).
    - ``comparison_sides_not_high``: a comparison question ("Was X mentioned both in P1 and in
      P2?", rule ``comparison_both_sides``) whose statement of one side falls short of the
      topic as ``c`` may not (:func:`topic_short`): each side is part of the answer, so a side
      quoted on a shared word does not show that the topic came up there.
    """
    settings, parsed = frame.retriever.settings, frame.parsed
    if rule := topic_short(frame, c):
        return rule
    asked = parsed is not None and parsed.speech and bool(parsed.speaker_phrase)
    if settings.other_speaker_not_high and asked and not frame.codes & set(c.speakers or ()):
        return "other_speaker_not_high"
    if unread_topic_word(frame.unread, frame.scope.english, settings.unread_not_high):
        return "unread_not_high"
    if settings.no_record_not_high and frame.no_record:
        return "no_record_not_high"
    if settings.header_unasked_not_high and unasked_words(frame, c):
        return "header_unasked_not_high"
    if unscoped_days(frame, c):
        return "unscoped_day_not_high"
    if sides_short(frame):
        return "comparison_sides_not_high"
    return ""


def sides_short(frame: Frame) -> bool:
    """Rule ``comparison_sides_not_high`` (when on): a side of the comparison asked (the
    statements of ``frame.compared``, rule ``comparison_both_sides``) falls short of the topic
    (:func:`topic_short`)."""
    on = frame.retriever.settings.comparison_sides_not_high
    return on and any(topic_short(frame, side) for side in frame.compared)


def topic_short(frame: Frame, c: Citation) -> str:
    """Rule ``uncovered_not_high`` or ``partial_topic_not_high`` (when on) if the quote of ``c``
    falls short of the topic: it holds no whole word of it, or lacks a word of it the minutes
    hold (or the topic has a word nothing could check); "" when it holds the topic."""
    settings, needs = frame.retriever.settings, frame.needs
    terms = set(frame.retriever.analyzer.tokenize(c.quote))
    if settings.uncovered_not_high and needs.topic_terms and not needs.topic_whole & terms:
        return "uncovered_not_high"
    partial = any(not unit & terms for unit in needs.topic_units) or bool(needs.topic_unchecked)
    return "partial_topic_not_high" if settings.partial_topic_not_high and partial else ""


def unread_topic_word(
    unread: Sequence[Mapping[str, str]], english: bool, mode: Literal["nouns", "all", ""]
) -> bool:
    """Rule ``unread_not_high`` (``Settings.unread_not_high``): whether the notes of what a
    question had that was not understood (``unread``: :mod:`lrt_search.search.unread`) name a
    content word (in neither the minutes nor the glossary) that names a topic: with ``mode``
    "nouns", an English noun (:func:`~lrt_search.lexicon.wordclass.english_noun`) or a Dutch
    word that is no adjective, verb form or function-word compound; with "all", any content
    word; "" switches the rule off."""
    found = [w.strip() for u in unread if u.get("kind") == "words"
             for w in u.get("text", "").split(",")]  # fmt: skip
    if not mode or not found:
        return False
    if mode == "all":
        return True
    if english:
        return any(english_noun(w)[0] for w in found)
    return any(not is_paraphrase_word(w) and not is_function_compound(w) for w in found)
