"""The organisation alias table: recognise LRT organisations in minutes and in questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .datafiles import bundled_toml, parse_toml, user_text
from .english_forms import coordinated, english_forms
from .textnorm import fold_accents, straighten_quotes


@dataclass(frozen=True)
class Organisation:
    """One organisation: canonical code, full name, aliases and optional parent code."""

    code: str
    name: str
    aliases: tuple[str, ...]
    query_aliases: tuple[str, ...] = ()
    parent: str | None = None
    members: tuple[str, ...] = ()  # a group's organisations ("het Rijk": the ministries)


#: Texts whose mentions an :class:`OrgTable` keeps (then it forgets them all and starts again).
_MENTIONS_KEPT = 4096


@dataclass(frozen=True)
class Mention:
    """An organisation named in a text, at characters ``start:end``."""

    code: str
    start: int
    end: int
    text: str
    strong: bool = True  # named by code or alias, not only by a generic question alias


def _head_key(head: str) -> str:
    """The first characters of an alias or a text as :meth:`OrgTable._by_head` files them."""
    return "".join(" " if c.isspace() else c for c in head).lower()


def _alias_pattern(alias: str) -> str:
    # Whole-word match; a space in an alias matches any run of white space.
    body = r"\s+".join(re.escape(part) for part in alias.split())
    return rf"(?<![\w]){body}(?![\w])"


class OrgTable:
    """The alias table, loaded from the bundled TOML plus optional user files.

    >>> table = OrgTable.default()
    >>> table.resolve("CDK's")
    'CdK'
    >>> sorted(table.expand("BZK"))
    ['BZK', 'MBZK', 'MVRO']
    """

    def __init__(
        self,
        organisations: list[Organisation],
        longest: bool = False,
        heads: dict[str, str] | None = None,
    ) -> None:
        self.organisations: dict[str, Organisation] = {o.code: o for o in organisations}
        #: Rule ``org_longest_title``: in a question the longest title names the organisation.
        self.longest = longest
        #: Rule ``org_coordinated_heads``: plural heads coordinating bodies ("ministries").
        self.heads = heads or {}
        self._by_name: dict[str, str] = {}
        for org in organisations:
            for name in (org.code, *org.aliases, *org.query_aliases):
                self._by_name.setdefault(_key(name), org.code)
        text_aliases = sorted(
            ((alias, org.code) for org in organisations for alias in {org.code, *org.aliases}),
            key=lambda pair: (-len(pair[0]), pair),  # longest first, then fixed order
        )
        # In the minutes, aliases with capitals match case-sensitively (IPO, VB), others not.
        self._text_parts: list[str] = []
        self._group_codes: list[str] = []
        self._text_aliases = [straighten_quotes(alias) for alias, _ in text_aliases]
        for alias, code in text_aliases:
            pattern = _alias_pattern(straighten_quotes(alias))
            case_sensitive = any(c.isupper() for c in alias)
            self._text_parts.append(f"({pattern})" if case_sensitive else f"((?i:{pattern}))")
            self._group_codes.append(code)
        strong_keys = {_key(a) for org in organisations for a in (org.code, *org.aliases)}
        query_aliases = sorted(
            (
                (alias, org.code)
                for org in organisations
                for alias in {_key(a) for a in (org.code, *org.aliases, *org.query_aliases)}
            ),
            key=lambda pair: (-len(pair[0]), pair),  # longest first, then fixed order
        )
        self._query_codes = [code for _, code in query_aliases]
        self._query_strong = [alias in strong_keys for alias, _ in query_aliases]
        # A question is matched against the aliases it holds as text only (one small regex,
        # cached), not one regex of every alias compiled at start-up.
        self._query_aliases = [" ".join(a.split()) for a, _ in query_aliases]
        for org in organisations:
            if org.parent and org.parent not in self.organisations:
                raise ConfigError(f"organisation {org.code}: unknown parent {org.parent!r}")
            for member in org.members:
                if member not in self.organisations:
                    raise ConfigError(f"group {org.code}: unknown member {member!r}")

    def _query_pattern(self, picked: tuple[int, ...]) -> re.Pattern[str]:
        """One regex of the query aliases at ``picked`` (longest first), in their order."""
        return _alias_regex(tuple(self._query_aliases[i] for i in picked))

    @cached_property
    def _text_re(self) -> re.Pattern[str] | None:
        # Compiled on first use: a search that names no organisation never needs it.
        return re.compile("|".join(self._text_parts)) if self._text_parts else None

    @cached_property
    def _starts_re(self) -> re.Pattern[str]:
        # Where an alias can begin: a word start followed by the first two characters of some
        # alias (any case, any white space). The alias regex is tried only there (13x faster on
        # the minutes than scanning every position; the same matches: tests/unit/lexicon).
        heads = set()
        for alias in self._text_aliases:
            head = alias[:2]
            heads.add("".join(r"\s" if c.isspace() else re.escape(c) for c in head))
        return re.compile(rf"(?<![\w])(?=(?i:{'|'.join(sorted(heads))}))")

    @classmethod
    def default(
        cls,
        extra_file: Path | str | None = None,
        full_names: bool = False,
        groups: bool = False,
        longest: bool = False,
        english: bool = False,
        heads: bool = False,
        dutch: bool = False,
    ) -> OrgTable:
        """The bundled table, extended with ``extra_file`` when given; with ``full_names``
        (rule ``org_full_names``) a question may also name an organisation by its full name,
        with ``groups`` (rule ``org_groups``) several ("het Rijk") by the names of a
        ``[group.*]`` table; with ``longest`` (rule ``org_longest_title``) the longest title a
        question holds names the organisation; with ``english`` (rule ``org_english_forms``) the
        forms of each body's English subjects are question aliases, with ``heads`` (rule
        ``org_coordinated_heads``) bodies coordinated under one plural head are each named
        (:mod:`~lrt_search.lexicon.english_forms`); with ``dutch`` (rule ``org_dutch_forms``)
        the Dutch forms of its ``dutch`` subjects ("het ministerie van VWS") are."""
        extra = str(extra_file) if extra_file else None
        return _load(extra, full_names, groups, longest, english, heads, dutch)

    @property
    def codes(self) -> list[str]:
        """All canonical codes."""
        return list(self.organisations)

    def resolve(self, name: str) -> str | None:
        """The code of an organisation named ``name`` (code, alias or question alias), or None."""
        return self._by_name.get(_key(name))

    def expand(self, code: str) -> set[str]:
        """``code``, the members of a group among them and every organisation whose parent
        chain leads to one of them."""
        out = {code}
        changed = True
        while changed:
            changed = False
            for org in self.organisations.values():
                grouped = any(
                    org.code in self.organisations[c].members
                    for c in out
                    if c in self.organisations  # a name that resolves to no code: itself
                )
                if (org.parent in out or grouped) and org.code not in out:
                    out.add(org.code)
                    changed = True
        return out

    def mentions(self, text: str) -> list[Mention]:
        """Organisations named in a minutes text, in order (aliases as the minutes write them)."""
        found = self._mentioned.get(text)
        if found is None:
            if len(self._mentioned) >= _MENTIONS_KEPT:
                self._mentioned.clear()
            found = self._mentioned[text] = tuple(self._find_mentions(text))
        return list(found)

    @cached_property
    def _mentioned(self) -> dict[str, tuple[Mention, ...]]:
        # Kept per text: the checks of one ask look at a candidate's text more than once.
        return {}

    def _find_mentions(self, text: str) -> list[Mention]:
        if not self._text_parts:
            return []
        found = []
        text = straighten_quotes(text)
        end = 0
        for start in self._starts_re.finditer(text):
            if start.start() < end:
                continue
            regex, codes = self._regex_at(text, start.start())
            match = regex.match(text, start.start())
            if match is None:
                continue
            end = match.end()
            code = codes[match.lastindex - 1] if match.lastindex else None
            if code:
                found.append(Mention(code, match.start(), match.end(), match.group(0)))
        return found

    @cached_property
    def _by_head(self) -> dict[str, tuple[int, ...]]:
        # The aliases (their indexes) by their first one or two characters, lower case, white
        # space as " "; aliases whose head is not ASCII under "" (re's case folding of other
        # letters is not str.lower's: they are tried at every start).
        heads: dict[str, list[int]] = {"": []}
        for i, alias in enumerate(self._text_aliases):
            key = _head_key(alias[:2])
            heads.setdefault(key if key.isascii() else "", []).append(i)
        return {key: tuple(found) for key, found in heads.items()}

    def _regex_at(self, text: str, at: int) -> tuple[re.Pattern[str], list[str]]:
        """The regex of the aliases that can begin at ``text[at]``, in the table's order, and
        the code of each of its groups (one small regex per head, compiled on first use: a
        text names a few of the table's organisations); the whole table's regex when the
        text's head there is not ASCII."""
        heads, key = self._by_head, _head_key(text[at : at + 2])
        if not key.isascii():
            return self._text_re, self._group_codes  # type: ignore[return-value]
        picked = tuple(sorted({*heads.get(key, ()), *heads.get(key[:1], ()), *heads[""]}))
        found = self._head_regexes.get(picked)
        if found is None:
            regex = re.compile("|".join(self._text_parts[i] for i in picked) or "(?!)")
            found = self._head_regexes[picked] = (regex, [self._group_codes[i] for i in picked])
        return found

    @cached_property
    def _head_regexes(self) -> dict[tuple[int, ...], tuple[re.Pattern[str], list[str]]]:
        return {}

    def query_mentions(self, question: str) -> list[Mention]:
        """Organisations named in a question (case-insensitive, English names too)."""
        key = _key(question)
        flat = " ".join(key.split())
        picked = tuple(i for i, alias in enumerate(self._query_aliases) if alias in flat)
        conj = self._coordinated(key)
        if not picked:
            return conj
        found: list[Mention] = []
        pattern = self._query_pattern(picked)
        for match in pattern.finditer(key):
            if match.lastindex and (not found or match.start() >= found[-1].end):
                groups = [(self._query_codes[i], self._query_strong[i]) for i in picked]
                code, end, strong = _longest_end(pattern, key, match, groups, self.longest)
                found.append(Mention(code, match.start(), end, key[match.start() : end], strong))
        kept = [m for m in found if not any(m.start < c.end and c.start < m.end for c in conj)]
        return sorted(kept + conj, key=lambda m: m.start)

    def _coordinated(self, key: str) -> list[Mention]:
        """Rule ``org_coordinated_heads``: the bodies ``key`` coordinates under one plural head,
        each a mention (the last one's span ends with the head); other aliases inside them are
        not matched again."""
        if not self.heads:
            return []
        return [
            Mention(c.code, c.start, c.end, key[c.start : c.end], False)
            for c in coordinated(key, self.heads, self.resolve)
        ]


def _longest_end(
    pattern: re.Pattern[str],
    key: str,
    match: re.Match[str],
    groups: list[tuple[str, bool]],
    longest: bool = False,
) -> tuple[str, int, bool]:
    """Which organisation ``match`` names, where that name ends, and whether an alias of its
    own (not only a question alias) names it: a longer alias of the same organisation that
    starts inside the match extends it ("de commissarissen" + "commissarissen van de koning":
    the whole title, so "Koning" is not read as a name of its own); with ``longest`` (rule
    ``org_longest_title``) a longer one of another organisation names the whole title instead
    ("the state secretary" + "state secretary for participation and integration": SZW, not
    SJenV). ``groups``: per group, code and strength."""
    code, strong = groups[match.lastindex - 1] if match.lastindex else ("", False)
    end = match.end()
    for at in range(match.start() + 1, match.end()):
        if key[at - 1] != " ":
            continue
        inner = pattern.match(key, at)
        group = groups[inner.lastindex - 1] if inner and inner.lastindex else None
        if inner and group and inner.end() > end and (group[0] == code or longest):
            if group[0] != code:
                code, strong = group[0], False
            end, strong = inner.end(), strong or group[1]
    return code, end, strong


@lru_cache(maxsize=512)
def _alias_regex(aliases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"({_alias_pattern(a)})" for a in aliases))


