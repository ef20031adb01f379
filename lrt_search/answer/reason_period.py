"""Rule ``reason_period`` (``Settings.reason_period``; issue 16, task A2): the reason of an
abstention that says what no statement of the search holds ("no statement by SJenV mentions
X", "no statement states an amount of Y") names the period of the meetings the search was
limited to, when the question dates them ("... on 2023-11-10"): the statements of the other
meetings were not searched, and one of them may hold it (blind8 b8-088: SJenV introduces Van der
Maat on 2023-11-03, the question asks about 2023-11-10). Without it such a reason speaks of the
whole minutes and is false (``tests/integration/test_reasons_true.py``). Only the reason's
text and parameters change, never the decision."""

from __future__ import annotations

import datetime as dt

from .messages import MESSAGES, Reason

#: The reason codes whose message names a period (``{when}``, answer.messages): those that
#: speak of the statements the search found (answer.checks, answer.property_tied,
#: answer.frequency), and ``speaker_silent``, whose gate names its own.
STATEMENT_CODES = frozenset(code for code, langs in MESSAGES.items() if "{when}" in langs["en"][0])


def period_text(since: dt.date | None, until: dt.date | None) -> str:
    """A period as a reason names it: "2023-11-10" (a day), "2023-01-01 to 2023-12-31",
    "2023-01-01 to" (from then on), " to 2023-12-31" (until then), "" (none)."""
    if since and since == until:
        return since.isoformat()
    if not since and not until:
        return ""
    return f"{since.isoformat() if since else ''} to {until.isoformat() if until else ''}"


def with_period(reason: Reason, since: dt.date | None, until: dt.date | None) -> Reason:
    """``reason`` naming the period ``since`` - ``until`` of the meetings searched, when it is
    one of :data:`STATEMENT_CODES`, names no period yet and the search had one."""
    period = period_text(since, until)
    if reason.code not in STATEMENT_CODES or not period or reason.params.get("period"):
        return reason
    return Reason(reason.code, {**reason.params, "period": period})
