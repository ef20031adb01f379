"""The web page in a real browser: Debian's headless Chromium driven by Selenium through
chromium-driver (``apt-get install chromium chromium-driver``; nothing is downloaded).

The test serves the session index with uvicorn on a free local port, types a question, asks,
checks the answer's quote and its citation link, follows the link to the meeting view with the
cited lines highlighted, and saves screenshots in the test's temporary folder.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from langcheck import other_language_words
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from lrt_search.interfaces.web import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(built) -> Iterator[str]:
    """The web app on 127.0.0.1:<free port>, stopped after the module."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(built.settings), host="127.0.0.1", port=port, log_level="warning"
    )
    app_server = uvicorn.Server(config)
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not app_server.started:
        assert time.monotonic() < deadline, "the web server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: install Debian's browser with "
            "'apt-get install -y chromium chromium-driver' (the README's test command does)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def test_ask_in_the_browser(server: str, browser: webdriver.Chrome, tmp_path: Path) -> None:
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    box = browser.find_element(By.ID, "q")
    box.send_keys("Wat zei het IPO over indeplaatsstelling?")
    browser.find_element(By.ID, "do-ask").click()
    wait = WebDriverWait(browser, 120)
    answer = wait.until(ec.presence_of_element_located((By.ID, "answer")))
    browser.save_screenshot(str(tmp_path / "answer.png"))
    quotes = answer.find_elements(By.CSS_SELECTOR, ".quote blockquote")
    assert quotes, answer.text
    assert any("IPO herkent de geuite zorgen" in q.text for q in quotes), answer.text
    assert answer.find_elements(By.CSS_SELECTOR, "blockquote mark")  # highlighted words
    assert "zekerheid" in answer.find_element(By.ID, "confidence").text
    link = answer.find_element(By.CSS_SELECTOR, ".quote a.cite")
    assert link.text.startswith("LRT 20") and "regel" in link.text  # Dutch page, Dutch words
    href = link.get_attribute("href") or ""
    assert href.startswith(server + "/meeting/") and "#L" in href
    link.click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "span.line.cited")))
    cited = browser.find_elements(By.CSS_SELECTOR, "span.line.cited")
    first_line = href.rsplit("#L", 1)[1]
    assert cited[0].get_attribute("id") == f"L{first_line}"
    assert any("IPO" in line.text for line in cited)
    browser.save_screenshot(str(tmp_path / "meeting.png"))
    assert (tmp_path / "answer.png").stat().st_size > 10_000
    print(f"\nscreenshots: {tmp_path / 'answer.png'}, {tmp_path / 'meeting.png'}")


