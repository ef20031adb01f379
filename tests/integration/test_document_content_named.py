"""Rule ``document_content_named`` (issue 16 task D): a question asking what a memo, note,
letter or report said ("Wat stond er in de nota van het COA over ...") is answered only by a
statement that names a document, not by one on the topic that names none. Switched off to show
the answer it changes. Its reason, ``no_document``, is true of the minutes."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.asked_document import asked_document, names_document
from lrt_search.answer.messages import Reason
from lrt_search.evaluation.reason_truth import CHECKERS, Minutes, false_reason
from lrt_search.service import Engine

UNNAMED = "Wat stond er in de nota van Defensie over de nareizigers via Zevenaar?"


def test_the_asked_document_is_read() -> None:
    assert asked_document("Wat stond er in de nota van het COA over de kosten?", False) == "nota"
    assert asked_document("What was in the memo the VNG sent about the LVV?", True) == "memo"
    assert asked_document("What did the letter to the co-governments cover?", True) == "letter"
    assert asked_document("What was the VNG's memo of March 2025 about?", True) == "memo"
    assert asked_document("Wat stond er in de governancenotitie?", False) == "governancenotitie"
    # a document named, its content not asked; "brief" of an English question; the minutes
    assert asked_document("Wanneer gaat de brief over de taakstelling uit?", False) == ""
    assert asked_document("What was said in the brief meeting on Budel?", True) == ""
    assert asked_document("What does the report say about Ter Apel?", True) == ""
    assert asked_document("Wat zei de VNG in de LRT over brieven?", False) == ""
    # "state" of "state secretary" is no verb of content
    question = "Which change to the letter did the IPO ask for, and did the state secretary agree?"
    assert asked_document(question, True) == ""


def test_documents_are_recognised_in_statements() -> None:
    assert names_document("Vrijdag na de MR gaan vier Kamerbrieven uit")
    assert names_document("verzending concept-brieven tot aan plaatsvinden van de LRT")
    assert names_document("Afspraak: doorgaan op de lijnen van de governancenotitie")
    assert not names_document("De VNG spreekt hun zorgen uit over de LVV")
    assert not names_document("Na een briefing in de Kamer")


def test_a_topic_without_the_document_is_not_an_answer(engine: Engine) -> None:
    answer = engine.ask(UNNAMED)
    assert answer.abstained, [c.quote for c in answer.citations]
    off = switched(engine, document_content_named=False).ask(UNNAMED)
    assert not off.abstained, off.reason


def test_a_statement_naming_the_document_answers(engine: Engine) -> None:
    answer = engine.ask("Wat stond er in de brief over het dwingend juridisch instrumentarium?")
    assert not answer.abstained, answer.reason
    assert any("genoemd in de brief" in c.quote for c in answer.citations)


def test_the_reason_names_the_document_and_is_true(engine: Engine) -> None:
    answer = engine.ask("Wat stond er in het rapport over de locatie Budel?")
    assert answer.reason_code == "no_document", answer.reason
    assert answer.reason_params["words"] == ["rapport"]
    assert false_reason(Minutes(engine), answer) is None
    english = Reason("no_document", {"words": ["memo"], "topic": "LVV"}).text("en")
    assert english == "no statement about \u201cLVV\u201d mentions a \u201cmemo\u201d"


def test_the_reason_checker_finds_a_document_named_on_the_topic(engine: Engine) -> None:
    check = CHECKERS["no_document"]
    minutes = Minutes(engine)
    # "JenV geeft een toelichting op de notitie governance ..."
    assert check(minutes, None, {"words": ["memo"], "topic": "governance"})
    assert check(minutes, None, {"words": ["memo"], "topic": "Zevenaar"}) is None
