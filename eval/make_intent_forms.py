"""Write tests/data/intent_forms.toml: the table of the forms in which a question asks for what
decides a check (issue 16, session 24 task G2), each with the intents it must read and the ones
it must not.

    python eval/make_intent_forms.py

Intents (the readers are in tests/unit/lexicon/test_intent_forms.py; each is what ``ask`` reads):
``when`` (a time or date: property_tied.asks_time, answer_forms.toml ``when``; a deadline asks
a time), ``duration`` (a length of time: durations.asks_duration), ``count`` (a number:
asked_detail.asks_quantity's intents ``quantity``, ``cost_asked``, ``quantity_noun``; a rate
asks a number too), ``money`` (an amount: ``count`` and intent ``money`` and
number_forms.money_asked), ``percent`` (``count`` and intent ``percent``), ``chair``,
``attendance`` (intent ``attendance_asked``), ``why`` (intent ``why`` or ``cause``), ``yes_no``,
``timeline``, ``agreed``, ``actions``, ``decided`` (the register's Besluit) and
``meeting_time`` (the header's time line). Who did something (the agent) is read as the speaker,
by search/speakers.py, not as an intent: no row.

Forms: Dutch and English; formal, informal, search-box (no question word, the noun first or
last, no "?") and spoken (lower case, no punctuation, a filler "eh", "uhm", "um", "uh" at the
start or after the question word). Topics are nouns of the minutes. Decisions written down:
"hoe lang is de wachtlijst" reads ``duration`` (a length asked; the check only prefers a
length or an end, and a waiting list's length is often a time); "hoeveel tijd kost" and "how
much time does X cost" ask no money; "wat zei X over hoeveel ..." asks no count (the quantity
is part of the topic); "tot wanneer" asks a time (an end) and a length; "what share of" asks a
number, not a percentage.

Clauses (session 25 task G3): the intent comes from the main clause. A relative clause ("in de
vergadering waarin het verslag werd geaccordeerd", "the meeting at which ... was approved"), a
temporal clause ("When the minutes were approved, ...", "toen ...", "nadat ..."), an "according
to" / "volgens" phrase set off by a comma, and the lead-in of a reported question ("Is bekend
hoeveel ...", "Do the minutes say when ...") carry words of another intent: the row reads the
intents of the main clause (of a reported question, the embedded one) and not the others.
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "intent_forms.toml"

TOPICS_NL = ("de spreidingswet", "de huisvesting van statushouders", "de doorstroomlocaties")
TOPICS_EN = ("the dispersal act", "the housing of status holders", "the reception in Ter Apel")
NOUNS_NL = ("statushouders", "gemeenten", "opvangplekken")
NOUNS_EN = ("status holders", "municipalities", "reception places")
FILLERS_NL = ("eh", "uhm")
FILLERS_EN = ("um", "uh")

# The default intents a row of an intent must NOT read (its nearest confusions).
NOT = {
    "when": ("duration", "count"), "duration": ("money",), "count": ("money", "percent"),
    "money": ("percent",), "percent": ("money",), "chair": ("attendance",),
    "attendance": ("chair",), "why": ("yes_no",), "yes_no": ("why",), "timeline": ("count",),
    "agreed": ("count", "why"), "actions": ("count",), "decided": ("count",),
    "meeting_time": ("when",),
}  # fmt: skip

# (intent, language, register, template, extra intents read, intents not read or None for NOT)
# {t}: a topic; {n}: a counted noun.
T = [
    # when / deadline
    ("when", "nl", "formal", "Wanneer treedt {t} in werking?", (), None),
    ("when", "nl", "formal", "Per wanneer geldt {t}?", (), None),
    ("when", "nl", "formal", "Vanaf wanneer geldt {t}?", (), None),
    ("when", "nl", "formal", "Uiterlijk wanneer moet {t} geregeld zijn?", (), None),
    ("when", "nl", "formal", "Voor wanneer moet {t} geregeld zijn?", (), None),
    ("when", "nl", "formal", "Wanneer moet {t} uiterlijk geregeld zijn?", (), None),
    ("when", "nl", "formal", "Op welke datum gaat {t} in?", (), None),
    ("when", "nl", "formal", "Wat was de deadline voor {t}?", (), None),
    ("when", "nl", "formal", "Wat was de deadline voor het COA om {t} te regelen?", (), None),
    ("when", "nl", "formal", "Welke deadline geldt voor {t}?", (), None),
    ("when", "nl", "formal", "Wat is de streefdatum voor {t}?", (), None),
    ("when", "nl", "formal", "Wat is de ingangsdatum van {t}?", (), None),
    ("when", "nl", "formal", "Wat is de einddatum van {t}?", (), None),
    ("when", "nl", "formal", "Op welk moment start {t}?", (), None),
    ("when", "nl", "formal", "Tot wanneer loopt {t}?", ("duration",), ("count",)),
    ("when", "nl", "informal", "wanneer gaat {t} nou in?", (), None),
    ("when", "nl", "informal", "per wanneer {t}?", (), None),
    ("when", "nl", "informal", "en de deadline voor {t}?", (), None),
    ("when", "nl", "box", "{t} deadline", (), None),
    ("when", "nl", "box", "deadline {t}", (), None),
    ("when", "nl", "box", "{t} ingangsdatum", (), None),
    ("when", "nl", "box", "{t} wanneer", (), None),
    ("when", "en", "formal", "When will {t} take effect?", (), None),
    ("when", "en", "formal", "By when must {t} be arranged?", (), None),
    ("when", "en", "formal", "As of when does {t} apply?", (), None),
    ("when", "en", "formal", "From when does {t} apply?", (), None),
    ("when", "en", "formal", "What is the deadline for {t}?", (), None),
    ("when", "en", "formal", "What was the deadline for the COA to arrange {t}?", (), None),
    ("when", "en", "formal", "What is the due date for {t}?", (), None),
    ("when", "en", "formal", "On what date does {t} start?", (), None),
    ("when", "en", "formal", "What is the target date for {t}?", (), None),
    ("when", "en", "formal", "What is the start date of {t}?", (), None),
    ("when", "en", "formal", "When is {t} due?", (), None),
    ("when", "en", "informal", "what's the due date for {t}?", (), None),
    ("when", "en", "informal", "what's the deadline for {t}?", (), None),
    ("when", "en", "informal", "{t} has to be done by when?", (), None),
    ("when", "en", "box", "{t} deadline", (), None),
    ("when", "en", "box", "deadline {t}", (), None),
    ("when", "en", "box", "{t} due date", (), None),
    ("when", "en", "box", "{t} start date", (), None),
    # duration
    ("duration", "nl", "formal", "Hoe lang duurt {t}?", (), None),
    ("duration", "nl", "formal", "Hoelang loopt {t}?", (), None),
    ("duration", "nl", "formal", "Voor hoe lang geldt {t}?", (), None),
    ("duration", "nl", "formal", "Hoeveel tijd kost {t}?", (), ("money",)),
    ("duration", "nl", "formal", "Wat is de looptijd van {t}?", (), None),
    ("duration", "nl", "formal", "Welke termijn geldt voor {t}?", (), None),
    ("duration", "nl", "formal", "Hoe lang is de wachtlijst voor {t}?", (), None),
    ("duration", "nl", "informal", "hoe lang nog voor {t}?", (), None),
    ("duration", "nl", "box", "{t} looptijd", (), None),
    ("duration", "nl", "box", "looptijd {t}", (), None),
    ("duration", "nl", "box", "{t} duur", (), None),
    ("duration", "en", "formal", "How long will {t} last?", (), None),
    ("duration", "en", "formal", "For how long does {t} apply?", (), None),
    ("duration", "en", "formal", "How much time does {t} cost?", (), ("money",)),
    ("duration", "en", "formal", "What is the duration of {t}?", (), None),
    ("duration", "en", "formal", "Which period does {t} cover?", (), None),
    ("duration", "en", "informal", "how long's {t} going to take?", (), None),
    ("duration", "en", "box", "{t} duration", (), None),
    ("duration", "en", "box", "duration {t}", (), None),
    # count and rate
    ("count", "nl", "formal", "Hoeveel {n} zijn er betrokken bij {t}?", (), None),
    ("count", "nl", "formal", "Om hoeveel {n} gaat het bij {t}?", (), None),
    ("count", "nl", "formal", "Over hoeveel {n} gaat het bij {t}?", (), None),
    ("count", "nl", "formal", "Wat is het aantal {n} bij {t}?", (), None),
    ("count", "nl", "formal", "Hoe groot is het aantal {n} bij {t}?", (), None),
    ("count", "nl", "formal", "Met hoeveel {n} rekent men voor {t}?", (), None),
    ("count", "nl", "formal", "Wat is de bezettingsgraad bij {t}?", (), None),
    ("count", "nl", "informal", "hoeveel {n} eigenlijk bij {t}?", (), None),
    ("count", "nl", "box", "aantal {n} dat meedoet aan {t}", (), None),
    ("count", "nl", "box", "aantal {n} {t}", (), None),
    ("count", "nl", "box", "het aantal {n} bij {t}", (), None),
    ("count", "nl", "box", "{n} {t} aantal", (), None),
    ("count", "en", "formal", "How many {n} are involved in {t}?", (), None),
    ("count", "en", "formal", "What is the number of {n} in {t}?", (), None),
    ("count", "en", "formal", "What number of {n} is involved in {t}?", (), None),
    ("count", "en", "formal", "What is the total number of {n} in {t}?", (), None),
    ("count", "en", "formal", "What is the rate per night for {t}?", (), None),
    ("count", "en", "formal", "What is the occupancy rate of {t}?", (), None),
    ("count", "en", "informal", "how many {n} in {t} then?", (), None),
    ("count", "en", "box", "number of {n} in {t}", (), None),
    ("count", "en", "box", "the number of {n} involved in {t}", (), None),
    ("count", "en", "box", "{n} {t} number", (), None),
    # money
    ("money", "nl", "formal", "Hoeveel geld gaat er naar {t}?", ("count",), None),
    ("money", "nl", "formal", "Wat kost {t}?", ("count",), None),
    ("money", "nl", "formal", "Hoeveel kost {t}?", ("count",), None),
    ("money", "nl", "formal", "Wat zijn de kosten van {t}?", ("count",), None),
    ("money", "nl", "formal", "Welk bedrag is gemoeid met {t}?", ("count",), None),
    ("money", "nl", "formal", "Hoeveel euro is er voor {t}?", ("count",), None),
    ("money", "nl", "formal", "Wat is het budget voor {t}?", ("count",), None),
    ("money", "nl", "formal", "Wat is de prijs van {t}?", ("count",), None),
    ("money", "nl", "informal", "wat kost {t} nou eigenlijk?", ("count",), None),
    ("money", "nl", "box", "{t} kosten", ("count",), None),
    ("money", "nl", "box", "kosten {t}", ("count",), None),
    ("money", "nl", "box", "budget {t}", ("count",), None),
    ("money", "en", "formal", "How much money goes to {t}?", ("count",), None),
    ("money", "en", "formal", "What does {t} cost?", ("count",), None),
    ("money", "en", "formal", "How much does {t} cost?", ("count",), None),
    ("money", "en", "formal", "What is the price of {t}?", ("count",), None),
    ("money", "en", "formal", "What are the costs of {t}?", ("count",), None),
    ("money", "en", "formal", "What budget is there for {t}?", ("count",), None),
    ("money", "en", "informal", "what's the price of {t}?", ("count",), None),
    ("money", "en", "informal", "how much is {t} going to cost?", ("count",), None),
    ("money", "en", "box", "the price of {t}", ("count",), None),
    ("money", "en", "box", "{t} costs", ("count",), None),
    ("money", "en", "box", "{t} budget", ("count",), None),
    # percentage
    ("percent", "nl", "formal", "Welk percentage van de {n} valt onder {t}?", ("count",), None),
    ("percent", "nl", "formal", "Hoeveel procent van de {n} valt onder {t}?", ("count",), None),
    ("percent", "nl", "box", "percentage {n} {t}", ("count",), None),
    ("percent", "en", "formal", "What percentage of {n} falls under {t}?", ("count",), None),
    ("percent", "en", "formal", "What % of {n} falls under {t}?", ("count",), None),
    ("percent", "en", "box", "{n} {t} percentage", ("count",), None),
    # chair
    ("chair", "nl", "formal", "Wie zat de vergadering voor?", (), None),
    ("chair", "nl", "formal", "Wie was de voorzitter van de vergadering?", (), None),
    ("chair", "nl", "formal", "Wie leidde de vergadering?", (), None),
    ("chair", "nl", "informal", "wie zat er voor?", (), None),
    ("chair", "nl", "informal", "wie zat voor?", (), None),
    ("chair", "nl", "informal", "wie zat voor op 19 maart 2025?", (), None),
    ("chair", "nl", "box", "voorzitter vergadering", (), None),
    ("chair", "en", "formal", "Who chaired the meeting?", (), None),
    ("chair", "en", "formal", "Who was in the chair?", (), None),
    ("chair", "en", "formal", "Who presided over the meeting?", (), None),
    ("chair", "en", "formal", "Who led the meeting?", (), None),
    ("chair", "en", "informal", "who was chair?", (), None),
    ("chair", "en", "box", "chair of the meeting", (), None),
    # attendance
    ("attendance", "nl", "formal", "Wie waren er aanwezig bij de vergadering?", (), None),
    ("attendance", "nl", "formal", "Wie namen deel aan de vergadering?", (), None),
    ("attendance", "nl", "formal", "Was de VNG aanwezig?", ("yes_no",), None),
    ("attendance", "nl", "informal", "wie was erbij?", (), None),
    ("attendance", "nl", "box", "aanwezigen vergadering", (), None),
    ("attendance", "en", "formal", "Who attended the meeting?", (), None),
    ("attendance", "en", "formal", "Who was present at the meeting?", (), None),
    ("attendance", "en", "formal", "Who took part in the meeting?", (), None),
    ("attendance", "en", "informal", "who was at the meeting?", (), None),
    ("attendance", "en", "box", "attendees of the meeting", (), None),
    # why
    ("why", "nl", "formal", "Waarom is {t} uitgesteld?", (), None),
    ("why", "nl", "formal", "Om welke reden is {t} uitgesteld?", (), None),
    ("why", "nl", "formal", "Hoe komt het dat {t} is uitgesteld?", (), None),
    ("why", "nl", "formal", "Wat is de reden voor {t}?", (), None),
    ("why", "en", "formal", "Why was {t} postponed?", (), None),
    ("why", "en", "formal", "For what reason was {t} postponed?", (), None),
    ("why", "en", "formal", "How come {t} was postponed?", (), None),
    ("why", "en", "formal", "What is the reason for {t}?", (), None),
    ("why", "en", "informal", "what's the reason for {t}?", (), None),
    # yes / no
    ("yes_no", "nl", "formal", "Is {t} ingevoerd?", (), None),
    ("yes_no", "nl", "formal", "Wordt {t} verlengd?", (), None),
    ("yes_no", "nl", "formal", "Gaat {t} door?", (), None),
    ("yes_no", "nl", "formal", "Komt {t} er?", (), None),
    ("yes_no", "en", "formal", "Was {t} introduced?", (), None),
    ("yes_no", "en", "formal", "Does {t} apply?", (), None),
    ("yes_no", "en", "formal", "Will {t} go ahead?", (), None),
    # timeline
    ("timeline", "nl", "formal", "Hoe heeft {t} zich ontwikkeld?", (), None),
    ("timeline", "nl", "formal", "Wat was het verloop van {t}?", (), None),
    ("timeline", "nl", "box", "{t} tijdlijn", (), None),
    ("timeline", "en", "formal", "How did {t} develop?", (), None),
    ("timeline", "en", "formal", "How has {t} evolved over time?", (), None),
    ("timeline", "en", "box", "{t} timeline", (), None),
    ("timeline", "en", "box", "{t} over time", (), None),
    # agreed / decided / actions
    ("agreed", "nl", "formal", "Wat is er afgesproken over {t}?", (), None),
    ("agreed", "nl", "formal", "Wat is er besloten over {t}?", (), None),
    ("agreed", "nl", "formal", "Welke afspraken zijn gemaakt over {t}?", (), None),
    ("agreed", "nl", "box", "afspraken {t}", (), None),
    ("agreed", "nl", "box", "{t} afspraken", (), None),
    ("agreed", "nl", "box", "besluiten {t}", (), None),
    ("agreed", "en", "formal", "What was agreed on {t}?", (), None),
    ("agreed", "en", "formal", "What was decided about {t}?", (), None),
    ("agreed", "en", "formal", "Which agreements were made on {t}?", (), None),
    ("agreed", "en", "box", "agreements {t}", (), None),
    ("agreed", "en", "box", "{t} decisions", (), None),
    ("actions", "nl", "formal", "Welke acties staan er open voor {t}?", ("agreed",), None),
    ("actions", "nl", "formal", "Wat zijn de actiepunten voor {t}?", ("agreed",), None),
    ("actions", "nl", "box", "actiepunten {t}", ("agreed",), None),
    ("actions", "en", "formal", "Which actions are open for {t}?", ("agreed",), None),
    ("actions", "en", "box", "action items {t}", ("agreed",), None),
    ("decided", "nl", "formal", "Welke besluiten zijn genomen over {t}?", ("agreed",), None),
    ("decided", "en", "formal", "What was decided about {t}?", ("agreed",), None),
    # the time of the meeting itself (the header's line)
    ("meeting_time", "nl", "formal", "Hoe lang duurde de vergadering?", (), None),
    ("meeting_time", "nl", "formal", "Hoe laat begon de vergadering van 10 november?", (), None),
    ("meeting_time", "en", "formal", "How long did the meeting last?", (), None),
    ("meeting_time", "en", "formal", "What time did the meeting of 10 November start?", (), None),
]

# Questions with a second clause that carries another intent's words (task G3): (language,
# template, intent of the main clause or "", intents read, intents not read).
AGREED = ("agreed", "decided")
CLAUSES = [
    # relative clauses on the meeting
    ("nl", "Wie meldde iets over {t} in de vergadering waarin het verslag werd geaccordeerd?",
     "", (), AGREED),
    ("nl", "Wat zei de VNG over {t} in de vergadering waarin besloten werd het verslag vast te "
     "stellen?", "", (), AGREED),
    ("nl", "Hoeveel {n} noemde het COA in het overleg waarin er afspraken over {t} werden "
     "gemaakt?", "count", ("count",), ("agreed",)),
    ("en", "Who raised {t} at the meeting at which the minutes were approved?", "", (), AGREED),
    ("en", "What did the VNG say about {t} in the meeting in which it was decided to extend it?",
     "", (), AGREED),
    ("en", "How many {n} did the COA mention in the meeting where agreements on {t} were made?",
     "count", ("count",), ("agreed",)),
    # temporal clauses
    ("en", "When the minutes of the meeting were approved, who raised {t}?", "", (),
     ("when", *AGREED)),
    ("en", "When the report was approved, what did the VNG say about {t}?", "", (),
     ("when", *AGREED)),
    ("en", "When the report was adopted, who asked about {t}?", "", (), ("when",)),
    ("en", "When the act was adopted, how many {n} were involved in {t}?", "count", ("count",),
     ("when",)),
    ("en", "Who spoke about {t} after it was agreed to extend the act?", "", (), ("agreed",)),
    ("en", "How many {n} did the COA mention for {t} after the meeting had decided on it?",
     "count", ("count",), AGREED),
    ("nl", "Toen het verslag werd goedgekeurd, wie meldde iets over {t}?", "", (), AGREED),
    ("nl", "Wat zei de VNG over {t} nadat er besloten was het verslag vast te stellen?", "", (),
     AGREED),
    ("nl", "Wie sprak over {t} toen er afspraken werden gemaakt?", "", (), ("agreed",)),
    # "according to" / "volgens" set off by a comma
    ("en", "For how long had the members been working on {t}, according to the meeting of "
     "10 November 2023?", "duration", ("duration",), ("meeting_time",)),
    ("en", "How long has {t} been running, according to the minutes of the meeting?",
     "duration", ("duration",), ("meeting_time",)),
    ("en", "According to the meeting of 10 November 2023, how long had {t} been running?",
     "duration", ("duration",), ("meeting_time",)),
    ("en", "How many {n} are needed for {t}, according to the decisions of the meeting?",
     "count", ("count",), AGREED),
    ("nl", "Hoe lang loopt {t} al, volgens de vergadering van 10 november 2023?", "duration",
     ("duration",), ("meeting_time",)),
    ("nl", "Volgens het overleg van 10 november 2023, hoe lang liep {t} al?", "duration",
     ("duration",), ("meeting_time",)),
    ("nl", "Hoeveel {n} zijn er nodig voor {t}, volgens de afspraken van de vergadering?",
     "count", ("count",), ("agreed",)),
    # reported questions: the embedded question is asked
    ("nl", "Is bekend hoeveel {n} er nodig zijn voor {t}?", "count", ("count",), ("yes_no",)),
    ("nl", "Is bekend waarom {t} is uitgesteld?", "why", ("why",), ("yes_no",)),
    ("nl", "Is er bekend wanneer {t} ingaat?", "when", ("when",), ("yes_no",)),
    ("nl", "Staat er in het verslag wat er is afgesproken over {t}?", "agreed", ("agreed",),
     ("yes_no",)),
    ("en", "Do the minutes say when {t} takes effect?", "when", ("when",), ("yes_no",)),
    ("en", "Do the minutes say how many {n} are involved in {t}?", "count", ("count",),
     ("yes_no",)),
    ("en", "Is it known why {t} was postponed?", "why", ("why",), ("yes_no",)),
    ("en", "Does the report say what was agreed on {t}?", "agreed", ("agreed",), ("yes_no",)),
    # the same words in the main clause: read
    ("nl", "In welke vergadering werd er besloten over {t}?", "agreed", AGREED, ()),
    ("nl", "Wat is er volgens de VNG afgesproken over {t}?", "agreed", ("agreed",), ()),
    ("en", "When was {t} adopted?", "when", ("when",), ()),
    ("nl", "Wanneer is {t} aangenomen?", "when", ("when",), ()),
    ("en", "At which meeting was it decided to extend {t}?", "agreed", AGREED, ()),
    ("en", "What was agreed on {t}, according to the VNG?", "agreed", ("agreed",), ()),
    ("en", "How long did the meeting of 10 November 2023 last, according to the minutes?",
     "meeting_time", ("meeting_time",), ("when",)),
]  # fmt: skip

# Forms that must read none of the intents listed (a word of an intent inside the topic).
NEGATIVES = [
    ("nl", "Wat zei de VNG over hoeveel {n} er komen?", ("count",)),
    ("nl", "Wat zei het COA over de kosten van {t}?", ("count", "money")),
    ("nl", "Wat zei de VNG over {t}?", ("when", "duration", "count", "agreed", "why")),
    ("nl", "Wie zijn de actiehouders van {t}?", ("agreed", "actions")),
    ("nl", "Wat vond de VNG van de voorzitter van {t}?", ("attendance",)),
    ("nl", "Wie zat voor de VNG aan tafel bij {t}?", ("chair",)),
    ("en", "What did the VNG say about {t}?", ("when", "duration", "count", "agreed", "why")),
    ("en", "What did the COA say about the costs of {t}?", ("count", "money")),
    ("en", "What did the VNG say about how many {n} come?", ("count",)),
    ("en", "Who are the action holders of {t}?", ("agreed", "actions")),
]


def _fill(template: str, lang: str) -> list[str]:
    topics, nouns = (TOPICS_NL, NOUNS_NL) if lang == "nl" else (TOPICS_EN, NOUNS_EN)
    if "{n}" in template:
        pairs = zip(nouns, topics, strict=True)
        return [template.replace("{n}", n).replace("{t}", t) for n, t in pairs]
    if "{t}" in template:
        return [template.replace("{t}", t) for t in topics]
    return [template]


def _spoken(question: str, lang: str) -> list[str]:
    """The question as spoken: lower case, no punctuation, a filler first or after the first
    word (after "how many", "how much" after the second)."""
    words = question.lower().rstrip("?").replace(",", "").split()
    fillers = FILLERS_NL if lang == "nl" else FILLERS_EN
    at = 2 if words[:2] in (["how", "many"], ["how", "much"], ["hoe", "lang"]) else 1
    return [" ".join([fillers[0], *words]), " ".join([*words[:at], fillers[1], *words[at:]])]


def rows() -> list[dict[str, object]]:
    """Every row of the table."""
    out: list[dict[str, object]] = []
    for intent, lang, register, template, extra, not_read in T:
        reads = sorted({intent, *extra})
        nots = sorted(set(NOT[intent] if not_read is None else not_read) - set(reads))
        for q in _fill(template, lang):
            forms = [(register, q)]
            if register in ("formal", "informal"):
                forms += [("spoken", s) for s in _spoken(q, lang)]
            for reg, text in forms:
                out.append({"question": text, "language": lang, "register": reg,
                            "intent": intent, "reads": reads, "not": nots})  # fmt: skip
    for lang, template, intent, reads_, nots_ in CLAUSES:
        for q in _fill(template, lang):
            out.append({"question": q, "language": lang, "register": "clause", "intent": intent,
                        "reads": sorted(reads_), "not": sorted(nots_)})  # fmt: skip
    for lang, template, nots in NEGATIVES:
        for q in _fill(template, lang):
            out.append({"question": q, "language": lang, "register": "negative",
                        "intent": "", "reads": [], "not": sorted(nots)})  # fmt: skip
    return out


def main() -> None:
    """Write the table."""
    table = rows()
    head = ("# Written by eval/make_intent_forms.py (do not edit): the forms in which a question\n"
            "# asks for what decides a check, with the intents each must read and must not read.\n"
            "# Read by tests/unit/lexicon/test_intent_forms.py.\n\n")  # fmt: skip
    write_rows(OUT, head, table)


if __name__ == "__main__":
    main()