def test_decisions_page_in_the_browser(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/decisions?lang=en")
    rows = browser.find_elements(By.CSS_SELECTOR, "#register tr.decision")
    assert len(rows) >= 20
    facet = browser.find_element(By.CSS_SELECTOR, "#facet-org a")
    org = facet.text
    facet.click()
    WebDriverWait(browser, 30).until(ec.url_contains("org="))
    rows = browser.find_elements(By.CSS_SELECTOR, "#register tr.decision")
    assert rows and all(org in row.find_elements(By.TAG_NAME, "td")[2].text for row in rows)
    assert "Who must act" in browser.page_source


def _search(browser: webdriver.Chrome, server: str, query: str) -> list[str]:
    browser.get(server + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys(query)
    browser.find_element(By.ID, "do-search").click()
    WebDriverWait(browser, 120).until(ec.presence_of_element_located((By.ID, "hits")))
    return [hit.text for hit in browser.find_elements(By.CSS_SELECTOR, "#hits .hit")]


def test_search_operators_in_the_browser(server: str, browser: webdriver.Chrome) -> None:
    plain = _search(browser, server, "Ter Apel")
    assert any("gemeenten" in text for text in plain)  # the exclusion has work to do
    hits = _search(browser, server, '"Ter Apel" -gemeenten date:2023')
    assert hits
    for text in hits:
        assert "ter apel" in " ".join(text.lower().split()) and "gemeenten" not in text.lower()
        assert "LRT 2023-" in text
    assert "org:VNG" in browser.find_element(By.ID, "syntax-help").text


def test_suggestion_link_in_the_browser(server: str, browser: webdriver.Chrome) -> None:
    _search(browser, server, "spreidinswet")
    link = browser.find_element(By.CSS_SELECTOR, "#suggestion a")
    assert link.text == "spreidingswet"
    assert browser.find_element(By.ID, "suggestion").text.startswith("Bedoelde u")
    link.click()
    WebDriverWait(browser, 120).until(ec.url_contains("q=spreidingswet"))
    assert browser.find_element(By.ID, "q").get_attribute("value") == "spreidingswet"
    assert not browser.find_elements(By.ID, "suggestion")
    hits = browser.find_elements(By.CSS_SELECTOR, "#hits .hit")
    assert hits and "spreidingswet" in hits[0].text.lower()


# ---------------------------------------------------------------------- one language per page

#: The page's own words, without the minutes' text (quotes, snippets, register entries, meeting
#: and item titles, organisation names, the filter lists), the product name and the link to the
#: other language.
_INTERFACE_TEXT = """
const copy = document.body.cloneNode(true);
copy.querySelectorAll('blockquote, option, .result p, .lang, .brand, mark, .minutes, .name, pre')
  .forEach(e => e.remove());
return copy.innerText;
"""


@pytest.fixture(scope="module")
def minutes(built) -> set[str]:
    """The minutes' own words (lower case)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(built.corpus.glob("*.txt")))
    return set(re.findall(r"(?<!\w)[^\W\d_][\w/]*", text.lower()))


@pytest.mark.parametrize(
    ("lang", "question"),
    [("nl", "Wat is er in april 2023 afgesproken?"), ("en", "What was agreed in April 2023?")],
)
def test_answer_page_speaks_one_language(
    server: str, browser: webdriver.Chrome, minutes: set[str], lang: str, question: str
) -> None:
    browser.get(server + ("/?lang=en" if lang == "en" else "/"))
    browser.find_element(By.ID, "q").send_keys(question)
    browser.find_element(By.ID, "do-ask").click()
    WebDriverWait(browser, 120).until(ec.presence_of_element_located((By.ID, "answer")))
    assert browser.find_elements(By.CSS_SELECTOR, "#answer .quote")
    text = browser.execute_script(_INTERFACE_TEXT)
    leaked = other_language_words(text, lang, minutes)
    assert not leaked, (leaked, text[:2000])
    confidence = browser.find_element(By.ID, "confidence").text
    label = {
        "nl": r"zekerheid (hoog|gemiddeld|laag) \(\d\.\d\d\)",
        "en": r"confidence (high|medium|low) \(\d\.\d\d\)",
    }
    assert re.fullmatch(label[lang], confidence), confidence


#: Pages beside the answer: a suggestion, the help of the filters and of the query syntax, the
#: 400 page (which keeps the form), an error page, the organisation page, the register.
_ONE_LANGUAGE_PAGES = [
    ("/?q=spreidinswet", "suggestion"),
    ("/", "syntax-help"),
    ("/?q=opvang&since=gisteren", "error"),
    ("/org/Nergenshuizen", "error"),
    ("/org/VNG", "org-counts"),
    ("/decisions", "facets"),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pages_speak_one_language(
    server: str, browser: webdriver.Chrome, minutes: set[str], lang: str
) -> None:
    for path, element in _ONE_LANGUAGE_PAGES:
        sep = "&" if "?" in path else "?"
        browser.get(server + path + (f"{sep}lang=en" if lang == "en" else ""))
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        assert browser.find_element(By.ID, element).text, path
        text = browser.execute_script(_INTERFACE_TEXT)
        leaked = other_language_words(text, lang, minutes)
        assert not leaked, (path, leaked, text[:1500])
    browser.get(server + ("/?q=opvang&since=gisteren" + ("&lang=en" if lang == "en" else "")))
    assert browser.find_element(By.ID, "q").get_attribute("value") == "opvang"  # the form stays
    label = {"nl": "Vanaf: 'gisteren' is geen datum", "en": "From: 'gisteren' is not a date"}
    assert browser.find_element(By.ID, "error").text.startswith(label[lang])


# ------------------------------------------------------------------------------ phone width

_OVERFLOW = """
const width = window.innerWidth;
const wide = [...document.querySelectorAll('button, table, input, select, .toggle-button, a.cite')]
  .filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > width + 0.5)
  .map(e => e.outerHTML.slice(0, 80));
return [document.documentElement.scrollWidth, width, wide];
"""


def test_phone_width_fits(server: str, browser: webdriver.Chrome, tmp_path: Path) -> None:
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
    )
    query = "/?q=Wat+is+er+in+april+2023+afgesproken%3F&do=ask"
    pages = [
        query, "/?q=opvang", "/decisions", "/meetings", "/org/VNG", "/",
        "/meeting/2023-11-03-lrt.txt?start=161&end=162", "/?q=opvang&since=gisteren",
    ]  # fmt: skip
    for path in pages:
        browser.get(server + path)
        scroll_width, inner_width, wide = browser.execute_script(_OVERFLOW)
        assert inner_width == 390, inner_width
        assert scroll_width <= inner_width and not wide, (path, scroll_width, wide)
    browser.get(server + query)
    browser.save_screenshot(str(tmp_path / "phone-answer.png"))
    # The answer starts on the first screen: the filters are folded behind one button.
    answer_top = browser.find_element(By.ID, "answer").rect["y"]
    assert answer_top < 600, answer_top
    filters = browser.find_element(By.CSS_SELECTOR, "#search-form .filters")
    assert not filters.is_displayed()
    browser.find_element(By.ID, "filters-button").click()
    assert filters.is_displayed()
    for button in ("do-search", "do-ask"):  # full-width buttons
        assert browser.find_element(By.ID, button).rect["width"] >= 0.9 * (390 - 2 * 16)
    browser.get(server + "/decisions")
    row = browser.find_element(By.CSS_SELECTOR, "#register tr.decision")
    assert row.value_of_css_property("display") == "block"  # the register as cards


# ------------------------------------------------------------------- organisation, downloads


def test_organisation_page(server: str, browser: webdriver.Chrome, engine) -> None:
    browser.get(server + "/decisions")
    browser.find_element(By.CSS_SELECTOR, "#facet-org a.org-link[href^='/org/VNG']").click()
    WebDriverWait(browser, 60).until(ec.url_contains("/org/VNG"))
    assert browser.find_element(By.ID, "org-title").text.startswith("VNG")
    statements = browser.find_elements(By.CSS_SELECTOR, ".org-meeting .statement")
    counts = browser.find_element(By.ID, "org-counts").text
    assert statements and f"Uitspraken: {len(statements)}" in counts
    for section in browser.find_elements(By.CSS_SELECTOR, ".org-meeting"):
        n = len(section.find_elements(By.CSS_SELECTOR, ".statement"))
        assert section.find_element(By.TAG_NAME, "h3").text.endswith(f"({n})")
        dates = {a.text.split(" · ")[0] for a in section.find_elements(By.CSS_SELECTOR, "a.cite")}
        assert dates == {"LRT " + section.get_attribute("id").removeprefix("m-")}
    rows = browser.find_elements(By.CSS_SELECTOR, "#org-register tr.decision")
    assert len(rows) == len(engine.decisions(org="VNG"))
    assert all("VNG" in d.orgs for d in engine.decisions(org="VNG"))


def test_csv_download_parses(server: str, browser: webdriver.Chrome) -> None:
    import csv
    import io
    import urllib.request

    browser.get(server + "/decisions?kind=actie")
    href = browser.find_element(By.ID, "download-csv").get_attribute("href") or ""
    with urllib.request.urlopen(href, timeout=60) as response:
        assert response.headers["Content-Type"].startswith("text/csv")
        raw = response.read()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    shown = browser.find_elements(By.CSS_SELECTOR, "#register tr.decision")
    assert len(rows) == len(shown) > 0 and {r["soort"] for r in rows} == {"actie"}  # Dutch page
    assert all(r["bron"].startswith("LRT ") and r["tekst"] for r in rows)

    _search(browser, server, '"Ter Apel"')
    href = browser.find_element(By.ID, "download-csv").get_attribute("href") or ""
    with urllib.request.urlopen(href, timeout=120) as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8-sig")), delimiter=";"))
    hits = browser.find_elements(By.CSS_SELECTOR, "#hits .hit")
    assert len(rows) == len(hits) > 0
    assert all("ter apel" in " ".join(r["tekst"].lower().split()) for r in rows)
