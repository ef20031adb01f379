"""The web page in a real browser: Debian's headless Chromium driven by Selenium through
chromium-driver (``apt-get install chromium chromium-driver``; nothing is downloaded).

The test serves the session index with uvicorn on a free local port, types a question, asks,
checks the answer's quote and its citation link, follows the link to the meeting view with the
cited lines highlighted, and saves screenshots in the test's temporary folder.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
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
