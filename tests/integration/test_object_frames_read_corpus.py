"""Rule ``object_frames_read`` (search/object_frames.py) on the bundled corpus: in "How did the
interior minister assess Aedes's earlier offer ...?" Aedes owns the thing judged, not the
answer, so the minister's statement on the offer is quoted (2023-11-10: "MBZK licht toe dat
het eerdere bod van Aedes ... op sommige plekken goed heeft gewerkt"); with the rule off the
question is read as Aedes's and answered with Aedes's own statements."""

from __future__ import annotations

from switched import switched

from lrt_search.results import Answer
from lrt_search.service import Engine

_ASKED = "How did the interior minister assess Aedes's earlier offer to house status holders?"
_GOLD = "op sommige plekken goed heeft gewerkt"


def _quoted(answer: Answer) -> bool:
    return any(_GOLD in " ".join(c.quote.split()) for c in answer.citations)


def test_the_minister_who_judged_the_offer_is_quoted(engine: Engine) -> None:
    on = engine.ask(_ASKED)
    assert not on.abstained, on.reason
    assert _quoted(on)


def test_off_the_body_whose_offer_it_was_is_read_as_the_speaker(engine: Engine) -> None:
    assert not _quoted(switched(engine, object_frames_read=False).ask(_ASKED))
