"""Whether a period holds a meeting of the corpus, read from the index's meeting days: the
test of the ``no_meeting`` gate (:mod:`lrt_search.answer.gates`), of rule
``unheld_day_written`` (:mod:`lrt_search.answer.unheld_day`) and of the rules that move a
question's period to a meeting."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def period_has_meeting(retriever: Retriever, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether a meeting of the corpus falls in ``since .. until``."""
    if since is None and until is None:
        return True
    # The meeting days of the index (read once per loaded index): no chunk is decoded, no
    # column scanned per call.
    days = retriever.chunks.meeting_ordinals
    first = bisect_left(days, since.toordinal()) if since else 0
    return first < len(days) and (until is None or int(days[first]) <= until.toordinal())
