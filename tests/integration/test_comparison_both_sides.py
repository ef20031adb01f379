"""Rule comparison_both_sides (``Settings.comparison_both_sides``, answer.comparison) on the
bundled corpus: a comparison quotes one statement for each side; one side without a statement
(or without an amount, when amounts are compared) makes it abstain naming that side, and the
reason is true of the minutes; off, the same questions are answered from one side."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from switched import switched

from lrt_search.answer.comparison import read_comparison, states_amount
from lrt_search.interfaces.answer_view import answer_text
from lrt_search.search.parsed import read_question
from lrt_search.search.unread import not_understood
from lrt_search.service import Engine

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _on(engine: Engine, on: bool = True) -> Engine:
    return engine.with_settings(engine.settings.replace(comparison_both_sides=on))


def test_a_change_of_amounts_between_two_meetings_quotes_both_with_their_numbers(
    engine: Engine,
) -> None:
    answer = _on(engine).ask("Is de taakstelling tussen juli 2022 en maart 2025 verlaagd?")
    assert not answer.abstained
    dates = {c.meeting_date for c in answer.citations}
    assert {dt.date(2022, 7, 8), dt.date(2025, 3, 19)} <= dates
    for day in (dt.date(2022, 7, 8), dt.date(2025, 3, 19)):  # each side's own statement
        assert any(states_amount(c.quote) for c in answer.citations if c.meeting_date == day)
    assert "comparison: juli 2022 / maart 2025" in answer.notes


def test_a_side_the_minutes_say_nothing_about_abstains_naming_it(engine: Engine) -> None:
    question = "Was the situation in Ter Apel different in April 2023 than in March 2025?"
    answer = _on(engine).ask(question)
    assert answer.abstained and answer.reason_code == "comparison_side_absent"
    assert answer.reason_params == {"side": "April 2023"}
    assert "April 2023, one side of the comparison" in (answer.reason or "")
    # true of the minutes: the meeting of April 2023 does not mention Ter Apel
    assert "ter apel" not in (CORPUS / "2023-04-06-lrt.txt").read_text(encoding="utf-8").lower()
    assert "ter apel" in (CORPUS / "2025-03-19-lrt.txt").read_text(encoding="utf-8").lower()


def test_an_amount_compared_with_a_year_that_states_none_abstains(engine: Engine) -> None:
    # the target for 2025-II is stated (13.000); none for 2024-II (no meeting, no statement)
    question = "Was the housing target for 2024-II higher than the target for 2025-II?"
    answer = _on(engine).ask(question)
    assert answer.abstained and answer.reason_code == "comparison_no_amount"
    assert answer.reason_params == {"side": "2024-II"}


def test_off_the_questions_are_answered_from_one_side(engine: Engine) -> None:
    question = "Was the situation in Ter Apel different in April 2023 than in March 2025?"
    off = _on(engine, False).ask(question)
    assert not off.abstained
    assert not any(n.startswith("comparison") for n in off.notes)


def test_a_question_without_a_comparison_is_untouched(engine: Engine) -> None:
    question = "Wat werd er tussen juli 2022 en maart 2025 gezegd over Ter Apel?"
    on, off = _on(engine).ask(question), _on(engine, False).ask(question)
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]
    assert on.abstained == off.abstained


def test_a_word_of_change_read_as_a_comparison_is_not_reported_as_unread(engine: Engine) -> None:
    # "gedaald" is in no minutes' passage; the comparison rule reads it (comparison_amount.toml)
    question = "Is het aantal asielzoekers in Ter Apel sinds juli 2022 gedaald?"
    # the note judging words by the index alone (rule unread_from_topic_check off: the topic
    # check finds "gedaald" through "daalt" and so, with it on, the note never lists it)
    engine = engine.with_settings(engine.settings.replace(unread_from_topic_check=False))
    on, off = _on(engine).ask(question), _on(engine, False).ask(question)
    assert [u["text"] for u in off.unread if u["kind"] == "words"] == ["gedaald"]
    assert not any(u["kind"] == "words" for u in on.unread)
    # no comparison read (no period): the word is still not understood, and said so
    alone = _on(engine).ask("Is het aantal asielzoekers in Ter Apel gedaald?")
    assert any("gedaald" in u["text"] for u in alone.unread)


def test_the_unread_finder_is_told_the_words_of_the_comparison(engine: Engine) -> None:
    # read once: the comparison's words travel on the ParsedQuestion (understood), so the
    # finder never reports them; without them it does (no later step filters its notes)
    question = "Is het aantal asielzoekers in Ter Apel sinds juli 2022 gedaald?"
    parsed = read_question(question, engine.orgs, engine.glossary)
    found = read_comparison(question)
    assert found is not None
    told = dataclasses.replace(parsed, understood=found.words)
    assert [u["text"] for u in not_understood(engine, question, parsed)] == ["gedaald"]
    assert not_understood(engine, question, told) == []


def test_a_compared_count_needs_a_number_next_to_what_is_counted_on_each_side(
    engine: Engine,
) -> None:
    # rule comparison_counted: after July 2022 the minutes give "1500 mensen in voorportalen",
    # no number of asylum seekers; the reason names what is counted and the side
    question = "Is het aantal asielzoekers in Ter Apel sinds juli 2022 gedaald?"
    on, off = _on(engine).ask(question), switched(engine, comparison_counted=False).ask(question)
    assert on.abstained and on.reason_code == "comparison_no_count"
    assert on.reason_params == {"side": "now", "words": ["asielzoekers"]}
    assert "het aantal “asielzoekers” voor nu" in (on.reason or "")
    assert not off.abstained  # off: the number of people in the pre-registration halls
    # true of the minutes: a number stands next to "asielzoekers" in July 2022 only
    counted = re.compile(r"\d[\d.]*\s+asielzoekers")
    dated = {p.name[:10] for p in CORPUS.glob("*.txt") if counted.search(p.read_text("utf-8"))}
    assert dated == {"2022-07-08"}
    # each side with its number of asylum seekers (July 2022: "2.193 asielzoekers ... het
    # hoogste aantal sinds april" speaks for April too): answered
    both = _on(engine).ask("Is het aantal asielzoekers in Ter Apel sinds april 2022 gestegen?")
    assert not both.abstained and any("2.193 asielzoekers" in c.quote for c in both.citations)


def test_the_printed_answer_names_the_side_of_each_quote_in_time_order(engine: Engine) -> None:
    # (rule comparison_counted off: "nu" has a number, but of people in the halls)
    counted_off = switched(engine, comparison_both_sides=True, comparison_counted=False)
    nl = counted_off.ask("Is het aantal asielzoekers in Ter Apel sinds juli 2022 gedaald?")
    text = answer_text(nl)
    assert "Vergelijking, per kant:" in text and "Tijdlijn:" not in text
    first, now = text.index("2022-07-08  [juli 2022] "), text.index("[nu] ")
    assert first < now
    data = nl.to_dict()  # --json: one side a citation, in the citations' order
    assert len(data["sides"]) == len(data["citations"]) and data["sides"][0] == "juli 2022"
    assert data["sides"][-1] == "nu"
    en = _on(engine).ask("Was the housing target for 2025-II lower than the one for 2022-II?")
    text = answer_text(en)
    assert "Comparison, by side:" in text
    assert text.index("[2022-II]") < text.index("2025-03-19  [2025-II] ")
    # off: a timeline as before, no side named
    off = _on(engine, False).ask(en.question)
    assert "[2022-II]" not in answer_text(off) and off.to_dict()["sides"] == []
