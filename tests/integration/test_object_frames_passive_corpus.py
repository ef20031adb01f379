"""Rule ``object_frames_read``, its passive frames (search/object_frames.py, issue 16 session 26
task C3), on the bundled corpus: in "How was Aedes's earlier offer judged by the interior
minister ...?" Aedes owns the offer judged, so the minister's statement is quoted (2023-11-10:
"MBZK licht toe dat het eerdere bod van Aedes ... op sommige plekken goed heeft gewerkt"); with
the rule off Aedes is read as the speaker and its own statement is quoted. "Hoe werd het aanbod
van de VNG ... door het COA ontvangen?" is refused (the COA said nothing on it), and answered
with the rule off, which reads no speaker in a passive of "ontvangen"."""

from __future__ import annotations

from switched import switched

from lrt_search.results import Answer
from lrt_search.service import Engine

_JUDGED = "How was Aedes's earlier offer judged by the interior minister on 10 November 2023?"
_GOLD = "op sommige plekken goed heeft gewerkt"
_RECEIVED = (
    "Hoe werd het aanbod van de VNG om in gesprek te gaan in maart 2025 door het COA ontvangen?"
)


def _quoted(answer: Answer) -> bool:
    return any(_GOLD in " ".join(c.quote.split()) for c in answer.citations)


def test_the_minister_who_judged_the_offer_is_quoted(engine: Engine) -> None:
    on = engine.ask(_JUDGED)
    assert not on.abstained, on.reason
    assert _quoted(on)
    assert not _quoted(switched(engine, object_frames_read=False).ask(_JUDGED))


def test_a_receiver_who_said_nothing_on_it_is_refused(engine: Engine) -> None:
    assert engine.ask(_RECEIVED).abstained
    assert not switched(engine, object_frames_read=False).ask(_RECEIVED).abstained
