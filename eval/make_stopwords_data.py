#!/usr/bin/env python
"""Regenerate ``lrt_search/lexicon/data/stopwords.toml`` from the stopwordsiso package.

    pip install stopwordsiso && python eval/make_stopwords_data.py

The analyzer drops Dutch stopwords from documents and queries, and English ones from English
queries (:mod:`lrt_search.index.analysis`). Only these two of stopwordsiso's lists are used; the
package parses every language's list and imports ``importlib.metadata`` on import (about a
fifth of a CLI search's start-up, issue 19), so the two lists ship as data, one word a line,
exactly as stopwordsiso has them (``tests/unit/lexicon/test_stopwords_data.py`` compares them).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lrt_search" / "lexicon" / "data" / "stopwords.toml"

HEADER = """\
# The Dutch and English stopword lists of stopwordsiso {version} (MIT licence,
# https://github.com/stopwords-iso/stopwords-iso), one word a line, as the package has them.
# Written by eval/make_stopwords_data.py; lrt_search.index.analysis reads them.
"""


def render() -> str:
    """The data file's text."""
    import stopwordsiso

    parts = [HEADER.format(version=stopwordsiso.__version__)]
    for lang in ("nl", "en"):
        words = sorted(stopwordsiso.stopwords(lang))
        assert not any("'''" in w or not w or w != w.strip() or " " in w for w in words)
        parts.append(f"\n{lang} = '''\n" + "\n".join(words) + "\n'''\n")
    return "".join(parts)


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
