"""The HTTP API and web page (FastAPI's test client, real index): JSON shapes equal to the CLI's,
limits, escaping, the meeting view, languages, and refusing a missing or stale index."""

from __future__ import annotations

import html
import json
import re
import shutil

import pytest
from eval_scripts import load_eval_script
from fastapi.testclient import TestClient

from lrt_search.config import Settings
from lrt_search.index.build import index_status
from lrt_search.interfaces.cli import main
from lrt_search.interfaces.web import create_app
from lrt_search.service import Engine


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), capsys.readouterr().out


@pytest.fixture(scope="module")
def client(built) -> TestClient:
    return TestClient(create_app(built.settings))


def test_api_json_equals_cli_json(client, built, capsys) -> None:
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code, out = run_cli(["search", "taakstelling 2025-II", "-k", "3", "--json", *paths], capsys)
    assert code == 0
    api = client.get("/api/search", params={"q": "taakstelling 2025-II", "k": 3}).json()
    assert api == json.loads(out)
    assert set(api) == {
        "query",
        "filters",
        "mode",
        "not_understood",
        "hits",
        "syntax",
        "suggestions",
        "notes",
    }
    assert len(api["hits"]) == 3

    code, out = run_cli(
        ["ask", "what did IPO say about indeplaatsstelling", "--json", *paths], capsys
    )
    api = client.get("/api/ask", params={"q": "what did IPO say about indeplaatsstelling"}).json()
    assert api == json.loads(out)
    for c in api["citations"]:
        assert c["source"].endswith(".txt") and isinstance(c["speakers"], list) and c["kind"]

    decisions = ["decisions", "--format", "json", "--kind", "actie", "--corpus", str(built.corpus)]
    code, out = run_cli(decisions, capsys)
    assert code == 0
    api = client.get("/api/decisions", params={"kind": "actie"}).json()
    assert api == json.loads(out) and api["count"] >= 5

    code, out = run_cli(["meetings", "--json", "--corpus", str(built.corpus)], capsys)
    assert client.get("/api/meetings").json() == json.loads(out)


def test_limits_and_errors(client, built) -> None:
    limit = built.settings.web_max_query_chars
    r = client.get("/api/search", params={"q": "x" * (limit + 1)})
    assert r.status_code == 400 and f"at most {limit}" in r.json()["error"]
    r = client.get("/api/search", params={"q": "taakstelling", "k": built.settings.web_max_k + 1})
    assert r.status_code == 400 and r.json()["error"].startswith("k:")
    r = client.get("/api/search", params={"q": "taakstelling", "mode": "magic"})
    assert r.status_code == 400 and "mode" in r.json()["error"]
    r = client.get("/api/decisions", params={"since": "gisteren"})
    assert r.status_code == 400 and r.json()["error"].startswith("since:")
    r = client.get("/api/search", params={"q": "taakstelling", "org": "Gemeente Nergenshuizen"})
    assert r.status_code == 400 and "unknown organisation" in r.json()["error"]
    assert r.json()["error"].startswith("org: ")  # the parameter, not the CLI's --org
    r = client.get("/api/decisions", params={"kind": "besluiten"})
    assert r.status_code == 400 and r.json()["error"].startswith("kind: besluiten is not one")
    r = client.get("/?q=" + "y" * (limit + 1))
    assert r.status_code == 400 and "hooguit 500" in r.text  # the Dutch page says it in Dutch
    r = client.get("/meeting/..%2F..%2Fetc%2Fpasswd")
    assert r.status_code in (400, 404) and "root:" not in r.text
    r = client.get("/source/pyproject.toml")
    assert r.status_code == 400


def test_query_is_escaped(client) -> None:
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    for do in ("search", "ask"):
        r = client.get("/", params={"q": attack, "do": do})
        assert r.status_code == 200
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
        assert "&lt;script&gt;" in r.text


