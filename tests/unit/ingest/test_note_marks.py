"""Footnote reference marks in a PDF's text layer (``ingest/note_marks.py``)."""

from __future__ import annotations

from lrt_search.ingest.note_marks import MASK, masked, note_mark_positions


class _Page:
    """A text page: each character's font size and bottom edge."""

    def __init__(self, text: str, sizes: list[float], bottoms: list[float]) -> None:
        self.text, self.sizes, self.bottoms = text, sizes, bottoms
        self.raw = self

    def count_chars(self) -> int:
        return len(self.text)

    def get_charbox(self, i: int) -> tuple[float, float, float, float]:
        return (float(i), self.bottoms[i], float(i + 1), self.bottoms[i] + self.sizes[i])


def test_small_raised_digits_after_a_word_are_a_note_mark(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2.raw as pdfium_c

    text = "door DGSZI.1 en 2023 of 12 juli"
    sizes = [10.5] * len(text)
    bottoms = [100.0] * len(text)
    i = text.index("1 en")
    sizes[i], bottoms[i] = 6.1, 104.0
    page = _Page(text, sizes, bottoms)
    monkeypatch.setattr(pdfium_c, "FPDFText_GetFontSize", lambda tp, k: tp.sizes[k])
    assert note_mark_positions(text, page) == [i]
    assert masked(text, [i]).replace(MASK, "") == "door DGSZI. en 2023 of 12 juli"
    # the same digit in the text's own size and baseline is text
    page.sizes[i], page.bottoms[i] = 10.5, 100.0
    assert note_mark_positions(text, page) == []


def test_a_footnote_moves_from_the_page_foot_to_its_mark() -> None:
    from lrt_search.ingest.note_marks import with_notes_in_place

    raw = "• A zegt dat.1\n• B vraagt of het\ndoorgaat\n1Zie de bijlage.\nPagina 1 van 2"
    mark = raw.index("1\n")
    text = raw[:mark] + raw[mark + 1 :]
    assert with_notes_in_place(text, [mark], raw) == (
        "• A zegt dat.\n\nZie de bijlage.\n\n• B vraagt of het\ndoorgaat\nPagina 1 van 2"
    )
    # no sentence ends between the mark and the notes: left where it stands
    raw2 = "• A zegt1 dat\n1 Zie de bijlage.\nPagina 1"
    mark2 = raw2.index("1 dat")
    text2 = raw2[:mark2] + raw2[mark2 + 1 :]
    assert with_notes_in_place(text2, [mark2], raw2) == text2

    # a heading "2a." below the mark is no note 2 when note 2 follows it
    raw3 = "• A zegt dat.2\n2a. Governance\n• C\n2Zie de bijlage.\nPagina 1"
    mark3 = raw3.index("2\n")
    text3 = raw3[:mark3] + raw3[mark3 + 1 :]
    assert with_notes_in_place(text3, [mark3], raw3) == (
        "• A zegt dat.\n\nZie de bijlage.\n\n2a. Governance\n• C\nPagina 1"
    )
