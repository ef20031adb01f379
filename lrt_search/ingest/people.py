"""The people of a meeting: its attendee list, and whom a name, the chair or a title speaks for.

A statement may name a person instead of an organisation ("Dhr. Jansen geeft aan ...",
"Mevrouw Faber (voorzitter) concludeert ...", "De voorzitter stelt voor ...", "De gedeputeerde
van Gelderland wijst op ..."). The meeting's attendee list says whom a person speaks for
("Dhr. Jansen (IPO)", "Mw. Faber (AenM, voorzitter)"); a title speaks for the organisation it sits
at the LRT for (``lexicon/data/roles.toml``). A name the attendee list does not hold, or holds
for two organisations, names nobody: the minutes do not say whom that person speaks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ..lazyre import lazy
from ..lexicon.organisations import Mention, OrgTable
from ..lexicon.surnames import COMMON_WORD, fold_index, fold_surname, particle_alternation
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import mapping, word_set, words
from ..models import Attendee
from .cleaning import REDACTED

_ATTENDEE = lazy(r"([^,()]*?)\s*\(([^()]*)\)")
_INITIALS = lazy(r"^(?:[A-Z]\.)+$")
_PARTICLES = word_set("function_words", "name_particles")


@cache
def _honorific() -> str:
    names = sorted(words("roles", "honorifics"), key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\.?\s+"


@cache
def _titles() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {word.lower(): str(code) for word, code in mapping("roles", "titles").items()}
    names = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{names})(?!\w)"), table


@cache
def _chair() -> re.Pattern[str]:
    names = "|".join(map(re.escape, words("roles", "chair")))
    # "de voorzitter van de VNG" is that organisation's chair, not the meeting's; "Mevrouw De
    # Vries (voorzitter)" and "(AenM, voorzitter)" give a named person's role.
    return re.compile(rf"(?<![\w(,])(?<![(,]\s)(?i:{names})(?!\w)(?!\s+(?i:van|of)\b)")


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` is a form of address, an initial or a dotted abbreviation ("Dhr.",
    "A.", "t.a.v."): a full stop after it ends no sentence."""
    return bool(_abbreviation().match(word))


@cache
def _abbreviation() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in words("roles", "honorifics") if " " not in n)
    return re.compile(rf"^\(?(?:(?i:{names})\.|[A-Z]\.|(?:\w+\.){{2,}})$")


def surname(name: str) -> str | None:
    """The surname of an attendee as the list writes it ("Dhr. J. van der Maat" ->
    "van der Maat"), or None for a redacted or empty name."""
    text = re.sub(rf"^(?:{_honorific()})+", "", name.strip() + " ").strip()
    parts = [p for p in text.split() if not _INITIALS.match(p)]
    if not parts or REDACTED.lower() in name.lower() or not any(p[0].isupper() for p in parts):
        return None
    return " ".join(parts)


def _name_forms(name: str | None) -> list[str]:
    """The ways the minutes may write a listed name: as listed, and without a first name
    ("Hugo de Jonge" -> "de Jonge", "Annemarie Jorritsma" -> "Jorritsma"), unless what is left
    is one common Dutch word ("Bruins Slot" -> not "Slot": Zipf >= ``COMMON_WORD``)."""
    if name is None:
        return []
    parts = name.split()
    if len(parts) < 2 or parts[0].lower() in _PARTICLES:
        return [name]
    if len(parts) == 2 and zipf(parts[1].lower(), "nl") >= COMMON_WORD:
        return [name]
    return [name, " ".join(parts[1:])]


def _name_pattern(name: str) -> str:
    parts = name.split()
    # A leading particle may be written either way ("Van der Maat", "van der Maat").
    head = parts[0]
    if head.lower() in _PARTICLES:
        head = f"[{head[0].upper()}{head[0].lower()}]{re.escape(head[1:])}"
    else:
        head = re.escape(head)
    body = r"\s+".join([head, *map(re.escape, parts[1:])])
    return rf"(?<![\w.])(?:{_honorific()})?(?:[A-Z]\.\s*)*{body}(?!\w)"


@dataclass(frozen=True)
class People:
    """Whom the names of one meeting stand for: surname -> organisation code, and the chair's
    organisation (the attendee marked "voorzitter")."""

    surnames: dict[str, str] = field(default_factory=dict)
    chair: str | None = None
    folded: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_attendees(cls, attendees: Iterable[Attendee], fold: bool = True) -> People:
        """The people of an attendee list; a surname listed for two organisations is left out.
        ``fold`` (rule surname_folding): a name written another way resolves to the one entry
        that folds alike (``lexicon/surnames.py``)."""
        codes: dict[str, set[str | None]] = {}
        chair: set[str] = set()
        for person in attendees:
            for name in _name_forms(surname(person.name)):
                codes.setdefault(name, set()).add(person.org_code)
            roles = (person.role or "").lower()
            if person.org_code and any(c in roles for c in words("roles", "chair")):
                chair.add(person.org_code)
        known = {name: next(iter(c)) for name, c in codes.items() if len(c) == 1}
        named = {name: code for name, code in known.items() if code}
        return cls(
            named,
            next(iter(chair)) if len(chair) == 1 else None,
            fold_index(named.items()) if fold else {},
        )

    @property
    def _pattern(self) -> re.Pattern[str] | None:
        return _people_pattern(tuple(sorted(self.surnames, key=len, reverse=True)))

    def mentions(self, sentence: str) -> list[Mention]:
        """People named in ``sentence`` with the organisation each speaks for, in order."""
        found: list[Mention] = []
        pattern = self._pattern
        if pattern is not None:
            for m in pattern.finditer(sentence):
                name = next(n for n, g in zip(self._names(), m.groups(), strict=True) if g)
                found.append(Mention(self.surnames[name], m.start(), m.end(), m.group(0)))
        found.extend(self._folded_mentions(sentence, found))
        titles, table = _titles()
        for m in titles.finditer(sentence):
            found.append(Mention(table[m.group(0).lower()], m.start(), m.end(), m.group(0)))
        if self.chair:
            for m in _chair().finditer(sentence):
                found.append(Mention(self.chair, m.start(), m.end(), m.group(0)))
        return sorted(found, key=lambda x: x.start)

    def _folded_mentions(self, sentence: str, exact: list[Mention]) -> list[Mention]:
        """Rule surname_folding: names written another way than the list writes them
        ("Keijzer" for "Mw. Keizer") that fold to exactly one entry; a common Dutch word
        (Zipf >= ``COMMON_WORD``) is no name."""
        out: list[Mention] = []
        if not self.folded:
            return out
        for m in _candidate().finditer(sentence):
            last = m.group(0).split()[-1]
            code = self.folded.get(fold_surname(m.group(0))) or self.folded.get(fold_surname(last))
            common = zipf(last.lower(), "nl") >= COMMON_WORD
            taken = any(e.start < m.end() and m.start() < e.end for e in exact)
            if code and not common and not taken:
                out.append(Mention(code, m.start(), m.end(), m.group(0)))
        return out

    def _names(self) -> tuple[str, ...]:
        return tuple(sorted(self.surnames, key=len, reverse=True))


