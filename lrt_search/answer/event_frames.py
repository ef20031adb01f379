"""Rule ``event_frames_read``: two frames around a day that rule ``event_date`` kept a
meeting's although the day names something else the minutes tell of.

- Who took part in a dated event that is no LRT meeting ("Wie namen deel aan de afstemming van 8
  februari 2023 ...?", "who took part in the talks of 8 February 2023"): the event noun
  (:func:`.event_date.event_dated`: no bare meeting noun, no word of the LRT's own meetings)
  carries the day, so asking who attended asks who took part in that event, as the minutes tell
  it; only who chaired it keeps the day a meeting's.
- The minutes of a dated meeting ("Werd het verslag van de LRT van 2 februari goedgekeurd?", "the
  minutes of the meeting of 18 December"): a minutes word of lexicon/data/minutes.toml
  (``minutes_words``) and a tie word before a meeting noun and the day; the day is that of the
  meeting whose minutes another meeting approved, an event of the minutes when no meeting of the
  corpus holds it (rule ``minutes_approved_next`` reads the days that hold one first).

Either way the day stops scoping the meetings only as rule ``day_of_mention`` lifts a day: when
no meeting of the corpus holds it and a passage writes it (in its year); else ``no_meeting``
stays, and is true. Words: periods.toml ``meeting_nouns``, ``dated_noun_links``; minutes.toml
``minutes_words``."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..lexicon.dates import day_with_month, month_names
from ..lexicon.wordlists import longest_alternation, words

if TYPE_CHECKING:
    from ..config import Settings


def minutes_dated(question: str, day: dt.date) -> bool:
    """Whether ``question`` writes ``day`` as the day of a meeting whose minutes it names ("het
    verslag van de LRT van 2 februari", "the minutes of the LRT meeting of 18 December 2023")."""
    minutes = longest_alternation(words("minutes", "minutes_words"))
    meeting = longest_alternation(words("periods", "meeting_nouns"))
    links = "|".join(re.escape(w) for w in words("periods", "dated_noun_links"))
    written = day_with_month(day.day, month_names(day.month))
    pattern = (
        rf"\b(?:{minutes})\s+(?:{links})\s+(?:(?:de|het|the)\s+)?(?:{meeting})(?:[\s-]+{meeting})?\s+"
        rf"(?:{links}|on|op)\s+(?:(?:the|de)\s+)?{written}"
    )
    return re.search(pattern, question, re.I) is not None


def attendance_keeps(settings: Settings) -> bool:
    """Whether asking who attended keeps an event's day a meeting's (rule event_frames_read
    off: it does)."""
    return not settings.event_frames_read


def frames_event(settings: Settings, question: str, day: dt.date) -> bool:
    """Whether rule ``event_frames_read`` reads ``day`` as an event's beside rule event_date:
    the day of a meeting whose minutes ``question`` names."""
    return settings.event_frames_read and minutes_dated(question, day)