def _key(name: str) -> str:
    return fold_accents(straighten_quotes(name)).lower().strip()


def _read_table(source: str, data: dict[str, Any]) -> list[Organisation]:
    orgs = []
    for code, entry in (data.get("org") or {}).items():
        if not isinstance(entry, dict):
            raise ConfigError(f"{source}: [org.{code}] must be a table")
        orgs.append(
            Organisation(
                code=code,
                name=str(entry.get("name", code)),
                aliases=tuple(entry.get("aliases", ())),
                query_aliases=tuple(entry.get("query_aliases", ())),
                parent=entry.get("parent"),
            )
        )
    return orgs


def _read_groups(data: dict[str, Any]) -> list[Organisation]:
    """The ``[group.CODE]`` tables: names a question uses for several organisations at once."""
    return [
        Organisation(
            code=code,
            name=str(entry.get("name", code)),
            aliases=(),
            query_aliases=tuple(entry.get("query_aliases", ())),
            members=tuple(entry.get("members", ())),
        )
        for code, entry in (data.get("group") or {}).items()
    ]


def _with_full_names(orgs: list[Organisation]) -> list[Organisation]:
    """Rule ``org_full_names``: each organisation's full name is also a question alias."""
    return [
        replace(o, query_aliases=(*o.query_aliases, o.name)) if o.name != o.code else o
        for o in orgs
    ]


