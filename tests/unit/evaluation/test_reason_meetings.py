"""The checks of the reasons that speak of the meetings (issue 16 task D2,
:mod:`lrt_search.evaluation.reason_meetings`) and the text they check, on minutes built by
hand: each reason here passed the checker before and fails it now, or is the true twin."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from lrt_search.answer.messages import render
from lrt_search.answer.reason_period import period_text
from lrt_search.config import Settings
from lrt_search.evaluation.reason_meetings import no_chair, no_meeting, period_not_asked
from lrt_search.evaluation.reason_minutes import Said
from lrt_search.evaluation.reason_truth import UNCHECKED, false_reason
from lrt_search.index.analysis import words


def _said(day: str, text: str) -> Said:
    return Said(dt.date.fromisoformat(day), text, tuple(words(text)), frozenset(), frozenset())


def _minutes(
    said: list[Said], headers: dict[str, str] | None = None, settings: Settings | None = None
) -> SimpleNamespace:
    chunks = [SimpleNamespace(meeting_date=s.date, text=s.text, kind="item") for s in said]
    heads = [
        SimpleNamespace(meeting_date=dt.date.fromisoformat(d), text=t, kind="header")
        for d, t in (headers or {}).items()
    ]
    chunks += heads
    return SimpleNamespace(
        said=said,
        headers=heads,
        texts=[words(c.text) for c in chunks],
        engine=SimpleNamespace(chunks=chunks, settings=settings or Settings()),
    )


_MINUTES = _minutes(
    [
        _said("2023-04-06", "Gelet op agendapunt 2 sluit ook de voorzitter van het VB aan."),
        _said("2024-12-18", "Het besluit volgt op 17 februari; de Kamer debatteert 3 maart 2026."),
    ],
    {"2023-04-06": "Aanwezig: Dhr. Jansen (VNG)", "2025-03-19": "Mw. Faber (AenM, voorzitter)"},
)


def _answer(question: str, since: str | None, until: str | None) -> SimpleNamespace:
    return SimpleNamespace(question=question, filters={"since": since, "until": until})


def test_an_open_period_rendered_as_its_first_day_is_false() -> None:
    after = _answer("Wat vroeg de CdK over de Spreidingswet na 1 juli 2025?", "2025-07-02", None)
    assert no_meeting(_MINUTES, after, {"period": "2025-07-02"})  # passed before: no meeting then
    assert no_meeting(_MINUTES, after, {"period": period_text(dt.date(2025, 7, 2), None)}) is None


def test_a_period_widened_or_narrowed_is_false() -> None:
    may = _answer("Wat is er in mei 2022 besproken?", "2022-05-01", "2022-05-31")
    assert no_meeting(_MINUTES, may, {"period": "2022-05-01 to 2022-06-30"})
    assert no_meeting(_MINUTES, may, {"period": "2022-05-01 to 2022-05-31"}) is None


def test_a_day_the_minutes_write_counts_only_in_its_year() -> None:
    asked = _answer("Wat gebeurt er op 17 februari 2025?", "2025-02-17", "2025-02-17")
    # "17 februari" in the minutes of December 2024: a day of 2024, not of 2025 (passes now)
    assert no_meeting(_MINUTES, asked, {"period": "2025-02-17"}) is None
    same_year = _answer("Wat gebeurt er op 17 februari 2024?", "2024-02-17", "2024-02-17")
    assert no_meeting(_MINUTES, same_year, {"period": "2024-02-17"})
    written = _answer("Wat gebeurt er op 3 maart 2026?", "2026-03-03", "2026-03-03")
    assert no_meeting(_MINUTES, written, {"period": "2026-03-03"})  # "3 maart 2026" written
    other = _answer("Wat gebeurt er op 3 maart 2024?", "2024-03-03", "2024-03-03")
    assert no_meeting(_MINUTES, other, {"period": "2024-03-03"}) is None  # only of 2026


def test_a_chair_word_in_a_subordinate_clause_is_read_as_ask_reads_it() -> None:
    """Rule ``main_clause_intent``: "Toen de voorzitter vertrok, ..." asks no chair, so the
    day the minutes write is the day asked (false); with the rule off, as ``ask`` then reads
    it, the chair is asked and the day is not checked (session 26 task H2: always on before)."""
    said = [_said("2024-12-18", "Het besluit volgt op 17 februari; de Kamer debatteert.")]
    q = "Toen de voorzitter vertrok, wat gebeurde er op 17 februari 2024?"
    asked = _answer(q, "2024-02-17", "2024-02-17")
    assert no_meeting(_minutes(said), asked, {"period": "2024-02-17"})
    off = _minutes(said, settings=Settings(main_clause_intent=False))
    assert no_meeting(off, asked, {"period": "2024-02-17"}) is None


def test_no_chair_names_its_meetings_and_is_checked() -> None:
    assert "no_chair" not in UNCHECKED
    assert no_chair(_MINUTES, None, {"period": "2025-03-19"})  # the list marks Mw. Faber
    assert no_chair(_MINUTES, None, {"period": ""})  # the whole minutes: false
    # "de voorzitter van het VB" is no chair of the meeting
    assert no_chair(_MINUTES, None, {"period": "2023-04-06"}) is None
    said = _minutes([_said("2023-04-06", "De voorzitter van de LRT opent de vergadering.")])
    assert no_chair(said, None, {"period": "2023-04-06"})
    assert render("no_chair", {"period": "2023-04-06"}, "en") == (
        "the minutes on 2023-04-06 name no chair of the meeting"
    )
    assert render("no_chair", {"period": "2023-04-06"}, "nl") == (
        "de notulen op 2023-04-06 noemen geen voorzitter van de vergadering"
    )


def test_an_open_period_renders_as_open() -> None:
    assert render("no_meeting", {"period": period_text(dt.date(2025, 7, 2), None)}, "en") == (
        "the corpus has no meeting from 2025-07-02 on"
    )
    assert render("no_meeting", {"period": period_text(None, dt.date(2022, 7, 7))}, "nl") == (
        "er is geen vergadering t/m 2022-07-07 in het corpus"
    )


class _Orgs:
    def resolve(self, name: str) -> str | None:
        return None


def test_a_reason_text_that_is_not_its_parameters_is_false() -> None:
    minutes = SimpleNamespace(engine=SimpleNamespace(orgs=_Orgs()))
    answer = SimpleNamespace(
        question="?",
        reason_code="low_confidence",
        reason_params={"confidence": 0.2},
        reason=render("low_confidence", {"confidence": 0.2}, "en"),
        filters={"language": "en", "org": None},
    )
    assert false_reason(minutes, answer) is None  # type: ignore[arg-type]
    answer.reason = "the closest statement is too far"  # changed after rendering
    assert false_reason(minutes, answer)  # type: ignore[arg-type]


def test_a_speaker_silent_on_the_first_day_of_an_open_period_is_false() -> None:
    after = _answer("Wat zei het VB na 1 januari 2025?", "2025-01-02", None)
    assert period_not_asked(after, dt.date(2025, 1, 2), dt.date(2025, 1, 2))  # "on 2025-01-02"
    assert period_not_asked(after, dt.date(2025, 1, 2), dt.date.max) is None
    undated = _answer("Wat zei het VB?", None, None)
    assert period_not_asked(undated, dt.date.min, dt.date.max) is None
