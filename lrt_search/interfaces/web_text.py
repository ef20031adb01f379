"""The words of the web page, in Dutch (the default) and English (``?lang=en``)."""

from __future__ import annotations

import re

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Notulen LRT doorzoeken",
        "search": "Zoeken",
        "ask": "Vraag stellen",
        "decisions": "Besluiten en acties",
        "meetings": "Vergaderingen",
        "api": "API",
        "query": "Zoekvraag",
        "placeholder": "Bijvoorbeeld: wat zei het IPO over indeplaatsstelling?",
        "organisation": "Organisatie",
        "any": "alle",
        "since": "Vanaf",
        "until": "Tot en met",
        "meeting": "Vergadering",
        "mode": "Zoekwijze",
        "kind": "Soort",
        "results": "resultaten",
        "no_results": "Geen passages gevonden met deze filters.",
        "answer": "Antwoord",
        "confidence": "zekerheid",
        "understood": "Begrepen",
        "note_speaker": "spreker",
        "note_period": "periode",
        "note_glossary": "woordenlijst",
        "unread": "Niet begrepen",
        "note_listed": "opgesomd",
        "closest": "Dichtstbijzijnde passages",
        "who": "Wie moet handelen",
        "nobody": "niet genoemd",
        "count": "aantal",
        "per_meeting": "Per vergadering",
        "per_org": "Per organisatie",
        "per_kind": "Per soort",
        "filter": "Filteren",
        "source": "Bron",
        "lines": "regels",
        "page": "pagina",
        "open_pdf": "PDF openen op deze pagina",
        "back": "terug",
        "error": "Fout",
        "items": "agendapunten",
        "text": "Tekst",
        "speakers": "sprekers",
        "cited": "geciteerde regels",
        "language": "English",
        "afspraak": "afspraak",
        "besluit": "besluit",
        "actie": "actie",
        "endpoints": "Eindpunten",
        "parameters": "parameters",
        "did_you_mean": "Bedoelde u",
        "note_spelling": "spelling",
        "syntax": 'Zoektaal: "exacte woorden" · -uitsluiten · spreiding OR opvang · org:VNG · '
        "date:2023-11",
    },
    "en": {
        "title": "Search the LRT minutes",
        "search": "Search",
        "ask": "Ask",
        "decisions": "Decisions and actions",
        "meetings": "Meetings",
        "api": "API",
        "query": "Query",
        "placeholder": "For example: what did IPO say about indeplaatsstelling?",
        "organisation": "Organisation",
        "any": "all",
        "since": "From",
        "until": "Up to",
        "meeting": "Meeting",
        "mode": "Mode",
        "kind": "Kind",
        "results": "results",
        "no_results": "No passages match these filters.",
        "answer": "Answer",
        "confidence": "confidence",
        "understood": "Understood",
        "note_speaker": "speaker",
        "note_period": "period",
        "note_glossary": "glossary",
        "unread": "Not understood",
        "note_listed": "listed",
        "closest": "Closest passages",
        "who": "Who must act",
        "nobody": "not named",
        "count": "count",
        "per_meeting": "Per meeting",
        "per_org": "Per organisation",
        "per_kind": "Per kind",
        "filter": "Filter",
        "source": "Source",
        "lines": "lines",
        "page": "page",
        "open_pdf": "Open the PDF at this page",
        "back": "back",
        "error": "Error",
        "items": "agenda items",
        "text": "Text",
        "speakers": "speakers",
        "cited": "cited lines",
        "language": "Nederlands",
        "afspraak": "agreement",
        "besluit": "decision",
        "actie": "action",
        "endpoints": "Endpoints",
        "parameters": "parameters",
        "did_you_mean": "Did you mean",
        "note_spelling": "spelling",
        "syntax": 'Syntax: "exact phrase" · -exclude · spreiding OR opvang · org:VNG · '
        "date:2023-11",
    },
}

#: How a period note joins its two dates in each language ("2023-04-01 t/m 2023-04-30").
_PERIOD_JOIN = {"nl": " t/m ", "en": " to "}


_RETRIED = re.compile(r"no passage where (.+) speaks; searched all speakers")


def note_text(note: str, lang: str) -> str:
    """One note of what an answer understood ("period: 2023-04-01 to 2023-04-30") in ``lang``,
    label and words both: "periode: 2023-04-01 t/m 2023-04-30" in Dutch."""
    retried = _RETRIED.fullmatch(note)
    if retried and lang == "nl":
        return f"geen passage waarin {retried.group(1)} spreekt; alle sprekers doorzocht"
    key, sep, rest = note.partition(": ")
    if not sep:
        return note
    if key == "period":
        rest = rest.replace(" to ", _PERIOD_JOIN.get(lang, " to "))
    if key == "listed":  # register kinds: "afspraak, besluit" -> "agreement, decision"
        rest = ", ".join(TEXTS[lang].get(kind, kind) for kind in rest.split(", "))
    return f"{TEXTS[lang].get('note_' + key, key)}: {rest}"
