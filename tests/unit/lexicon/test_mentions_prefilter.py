"""OrgTable.mentions tries its alias regex only where an alias can begin: the same mentions as
scanning every position of the text."""

from __future__ import annotations

from pathlib import Path

from lrt_search.ingest.corpus import load_corpus
from lrt_search.lexicon.organisations import Mention, OrgTable
from lrt_search.lexicon.textnorm import straighten_quotes

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def _scan_everywhere(table: OrgTable, text: str) -> list[Mention]:
    assert table._text_re is not None
    out = []
    for m in table._text_re.finditer(straighten_quotes(text)):
        code = table._group_codes[m.lastindex - 1] if m.lastindex else None
        if code:
            out.append(Mention(code, m.start(), m.end(), m.group(0)))
    return out


def test_prefiltered_mentions_equal_a_full_scan() -> None:
    table = OrgTable.default()
    texts = [
        "IPO en VNG; de  Raad\tvan State, CdK 's, CDK's, ipo, (VNG) en het COA-beleid.",
        "Rijksheren: de cdk's; 'VNG' en \u2018IPO\u2019 zeggen; xVNG VNGx; Vluchtelingenwerk",
        # heads that are not ASCII, re's case folding (Kelvin sign, long s), a text's last letter
        "\u0130PO, \u00cfPO, \u212aWIT, \u017fzw, COA\u00e9, Coa, V",
        "I",
    ]
    for meeting in load_corpus(CORPUS):
        for chunk in meeting.chunks:
            texts.append(chunk.text)
            texts.extend(s.text for s in chunk.statements)
    found = 0
    for text in texts:
        expected = _scan_everywhere(table, text)
        assert table.mentions(text) == expected, text[:80]
        found += len(expected)
    assert found > 100


def test_mentions_are_kept_per_text_and_handed_out_as_new_lists() -> None:
    table = OrgTable.default()
    text = "De VNG en het IPO spraken met het COA."
    first = table.mentions(text)
    assert [m.code for m in first] == ["VNG", "IPO", "COA"]
    first.clear()
    assert table.mentions(text) == _scan_everywhere(table, text)
