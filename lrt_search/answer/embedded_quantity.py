"""Rule ``embedded_quantity_read`` (issue 16 session 26 task G2): a yes/no question that opens
with a verb of knowing or saying, or an auxiliary before one, and holds its quantity word in the
clause of what was known or said ("Beseften SJenV en MBZK hoe hoog de nood was?", "Did MAenM
explain how many Syrians are coming in?") asks whether it was known or said, not the quantity
(intent ``quantity_embedded`` of lexicon/data/intents.toml): the quote need state no number, and
no "how many" noun or modifier is counted. Only when the minutes hold every word of the
question's topic (missing share 0): a topic the minutes lack in part ("hoeveel nareizigers op
campings") keeps the number as what the quote must state. A lead about the minutes ("Is bekend
hoeveel ...", "Do the minutes say how many ...", pattern ``reported_lead``) still asks the
quantity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.parsed import ParsedQuestion


def quantity_embedded(settings: Settings, parsed: ParsedQuestion, missing: float = 0.0) -> bool:
    """Whether the rule is on and the question's quantity word stands in the clause of what was
    known or said (so it asks no quantity; read once with the question,
    ``ParsedQuestion.quantity_embedded``), its topic wholly in the minutes (``missing``: the
    share of the topic's weight the minutes lack, 0)."""
    return settings.embedded_quantity_read and not missing and parsed.quantity_embedded
