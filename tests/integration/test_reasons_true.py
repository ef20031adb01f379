"""Every reason of every abstention on the readable hand-written answer sets (every set of
eval/answer_sets.toml but the held-out ones and those generated or derived in bulk, which
``python eval/reasons_true.py`` checks too) is true of the minutes: what it says does not occur
does not occur, a period it says holds no meeting holds none, a statement it says no speaker
makes is made by none, a header it says names no time or place names none, an organisation it
says is not on the attendee lists is not on them, a property it says no statement of the
subject states is stated by none (:mod:`lrt_search.evaluation.reason_truth`)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from lrt_search.evaluation import load_questions
from lrt_search.evaluation.reason_truth import CHECKERS, UNCHECKED, Minutes, false_reason
from lrt_search.service import Engine

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))

from answer_sets import REGISTRY  # noqa: E402
from reasons_true import readable  # noqa: E402

_SETS = {s.name: s for s in REGISTRY}
#: The false reasons known and not fixed, with why (docs/development.md, "False reasons"): the
#: test fails when one is fixed too, so that it leaves this list.
KNOWN_FALSE = {
    "glossary_derivations_probe:gdp-a08": "topic_absent names 'incorporation' absent while its "
    "Dutch form 'opgenomen' occurs: FreeDict gives 'incorporation' no translation the topic check "
    "reads; rule glossary_derivations_read (session 30, deleted) read it",
    "gloss_part_probe:gp-u02": "topic_absent of 'price increases for building land' (Aedes, March "
    "2025): the checker finds each topic word through a translation somewhere in Aedes' line "
    "'het realiseren van flexwoningen ook tijd kost ... woningdelen' ('price' as 'kost'); no line "
    "states a price increase of building land - true by meaning, the checker is too wide "
    "(session 27, probe of task F3)",
    "dense_pool_probe:dp08": "no_time: 'Het pakket moet voor de zomer gereed zijn' states it, "
    "in a passage outside the ten ask reads (5th by dense alone; rule dense_pool, deleted in "
    "session 16, quoted it)",
    # Issue 16 task F2/G: an English word the topic check misses while its Dutch glossary term
    # occurs is no longer named absent (rule glossary_word_reason), and since session 28 (task
    # H2, rule glossary_head_reason) neither is a word without a modifier that the glossary reads
    # only as the head of two-word terms ("the target": "housing target", taakstelling; dm-009,
    # dr-a14, dr-u12 left this list): its reason is topic_head_unread ...
    # Session 28 task C2 (rule act_owners_read, measured and deleted): the owner of the act
    # asked about is read as a speaker too, so the refusal names both bodies; the VNG's own
    # bullet names the LVV (with the rule the reason was speaker_silent, true).
    "act_owners_probe:ao-u05": "name_not_quoted 'Defensie, VNG' / 'LVV': the VNG, owner of the "
    "concerns, is read as a speaker; its bullet names the LVV, Defensie never speaks of it",
    # ... and the checker's own readings through the glossary (not false).
    "dev:q123": "no_percentage: a percentage of the municipal occupancy, not of municipalities",
    "objection_asked_probe:ou01": "premise_unsupported 'object to house-sharing and start "
    "locations': the checker reads the verb 'object' by FreeDict's noun senses (onderwerp, ding, "
    "...) and, since glossary_minutes (session 24), 'start locations' as startlocaties, so one "
    "statement with its item heading holds a form of every word; none says Aedes objected",
    "duration_probe:du12": "no_time: a date of something else in the sentence",
    "property_forms_probe:pf-u02": "no_time 'housing target' (asked: when a raise of the 2022-II "
    "target is decided): the checker reads 'de taakstelling ... voor de tweede helft van 2023', "
    "the span another target is for; no statement says when a raise is decided",
    "which_member_probe:wu-06": "no_member: a place named in a statement of another topic",
    "language_pair_probe:lu01en": "topic_not_quoted: VNG's statement found through "
    "'flexible'/'homes' glossary terms, not read",
    # Issue 16 task C4 (session 23): the premise's every word, "sprak" as "spreekt", stands in
    # a statement the closest passages show; rule premise_verb_forms reads no form of a verb of
    # speech, so the check required "sprak" as written (docs/development.md, "False reasons").
    "premise_support_probe:ps-a07": "premise_unsupported: 'De VNG spreekt hun zorgen uit over "
    "de LVV' holds 'sprak ... zorgen uit over de LVV' (the false abstention is the cost of "
    "premise_verb_forms leaving verbs of speech as written)",
}  # fmt: skip


@pytest.fixture
def minutes(engine: Engine) -> Minutes:
    """The minutes as the reason checker reads them."""
    return Minutes(engine)


@pytest.mark.parametrize("name", readable(handwritten=True))
def test_every_reason_of_every_abstention_is_true(
    engine: Engine, minutes: Minutes, name: str
) -> None:
    false = []
    for q in load_questions(_SETS[name].file, _SETS[name].split):
        answer = engine.ask(q.question)
        if not answer.abstained:
            continue
        assert answer.reason_code, q.question
        wrong = false_reason(minutes, answer)
        if wrong and f"{name}:{q.id}" not in KNOWN_FALSE:
            false.append((q.id, q.question, answer.reason, wrong))
        elif not wrong and f"{name}:{q.id}" in KNOWN_FALSE:
            false.append((q.id, "a known false reason is true now: drop it from KNOWN_FALSE"))
    assert false == [], "\n".join(map(str, false))


def test_every_reason_code_is_checked_or_says_why_not() -> None:
    from lrt_search.answer.messages import MESSAGES

    assert set(MESSAGES) == set(CHECKERS) | set(UNCHECKED)
    assert not set(CHECKERS) & set(UNCHECKED)


def _fake(code: str, **params: object) -> SimpleNamespace:
    return SimpleNamespace(
        question="?", reason_code=code, reason_params=params, filters={"language": "nl"}
    )


@pytest.mark.parametrize(
    "answer",
    [
        _fake("name_absent", names=["COA"]),
        _fake("topic_absent", words=["statushouders"]),
        _fake(
            "topic_head_unread", words=["target"], phrases=["housing target"], terms=["taakstel"]
        ),
        _fake(
            "topic_head_unread", words=["quota"], phrases=["fishing quota"], terms=["taakstelling"]
        ),
        _fake(
            "topic_head_unread",
            words=["opvang"],
            phrases=["housing target"],
            terms=["taakstelling"],
        ),
        SimpleNamespace(
            question="What about the housing target?",
            reason_code="topic_head_unread",
            reason_params={
                "words": ["target"],
                "phrases": ["housing target"],
                "terms": ["taakstelling"],
            },
            filters={"language": "en"},
        ),
        _fake("no_meeting", period="2023-11-03"),
        _fake("speaker_silent", names=["COA"]),
        _fake("header_lacks", fact="time", dates=["2023-11-03"]),
        _fake("header_lacks", fact="place", dates=["2023-11-10"]),
        _fake("not_listed", names=["VNG"], dates=["2023-11-10"]),
        _fake("topic_not_quoted", topic="huisvesting statushouders", speaker=None),
        _fake("topic_not_quoted", topic="statushouders", speaker="COA"),
        _fake("name_not_quoted", names=["COA"], speaker=None),
        _fake("not_together", names=["COA", "statushouders"], speaker=None),
        _fake("no_count", subject="statushouders", speaker=None),
        _fake("premise_unsupported", premise="sprak de VNG zorgen uit over de LVV", speaker=None),
        _fake("claim_unrecorded", topic="ingestemd taakstelling"),
        _fake("agenda_lacks", what="item", item="3", items=[], dates=["2023-11-03"]),
        _fake("agenda_lacks", what="annex", item="2", items=[], dates=["2025-03-19"]),
        _fake("agenda_lacks", what="together", item="", items=[], dates=["2023-11-03"]),
    ],
    ids=lambda a: a.reason_code,
)
def test_the_reason_checker_sees_a_false_reason(minutes: Minutes, answer: object) -> None:
    assert false_reason(minutes, answer)