def _with_forms(orgs: list[Organisation], data: dict[str, Any], lang: str) -> list[Organisation]:
    """Rules ``org_english_forms`` (``lang`` "english") and ``org_dutch_forms`` ("dutch"): each
    body's forms (its ``lang`` subjects under the ``[{lang}_forms]`` templates, and its own
    ``forms``) are question aliases, unless a form already names a body (aliases win)."""
    known = {_key(a) for o in orgs for a in (o.code, *o.aliases, *o.query_aliases)}
    templates, out = data.get(f"{lang}_forms") or {}, []
    for org in orgs:
        subjects = (data.get("org") or {}).get(org.code, {}).get(lang) or {}
        made = [*subjects.get("forms", ()), *english_forms(subjects, templates)]
        forms = list(dict.fromkeys(f for f in made if _key(f) not in known))
        out.append(replace(org, query_aliases=(*org.query_aliases, *forms)) if forms else org)
    return out


@cache
def _load(
    extra_file: str | None,
    full_names: bool = False,
    groups: bool = False,
    longest: bool = False,
    english: bool = False,
    heads: bool = False,
    dutch: bool = False,
) -> OrgTable:
    bundled = bundled_toml("organisations.toml")
    orgs = {o.code: o for o in _read_table("organisations.toml", bundled)}
    if extra_file:
        data = parse_toml(extra_file, user_text(extra_file, "organisations"))
        for org in _read_table(extra_file, data):
            old = orgs.get(org.code)
            if old:
                org = Organisation(
                    old.code,
                    org.name if org.name != org.code else old.name,
                    tuple(dict.fromkeys(old.aliases + org.aliases)),
                    tuple(dict.fromkeys(old.query_aliases + org.query_aliases)),
                    org.parent or old.parent,
                )
            orgs[org.code] = org
    found = _with_full_names(list(orgs.values())) if full_names else list(orgs.values())
    found = _with_forms(found, bundled, "english") if english else found
    found = _with_forms(found, bundled, "dutch") if dutch else found
    plural = dict(bundled.get("english_heads") or {}) if heads else None
    return OrgTable(found + (_read_groups(bundled) if groups else []), longest, plural)
