"""Switches and scoring weights of answering: which passages quotes come from, how a statement
is scored and how many are quoted, and the answers of a kind (comparisons, claims, decisions,
the meetings themselves) (stage: quote selection, :mod:`lrt_search.answer.answering`,
:mod:`lrt_search.answer.candidates`, :mod:`lrt_search.answer.selection`).

A mixin of :class:`~lrt_search.config.Settings`: its fields are read as ``settings.<field>``,
set by the same flat key in a TOML file, and listed in docs/settings.md with their measured
effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, init=False, repr=False, eq=False)
class AnswerRules:
    """The answering switches and weights of :class:`~lrt_search.config.Settings`."""

    # Where quotes come from: passages searched, and how deep.
    answer_depth: int = 5  # passages an answer's statements come from (a timeline: 8 at least)
    quote_depth: int = 20  # rule quote_depth: quotes may come from this many passages; 0 off
    topic_term_search: int = 3  # passages holding the topic's terms added (answer/topic_hits.py)
    frequency_meetings: bool = True  # "how often": one statement per meeting (answer/frequency.py)
    counted_depth_factor: int = 3  # answer_depth times this for "how many X"

    # The score of a statement, and how many are quoted (answer/candidates.py,
    # answer/selection.py).
    max_quotes: int = 6
    max_listed: int = 10  # quotes of "what was agreed in <period>" (the period's agreements)
    answer_margin: float = 0.05  # quote the statements within this margin of the best
    action_verbs: bool = True  # rule action_verbs (lexicon/data/intents.toml)
    answer_lexical_weight: float = 0.15  # term overlap in a statement's score
    answer_rank_weight: float = 0.03  # ... plus this / the rank of its passage
    meeting_date_not_content: bool = True  # rule of answer.meeting_date_terms
    share_length_words: int = 30  # rule share_length_damped (answer.share_length); 0 off
    decision_bonus: float = 0.05  # for Afspraak/Actie statements when asked what was agreed
    announcement_penalty: float = 0.1  # rule announcement_penalty (answer/announcements.py)
    asked_form_bonus: float = 0.04  # rule asked_form (answer.asked_form); 0 off
    quote_refused_closer: bool = True  # rule quote_refused_closer (answer.refused_closer)
    refused_best_margin: float = 0.03  # rule quote_refused_best (answer.refused_best); 0 off
    minutes_line_asked_only: bool = True  # the minutes-approval line answers minutes questions
    latest_meeting_only: bool = True  # "last time", "onlangs": answer/recency.py
    header_quotes_asked: bool = True  # attendee lists quoted only when asked (answer.header_asked)

    # Quotes joined with their neighbours; a question asked part by part.
    join_continuations: bool = True  # rule join_continuations (answer/continuations.py)
    neighbours_across_parts: bool = True  # rule of that name (answer/part_neighbours.py)
    # Rule question_parts: refused for these reasons, a question is asked part by part
    # (() off), and answered so only when every part is answered (question_parts_every).
    question_parts: tuple[str, ...] = ("not_together",)
    question_parts_every: bool = True

    # Answers of a kind: comparisons, claims, decisions.
    comparison_both_sides: bool = True  # rules of answer/comparison.py
    comparison_counted: bool = True
    claim_match: bool = True  # "who said that <claim>?": closest first (answer.claims)
    record_holds_topic: Literal["any", "other", ""] = "any"  # rule of answer/records.py
    record_holds_claim: bool = True  # a decision asserted needs a record of it

    # Answers about the meetings themselves: facts, agenda, attendance, the next meeting.
    meeting_facts: bool = True  # when, what time, where, which meetings: answer/meeting_facts.py
    agenda_structure: bool = True  # an item, its heading or annex: answer/agenda_structure.py
    header_line_spans: bool = True  # a header quote cites its own lines: answer/header_spans.py
    attendance_org_listed: bool = True  # answer.attendance.not_listed
    listed_names_article_free: bool = True  # not_listed: "de commissaris van de koning" is CdK
    absence_stated: bool = True  # who was absent / why: a statement of absence
    stand_in_lines: bool = True  # absent/replaced/level: the opening lines (answer/stand_in.py)
    presence_lines_read: bool = True  # "Was X present?", X unlisted: the lines naming X answer
    person_present: bool = True  # a named speaker on the period's attendee lists
    next_after_announced: bool = True  # "the next LRT after <period>": answer/next_after.py
    next_meeting_not_header: bool = True  # "the next LRT after X": no header fact
    next_from_announcement: bool = True  # "when do they meet again after M": M's minutes
    next_plan_bonus: float = 0.3  # ... and a statement planning the next LRT comes first
