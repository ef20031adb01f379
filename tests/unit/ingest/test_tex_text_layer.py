"""pdfTeX text layers (Computer Modern, OT1): spacing accents before their letter are composed
(the control-character bullet: tests/integration/test_tex_pdfs.py)."""

from __future__ import annotations

from lrt_search.ingest.cleaning import compose_accents, normalise_line


def test_spacing_accents_are_composed_with_the_next_letter() -> None:
    assert compose_accents("Financi\u00a8ele co\u00a8ordinatie") == "Financiële coördinatie"
    loose = "caf\u00b4e re\u00b8cu na\u00a8\u0131ef cr`eme"
    assert compose_accents(loose) == "café reçu naïef crème"
    assert normalise_line("Financi\u00a8ele consequenties") == "Financiële consequenties"


def test_loose_accents_and_quotes_are_left_alone() -> None:
    assert compose_accents("een `citaat' en \u00a8 alleen") == "een `citaat' en \u00a8 alleen"
    assert compose_accents("Financiële") == "Financiële"
