"""Parse every variant of ``eval/make_variants.py`` and compare it with the clean corpus file.

    python eval/variant_report.py [VARIANT_DIR]

(without VARIANT_DIR the variants are generated in a temporary folder first). Per variant and
meeting it prints: the date (right or wrong), item agreement, speaker-attribution agreement, the
words of the clean file's statements and item titles that the variant lost (and the words it
added), attendee organisations kept, statements clean -> variant, words of the clean text
split in two in the variant ("wijzi- ging") and the share of clean statements found word for
word. Agreement is 1.0 when the variant parses exactly as the clean file. Items match by number
and title, statements by text, both allowing a character or two of difference (OCR misreads);
lost and added words are counted exactly. Meetings with OCR'd pages are marked; their text comes
from Tesseract.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_variants import CORPUS, corpus_files, write_variants

from lrt_search.config import Settings
from lrt_search.errors import ReadError
from lrt_search.ingest.corpus import read_file, read_minutes
from lrt_search.models import Meeting

_WORD = re.compile(r"\w+")
SIMILAR = 0.95  # how alike two texts must be to count as the same item or statement


@dataclass(frozen=True)
class Comparison:
    """How one variant meeting compares with the clean meeting of the same date."""

    variant: str
    source: str
    date: str
    date_ok: bool
    items: float  # share of items with the same number and title (of the larger item count)
    speakers: float  # share of clean statements found with the same speakers
    words: int  # words in the clean statements and titles
    lost: int  # of those, not found in the variant
    added: int  # words in the variant that the clean file does not have
    attendee_orgs: float  # share of clean attendee organisations kept, in order
    ocr: bool  # some text of this meeting was read by OCR
    statements: tuple[int, int] = (0, 0)  # statements in the clean parse, in the variant parse
    split: int = 0  # words of the clean text broken in two in the variant ("wijzi- ging")
    verbatim: float = 1.0  # share of clean statements found word for word in the variant

    def row(self) -> str:
        """One line of the report table."""
        return (
            f"| {self.variant} | {self.source} | {self.date} | {'ok' if self.date_ok else 'WRONG'}"
            f" | {self.items:.3f} | {self.speakers:.3f} | {self.lost} / {self.words}"
            f" | {self.added} | {self.attendee_orgs:.3f} | {'yes' if self.ocr else ''}"
            f" | {self.statements[0]} -> {self.statements[1]} | {self.split}"
            f" | {self.verbatim:.3f} |"
        )


HEADER = (
    "| variant | file | date | date ok | items | speakers | words lost | words added"
    " | attendee orgs | OCR | statements | words split | verbatim |"
    "\n|---|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|"
)
_HALVES = re.compile(r"(\w+)-\s*(\w+)")


def split_words(clean: Meeting, got: Meeting) -> int:
    """Words of the clean meeting that the variant's statements hold as two halves
    ("wijzi- ging", "wijzi-ging"): the halves joined are a clean word, the halves are not."""
    vocabulary = set(_words(" ".join(s.text for s in clean.statements)))
    hyphenated = {m.group(0).lower() for s in clean.statements for m in _HALVES.finditer(s.text)}
    return sum(
        1
        for s in got.statements
        for m in _HALVES.finditer(s.text)
        if (m[1] + m[2]).lower() in vocabulary and m.group(0).lower() not in hyphenated
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _key(text: str) -> str:
    return " ".join(_words(text))


_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+")
_SUB_NUMBER = re.compile(r"^(\d{1,2})\.(\d)$")


def _statement_key(text: str) -> str:
    """A statement's words without a leading list number or letter ("1.", "a)"): a variant that
    numbers the bullets of a list holds the same statements."""
    return _key(_LIST_MARK.sub("", text))


def _item_number(number: str | None) -> str:
    """An item number with a decimal sub-item written as a letter: "2.1" -> "2a"."""
    m = _SUB_NUMBER.match(number or "")
    return f"{m[1]}{chr(ord('a') + int(m[2]) - 1)}" if m else number or ""


def _body_words(meeting: Meeting) -> Counter[str]:
    words: Counter[str] = Counter()
    for item in meeting.items:
        words.update(_words(" ".join(item.titles)))
        for statement in item.statements:
            words.update(_words(statement.text))
    return words


def _similar(a: str, b: str) -> bool:
    """Equal, or nearly so (OCR misreads a character or two: "2023-II" as "2023-Il")."""
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _match(clean: list[str], got: list[str]) -> list[int | None]:
    """For each clean text, the index of the variant text it matches (exactly first, then
    nearly), each variant text used once."""
    free = set(range(len(got)))
    found: list[int | None] = [None] * len(clean)
    for i, text in enumerate(clean):
        j = next((j for j in sorted(free) if got[j] == text), None)
        if j is not None:
            found[i] = j
            free.discard(j)
    for i, text in enumerate(clean):
        if found[i] is None:
            j = next((j for j in sorted(free) if _similar(text, got[j])), None)
            if j is not None:
                found[i] = j
                free.discard(j)
    return found


def compare(variant: str, clean: Meeting, got: Meeting) -> Comparison:
    """Compare the parse of a variant with the parse of the clean file. Items match by number
    and (nearly) the same title; statements by (nearly) the same text; words exactly."""
    clean_items = [f"{_item_number(i.number)} {_key(i.title)}" for i in clean.items]
    got_items = [f"{_item_number(i.number)} {_key(i.title)}" for i in got.items]
    same = sum(1 for j in _match(clean_items, got_items) if j is not None)
    items = same / max(len(clean_items), len(got_items), 1)
    got_statements = list(got.statements)
    matched = _match(
        [_statement_key(s.text) for s in clean.statements],
        [_statement_key(s.text) for s in got_statements],
    )
    agree = sum(
        1
        for s, j in zip(clean.statements, matched, strict=True)
        if j is not None and got_statements[j].speakers == s.speakers
    )
    speakers = agree / max(len(clean.statements), len(got_statements), 1)
    clean_words, got_words = _body_words(clean), _body_words(got)
    orgs = [a.org_code or a.organisation for a in clean.attendees]
    got_orgs = [a.org_code or a.organisation for a in got.attendees]
    kept = sum(1 for a, b in zip(orgs, got_orgs, strict=False) if a == b)
    return Comparison(
        variant=variant,
        source=got.source.name,
        date=clean.date.isoformat(),
        date_ok=got.date == clean.date,
        items=items,
        speakers=speakers,
        words=sum(clean_words.values()),
        lost=sum((clean_words - got_words).values()),
        added=sum((got_words - clean_words).values()),
        attendee_orgs=kept / max(len(orgs), len(got_orgs), 1),
        ocr=any(s.span.ocr for s in got.statements),
        statements=(len(clean.statements), len(got_statements)),
        split=split_words(clean, got),
        verbatim=_verbatim(clean, got),
    )


def _verbatim(clean: Meeting, got: Meeting) -> float:
    """The share of clean statements whose text stands word for word in one variant statement."""
    texts = [" ".join(s.text.split()) for s in got.statements]
    found = sum(
        1 for s in clean.statements if any(" ".join(s.text.split()) in text for text in texts)
    )
    return found / max(len(clean.statements), 1)


def clean_meetings(corpus: Path = CORPUS) -> dict[dt.date, Meeting]:
    """The parse of the clean corpus files, by meeting date."""
    settings = Settings()
    return {m.date: m for m in (read_minutes(p, settings) for p in corpus_files(corpus))}


def compare_meetings(
    variant: str, meetings: Iterable[Meeting], clean: dict[dt.date, Meeting]
) -> list[Comparison]:
    """Compare each meeting read from a variant with the clean meeting of its date (or, for a
    wrong date, of the nearest date)."""
    rows = []
    for meeting in meetings:
        reference = clean.get(meeting.date)
        if reference is None:
            reference = clean[min(clean, key=lambda d: abs((d - meeting.date).days))]
        rows.append(compare(variant, reference, meeting))
    return rows


def compare_all(
    variant_dir: Path,
    corpus: Path = CORPUS,
    exclude: tuple[str, ...] = (),
    failed: list[str] | None = None,
) -> list[Comparison]:
    """Compare every variant under ``variant_dir`` (but the ``exclude`` folders) with the clean
    files of ``corpus``. A file that cannot be read goes to ``failed`` (as its one-line error)
    when that list is given, else the error is raised."""
    settings = Settings()
    clean = clean_meetings(corpus)
    rows: list[Comparison] = []
    for folder in sorted(p for p in variant_dir.iterdir() if p.is_dir()):
        if folder.name in exclude:
            continue
        for path in sorted(folder.iterdir()):
            try:
                meetings = read_file(path, settings).meetings
            except ReadError as exc:
                if failed is None:
                    raise
                failed.append(f"{folder.name}: {exc}")
                continue
            rows.extend(compare_meetings(folder.name, meetings, clean))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the report table (generating the variants first when no folder is given)."""
    args = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args[0]) if args else Path(tmp)
        if not args:
            write_variants(folder)
        failed: list[str] = []
        rows = compare_all(folder, failed=failed)
    print(HEADER)
    for row in rows:
        print(row.row())
    dates = sum(r.date_ok for r in rows)
    print(
        f"\n{len(rows)} variant meetings: dates right {dates}/{len(rows)}; "
        f"worst items {min(r.items for r in rows):.3f}; "
        f"worst speakers {min(r.speakers for r in rows):.3f}; "
        f"words lost {sum(r.lost for r in rows if not r.ocr)} outside OCR'd meetings, "
        f"{sum(r.lost for r in rows if r.ocr)} in OCR'd meetings; "
        f"words split {sum(r.split for r in rows)}; files not read {len(failed)}"
    )
    for line in failed:
        print(f"not read: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
