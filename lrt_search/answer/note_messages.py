"""The notes of what a question was understood as that are whole sentences (an answer's
``understood`` lines: "period of the topic (not of the meetings): ..."), in Dutch and English,
by key; the other notes are "label: value" (answer/messages.py renders reasons)."""

from __future__ import annotations

#: Notes of what was understood that are sentences, by key (the rest are "label: value").
NOTES: dict[str, dict[str, str]] = {
    "period of the topic": {
        "en": "period of the topic (not of the meetings): {value}",
        "nl": "periode van het onderwerp (niet van de vergaderingen): {value}",
    },
    "no record": {
        "en": "the register records no agreement or decision on \u201c{value}\u201d; "
        "what was said follows",
        "nl": "het register bevat geen afspraak of besluit over \u201c{value}\u201d; "
        "wat erover gezegd is volgt",
    },
    "most recent meeting": {
        "en": "no meeting named: the most recent meeting that says, {value}",
        "nl": "geen vergadering genoemd: de meest recente vergadering die het vermeldt, {value}",
    },
    "latest": {
        "en": "the most recent meeting that discusses it: {value}",
        "nl": "de meest recente vergadering die het bespreekt: {value}",
    },
    "agenda": {  # rule agenda_structure (answer/agenda_structure.py)
        "en": "the agenda of the minutes of {value}",
        "nl": "de agenda van de notulen van {value}",
    },
    "agenda of the most recent meeting": {
        "en": "no meeting named: the agenda of the most recent meeting, {value}",
        "nl": "geen vergadering genoemd: de agenda van de meest recente vergadering, {value}",
    },
    "meeting dates": {
        "en": "from the meetings' headers: {value}",
        "nl": "uit de koppen van de vergaderingen: {value}",
    },
    "meeting time": {
        "en": "the time from the header of the meeting of {value}",
        "nl": "de tijd uit de kop van de vergadering van {value}",
    },
    "meeting place": {
        "en": "the place from the header of the meeting of {value}",
        "nl": "de plaats uit de kop van de vergadering van {value}",
    },
    "next after": {
        "en": "no minutes after the period named: what its own minutes announce, {value}",
        "nl": "geen notulen na de genoemde periode: wat de notulen ervan aankondigen, {value}",
    },
    "next announced": {
        "en": "the next meeting as the minutes of {value} announce it",
        "nl": "de volgende vergadering zoals de notulen van {value} die aankondigen",
    },
    "meetings counted": {
        "en": "meetings that treat it, of those asked about: {value}",
        "nl": "vergaderingen die het behandelen, van de gevraagde: {value}",
    },
    "retried": {
        "en": "no passage where {value} speaks; searched all speakers",
        "nl": "geen passage waarin {value} spreekt; alle sprekers doorzocht",
    },
    "context, not the question": {  # rule preamble_context (answer.understanding)
        "en": "context, not the question: {value}",
        "nl": "context, niet de vraag: {value}",
    },
    "aside, not the question": {  # rule question_asides_read (answer.understanding)
        "en": "aside, not the question: {value}",
        "nl": "terzijde, niet de vraag: {value}",
    },
    "claim frame, not the question": {  # rule claim_frame_read (answer.understanding)
        "en": "claim frame, not the question: {value}",
        "nl": "beweringskader, niet de vraag: {value}",
    },
    "day of the topic": {  # rule day_of_mention (answer.understanding)
        "en": "day of the topic: {value}",
        "nl": "dag van het onderwerp: {value}",
    },
    "date of the topic, not of the meeting": {  # rule date_written (answer.date_written)
        "en": "date of the topic, not of the meeting: {value}",
        "nl": "datum van het onderwerp, niet van de vergadering: {value}",
    },
    "part": {"en": "part of the question: {value}", "nl": "deel van de vraag: {value}"},
    "part not answered": {  # rule question_parts: the reason is in the answer's language
        "en": "part not answered: {value}",
        "nl": "deel niet beantwoord: {value}",
    },
}
