"""The confidence of an answer: its weights, the threshold below which ``ask`` abstains, and the
rules that cap the label "high" or set it low (stage: confidence,
:mod:`lrt_search.answer.floor`, :mod:`lrt_search.answer.confidence_features`; docs/answers.md).

A mixin of :class:`~lrt_search.config.Settings`: its fields are read as ``settings.<field>``,
set by the same flat key in a TOML file, and listed in docs/settings.md with their measured
effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, init=False, repr=False, eq=False)
class ConfidenceRules:
    """The confidence weights and label rules of :class:`~lrt_search.config.Settings`."""

    # The confidence of an answer, and the refusal below it (docs/answers.md).
    confidence_weights: tuple[float, ...] = (  # bias, then one per answer.calibration.FEATURES
        -4.841, 6.656, -1.108, -0.421, 3.601, 0.417,
        1.598, -0.720, -2.404, -1.290, 0.003,
    )  # fmt: skip
    abstain_below: float = 0.4  # below: low_confidence; 0.4-0.5 answered, labelled low
    cover_glossary_reading: bool = True  # topic_cover on the glossary terms (answer.cover_reading)

    # Caps of the label "high" (answer.confidence_features.not_high; each a rule of its name).
    uncovered_not_high: bool = True
    partial_topic_not_high: bool = True
    other_speaker_not_high: bool = True
    unread_not_high: Literal["nouns", "all", ""] = "nouns"
    no_record_not_high: bool = True  # a decision question answered with no record
    header_unasked_not_high: bool = True  # a header quote lacking the question's words
    unscoped_day_not_high: bool = True  # a day the question writes, not the quote's
    comparison_sides_not_high: bool = False  # a compared side short of the topic

    # An answer labelled low.
    uncovered_speaker_low: bool = True  # rule uncovered_speaker_low
    closer_refused_low: bool = True  # rule closer_refused_low (answer.confidence_features)
