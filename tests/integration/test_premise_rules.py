"""Rules ``premise_specific_words`` and ``premise_in_heading`` (answer.premise, answer.checks):
a why-question's general words ("komen", "zoveel") are not required of a supporting statement
beside a specific one, and a premise word may stand in the statement's item heading."""

from __future__ import annotations

from lrt_search.answer.premise import premise_terms
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.service import Engine


def _needs(engine: Engine, premise: str) -> tuple[frozenset[str], ...]:
    parsed = ParsedQuestion(f"Waarom {premise}?", intents=frozenset({"why"}), premise=premise)
    return premise_terms(engine, parsed, english=False)[1]


def test_general_premise_words_are_not_required_beside_a_specific_one(engine: Engine) -> None:
    premise = "moeten er zoveel tussenvoorzieningen komen"
    assert _needs(engine, premise) == (frozenset({"tussenvoorzien"}),)
    off = engine.with_settings(engine.settings.replace(premise_specific_words=False))
    assert len(_needs(off, premise)) == 3  # "zoveel", "tussenvoorzieningen", "komen"


def test_a_premise_of_general_words_only_keeps_them(engine: Engine) -> None:
    assert len(_needs(engine, "kwam de VNG zoveel")) == 2  # "kwam", "zoveel"


def test_a_premise_word_may_stand_in_the_item_heading(engine: Engine) -> None:
    question = "Waarom maakte de VNG een voorbehoud bij het arrangement?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("VNG maakt nog voorbehoud" in c.quote for c in answer.citations)
    off = engine.with_settings(engine.settings.replace(premise_in_heading=False)).ask(question)
    assert off.abstained and off.reason_code in ("premise_unsupported", "not_together")


def test_an_unsupported_premise_still_abstains(engine: Engine) -> None:
    questions = ("Waarom is de VNG uit de LRT gestapt?", "Waarom heeft het IPO de LRT geboycot?")
    for question in questions:
        answer = engine.ask(question)
        assert answer.abstained, (question, answer.citations[:1])


def test_an_english_premise_is_checked_through_its_translations(engine: Engine) -> None:
    question = "Why did the VNG leave the LRT?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.reason
    # (rule premise_act refuses "leave the LRT" too: off with it)
    off = engine.with_settings(
        engine.settings.replace(premise_english_bridges=False, premise_act=False)
    )
    assert not off.ask(question).abstained  # the rule is what abstains
    true_premise = engine.ask("Why was the VNG worried about the size of the housing target?")
    assert not true_premise.abstained, true_premise.reason


def test_a_translated_word_is_required_when_the_rest_are_names(engine: Engine) -> None:
    """Rule ``premise_translations_required``: "shut" is all that "Why did the COA shut Ter
    Apel?" claims besides its names; a statement must hold a translation of it."""
    parsed = ParsedQuestion(
        "Why did the COA shut Ter Apel?", intents=frozenset({"why"}),
        premise="did the COA shut Ter Apel",
    )  # fmt: skip
    needs = premise_terms(engine, parsed, english=True)[1]
    assert len(needs) == 1 and "sluit" in needs[0]
    question = "Why did the COA close Ter Apel?"
    answer = engine.ask(question)
    # (no_answer: rule reason_together, "Het COA ... Ter Apel is stabiel" holds COA and Ter Apel)
    assert answer.abstained and answer.reason_code in ("premise_unsupported", "no_answer")
    off = engine.with_settings(engine.settings.replace(premise_translations_required=False))
    assert not premise_terms(off, parsed, english=True)[1]
    # since session 26 rule premise_forms_read also reads "close" as the act asked (act_forms)
    neither = off.with_settings(off.settings.replace(premise_forms_read=False))
    assert not neither.ask(question).abstained  # the two rules are what abstain
    joined = engine.ask("Why did VWS and OCW join the LRT?")
    assert not joined.abstained, joined.reason  # a true premise of the same form
    assert any("aansluiting VWS en OCW" in c.quote for c in joined.citations)


def test_a_premise_of_speaking_keeps_its_translated_word_unrequired(engine: Engine) -> None:
    """Rule ``premise_translations_required`` leaves a premise of speaking alone: what was
    said is paraphrased ("warn against speeding up": the minutes say "versnellen")."""
    premise = "did the IPO and the VNG warn against speeding up the IBT"
    parsed = ParsedQuestion(f"Why {premise}?", intents=frozenset({"why"}), premise=premise)
    assert premise_terms(engine, parsed, english=True)[1] == ()
    answer = engine.ask("Why did the IPO and the VNG warn against speeding up the IBT?")
    assert not answer.abstained, answer.reason
