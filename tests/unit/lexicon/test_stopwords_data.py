"""The stopword lists shipped as data are stopwordsiso's, word for word, and the analyzer
reads them without importing the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import stopwordsiso

from lrt_search.lexicon.datafiles import bundled_text, parse_toml

ROOT = Path(__file__).resolve().parents[3]


def test_the_shipped_lists_are_stopwordsisos() -> None:
    data = parse_toml("stopwords.toml", bundled_text("stopwords.toml"))
    for lang in ("nl", "en"):
        assert data[lang].split() == sorted(stopwordsiso.stopwords(lang))
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        from make_stopwords_data import render
    finally:
        sys.path.remove(str(ROOT / "eval"))
    assert render() == bundled_text("stopwords.toml")  # regenerated, nothing changes


def test_the_analyzer_does_not_import_stopwordsiso() -> None:
    code = (
        "import sys\n"
        "from lrt_search.index.analysis import dutch_stopwords, english_stopwords, is_english\n"
        "assert 'de' in dutch_stopwords() and 'the' in english_stopwords()\n"
        "assert is_english('what did the IPO say') and not is_english('wat zei het IPO')\n"
        "print('stopwordsiso' in sys.modules, 'importlib.metadata' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert proc.stdout.split() == ["False", "False"]
