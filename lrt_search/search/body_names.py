"""Rule ``body_names_read`` (issue 16 session 29 task D; eval/blind28.md class 9): a public
body written as a capitalised adjective and a noun is one name.

Dutch writes the names of many public bodies with the adjective capitalised and the noun in
lower case ("de Nationale ombudsman", "de Gemeentelijke ombudsman", "de Tweede kamer"). Read as
the run of capitalised words alone, "Nationale" was the name, and rule ``name_forms_read`` (a
Dutch adjective before a lower-case word names no one) dropped it: the body was no name, the
minutes' "nationale terugvaloptie" met its adjective and nothing said that the minutes never
name the body. Here a name whose last word is a capitalised word in -e (the Dutch attributive
adjective: "Nationale", "Algemene", "Eerste") after an article ("de", "het", "the": a body, not
"welke"/"which" one of a kind) and before a lower-case body noun (lexicon/data/speech.toml
``body_heads``, or a compound ending in one: "rekenkamer", "kinderombudsman") takes the noun:
"Nationale ombudsman".

Such a body name (:func:`is_body_name`: two words or more, one a body noun) is known only when
the minutes write its words together (answer/names.py ``name_known``): "Eerste Kamer" is not
known from "de eerste keer" and "de Kamer", "Tweede Kamer" and "Raad van State" are.
"""

from __future__ import annotations

from ..lazyre import lazy
from ..lexicon.wordlists import word_set
from .phrases import ACRONYM, ARTICLES, PARTICLES

_HEADS = word_set("speech", "body_heads")
#: The fewest letters before a body noun that ends a compound ("kinder" + "ombudsman").
_COMPOUND_FIRST = 3
#: A capitalised word in -e (the Dutch attributive adjective's ending).
_CAPITAL_E = lazy(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*e(?![\w'’-])")
_NOUN_AFTER = lazy(r"\s+(?P<noun>[^\W\d_A-Z][\w'’-]*)(?![\w'’-])")


def body_noun(word: str) -> bool:
    """Whether ``word`` is a body noun of ``body_heads`` or a compound ending in one."""
    folded = word.lower()
    return folded in _HEADS or any(
        folded.endswith(h) and len(folded) - len(h) >= _COMPOUND_FIRST for h in _HEADS
    )


def is_body_name(name: str) -> bool:
    """Whether ``name`` is two words or more (name particles aside), one of them a body noun:
    a body whose words the minutes must write together ("Eerste Kamer", "Raad van State")."""
    content = [w for w in name.split() if w.lower() not in PARTICLES]
    return len(content) >= 2 and any(body_noun(w.strip("'’-")) for w in content)


def _with_noun(question: str, name: str) -> str:
    """``name`` and the lower-case body noun after it in ``question`` when its last word is a
    capitalised adjective in -e after an article (see the module), else ``name``."""
    last = name.split()[-1]
    if not last[:1].isupper() or not last.endswith("e") or ACRONYM.match(last):
        return name
    start = question.find(name)
    while start >= 0:
        m = _NOUN_AFTER.match(question, start + len(name))
        before = question[:start].split()
        if m and body_noun(m.group("noun")) and before and before[-1].lower() in ARTICLES:
            return f"{name} {m.group('noun')}"
        start = question.find(name, start + 1)
    return name


def body_names(question: str, found: list[str]) -> list[str]:
    """The names ``found`` in ``question``, each with the body noun that follows it when it
    names a body in the form capitalised adjective + lower-case noun ("Nationale ombudsman");
    and such a body whose adjective no name holds (a stopword: "de Tweede kamer")."""
    out = [_with_noun(question, name) for name in found]
    held = {w for name in found for w in name.split()}
    for m in _CAPITAL_E.finditer(question):
        if m.group(0) not in held and (body := _with_noun(question, m.group(0))) != m.group(0):
            out.append(body)
    return out
