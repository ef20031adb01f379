"""Rule ``follow_ups_read`` (on by default) on the bundled corpus: a follow-up that points back
by a bare "dat" keeps its context. "In maart 2025 ging het in de LRT over de taakstelling voor
2025-II. Op hoeveel werd dat gezet?" is answered with "De taakstelling voor 2025-II wordt op
13.000 gezet." both ways, but its twin about "windmolens" is refused ``topic_absent`` only with
the rule (without it "Op hoeveel werd dat gezet?" is read alone and answered)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_follow_up_keeps_the_topic_of_its_context(engine: Engine) -> None:
    q = (
        "In maart 2025 ging het in de LRT over de taakstelling voor 2025-II."
        " Op hoeveel werd dat gezet?"
    )
    answer = switched(engine, follow_ups_read=True).ask(q)
    assert not answer.abstained, answer.reason
    assert any("wordt op 13.000 gezet" in c.quote for c in answer.citations)
    twin = q.replace("2025-II", "windmolens")
    refused = switched(engine, follow_ups_read=True).ask(twin)
    assert refused.abstained and refused.reason_code == "topic_absent"
    assert not switched(engine, follow_ups_read=False).ask(twin).abstained
