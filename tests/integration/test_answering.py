"""`ask`: extractive answers with verbatim quotes, speaker and period scope, abstention."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from lrt_search.answer.candidates import required_terms
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.search.parsed import understand
from lrt_search.search.question_period import find_period, half_years
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[2]


def _source_lines(built_corpus: Path, source: str, start: int, end: int) -> str:
    lines = (built_corpus / source).read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[start - 1 : end])


def _check_quotes_verbatim(engine: Engine, answer, corpus: Path) -> None:
    by_id = {c.chunk_id: c for c in engine.chunks}
    for c in answer.citations:
        chunk = by_id[c.chunk_id]
        assert c.quote in chunk.text, (c.quote, chunk.chunk_id)
        cited = _source_lines(corpus, chunk.source, c.span.line_start, c.span.line_end)
        # The cited lines hold the quote (white space, quote marks and redactions normalised).
        cited_norm = normalize_for_match(re.sub(r"\[redacted\]", "[redacted]", cited, flags=re.I))
        cited_norm = cited_norm.replace("• ", "").replace("\no ", " ")
        assert normalize_for_match(c.quote) in re.sub(r"(^| )[•o] ", r"\1", cited_norm), (
            c.quote,
            c.citation,
        )
        assert c.citation.startswith(f"LRT {c.meeting_date.isoformat()} · ")


def test_ipo_indeplaatsstelling_only_ipo_november_2023(engine: Engine, built) -> None:
    answer = engine.ask("what did IPO say about indeplaatsstelling")
    assert not answer.abstained
    assert answer.filters["org"] == ["IPO"]
    assert answer.citations
    for c in answer.citations:
        assert c.speaker is not None and "IPO" in c.speaker.split(", "), c
        assert c.meeting_date.year == 2023 and c.meeting_date.month == 11, c
    quotes = " ".join(normalize_for_match(c.quote) for c in answer.citations)
    assert "ipo herkent de geuite zorgen" in quotes
    assert "verschillende provincies zijn bezig met indeplaatsstellingen" in quotes
    assert {c.meeting_date for c in answer.citations} == {
        dt.date(2023, 11, 3),
        dt.date(2023, 11, 10),
    }
    _check_quotes_verbatim(engine, answer, built.corpus)
    # No statement of another organisation slipped in: every quoted statement has IPO as speaker.
    statements = {s.text: s for c in engine.chunks for s in c.statements}
    for c in answer.citations:
        assert "IPO" in statements[c.quote].speakers


def test_dutch_org_alias_and_english_commissioners(engine: Engine) -> None:
    answer = engine.ask("Wat zeiden de CdK's over de PRT's?")
    assert answer.filters["org"] == ["CdK"]
    assert answer.citations and all("CdK" in (c.speaker or "") for c in answer.citations)
    english = engine.ask("What did the King's Commissioners say about the PRTs?")
    assert english.filters["org"] == ["CdK"]
    assert english.citations and all("CdK" in (c.speaker or "") for c in english.citations)


def test_date_scoped_question_cites_only_that_period(engine: Engine, built) -> None:
    answer = engine.ask("Wat werd er in april 2023 over de Spreidingswet gezegd?")
    assert answer.filters["since"] == "2023-04-01" and answer.filters["until"] == "2023-04-30"
    assert not answer.abstained and answer.citations
    assert all(c.meeting_date == dt.date(2023, 4, 6) for c in answer.citations)
    _check_quotes_verbatim(engine, answer, built.corpus)
    march = engine.ask("What did the minister for asylum and migration explain in March 2025?")
    assert march.citations
    assert all(c.meeting_date == dt.date(2025, 3, 19) for c in march.citations)


def test_explicit_filters_override_the_question(engine: Engine) -> None:
    answer = engine.ask(
        "what did IPO say about indeplaatsstelling",
        org="VNG",
        since="2023-11-01",
        until="2023-11-30",
    )
    assert answer.filters["org"] == ["VNG"]
    assert all("VNG" in (c.speaker or "") for c in answer.citations)


def test_english_question_finds_dutch_passages(engine: Engine, built) -> None:
    answer = engine.ask("What is the housing target for the second half of 2022?")
    assert not answer.abstained
    assert "taakstelling" in answer.filters["glossary_terms"]
    quotes = [normalize_for_match(c.quote) for c in answer.citations]
    assert any("de taakstelling voor 2022-ii is vastgesteld op 13.500" in q for q in quotes)
    _check_quotes_verbatim(engine, answer, built.corpus)


def test_timeline_one_entry_per_meeting(engine: Engine, built) -> None:
    answer = engine.ask("How did the situation in Ter Apel develop?")
    assert answer.timeline and not answer.abstained
    dates = [c.meeting_date for c in answer.citations]
    assert len(dates) == len(set(dates)) >= 2
    assert dates == sorted(dates)
    assert any("ter apel" in normalize_for_match(c.quote) for c in answer.citations)
    _check_quotes_verbatim(engine, answer, built.corpus)


def test_unanswerable_questions_abstain(engine: Engine) -> None:
    for question in (
        "Hoeveel kost de Hotel en Accommodatieregeling (HAR) per persoon per nacht?",
        "What was decided at the LRT meeting of 18 December 2024?",
        "Wat was de taakstelling huisvesting vergunninghouders voor 2024-I?",
    ):
        answer = engine.ask(question)
        assert answer.abstained, (question, [c.quote for c in answer.citations])
        assert answer.citations == []
        assert answer.to_dict()["abstained"] is True


def test_attendee_question_quotes_the_list(engine: Engine) -> None:
    answer = engine.ask("Who represented Aedes at the meeting of 3 November 2023?")
    assert not answer.abstained
    assert answer.citations[0].speaker == "Dhr. Kip (Aedes)"
    assert "Dhr. Kip (Aedes)" in answer.citations[0].quote
    absent = engine.ask("Wie was er afwezig namens BZK op 19 maart 2025?")
    assert "Uitermark" in (absent.citations[0].speaker or "")


def test_every_quote_of_many_answers_is_verbatim(engine: Engine, built) -> None:
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "eval" / "questions.jsonl").read_text().splitlines()[:40]
    ]
    for question in questions:
        _check_quotes_verbatim(engine, engine.ask(question), built.corpus)


def test_answer_json_shape(engine: Engine) -> None:
    data = engine.ask("wat is de taakstelling voor 2025-II?").to_dict()
    assert set(data) >= {"question", "answer", "abstained", "confidence", "filters", "citations"}
    assert data["citations"]
    for c in data["citations"]:
        assert set(c) >= {"chunk_id", "meeting_date", "item", "citation", "quote", "speaker"}
        dt.date.fromisoformat(c["meeting_date"])
    json.dumps(data)


def test_scope_parsing() -> None:
    from lrt_search.lexicon.glossary import Glossary
    from lrt_search.lexicon.organisations import OrgTable

    table = OrgTable.default()
    assert understand("what did IPO say about indeplaatsstelling", table, None).orgs == ("IPO",)
    assert understand("Wat vond het IPO?", table, None).orgs == ("IPO",)
    assert understand("wat zei de staatssecretaris", table, None).orgs == ("SJenV",)
    assert understand("What was said about VWS and OCW joining the LRT?", table, None).orgs == ()
    assert understand("wat is de taakstelling voor 2022-II?", table, None).since is None
    assert find_period("op 8 juli 2022")[:2] == (dt.date(2022, 7, 8), dt.date(2022, 7, 8))
    assert find_period("in november 2023")[:2] == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert find_period("March 2025")[:2] == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert find_period("in 2023")[:2] == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert find_period("since 2023")[:2] == (dt.date(2023, 1, 1), None)
    assert half_years("the second half of 2025") == ["2025-II"]
    assert half_years("de eerste helft van 2024") == ["2024-I"]
    scope = understand("what is the housing target for status holders", table, Glossary.default())
    assert scope.english and "taakstelling" in scope.glossary_terms
    assert required_terms("What did VB say about the 30,000 scheme in 2024-I?") == {
        "30000",
        "2024-i",
    }


@pytest.mark.parametrize("question", ["What?", "Who did it?", "Wie?", "?", "Is it?"])
def test_a_question_of_stopwords_only_abstains_without_arbitrary_passages(
    engine: Engine, question: str
) -> None:
    """Only Dutch or English stopwords: nothing to look for ("What?" was answered with six
    arbitrary quotes at medium 0.82), and no "closest passages" that are arbitrary too."""
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_words", answer
    assert answer.closest == [] and answer.citations == []
    assert "closest" not in str(answer).lower() and "dichtstbij" not in str(answer).lower()
    assert not engine.ask("Wat zei de VNG?").abstained  # a speaker is something to look for


def test_an_english_noun_on_the_long_stopword_list_is_a_word(engine: Engine) -> None:
    """Rule no_words_nouns: stopwordsiso's English list holds nouns ("places", "bill"), so
    "Did the places come up at all?" abstained `no_words` though it asks about places."""
    question = "Did the places come up at all?"
    answer = engine.ask(question)
    assert answer.reason_code != "no_words", answer.reason
    off = engine.with_settings(engine.settings.replace(no_words_nouns=False))
    assert off.ask(question).reason_code == "no_words"
    assert engine.ask("What did they do?").reason_code == "no_words"  # no noun: still none