@cache
def _people_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    return re.compile("|".join(f"({_name_pattern(n)})" for n in names))


@cache
def _candidate() -> re.Pattern[str]:
    """A capitalised word with the particles before it ("de Rooy", "v.d. Burg")."""
    particles = f"{particle_alternation()}|{'|'.join(map(re.escape, _PARTICLES))}"
    return re.compile(rf"(?<![\w.])(?:(?i:{particles})\s+)*[A-ZÀ-Ý][\w'-]+")


def merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    """Mentions of both lists in order of position; one that overlaps an earlier one is left
    out."""
    out: list[Mention] = []
    for mention in sorted([*first, *second], key=lambda x: (x.start, -x.end)):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def parse_attendees(text: str, table: OrgTable) -> tuple[Attendee, ...]:
    """Split an attendee list into (name, organisation) pairs; blank names become [redacted]."""
    out: list[Attendee] = []
    pos = 0
    for m in _ATTENDEE.finditer(text):
        if out and out[-1].organisation and not text[pos : m.start(2) - 1].strip():
            # "Mw. Uitermark (BZK) (ambtelijke vervanging)": a second bracket is a role.
            previous = out[-1]
            role = ", ".join(r for r in (previous.role, m.group(2).strip()) if r)
            out[-1] = Attendee(previous.name, previous.organisation, previous.org_code, role)
            pos = m.end()
            continue
        for loose in _loose_names(text[pos : m.start()]):
            out.append(Attendee(loose, None))
        name = m.group(1).strip(" ,.;") or REDACTED
        org_text, _, role = m.group(2).partition(",")
        org_text = org_text.strip()
        out.append(
            Attendee(
                name,
                org_text or None,
                table.resolve(org_text) if org_text else None,
                role.strip() or None,
            )
        )
        pos = m.end()
    for loose in _loose_names(text[pos:]):
        out.append(Attendee(loose, None))
    return tuple(out)


def parse_attendee_lines(lines: list[str], table: OrgTable) -> tuple[Attendee, ...]:
    """An attendee list from its lines: a list written as text ("Dhr. Jansen (IPO), ...") is
    read by :func:`parse_attendees`; a list without brackets on two or more lines is a table, one
    row a line, read by :func:`parse_attendee_rows`."""
    rows = [t.strip() for t in lines if t.strip()]
    if len(rows) >= 2 and not any("(" in t for t in rows):
        return parse_attendee_rows(rows, table)
    return parse_attendees(" ".join(lines).strip(), table)


def parse_attendee_rows(rows: list[str], table: OrgTable) -> tuple[Attendee, ...]:
    """A table of attendees, its cells run together in one line a row ("Dhr. Jansen IPO", "VNG"
    for a blank name): the last one to three words of a row that name an organisation are its
    organisation, the words before it the name. A first row that names no organisation while a
    later one does is the table's header ("Naam Organisatie"); another such row is a list of
    loose names ("secretariaat, ondersteuning")."""
    out: list[Attendee] = []
    for index, row in enumerate(rows):
        found = _row_org(row, table)
        if found:
            name, org, role = found
            out.append(Attendee(name or REDACTED, org, table.resolve(org), role or None))
        elif index > 0 or not any(_row_org(r, table) for r in rows[1:]):
            out.extend(Attendee(loose, None) for loose in _loose_names(row))
    return tuple(out)


def _row_org(row: str, table: OrgTable) -> tuple[str, str, str] | None:
    """(name, organisation, role) of a table row whose last words (before a ", role" in the
    organisation's cell: "Mw. Faber AenM, voorzitter") name an organisation, else None."""
    for cells, role in ((row, ""), (row.rpartition(",")[0], row.rpartition(",")[2])):
        words = cells.split()
        for k in (3, 2, 1):
            if k <= len(words) and table.resolve(" ".join(words[-k:])):
                name = " ".join(words[:-k])
                if "," in name:  # a list of names on a line ("VNG, IPO, COA"): no row
                    return None
                return name.strip(" .;"), " ".join(words[-k:]), role.strip(" .;")
    return None


def _loose_names(text: str) -> list[str]:
    return [p.strip(" .;") for p in text.split(",") if p.strip(" .;")]
