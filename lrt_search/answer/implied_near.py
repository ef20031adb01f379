"""Rule implied_topic_speaker_only (issue 16 task A2, session 19): the check
``implied_topic_quoted`` refuses a statement lacking the implied topic's specific words only
when the question asks a speaker.

A question about one speaker ("Did VB discuss the backlog?", "Wat zei VWS over de brieven?")
narrows the statements to that speaker's, all of which pass the speaker check: one that holds
none of the topic's words is the speaker on something else, the refusal the check was made for.
A question that asks no speaker is found by its topic in the first place (search, the topic
gate, the confidence); there the statements the check refused were mostly the answer in other
words: a translation the glossary misses ("refugees with a permit": statushouders;
"organisation"), an everyday or frame word ("previous", "simply", "papers"), an abbreviation
("DSL's" for "doorstroomlocatie"). Measured: docs/settings.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checks import Quote


def no_speaker_asked(q: Quote) -> bool:
    """Whether rule ``implied_topic_speaker_only`` lets ``q`` pass ``implied_topic_quoted``:
    the question asks no speaker: no organisation, nor (rule ``role_speaker_asked``) a role
    word resolving to none ("What did the minister say ...", "volgens de minister")."""
    return q.retriever.settings.implied_topic_speaker_only and not q.codes and not q.role_asked