def test_minutes_text_is_escaped(built, tmp_path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(built.corpus, corpus)
    shutil.copytree(built.index, tmp_path / "index")
    text = (
        "Vergaderdatum 1 december 2026\n\n1. Opening\n"
        "- VNG meldt <script>alert('minutes')</script> over de opvang in Nergenshuizen.\n"
        "- Actie: VNG levert <b>vet</b> aan.\n"
    )
    (corpus / "2026-12-01-lrt.txt").write_text(text, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    Engine.load(settings=settings, progress=False)  # the test builds; the server never does
    client = TestClient(create_app(settings))
    for url in (
        "/?q=Nergenshuizen&do=search",
        "/decisions?meeting=2026-12-01",
        "/meeting/2026-12-01-lrt.txt?start=4",
    ):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>alert('minutes')" not in r.text and "<b>vet</b>" not in r.text, url
        assert "&lt;script&gt;" in r.text or "&lt;b&gt;vet" in r.text, url


def test_pages_dutch_and_english(client) -> None:
    home = client.get("/")
    assert home.status_code == 200 and 'lang="nl"' in home.text and "Zoeken" in home.text
    assert (
        "http://" not in home.text.replace("http://testserver", "") and "https://" not in home.text
    )
    english = client.get("/decisions", params={"lang": "en", "org": "VNG"})
    assert 'lang="en"' in english.text and "Who must act" in english.text
    rows = re.findall(r'<tr class="decision">', english.text)
    assert len(rows) >= 2
    assert "lang=en" in english.text  # links keep the language
    api = client.get("/api")
    assert "/api/search" in api.text and "/api/decisions" in api.text
    assert client.get("/openapi.json").json()["paths"].keys() >= {
        "/api/search", "/api/ask", "/api/meetings", "/api/decisions"
    }  # fmt: skip


def test_results_highlight_and_link_to_cited_lines(client) -> None:
    r = client.get("/", params={"q": "wat zei het IPO over indeplaatsstelling", "do": "ask"})
    assert r.status_code == 200
    assert "<mark>IPO</mark>" in r.text
    link = re.search(r'href="(/meeting/[^"]+\?start=(\d+)&(?:amp;)?end=(\d+)[^"]*#L\d+)"', r.text)
    assert link, r.text
    meeting = client.get(link.group(1).replace("&amp;", "&"))
    cited = re.findall(r'<span class="line cited" id="L(\d+)">', meeting.text)
    assert cited and int(cited[0]) == int(link.group(2)) and int(cited[-1]) == int(link.group(3))
    hits = client.get("/", params={"q": "indeplaatsstelling", "do": "search", "k": 3})
    assert hits.text.count('class="result hit"') == 3 and "<mark>" in hits.text


def test_refuses_missing_or_stale_index(built, tmp_path) -> None:
    missing = Settings(corpus_dir=built.corpus, index_dir=tmp_path / "no-index")
    client = TestClient(create_app(missing))
    r = client.get("/api/search", params={"q": "taakstelling"})
    assert r.status_code == 503 and "lrt-search index" in r.json()["error"]
    assert r.json()["error"].startswith(f"{tmp_path / 'no-index'}: no index yet; ")
    assert r.json()["error"].count("no-index") == 1  # the folder named once, not twice
    assert client.get("/").status_code == 503
    assert not (tmp_path / "no-index").exists()

    corpus = tmp_path / "corpus"
    shutil.copytree(built.corpus, corpus)
    shutil.copytree(built.index, tmp_path / "index")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    client = TestClient(create_app(settings))
    assert client.get("/api/search", params={"q": "taakstelling"}).status_code == 200
    with open(corpus / "2025-03-19-lrt.txt", "a", encoding="utf-8") as f:
        f.write("\n- Nog een regel.\n")
    r = client.get("/api/decisions")
    assert r.status_code == 503 and "changed" in r.json()["error"]
    page = client.get("/decisions")
    assert page.status_code == 503 and "lrt-search index" in page.text
    assert index_status(settings)[0] == "stale"  # still stale: the request built nothing


def _minutes_pdf(source, target) -> None:
    """``source`` written as a two-page PDF (a new page after line 20)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for number, line in enumerate(source.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip():
            pdf.multi_cell(0, 5, line.replace("\t", " "), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
        if number == 20:
            pdf.add_page()
    pdf.output(str(target))


def test_pdf_citation_links_to_its_page(built, tmp_path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(built.corpus, corpus)
    shutil.copytree(built.index, tmp_path / "index")
    _minutes_pdf(corpus / "2022-07-08-lrt.txt", corpus / "2022-07-08-lrt.pdf")
    (corpus / "2022-07-08-lrt.txt").unlink()
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    Engine.load(settings=settings, progress=False)
    client = TestClient(create_app(settings))
    register = client.get("/api/decisions", params={"meeting": "2022-07-08"}).json()
    on_page_2 = [d for d in register["decisions"] if d["page_start"] == 2]
    assert on_page_2 and all(d["source"] == "2022-07-08-lrt.pdf" for d in register["decisions"])
    d = on_page_2[0]
    assert "p. 2" in d["citation"]
    page = client.get("/decisions", params={"meeting": "2022-07-08"})
    link = f"/meeting/2022-07-08-lrt.pdf?start={d['line_start']}&end={d['line_end']}"
    assert link in page.text
    view = client.get(link)
    assert view.status_code == 200
    assert 'id="p2"' in view.text and 'href="/source/2022-07-08-lrt.pdf#page=2"' in view.text
    cited = re.findall(r'<span class="line cited" id="L(\d+)">', view.text)
    assert cited and int(cited[0]) == d["line_start"]
    pdf = client.get("/source/2022-07-08-lrt.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_meeting_view_of_a_pdf_with_a_scanned_page_highlights_the_cited_text(
    built, tmp_path
) -> None:
    """Lines after a scanned (OCR) page are numbered as the citations count them, so the view
    highlights the cited text itself, not the text layer's line of that number."""
    from lrt_search.ingest.reading import pdf_lines, pdf_pages

    variants = load_eval_script("make_variants")

    corpus = tmp_path / "corpus"
    shutil.copytree(built.corpus, corpus)
    shutil.copytree(built.index, tmp_path / "index")
    source = corpus / "2023-11-03-lrt.txt"
    pdf = corpus / "2023-11-03-lrt.pdf"
    pdf.write_bytes(variants.with_image_pages(variants.minutes_pdf(source), [2]))
    source.unlink()
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", ocr_cache_dir=tmp_path)
    Engine.load(settings=settings, progress=False)
    client = TestClient(create_app(settings))
    register = client.get("/api/decisions", params={"meeting": "2023-11-03"}).json()
    after_scan = [d for d in register["decisions"] if d["page_start"] > 2]
    assert after_scan, register
    text_layer, _ = pdf_lines(pdf_pages(pdf, pdf.read_bytes()))
    d = after_scan[-1]
    assert d["text"][:40] not in " ".join(text_layer[d["line_start"] - 1 : d["line_end"]])
    view = client.get(f"/meeting/{pdf.name}?start={d['line_start']}&end={d['line_end']}")
    assert view.status_code == 200 and 'id="p2">pagina 2 (OCR)' in view.text
    cited = re.findall(
        r'<span class="line cited" id="L\d+"><span class="n">\d+</span>([^<]*)<', view.text
    )
    shown = " ".join(html.unescape(c).strip() for c in cited)
    assert d["text"][:40] in shown, (d, shown)


def test_unconvertible_parameters_are_400_with_one_error_line(client) -> None:
    """k=abc or a missing q get the documented {"error": ...} with status 400 (not FastAPI's
    422 "detail"), and the pages answer with the error page, not raw JSON."""
    r = client.get("/api/search", params={"q": "taakstelling", "k": "abc"})
    assert r.status_code == 400 and r.json() == {"error": "k: not a whole number: 'abc'"}
    r = client.get("/api/ask")
    assert r.status_code == 400 and r.json() == {"error": "q: missing"}
    page = client.get("/", params={"q": "taakstelling", "k": "veel"})
    assert page.status_code == 400 and "<html" in page.text
    assert "Aantal: geen geheel getal: &#39;veel&#39;" in page.text  # the form's name of k
    view = client.get("/meeting/2023-11-03-lrt.txt", params={"start": "x"})
    assert view.status_code == 400 and "start: geen geheel getal" in view.text


def test_decision_facets_narrow_the_current_selection(client) -> None:
    """A facet's count is what its link shows: the link keeps the filters already chosen."""
    page = client.get("/decisions", params={"org": "VNG", "lang": "en"})
    links = re.findall(r'<li><a href="([^"]+)">[^<]+</a> (\d+)</li>', page.text)
    assert links
    for href, count in links:
        href = html.unescape(href)
        assert "org=VNG" in href and "lang=en" in href, href
        narrowed = client.get(href)
        assert narrowed.status_code == 200
        assert len(re.findall(r'<tr class="decision">', narrowed.text)) == int(count), href


def test_meetings_page_and_bad_line_ranges(client) -> None:
    """The meetings table heads its item column with a word (not a Python method's repr), and
    a cited range that is reversed or past the end of the file is a 400, not a silent page."""
    page = client.get("/meetings")
    assert page.status_code == 200 and " agendapunten · " in page.text
    assert "built-in method" not in page.text
    assert " agenda items · " in client.get("/meetings", params={"lang": "en"}).text
    ok = client.get("/meeting/2023-11-10-lrt.txt", params={"start": 16, "end": 18})
    assert ok.status_code == 200 and len(re.findall('class="line cited"', ok.text)) == 3
    for start, end in ((50, 16), (99999, 99999), (0, 3)):
        r = client.get("/meeting/2023-11-10-lrt.txt", params={"start": start, "end": end})
        assert r.status_code == 400 and "liggen niet binnen de 63 regels" in r.text, (start, end)


def test_api_search_takes_the_query_syntax_and_the_clis_periods(client, engine) -> None:
    r = client.get("/api/search", params={"q": '"Ter Apel" -gemeenten org:COA', "k": 5})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["syntax"]["phrases"] == ["Ter Apel"] and body["filters"]["org"] == "COA"
    assert body["hits"] and all(
        "ter apel" in " ".join(h["text"].lower().split()) for h in body["hits"]
    )
    period = client.get("/api/search", params={"q": "opvang", "since": "april 2023"}).json()
    assert period["filters"]["since"] == "2023-04-01"
    assert all(h["meeting_date"] >= "2023-04-01" for h in period["hits"])
    # The Python API takes the same periods; each interface names its own parameter.
    assert engine.search("opvang", since="april 2023") == engine.search(
        "opvang", since="2023-04-01"
    )
    bad = client.get("/api/search", params={"q": "opvang", "since": "gisteren"})
    assert bad.status_code == 400 and bad.json()["error"].startswith("since: 'gisteren'")
    bad = client.get("/api/search", params={"q": "opvang date:gisteren"})
    assert bad.status_code == 400 and bad.json()["error"].startswith("date: 'gisteren'")


def test_spelling_suggestions_in_search_and_ask(client, engine) -> None:
    body = client.get("/api/search", params={"q": "spreidinswet"}).json()
    assert body["suggestions"] == [
        {"word": "spreidinswet", "suggestion": "spreidingswet", "query": "spreidingswet"}
    ]
    assert client.get("/api/search", params={"q": "spreidingswet"}).json()["suggestions"] == []
    page = client.get("/", params={"q": "spreidinswet"}).text
    assert 'id="suggestion"' in page and "Bedoelde u" in page
    assert 'href="/?q=spreidingswet&amp;do=search"' in page
    # ask retries with the suggestion when the misspelt question abstains, and says so.
    typo = engine.ask("wat is er gezegd over de spreidinswet")
    right = engine.ask("wat is er gezegd over de spreidingswet")
    assert not typo.abstained and typo.citations == right.citations
    assert "spelling: spreidinswet -> spreidingswet" in typo.notes
    assert typo.to_dict()["suggestions"][0]["suggestion"] == "spreidingswet"
    assert typo.question == "wat is er gezegd over de spreidinswet"


def test_ask_answers_the_corrected_question_even_when_the_misspelt_one_answers(engine) -> None:
    # "huisvestng" skipped, the question as written quotes VNG on anything (no abstention).
    question = "Wat zei de VNG over huisvestng?"
    right = engine.ask("Wat zei de VNG over huisvesting?")
    typo = engine.ask(question)
    assert "spelling: huisvestng -> huisvesting" in typo.notes
    assert typo.citations == right.citations and typo.question == question
    assert "huisvest" in typo.citations[0].quote.lower()
    off = engine.with_settings(engine.settings.replace(spelling_corrects_answers=False))
    skipped = off.ask(question)
    assert not skipped.abstained and not any(n.startswith("spelling") for n in skipped.notes)
    assert skipped.citations != right.citations


def test_home_page_tells_what_can_be_searched(client, engine) -> None:
    page = client.get("/").text
    assert "5 vergaderingen, 2022-07-08 tot en met 2025-03-19" in page
    examples = re.findall(r'<li><a href="/\?q=([^"&]+)&amp;do=ask">', page)
    assert 4 <= len(examples) <= 6
    english = client.get("/", params={"lang": "en"}).text
    assert "5 meetings, 2022-07-08 to 2025-03-19" in english
    from lrt_search.interfaces.web_pages import example_questions

    for lang in ("nl", "en"):  # every example question is answered by the minutes
        for question in example_questions(lang):
            assert not engine.ask(question).abstained, question


def test_bad_parameter_page_keeps_the_form(client) -> None:
    r = client.get("/", params={"q": "opvang", "since": "gisteren", "org": "VNG"})
    assert r.status_code == 400
    assert (
        'id="search-form"' in r.text and 'value="opvang"' in r.text and 'value="gisteren"' in r.text
    )
    assert "Vanaf: &#39;gisteren&#39; is geen datum of periode" in r.text  # Dutch page and label
    english = client.get("/", params={"q": "opvang", "k": "abc", "lang": "en"})
    assert english.status_code == 400 and "Count: not a whole number" in english.text


def test_meetings_page_lists_agenda_items_with_links(client, built) -> None:
    page = client.get("/meetings").text
    links = re.findall(
        r'href="/meeting/([^"?]+)\?start=(\d+)&amp;end=(\d+)#L\d+">([^<]+)</a>', page
    )
    assert len(links) >= 20 and any(label == "agendapunt 2-4" for *_, label in links)
    source, start, end, _ = links[0]
    assert client.get(f"/meeting/{source}", params={"start": start, "end": end}).status_code == 200


def test_organisation_page_and_downloads(client, engine) -> None:
    page = client.get("/org/vng").text  # an alias resolves
    assert "Vereniging van Nederlandse Gemeenten" in page and 'class="result statement"' in page
    bad = client.get("/org/Gemeente%20Nergenshuizen")
    assert bad.status_code == 400 and "onbekende organisatie" in bad.text
    md = client.get("/download/decisions", params={"format": "md", "kind": "actie", "lang": "en"})
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("| Meeting | Item | Kind |") and "| action |" in md.text
    js = client.get("/download/search", params={"q": "opvang", "format": "json"}).json()
    assert js == client.get("/api/search", params={"q": "opvang"}).json()
    csv_text = client.get("/download/search", params={"q": "opvang", "sep": ","}).text
    assert csv_text.startswith("\ufeffrang,vergaderdatum,agendapunt,")  # the page's language
    english = client.get("/download/search", params={"q": "opvang", "lang": "en"}).text
    assert english.startswith("\ufeffrank,meeting_date,item,")
    assert (
        client.get("/download/search", params={"q": "opvang", "format": "xls"}).status_code == 400
    )


def test_an_unknown_address_is_a_404_in_the_page_language(client) -> None:
    """Not FastAPI's English {"detail": "Not Found"} on a Dutch site."""
    page = client.get("/verslagen")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "deze pagina bestaat niet: /verslagen" in html.unescape(page.text)
    english = client.get("/verslagen?lang=en")
    assert english.status_code == 404 and "no such page: /verslagen" in english.text
    api = client.get("/api/nothing")
    assert api.status_code == 404 and api.json() == {"error": "no such page: /api/nothing"}
    assert client.get("/", params={"q": "opvang"}).status_code == 200


def test_a_comparison_names_the_side_of_each_quote(client) -> None:
    # rule comparison_both_sides: each quote's date followed by the side it speaks for
    question = "Was the housing target for 2025-II lower than the one for 2022-II?"
    r = client.get("/", params={"q": question, "do": "ask", "lang": "en"})
    sides = re.findall(r'(\d{4}-\d\d-\d\d) · <span class="side">side ([^<]+)</span>', r.text)
    assert ("2025-03-19", "2025-II") in sides and ("2022-07-08", "2022-II") in sides
    assert [day for day, _ in sides] == sorted(day for day, _ in sides)
    plain = client.get("/", params={"q": "wat zei het IPO over indeplaatsstelling", "do": "ask"})
    assert 'class="side"' not in plain.text
