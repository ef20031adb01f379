"""Rule ``address_not_name``: a form of address or a title before a person's name is no part
of the name ("Mr De Jonge", "Ms Van Gennip", "Minister De Jonge", "State Secretary Van der
Maat" name "De Jonge", "Van Gennip", "Van der Maat", as the attendee lists write them after
"Dhr." and "Mw."). Read as part of the name, the minutes lack it (``name_absent``) or no quote
holds it (``name_not_quoted``). The words are lexicon/data/roles.toml ``honorifics`` and the
titles of its ``titles``, ``dutch_forms`` and ``office_forms`` tables; one is dropped only
before a capitalised word (a form of address also before a name particle: "Mrs van Gennip"), so
"State Secretary" alone, "Minister of the Interior" or "Minister van Binnenlandse Zaken" stays.
"""

from __future__ import annotations

from functools import cache

from ..lexicon.wordlists import word_set


@cache
def before_name() -> frozenset[str]:
    """The forms of address and titles that may stand before a person's name (lower case)."""
    tables = ("honorifics", "titles", "dutch_forms", "office_forms")
    return frozenset().union(*(word_set("roles", t) for t in tables))


def without_address(parts: list[str]) -> list[str]:
    """The words of a name (``parts``) without the forms of address and titles that open it
    ("Mr De Jonge" -> "De Jonge"); what is left starts with a capital letter."""
    words, address = before_name(), word_set("roles", "honorifics")
    longest = max(len(w.split()) for w in words)
    particles = word_set("function_words", "name_particles")
    while len(parts) > 1:
        for n in range(min(longest, len(parts) - 1), 0, -1):
            head = " ".join(parts[:n]).lower().rstrip(".")
            # after a title a particle opens an office ("Minister van Binnenlandse Zaken")
            particle = head in address and parts[n] in particles
            if head in words and (parts[n][:1].isupper() or particle):
                parts = parts[n:]
                break
        else:
            return parts
    return parts
