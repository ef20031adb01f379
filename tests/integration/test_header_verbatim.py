"""The header chunk is source text: attendance, time and place questions are answered from the
lines the minutes write, and every quote from it occurs verbatim in the source."""

from __future__ import annotations

from pathlib import Path

from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine


def _source(engine: Engine, source: str) -> str:
    return normalize_for_match((Path(engine.settings.corpus_dir) / source).read_text())


def test_attendance_answer_quotes_the_header_verbatim(engine: Engine) -> None:
    answer = engine.ask("Wie waren aanwezig bij de LRT van 10 november 2023?")
    assert not answer.abstained, answer.reason
    headers = [c for c in answer.citations if c.chunk_id.endswith("#header")]
    assert headers, [c.chunk_id for c in answer.citations]
    for c in headers:
        assert "Groot Wassink" in c.quote
        assert normalize_for_match(c.quote) in _source(engine, c.source)


def test_time_and_place_questions_find_the_header_as_written(engine: Engine) -> None:
    hits = engine.search("Hoe laat en waar was de vergadering van 10 november 2023?", k=5)
    header = next(h for h in hits if h.chunk.kind == "header")
    assert "10 november 2023, 9.15 uur" in header.chunk.text
    assert "Webex" in header.chunk.text
    for line in header.chunk.text.split("\n"):
        assert normalize_for_match(line) in _source(engine, header.chunk.source)


def test_every_header_chunk_is_source_text(engine: Engine) -> None:
    headers = [c for c in engine.chunks if c.kind == "header"]
    assert len(headers) == 5
    for chunk in headers:
        source = _source(engine, chunk.source)
        for line in chunk.text.split("\n"):
            assert normalize_for_match(line) in source, (chunk.chunk_id, line)


def test_attendee_lists_one_person_a_line_are_read_whole() -> None:
    from lrt_search.answer.attendance import attendee_lists
    from lrt_search.ingest.corpus import read_minutes

    header = read_minutes("corpus/2025-03-19-lrt.txt").chunks[0]
    lists = dict(attendee_lists(header.text))
    assert lists["Aanwezig"].startswith("Mw. Faber (AenM, voorzitter) Mw. Keizer (VRO)")
    assert "Dhr. Schoenmaker (COA)" in lists["Aanwezig"]
    assert "Uitermark" in lists["Afwezig"] and "Uitermark" not in lists["Aanwezig"]
    source = normalize_for_match(Path("corpus/2025-03-19-lrt.txt").read_text())
    assert normalize_for_match(lists["Aanwezig"]) in source
