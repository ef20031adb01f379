"""Rule ``lead_ins_read`` (issue 16 session 29 task B; blind28 class 1): an asker's lead-in
before a colon - "In het kader van een klacht over de uitvoering:", "Ten behoeve van ons
onderzoek:", "For a complaint file:", "Quick question for a report:" - is context, not the
question. Before, its "klacht"/"complaint" was a stance the quotes had to state (rule
negative_stance_stated) and its "over X" the question's topic. The question is read from the
body after the colon alone; only when the body has no topic of its own ("Voor een klacht over
Ter Apel: wat is er besloten?") is the lead-in's "over X" read as its topic ("Wat is er
besloten over Ter Apel?"): what the asker's file is about is then what they ask about.
"""

from __future__ import annotations

from ..lexicon.glossary import Glossary
from ..lexicon.organisations import OrgTable
from ..search.asides import read_lead_in, with_about
from ..search.parsed import read_question
from ..search.query import SpeakerRules
from .frame_words import without_frame
from .implied_topic import implied_topic


def without_lead_in(
    question: str, orgs: OrgTable, glossary: Glossary | None, rules: SpeakerRules,
    gap: bool = False, main: bool = True,
) -> tuple[str, str]:  # fmt: skip
    """``(question read, note)``: ``question`` without an asker's lead-in and a note of it
    ("lead-in, not the question: ..."); ``(question, "")`` when it has none. A body with no
    topic of its own (no "about X" phrase, no content word outside its frame; ``gap``,
    ``main``: rules frame_gap_topic and main_clause_intent) is asked about the lead-in's X."""
    lead = read_lead_in(question)
    if lead is None:
        return question, ""
    body, note = lead.body, f"lead-in, not the question: {lead.lead_in}"
    if not lead.about:
        return body, note
    parsed = read_question(body, orgs, glossary, rules=rules)
    implied = without_frame(implied_topic(body, orgs, glossary, gap, False, main), body)
    if parsed.topic or implied:
        return body, note
    return with_about(body, lead.about, parsed.english), f"{note} (its topic read: {lead.about})"
