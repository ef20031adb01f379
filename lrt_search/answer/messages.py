"""The one message table of abstentions: a reason code and its parameters, rendered in Dutch or
English. Checks (:mod:`lrt_search.answer.checks`) name a code; nothing parses the text back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..lexicon.wordlists import words
from .note_messages import NOTES as NOTES  # re-exported: web_text and tests read it here

#: code -> language -> (template for one item, template for several). Fields: ``{names}``,
#: ``{words}`` (quoted lists), ``{period}`` (``{in_period}``: "in 2024", "on 2024-12-18"),
#: ``{when}`` (" in 2024" or nothing), ``{topic}``, ``{premise}``, ``{confidence}``, and
#: ``{who}`` / ``{by}`` / ``{of}`` made from the ``speaker`` and ``subject`` parameters.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "no_words": {
        "en": ("the question has no words to look for",) * 2,
        "nl": ("de vraag bevat geen woorden om naar te zoeken",) * 2,
    },
    "name_absent": {
        "en": ("{names} does not occur in the minutes", "{names} do not occur in the minutes"),
        "nl": ("{names} komt niet voor in de notulen", "{names} komen niet voor in de notulen"),
    },
    "no_meeting": {
        "en": ("the corpus has no meeting {in_period}",) * 2,
        "nl": ("er is geen vergadering {in_period} in het corpus",) * 2,
    },
    "topic_absent": {
        "en": ("the topic {words} does not occur in the minutes",) * 2,
        "nl": ("het onderwerp {words} komt niet voor in de notulen",) * 2,
    },
    "topic_head_unread": {  # rule glossary_head_reason (answer.glossary_reason)
        "en": (
            "{words} alone is not read as a word of the minutes: they write {terms} for "
            "{phrases}, which the question does not name",
        )
        * 2,
        "nl": (
            "{words} alleen wordt niet gelezen als woord van de notulen: die schrijven "
            "{terms} voor {phrases}, wat de vraag niet noemt",
        )
        * 2,
    },
    "no_amount": {
        "en": ("no statement{who} states an amount of money{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een geldbedrag{of}{when}",) * 2,
    },
    "no_percentage": {
        "en": ("no statement{who} states a percentage{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een percentage{of}{when}",) * 2,
    },
    "no_time": {
        "en": ("no statement{who} states a time{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een tijdstip{of}{when}",) * 2,
    },
    "no_length": {  # rule length_stated (answer.durations)
        "en": ("no statement{who} states how long or until when{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een duur of een einde{of}{when}",) * 2,
    },
    "no_event_time": {  # rule event_time (answer.event_time)
        "en": ("no statement{who} gives a time for {words}{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een tijdstip voor {words}{of}{when}",) * 2,
    },
    "no_frequency": {  # rule often_stated (answer.asked_detail)
        "en": ("no statement{who} states a frequency{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een frequentie{of}{when}",) * 2,
    },
    "no_rate": {  # rule rate_stated (answer.asked_detail)
        "en": ("no statement{who} states a number per {unit}{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een aantal per {unit}{of}{when}",) * 2,
    },
    "count_unmodified": {  # rule quantity_modifier (answer.count_modifier)
        "en": ("no statement{who} gives a number of {names}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een aantal {names}{when}",) * 2,
    },
    "no_count": {
        "en": ("no statement{who} states a number{of}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt een aantal{of}{when}",) * 2,
    },
    "claim_number_differs": {
        "en": ("the statement on it gives {words}, not {names}",) * 2,
        "nl": ("de uitspraak erover noemt {words}, niet {names}",) * 2,
    },
    "claim_number_other": {
        "en": ("the statement on it states {names} of something else: {words}",) * 2,
        "nl": ("de uitspraak erover noemt {names} bij iets anders: {words}",) * 2,
    },
    "claim_number_unstated": {
        "en": ("no statement on it states {names}",) * 2,
        "nl": ("geen uitspraak erover noemt {names}",) * 2,
    },
    "no_member": {
        "en": ("no statement{by} about {topic}{when} names any {words}",) * 2,
        "nl": ("geen uitspraak{by} over {topic}{when} noemt {words} bij naam",) * 2,
    },
    "agent_unnamed": {  # rule unnamed_agent (answer.unnamed_agent)
        "en": ("no statement{by} about {topic}{when} names who did it",) * 2,
        "nl": ("geen uitspraak{by} over {topic}{when} noemt wie het deed",) * 2,
    },
    "order_unstated": {  # rule unnamed_agent (answer.unnamed_agent)
        "en": ("no statement{by} about {topic}{when} says who did it first",) * 2,
        "nl": ("geen uitspraak{by} over {topic}{when} zegt wie het als eerste deed",) * 2,
    },
    "no_document": {  # rule document_content_named (answer.asked_document)
        "en": ("no statement{by} about {topic}{when} mentions a {words}",) * 2,
        "nl": ("geen uitspraak{by} over {topic}{when} noemt een {words}",) * 2,
    },
    "chair_unrecorded": {  # rule role_speaker (answer.role_speaker)
        "en": ("no attendee list of the minutes{when} marks a chair",) * 2,
        "nl": ("geen presentielijst van de notulen{when} noemt een voorzitter",) * 2,
    },
    "office_unheld": {  # rule office_of_period (answer.office_period)
        "en": ("no meeting of the minutes{when} has the {names} ({words}) present",) * 2,
        "nl": ("bij geen vergadering van de notulen{when} is de {names} ({words}) aanwezig",) * 2,
    },
    "role_unrecorded": {  # rule absent_role_speaker (answer.absent_role)
        "en": ("the minutes record no statement of the {names}",) * 2,
        "nl": ("de notulen geven geen uitspraak van de {names}",) * 2,
    },
    "no_chair": {  # names the meetings it speaks of (rule reason_period), no vague "here"
        "en": ("the minutes{when} name no chair of the meeting",) * 2,
        "nl": ("de notulen{when} noemen geen voorzitter van de vergadering",) * 2,
    },
    "name_not_quoted": {
        "en": ("no statement{who} mentions {names}{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt {names}{when}",) * 2,
    },
    "topic_not_quoted": {
        "en": ("no statement{by} mentions {topic}{when}",) * 2,
        "nl": ("geen uitspraak{by} gaat over {topic}{when}",) * 2,
    },
    "topic_period_unstated": {  # rule topic_period_covered (answer.period_covered)
        "en": ("no statement{by} about {topic} is of a meeting near {words} or names it",) * 2,
        "nl": ("geen uitspraak{by} over {topic} is van een vergadering rond {words} of noemt het",)
        * 2,
    },
    "count_unrealised": {  # rule count_realised (answer.count_realised)
        "en": (
            "no statement{by} about {topic}{when} gives a number already {words}: only "
            "targets, needs or expectations",
        )
        * 2,
        "nl": (
            "geen uitspraak{by} over {topic}{when} noemt een aantal dat al {words} is: "
            "alleen doelen, behoeften of verwachtingen",
        )
        * 2,
    },
    "speaker_silent": {
        "en": ("{names} makes no statement in the minutes{when}",) * 2,
        "nl": ("{names} doet geen uitspraak in de notulen{when}",) * 2,
    },
    "body_silent": {  # rule silent_body (answer.silent_body)
        "en": ("{names} is no speaker of the minutes: no statement of it is recorded{named}",) * 2,
        "nl": ("{names} is geen spreker in de notulen: er is geen uitspraak van vastgelegd{named}",)
        * 2,
    },
    "in_no_meeting": {
        "en": ("no meeting of the minutes{when} has a statement{by} about {topic}",) * 2,
        "nl": ("geen vergadering van de notulen{when} heeft een uitspraak{by} over {topic}",) * 2,
    },
    "not_together": {
        "en": ("no statement{who} mentions {names} together{when}",) * 2,
        "nl": ("geen uitspraak{who} noemt {names} samen{when}",) * 2,
    },
    "premise_unsupported": {
        "en": ("no statement{when} supports the premise {premise}",) * 2,
        "nl": ("geen uitspraak{when} ondersteunt de aanname {premise}",) * 2,
    },
    "record_other_topic": {  # rule record_holds_topic (answer/records.py)
        "en": ("no agreement, decision or action of the minutes{when} is about {topic}",) * 2,
        "nl": ("geen afspraak, besluit of actie van de notulen{when} gaat over {topic}",) * 2,
    },
    "claim_unrecorded": {  # rule record_holds_claim (answer/records.py)
        "en": ("no agreement, decision or action of the minutes{when} records {topic}",) * 2,
        "nl": ("geen afspraak, besluit of actie van de notulen{when} legt {topic} vast",) * 2,
    },
    "meeting_not_held": {  # rule meeting_not_held (answer/meeting_not_held.py)
        "en": ("the minutes of {names} are not among the minutes searched{mentioned}",) * 2,
        "nl": ("de notulen van {names} zijn niet bij de doorzochte notulen{mentioned}",) * 2,
    },
    "no_answer": {
        "en": ("no statement{who}{when} answers the question",) * 2,
        "nl": ("geen uitspraak{who}{when} beantwoordt de vraag",) * 2,
    },
    "not_listed": {
        "en": ("{names} is not on the attendee lists of {dates}",) * 2,
        "nl": ("{names} staat niet op de presentielijst van {dates}",) * 2,
    },
    "absence_unstated": {
        "en": ("the minutes of {dates} state no absence of {names}",) * 2,
        "nl": ("de notulen van {dates} noemen {names} niet als afwezig",) * 2,
    },
    "no_absence_stated": {  # absence_unstated of a question naming no one (issue 16 F2)
        "en": ("the minutes of {dates} state no absence",) * 2,
        "nl": ("de notulen van {dates} noemen niemand als afwezig",) * 2,
    },
    "agenda_lacks": {
        "en": ("the minutes of {dates} have items {items}; {agenda}",) * 2,
        "nl": ("de notulen van {dates} hebben de agendapunten {items}; {agenda}",) * 2,
    },
    "header_lacks": {
        "en": ("the header of the minutes of {dates} names no {fact}",) * 2,
        "nl": ("de kop van de notulen van {dates} noemt geen {fact}",) * 2,
    },
    "comparison_side_absent": {
        "en": ("no statement speaks for {side}, one side of the comparison",) * 2,
        "nl": ("geen uitspraak spreekt voor {side}, een kant van de vergelijking",) * 2,
    },
    "comparison_no_amount": {
        "en": ("no statement states an amount for {side}, one side of the comparison",) * 2,
        "nl": ("geen uitspraak noemt een aantal voor {side}, een kant van de vergelijking",) * 2,
    },
    "comparison_no_count": {
        "en": ("no statement gives the number of {words} for {side}, one side of the comparison",)
        * 2,
        "nl": ("geen uitspraak noemt het aantal {words} voor {side}, een kant van de vergelijking",)
        * 2,
    },
    "low_confidence": {
        "en": ("the closest statement is too far from the question (confidence {confidence})",) * 2,
        "nl": ("de dichtstbijzijnde uitspraak ligt te ver van de vraag (zekerheid {confidence})",)
        * 2,
    },
}

#: The side "now" of a comparison ("sinds juli 2022": the meetings after it), in each language.
_NOW = {"en": "now (the meetings after it)", "nl": "nu (de vergaderingen erna)"}

#: What a meeting header may lack (reason ``header_lacks``), in each language.
_FACTS = {
    "time": {"en": "time", "nl": "tijd"},
    "place": {"en": "place", "nl": "plaats"},
    "dates": {"en": "date", "nl": "datum"},
}

#: The sentence around a reason, with and without closest passages to show.
_FRAME = {
    "en": ("The minutes do not answer this question: {reason}.", " The closest passages follow."),
    "nl": (
        "De notulen beantwoorden deze vraag niet: {reason}.",
        " Hieronder de dichtstbijzijnde passages.",
    ),
}


@dataclass(frozen=True)
class Reason:
    """Why an answer abstains: a code of :data:`MESSAGES` and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The reason in ``lang`` ("en" or "nl")."""
        return render(self.code, self.params, lang)


def _quoted(items: Sequence[str] | str) -> str:
    items = [items] if isinstance(items, str) else list(items)
    return ", ".join(f"\u201c{i}\u201d" for i in items)


def render(code: str, params: Mapping[str, Any], lang: str) -> str:
    """The text of reason ``code`` with ``params`` in ``lang``."""
    lang = "en" if lang == "en" else "nl"
    one, many = MESSAGES[code][lang]
    lists = [v for v in params.values() if isinstance(v, list | tuple)]
    template = many if lists and len(lists[0]) > 1 else one
    speaker = _held(params.get("held"), lang) or params.get("speaker") or ""
    subject = params.get("subject") or ""
    fields = {
        "names": _quoted(params.get("names", ())),
        "words": _quoted(params.get("words", ())),
        "terms": _quoted(params.get("terms", ())),
        "phrases": _quoted(params.get("phrases", ())),
        "topic": _quoted(params.get("topic", "")),
        "premise": _quoted(params.get("premise", "")),
        "period": str(params.get("period", "")).replace(
            " to ", " to " if lang == "en" else " t/m "
        ),
        "confidence": f"{float(params.get('confidence', 0.0)):.2f}",
        "dates": ", ".join(params.get("dates", ())),
        "mentioned": _mentioned(params, lang),
        "named": _named(params, lang),
        "items": ", ".join(params.get("items", ())),
        "agenda": _agenda(params, lang),
        "fact": _FACTS.get(str(params.get("fact", "")), {}).get(lang, ""),
        "unit": _unit(str(params.get("unit", "")), lang),
        "in_period": _unheld(params, lang) or _in_period(str(params.get("period", "")), lang),
        "when": " " + _in_period(str(params["period"]), lang) if params.get("period") else "",
        "who": f" {speaker}" if speaker else "",
        "side": _NOW[lang] if params.get("side") == "now" else str(params.get("side", "")),
        "by": (f" by {speaker}" if lang == "en" else f" van {speaker}") if speaker else "",
        "of": (f" of {_quoted(subject)}" if lang == "en" else f" van {_quoted(subject)}")
        if subject
        else "",
    }
    return template.format(**fields)


def _held(held: Mapping[str, list[str]] | None, lang: str) -> str:
    """Rule office_holders_per_meeting: each holder of the office asked with the meetings it
    held it in ("SJenV (2023-04-06, 2023-11-03), MAenM (2025-03-19)"); "" without."""
    where = " in " if lang == "en" else " op "
    return ", ".join(f"{c} ({where.strip()} {', '.join(d)})" for c, d in (held or {}).items())


#: What the meetings lack (reason ``agenda_lacks``), in each language; ``{item}`` the item asked.
_AGENDA = {
    "item": {"en": "no item {item}", "nl": "geen agendapunt {item}"},
    "annex": {"en": "no annex (\u201cBijlage\u201d) with item {item}",
              "nl": "geen bijlage bij agendapunt {item}"},
    "together": {"en": "no items are taken together", "nl": "geen agendapunten samen behandeld"},
}  # fmt: skip


def _agenda(params: Mapping[str, Any], lang: str) -> str:
    """Rule agenda_structure: what none of the meetings has ("no item 7")."""
    what = _AGENDA.get(str(params.get("what", "")))
    return what[lang].format(item=params.get("item", "")) if what else ""


def _mentioned(params: Mapping[str, Any], lang: str) -> str:
    """Rule meeting_not_held: "; the minutes of 2025-03-19 mention it"; "" without dates."""
    dates = ", ".join(params.get("dates", ()))
    if not dates or params.get("kind") is None:
        return ""
    if lang == "en":
        return f"; the minutes of {dates} mention it"
    return f"; de notulen van {dates} noemen die"


def _named(params: Mapping[str, Any], lang: str) -> str:
    """Rule silent_body: where the minutes name the body ("; the minutes of 2023-04-06 name
    it") or that they name it nowhere."""
    dates = ", ".join(params.get("dates", ()))
    if lang == "en":
        return f" (the minutes of {dates} name it)" if dates else " (no minutes write it)"
    return f" (de notulen van {dates} noemen die)" if dates else " (geen notulen schrijven die)"


def _unit(unit: str, lang: str) -> str:
    """The noun of a unit of time of reason ``no_rate`` in ``lang``: the unit's name in list
    ``rate_units`` of ``lexicon/data/frequencies.toml`` is its English noun, the first word of
    its list ``rate_<unit>`` its Dutch noun (the second word is no noun when both are the same:
    ``rate_week = ["week", "wekelijks*", ...]`` made "a number per wekelijks*")."""
    if not unit or lang == "en":
        return unit
    return words("frequencies", f"rate_{unit}")[0]


def _unheld(params: Mapping[str, Any], lang: str) -> str:
    """Rule unheld_day_written: "on 18 December in any year (2022, 2023, 2025)"; "" without."""
    if not params.get("day"):
        return ""
    years = ", ".join(params.get("years", ()))
    if lang == "en":
        return f"on {params['day']} in any year ({years})"
    return f"op {params['day']} in enig jaar ({years})"


def _in_period(period: str, lang: str) -> str:
    """``op 2024-12-18`` / ``on 2024-12-18`` for a day, ``van 2024-01-01 t/m 2024-03-31`` /
    ``between ... and ...`` for a range, else ``in ...``."""
    first, sep, last = period.partition(" to ")
    if sep and not first:
        return f"until {last}" if lang == "en" else f"t/m {last}"
    if sep and not last:
        return f"from {first} on" if lang == "en" else f"vanaf {first}"
    if last:
        return f"between {first} and {last}" if lang == "en" else f"van {first} t/m {last}"
    day = len(period) == 10 and period[4] == "-" and period[7] == "-"
    return ("on " if lang == "en" else "op ") + period if day else "in " + period


def abstention_text(reason: Reason, lang: str, closest: bool) -> str:
    """The answer text of an abstention; it promises closest passages only when there are."""
    head, tail = _FRAME["en" if lang == "en" else "nl"]
    return head.format(reason=reason.text(lang)) + (tail if closest else "")
