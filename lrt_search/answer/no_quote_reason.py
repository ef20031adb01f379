"""Why no statement was left to quote: the reason of the first quote check of
:mod:`lrt_search.answer.checks` that applies to the question and names what is missing, each
part of it standing in some statement but never all in one (``not_together``), else
``no_answer``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from .messages import Reason
from .missing_names import missing_names, speaker_only
from .office_period import held_dates

if TYPE_CHECKING:
    from .checks import Check, Quote


def reason_no_quote(
    checks: Iterable[Check],
    probe: Quote,
    english: bool,
    satisfied: Collection[str] = (),
) -> Reason:
    """Why no statement was left: the first check that applies to the question (``probe``: a
    quote with the question's requirements), names what is missing, and that no statement of the
    asked speaker passed (``satisfied``: checks some statement passed), else ``no_answer``."""
    speaker = ", ".join(sorted(probe.codes)) or None
    held = {"held": held_dates(probe.held)} if probe.held else {}  # office_holders_per_meeting
    needs = probe.needs
    for check in checks:
        if check.name in satisfied or speaker_only(check.name, probe):
            continue
        if check.reason_code != "no_answer" and check.applies(probe):
            params: dict[str, Any] = {"speaker": speaker, **held}
            if check.reason_code in ("no_amount", "no_percentage") and needs.subject:
                params["subject"] = needs.subject
            if check.name == "quantity_modifier" and probe.modifier is not None:
                params["words"] = [probe.modifier.noun]  # "asielzoekers"
                params["names"] = [probe.modifier.phrase]  # "minderjarige asielzoekers"
            if check.reason_code == "name_not_quoted":  # rule speaker_not_missing
                params["names"] = missing_names(probe)
            if check.reason_code == "topic_not_quoted":
                params["topic"] = needs.topic
            if check.reason_code == "premise_unsupported":
                params["premise"] = needs.premise or needs.stance
            params.update(check.params(needs) if check.params else {})  # what it lacks
            return Reason(check.reason_code, params)
    parts = missing_names(probe) + ([needs.topic] if needs.topic_terms else [])
    if len(parts) >= 2 and {"names_quoted", "topic_quoted", "implied_topic_quoted"} & set(
        satisfied
    ):
        # Each part stands in some statement, never all in one.
        return Reason("not_together", {"speaker": speaker, "names": parts, **held})
    return Reason("no_answer", {"speaker": speaker, **held})
