"""Rule ``reason_names_minutes`` (``Settings.reason_names_minutes``; issue 16 task C1, session
18): the reason ``name_not_quoted`` ("no statement CdK mentions “Dispersal Act” between
2023-04-01 and 2025-03-31") speaks of the minutes, so it is given only when no statement of the
minutes by the asked speaker in the period searched names every name it lists - read by the
names check's own forms (:func:`.names.name_forms`: "Dispersal Act" as "Spreidingswet", a
person as their organisation; :meth:`.evidence.Requirements.names_ok`). When one does (it was
not among the passages read, or failed another check), the reason is ``no_answer``, which is
true (blind14_design b14-022: the CdK's "wat er na 1 juli gebeurt met de Spreidingswet" of
2025-03-19 stood outside the passages). Only the reason changes, never the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from .messages import Reason

if TYPE_CHECKING:
    from .checks import Quote
    from .frame import Frame


def reason_of_names(reason: Reason, frame: Frame, probe: Quote) -> Reason:
    """``reason``, or ``no_answer`` instead of ``name_not_quoted`` when a statement of the
    minutes by the asked speaker (``probe.codes``) in the period searched names every focus
    name of the question."""
    retriever = frame.retriever
    if reason.code != "name_not_quoted" or not retriever.settings.reason_names_minutes:
        return reason
    mentions, needs = retriever.orgs.mentions, probe.needs
    for chunk in retriever.chunks:
        day = chunk.meeting_date
        if (frame.since and day < frame.since) or (frame.until and day > frame.until):
            continue
        for said in chunk.statements:
            if probe.codes and not probe.codes.intersection(said.speakers):
                continue
            named = {m.code for m in mentions(said.text)} | set(said.speakers)
            if needs.names_ok([words(said.text)], named):
                return Reason("no_answer", {"speaker": reason.params.get("speaker")})
    return reason


__all__ = ["reason_of_names"]
