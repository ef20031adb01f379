"""Rule ``cover_glossary_reading`` (``Settings.cover_glossary_reading``): the topic cover of the
calibrated confidence (:mod:`.confidence_features`) read on the question's Dutch reading.

The confidence feature ``topic_cover`` is the share of the topic's units (its words the minutes
hold, :attr:`.evidence.Requirements.topic_units`) a quote holds. A Dutch topic word always is a
unit (found or lacking); an English one only when the glossary or the bilingual lexicon
translates it alone. A word of a multi-word glossary term that the topic phrase cut ("Dispersal"
of "the Dispersal Act, which ...": "Spreidingswet") stays unchecked, and a topic whose words
are all unchecked has no unit: its cover is 0, as if the quote held nothing of it, though the
search read the term in Dutch (the question's glossary terms). So a right English answer looks
weaker than its Dutch twin (issue 16, task B; eval/english_confidence_probe.jsonl).

With the rule, each unchecked word of the topic that is a word of a glossary term the question
holds counts as a unit of that term's Dutch words (one unit per term; of an implied topic only
a word of weight ``Settings.implied_topic_min_weight`` or more, as its other units), in the
cover only: the topic check (which quotes may answer) is unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from .informativeness import informativeness

if TYPE_CHECKING:
    from .frame import Frame


def cover_units(frame: Frame) -> tuple[frozenset[str], ...]:
    """The units the cover counts: the topic's, and (rule on) a unit per glossary term of the
    question holding an unchecked topic word whose Dutch words the index knows."""
    needs, retriever = frame.needs, frame.retriever
    units = needs.topic_units
    if not (retriever.settings.cover_glossary_reading and needs.topic_unchecked):
        return units
    unchecked = {w.lower() for w in needs.topic_unchecked}
    known = retriever.bm25.terms
    extra: list[frozenset[str]] = []
    # an implied topic's general words name no topic (answer/implied_topic.py): nor here
    least = retriever.settings.implied_topic_min_weight if needs.topic_implied else 0.0
    for surface, entry in retriever.glossary.matches(frame.question):
        held = unchecked & set(words(surface.lower()))
        if not held or max(informativeness(w, True) for w in held) < least:
            continue
        terms = frozenset(
            t for nl in entry.nl for t in retriever.analyzer.tokenize_query(nl, known) if t in known
        )
        if terms and terms not in units and terms not in extra:
            extra.append(terms)
    return units + tuple(extra)
