"""Switches of what a refusal says: the reason of an abstention and the "not understood" note
(stage: reasons, :mod:`lrt_search.answer.messages` and the modules that fill its parameters).
A reason that names a word as absent must be true of the index (eval/reasons_true.py).

A mixin of :class:`~lrt_search.config.Settings`: its fields are read as ``settings.<field>``,
set by the same flat key in a TOML file, and listed in docs/settings.md with their measured
effect.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, init=False, repr=False, eq=False)
class ReasonRules:
    """The reason switches of :class:`~lrt_search.config.Settings`."""

    # What a refusal's reason names.
    glossary_word_reason: bool = True  # topic_absent names no English word a glossary term finds
    glossary_head_reason: bool = True  # "the target": read only in "housing target", not absent
    speaker_not_missing: bool = True  # a reason never lists the asked speaker as missing
    reason_period: bool = True  # a reason on the statements found names their period
    reason_together: bool = True  # not_together only if no statement holds the parts
    reason_names_minutes: bool = True  # name_not_quoted only if no minutes statement names them

    # The "not understood" note.
    unread_role_forms: bool = True  # "not understood" omits a role word read ("secretary")
    unread_from_topic_check: bool = True  # the "not understood" note reads the topic check
    unread_notes_read: bool = True  # the note reads "Hoe vaak stond X", "nou"; lists "op de 45e"
