"""The checks of a reason's words that hold for every reason code (issue 16 task F2,
:mod:`lrt_search.evaluation.reason_words`), on inputs built by hand."""

from __future__ import annotations

from types import SimpleNamespace

from lrt_search.evaluation.reason_words import (
    dutch_form_known,
    dutch_forms,
    empty_list,
    own_speaker,
)


class _Orgs:
    """Resolves "COA" and "het COA" to COA, as the organisation table does (any case)."""

    def resolve(self, name: str) -> str | None:
        return {"coa": "COA", "vng": "VNG"}.get(name.lower())


def _answer(org: list[str] | None = None) -> SimpleNamespace:
    return SimpleNamespace(question="?", filters={"org": org, "language": "en"})


def test_a_reason_naming_nothing_is_false() -> None:
    assert empty_list("topic_absent", {"words": []})
    assert empty_list("name_not_quoted", {"names": [], "speaker": "COA"})
    assert empty_list("topic_not_quoted", {"topic": "", "speaker": None})
    assert empty_list("not_listed", {"names": ["VNG"], "dates": []})


def test_a_reason_naming_something_passes_the_empty_check() -> None:
    assert empty_list("topic_absent", {"words": ["statushouders"]}) is None
    assert empty_list("low_confidence", {"confidence": 0.3}) is None
    assert empty_list("no_count", {"subject": "", "speaker": None}) is None  # {of} may be empty


def test_the_questions_own_speaker_listed_as_missing_is_false() -> None:
    orgs = _Orgs()
    assert own_speaker(
        orgs, _answer(["COA"]), "name_not_quoted", {"names": ["coa"], "speaker": "COA"}
    )
    assert own_speaker(orgs, _answer(["COA"]), "topic_absent", {"words": ["het COA"]})
    assert own_speaker(
        orgs, _answer(None), "not_together", {"names": ["the coa"], "speaker": "COA"}
    )


def test_another_organisation_listed_as_missing_passes() -> None:
    orgs = _Orgs()
    assert own_speaker(orgs, _answer(["COA"]), "name_not_quoted", {"names": ["VNG"]}) is None
    assert own_speaker(orgs, _answer(None), "name_not_quoted", {"names": ["coa"]}) is None
    # the organisation a question asks the absence or attendance of is named rightly
    assert own_speaker(orgs, _answer(["COA"]), "absence_unstated", {"names": ["COA"]}) is None


def test_the_dutch_forms_of_a_role_and_a_glossary_head() -> None:
    assert "voorzitter" in dutch_forms("chair")
    assert "voorzitter" in dutch_forms("chairman")
    assert "staatssecretaris" in dutch_forms("secretary")  # head of "state secretary"
    assert "uitstroom" not in dutch_forms("municipalities")  # not the head of "outflow to ..."
    assert "staatssecretaris" not in dutch_forms("secretary", heads=False)


def test_a_word_whose_dutch_form_occurs_is_not_absent() -> None:
    engine = SimpleNamespace(
        analyzer=SimpleNamespace(stemmer="dutch"), bm25=SimpleNamespace(terms={"huurhuis"})
    )
    written = {"voorzitter"}
    assert dutch_form_known(engine, written.__contains__, {"words": ["chair"]})
    assert dutch_form_known(engine, written.__contains__, {"words": ["huurhuizen"]})
    assert dutch_form_known(engine, written.__contains__, {"words": ["zonnepanelen"]}) is None
