"""The one message table of every human output (CLI, web page, exports), Dutch and English.

A Dutch output uses only the ``nl`` words, an English one only the ``en`` words; citations,
which the index stores in one (English) form for JSON, are put in the output's language by
:func:`citation_text`.
"""

from __future__ import annotations

from ..lazyre import lazy

#: The words of the interfaces, Dutch first.
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
        "note_comparison": "vergelijking",
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
        "item": "Agendapunt",
        "found": "{n} gevonden",
        "no_decisions": "geen besluiten of acties met deze filters",
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
        "note_synonyms": "synoniemen",
        "high": "hoog",
        "medium": "gemiddeld",
        "low": "laag",
        "low_caveat": "de citaten beantwoorden de vraag mogelijk niet; lees de bron na",
        "timeline": "Tijdlijn:",
        "compared": "Vergelijking, per kant:",
        "side": "kant",
        "closest_short": "dichtstbij",
        "decision": "besluit",
        "action": "actie",
        "statement": "uitspraak",
        "no_passages": "geen passages met deze filters",
        "download": "Downloaden",
        "examples": "Voorbeeldvragen",
        "corpus_span": "{meetings} vergaderingen, {first} tot en met {last}, {items} agendapunten",
        "statements": "Uitspraken",
        "org_page": "Organisatie",
        "filters_button": "Filters",
        "note_spelling": "spelling",
        "note_abbreviation": "afkorting",
        "note_expanded": "aangevuld met",
        "note_earlier": "eerder besproken",
        "warning": "waarschuwing",
        "skipped": "overgeslagen:",
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
        "note_comparison": "comparison",
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
        "item": "Item",
        "found": "{n} found",
        "no_decisions": "no decisions or actions match the filters",
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
        "note_synonyms": "synonyms",
        "high": "high",
        "medium": "medium",
        "low": "low",
        "low_caveat": "the quotes may not answer the question; check the source",
        "timeline": "Timeline:",
        "compared": "Comparison, by side:",
        "side": "side",
        "closest_short": "closest",
        "decision": "decision",
        "action": "action",
        "statement": "statement",
        "no_passages": "no passages match the filters",
        "download": "Download",
        "examples": "Example questions",
        "corpus_span": "{meetings} meetings, {first} to {last}, {items} agenda items",
        "statements": "Statements",
        "org_page": "Organisation",
        "filters_button": "Filters",
        "note_spelling": "spelling",
        "note_abbreviation": "abbreviation",
        "note_expanded": "expanded",
        "note_earlier": "discussed earlier",
        "warning": "warning",
        "skipped": "skipped",
        "syntax": 'Syntax: "exact phrase" · -exclude · spreiding OR opvang · org:VNG · '
        "date:2023-11",
    },
}


#: The column names of the CSV downloads: English is the JSON's own field names.
COLUMNS: dict[str, dict[str, str]] = {
    "nl": {
        "rank": "rang",
        "meeting_date": "vergaderdatum",
        "item": "agendapunt",
        "item_title": "titel_agendapunt",
        "speakers": "sprekers",
        "citation": "bron",
        "source": "bestand",
        "line_start": "eerste_regel",
        "line_end": "laatste_regel",
        "page_start": "eerste_pagina",
        "page_end": "laatste_pagina",
        "text": "tekst",
        "kind": "soort",
        "orgs": "organisaties",
    },
    "en": {
        "rank": "rank",
        "meeting_date": "meeting_date",
        "item": "item",
        "item_title": "item_title",
        "speakers": "speakers",
        "citation": "citation",
        "source": "source",
        "line_start": "line_start",
        "line_end": "line_end",
        "page_start": "page_start",
        "page_end": "page_end",
        "text": "text",
        "kind": "kind",
        "orgs": "orgs",
    },
}

_CITATION_WORDS = {
    "nl": [
        (lazy(r"(?<=· )item (?=\S)"), "agendapunt "),
        (lazy(r"\blines (?=\d)"), "regels "),
        (lazy(r"\bline (?=\d)"), "regel "),
        (lazy(r"\bpp\. (?=\d)"), "p. "),
        (lazy(r"(?<=· )header(?= ·)"), "kop"),
        (lazy(r"(?<=· )present(?= ·)"), "aanwezig"),
        (lazy(r"(?<=· )absent(?= ·)"), "afwezig"),
    ],
    "en": [],
}


def lang_of(english: bool) -> str:
    """``en`` or ``nl``."""
    return "en" if english else "nl"


def citation_text(citation: str, lang: str) -> str:
    """``LRT 2023-11-03 · item 2-4 · lines 161-162`` in ``lang``: Dutch says ``agendapunt``
    and ``regels``, ``kop`` for a meeting's header and ``aanwezig`` / ``afwezig`` for its
    attendee lists (``present`` / ``absent``)."""
    for pattern, word in _CITATION_WORDS.get(lang, []):
        citation = pattern.sub(word, citation)
    return citation


def confidence_text(label: str, value: float, lang: str, answered: bool = False) -> str:
    """``zekerheid hoog (0.81)`` / ``confidence high (0.81)``; an answer labelled low is
    followed by a plain caveat (``confidence low (0.42) · the quotes may not answer the
    question; check the source``): below the label medium the quotes hold the answer about
    half the time (docs/settings.md, ``abstain_below``)."""
    words = TEXTS[lang]
    text = f"{words['confidence']} {words[label]} ({value:.2f})"
    return f"{text} · {words['low_caveat']}" if answered and label == "low" else text


def item_text(item: str, lang: str) -> str:
    """An agenda item label (``item 2-4``) in ``lang`` (``agendapunt 2-4``)."""
    return citation_text("· " + item, lang)[2:]
