"""Rule ``reply_stance_before`` (answer.stance ``replied_stance``, ``stance_held``): a reply asked
to another member's complaint reads the complaint in the bullet before the reply; inputs by hand."""

from __future__ import annotations

from lrt_search.answer.stance import replied_stance, stance_held

REPLY_NL = "Hoe reageerde SJenV op de klachten van de leden over de late aanlevering van stukken?"
REPLY_EN = "How did the state secretary reply to the IPO's criticism that the target came late?"
COMPLAINT = "Verschillende leden hebben moeite met de late aanlevering van documenten."
ANSWER = "SJenV geeft aan dat hij goede samenwerking uitermate belangrijk vindt."


def test_a_complaint_as_the_object_of_a_reply_is_read() -> None:
    assert replied_stance(REPLY_NL, True)
    assert replied_stance(REPLY_EN, True)


def test_the_rule_off_or_no_reply_reads_nothing() -> None:
    assert not replied_stance(REPLY_NL, False)
    assert not replied_stance("Waarom had het IPO kritiek op de taakstelling?", True)
    assert not replied_stance("Hoe reageerde SJenV op de vraag van de VNG?", True)  # no stance


def test_the_bullet_before_states_the_complaint_of_a_reply() -> None:
    stance = "klachten van de leden over de late aanlevering van stukken"
    assert stance_held(ANSWER, COMPLAINT, stance, False, True)
    assert not stance_held(ANSWER, COMPLAINT, stance, False, False)  # not a reply: the quote's


def test_a_bullet_before_without_a_stance_states_no_complaint() -> None:
    stance = "klachten van de leden over de late aanlevering van stukken"
    assert not stance_held(ANSWER, "MBZK licht de maatregelen mondeling toe.", stance, False, True)
    assert not stance_held(ANSWER, "", stance, False, True)


def test_the_quote_stating_a_stance_itself_still_passes() -> None:
    stance = "kritiek van de VNG over de LVV"
    text = "De VNG spreekt hun zorgen uit over de LVV. BZK licht toe dat dit al besproken wordt."
    assert stance_held(text, "", stance, False, False)
