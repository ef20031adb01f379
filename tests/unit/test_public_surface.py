"""The package's public surface: a clean dir(), explicit signatures, progress lines when
stderr is not a terminal."""

from __future__ import annotations

import inspect

import pytest

import lrt_search
from lrt_search.progress import Progress


def test_dir_shows_the_public_names_only() -> None:
    names = dir(lrt_search)
    assert "Engine" in names and "read_minutes" in names
    assert not {"os", "Any", "TYPE_CHECKING", "annotations"} & set(names)


def test_engine_ask_and_search_have_explicit_signatures() -> None:
    for method in (lrt_search.Engine.ask, lrt_search.Engine.search):
        parameters = inspect.signature(method).parameters
        assert {"k", "org", "since", "until"} <= set(parameters)
        assert all(p.kind is not p.VAR_KEYWORD for p in parameters.values())


def test_progress_lines_on_stderr_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with Progress(None, 100, "embedding passages") as advance:
        for _ in range(25):
            advance(4)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "embedding passages: 0/100" and lines[-1] == "embedding passages: 100/100"
    assert 5 <= len(lines) <= 12
    with Progress(False, 100, "embedding passages") as advance:  # switched off: nothing
        advance(100)
    assert capsys.readouterr().err == ""
