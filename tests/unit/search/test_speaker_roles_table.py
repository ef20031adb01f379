"""Issue 16 session 24 task A2: the role a body plays in a question (speaker, addressee,
beneficiary, the one replaced, the object) and the speaker the question reader must give,
generated from tests/data/speaker_roles.toml (frames x every body, Dutch and English forms;
not from questions). No index is needed."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_DATA = Path(__file__).resolve().parents[2] / "data" / "speaker_roles.toml"
_ORGS = Path(__file__).resolve().parents[3] / "lrt_search/lexicon/data/organisations.toml"


@cache
def _data() -> dict:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


def _fill(text: str, form: str, plural: bool, other: str) -> str:
    """A frame with the body ``form`` ({X}), the other body ({Y}) and the verb's number."""
    text = re.sub(r"\[([^|\]]+)\|([^\]]+)\]", lambda m: m.group(2 if plural else 1), text)
    if plural and form.endswith("s"):
        text = text.replace("{X}'s", "{X}'")
    return text.replace("{X}", form).replace("{Y}", other)


def rows() -> list[tuple[str, str, tuple[str, ...]]]:
    """(role, question, the speaker codes the reader must give) for every frame and body form."""
    data, out = _data(), []
    other = data["other"]
    for code, body in data["body"].items():
        self_other = code == other["code"]
        for frame in data["frame"]:
            lang = frame["lang"]
            y_form = other[f"self_{lang}"] if self_other else other[lang]
            y_code = other["self_code"] if self_other else other["code"]
            want = {"X": (code,), "Y": (y_code,), "none": ()}[frame["speaker"]]
            for plural, key in ((False, lang), (True, f"{lang}_plural")):
                for form in body.get(key, ()):
                    question = _fill(frame["text"], form, plural, y_form)
                    out.append((frame["role"], question, want))
    return out


def _table() -> OrgTable:
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(None, *flags, s.org_english_forms, s.org_coordinated_heads)


def _read(question: str) -> tuple[str, ...]:
    rules = SpeakerRules.of(Settings())
    return read_question(question, _table(), Glossary.default(), rules=rules).speaker


def test_every_body_of_the_alias_table_has_forms() -> None:
    orgs = tomllib.loads(_ORGS.read_text(encoding="utf-8"))["org"]
    assert set(orgs) == set(_data()["body"])


@pytest.mark.parametrize(("role", "question", "speaker"), rows())
def test_the_reader_gives_the_speaker_of_the_role(
    role: str, question: str, speaker: tuple[str, ...]
) -> None:
    assert set(_read(question)) == set(speaker), role
