"""The words of the web page, in Dutch (the default) and English (``?lang=en``)."""

from __future__ import annotations

from ..answer.messages import NOTES
from ..lazyre import lazy
from ..notes import Note
from ..search.everyday import UNHELD
from .messages import TEXTS

#: The English words of notes in Dutch ("2023-04-01 t/m 2023-04-30", "op 2025-03-19").
_DUTCH_WORDS = [
    (lazy(r" to (?=\d)"), " t/m "),
    (lazy(r"^on (?=\d)"), "op "),
    (lazy(r"^before (?=\d)"), "vóór "),
    (lazy(r"^after (?=\d)"), "na "),
    (lazy(r"^since (?=\d)"), "vanaf "),
    (lazy(r"^until (?=\d)"), "t/m "),
    (lazy(r", from the attendee lists\)"), ", uit de presentielijsten)"),
    (lazy(rf": {UNHELD}$"), ": in geen van deze jaren een vergadering"),
    (lazy(r"^spring\b"), "voorjaar"),
    (lazy(r"^summer\b"), "zomer"),
    (lazy(r"^(?:autumn|fall)\b"), "najaar"),
]


def note_text(note: str, lang: str) -> str:
    """One note of what an answer understood ("period: 2023-04-01 to 2023-04-30") in ``lang``,
    label and words both: "periode: 2023-04-01 t/m 2023-04-30" in Dutch."""
    coded = isinstance(note, Note) and bool(note.code)
    if isinstance(note, Note) and note.code:  # a code and parameters (lrt_search.notes)
        if not note.key:
            return note.text(lang)
        key, rest = note.key, note.text(lang)
    else:
        key, sep, rest = note.partition(": ")
        if not sep:
            return note
    if key in NOTES:  # a note that is a sentence ("retried: VNG")
        return NOTES[key][lang].format(value=rest)
    if lang == "nl" and key in ("period", "speaker") and not coded:
        for pattern, word in _DUTCH_WORDS:
            rest = pattern.sub(word, rest)
    if key in ("expanded", "glossary"):  # Dutch search words (of an English question): quoted
        more = rest.endswith(" …")
        words = rest.removesuffix(" …").split(", ")
        rest = ", ".join(f"“{w}”" for w in words) + (" …" if more else "")
    if key == "listed":  # register kinds: "afspraak, besluit" -> "agreement, decision"
        rest = ", ".join(TEXTS[lang].get(kind, kind) for kind in rest.split(", "))
    return f"{TEXTS[lang].get('note_' + key, key)}: {rest}"
