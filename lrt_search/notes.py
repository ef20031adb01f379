"""Notes of what a question was read as, made deep in ``search/`` and ``answer/``, as a code and its
parameters rendered in Dutch or English at the interface (as abstention reasons are:
:mod:`lrt_search.answer.messages`).

A :class:`Note` is a ``str`` whose value is the English text (what ``ask --json`` lists under
``understood`` and what the code that compares notes sees, unchanged), with the ``code`` and
``params`` that :meth:`Note.text` renders in either language from :data:`VALUES`, the one table of
these notes. A note of a period or speaker ("period: ...") is a keyed note (:func:`keyed`): its
key is the label the interface translates (``TEXTS["note_period"]``). This module imports nothing
of the package, so every stage can make notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: code -> language -> the template of a note's value. Parameters are dates (ISO), codes of
#: organisations and the question's own words (``{words}``, shown as written).
VALUES: dict[str, dict[str, str]] = {
    "minutes_approved": {  # rule minutes_approved_next (search/minutes_approved.py)
        "en": "minutes of the meeting of {minutes}, approved at the next meeting -> {day}",
        "nl": "verslag van de vergadering van {minutes}, vastgesteld in de volgende vergadering"
        " -> {day}",
    },
    "minutes_approved_last": {
        "en": "minutes of the meeting of {minutes}, approved at the next meeting -> none after "
        "{minutes}",
        "nl": "verslag van de vergadering van {minutes}, vastgesteld in de volgende vergadering"
        " -> geen vergadering na {minutes}",
    },
    "minutes_unrecorded": {
        "en": "minutes of the meeting of {minutes}, approved at a meeting the corpus lacks (the "
        "next one, {next}, approves other minutes) -> no meeting {since} to {until}",
        "nl": "verslag van de vergadering van {minutes}, vastgesteld in een vergadering die het "
        "corpus mist (de volgende, {next}, stelt een ander verslag vast) -> geen vergadering "
        "{since} t/m {until}",
    },
    "order": {  # rule meeting_order (search/meeting_order.py)
        "en": "{words} -> {day}",
        "nl": "{words} -> {day}",
    },
    "order_none_after": {
        "en": "{words} -> none after {day}",
        "nl": "{words} -> geen vergadering na {day}",
    },
    "order_none_before": {
        "en": "{words} -> none before {day}",
        "nl": "{words} -> geen vergadering vóór {day}",
    },
    "reference": {  # rule meeting_references_read (search/meeting_references.py)
        "en": "{words} -> {since} to {until}",
        "nl": "{words} -> {since} t/m {until}",
    },
    "reference_none": {
        "en": "{words} -> no meeting {since} to {until}",
        "nl": "{words} -> geen vergadering {since} t/m {until}",
    },
    "reference_since": {
        "en": "{words} -> from {since}",
        "nl": "{words} -> vanaf {since}",
    },
    "date_written": {  # rule date_written (answer/date_written.py): the minutes' words
        "en": "{words} (written in the minutes)",
        "nl": "{words} (zo geschreven in de notulen)",
    },
    "chair_speaker": {  # rule role_speaker (answer/role_speaker.py)
        "en": "{codes} (the chair, attendee lists of {dates})",
        "nl": "{codes} (de voorzitter, presentielijsten van {dates})",
    },
    "office_holder": {  # rule office_of_period (answer/office_period.py)
        "en": "{codes} (the {office} of the period's meetings)",
        "nl": "{codes} (de {office} van de vergaderingen van de periode)",
    },
    "office_unheld": {
        "en": "{office}: no meeting of the period has its holder present",
        "nl": "{office}: bij geen vergadering van de periode is de bewindspersoon aanwezig",
    },
    "chair_unlisted": {
        "en": "{chair} (the chair): no attendee list of the period marks one",
        "nl": "{chair} (de voorzitter): geen presentielijst van de periode noemt er een",
    },
}


class Note(str):
    """A note's English text, with the ``code`` of :data:`VALUES` and the ``params`` that render
    it in either language (a plain note has no code); ``key`` is the label of a keyed note."""

    code: str
    params: Mapping[str, Any]
    key: str

    def __new__(
        cls, value: str, code: str = "", params: Mapping[str, Any] | None = None, key: str = ""
    ) -> Note:
        """The note ``value`` (its English text) with its code, parameters and key."""
        made = super().__new__(cls, value)
        made.code, made.params, made.key = code, dict(params or {}), key
        return made

    def __getnewargs__(self) -> tuple[str, str, Mapping[str, Any], str]:  # type: ignore[override]
        """What copies and pickles make the note again from."""
        return str(self), self.code, self.params, self.key

    def text(self, lang: str) -> str:
        """The note's value (without its key) in ``lang`` ("en" or "nl")."""
        if not self.code:
            return str(self).partition(": ")[2] if self.key else str(self)
        return VALUES[self.code]["en" if lang == "en" else "nl"].format(**self.params)


def note(code: str, **params: Any) -> Note:
    """The note of ``code`` with ``params``: its English text, rendered from :data:`VALUES`."""
    return Note(VALUES[code]["en"].format(**params), code, params)


def keyed(key: str, value: str) -> str:
    """The note ``key: value``; a :class:`Note` value keeps its code and parameters."""
    if isinstance(value, Note) and value.code:
        return Note(f"{key}: {value}", value.code, value.params, key)
    return f"{key}: {value}"
