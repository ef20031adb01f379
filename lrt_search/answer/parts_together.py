"""Rule ``reason_together`` (``Settings.reason_together``; issue 16, task A2): the reason
``not_together`` ("no statement mentions “COA”, “Ter Apel” together") is given only when no
statement of the search holds the question's parts together - every focus name (check
``names_quoted``) and its topic (``topic_quoted`` or ``implied_topic_quoted``) in one statement.
When one does and fails another check (the premise, the shape of the answer, a number asked
about), the parts do stand together and the reason is ``no_answer`` ("no statement answers the
question"), which is true. Only the reason changes, never whether the question is answered:
the question is still split into its parts (``Settings.question_parts``) as before."""

from __future__ import annotations

from collections.abc import Collection

from .messages import Reason

#: What :data:`Frame.satisfied` holds when a statement passed every part check of its question.
TOGETHER = "parts_together"
#: The checks of a question's parts: its focus names, and its topic (explicit or implied).
_NAMES = "names_quoted"
_TOPIC = frozenset({"topic_quoted", "implied_topic_quoted"})


def together(passed: Collection[str], failed: Collection[str]) -> bool:
    """Whether a statement that passed the checks ``passed`` and failed ``failed`` holds every
    part of its question: each part check (names, topic) that applied to it passed."""
    parts = {_NAMES, *_TOPIC}
    return bool(parts & set(passed)) and not parts & set(failed)


def reason_of_parts(reason: Reason, satisfied: Collection[str]) -> Reason:
    """``reason``, or ``no_answer`` instead of ``not_together`` when a statement held the parts
    together (``TOGETHER`` in ``satisfied``)."""
    if reason.code != "not_together" or TOGETHER not in satisfied:
        return reason
    return Reason("no_answer", {"speaker": reason.params.get("speaker"), "together": True})


def code_of_parts(code: str | None, params: dict[str, object]) -> str | None:
    """The reason code an abstention had before :func:`reason_of_parts` (what
    ``Settings.question_parts`` splits a question on)."""
    return "not_together" if params.get("together") else code
