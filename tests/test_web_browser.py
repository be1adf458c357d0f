"""The web app in a real browser: Playwright drives Debian's chromium (/usr/bin/chromium,
never a downloaded one) against uvicorn on 127.0.0.1. Screenshots go to
tests/artifacts/screenshots/ (git-ignored)."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytest.importorskip("playwright.sync_api", reason="playwright is not installed: "
                    "pip install 'cronaca[test]'")
pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install 'cronaca[web]'")
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no chromium at {CHROMIUM} (apt install chromium)", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402
from test_web import EXAMPLE, HOSTILE, needs_model  # noqa: E402

from cronaca.corpus import Corpus  # noqa: E402
from cronaca.web import WebConfig, create_app  # noqa: E402

SHOTS = Path(__file__).parent / "artifacts" / "screenshots"
# As root chromium needs --no-sandbox; with no internet, background networking off.
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PHONE = {"width": 390, "height": 844}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(provenance_db):
    import uvicorn
    port = free_port()
    app = create_app(WebConfig(db=str(provenance_db)))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    app.state.worker.close()


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(120_000)            # the first analysis loads the models
    dialogs = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.dialogs = dialogs
    yield tab
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def analyse_text(page, server: str, text: str, kind: str = "auto") -> None:
    page.goto(server + "/")
    page.get_by_label("Text or HTML of the page").fill(text)
    page.locator(f"input[name=kind][value={kind}]").check()
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("#text-h")


def test_keyboard_reaches_the_skip_link_first(page, server):
    page.goto(server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")                      # the next stop is inside the content
    assert page.evaluate("document.activeElement.closest('main') !== null")
    shot(page, "home")


def test_analyse_the_example_page(page, server):
    analyse_text(page, server, EXAMPLE.read_text("utf-8"))
    who = page.locator("section.who")
    expect(who.get_by_role("heading", name="Klara Steinhuber")).to_be_visible()
    expect(who.get_by_role("heading", name="Marco Ferrante")).to_be_visible()
    assert page.locator("section.text mark.quote").count() >= 6
    warnings = page.locator("section.text span.warning")
    assert warnings.count() >= 4
    assert "in no Italian word list" in (page.locator("span.warning", has_text="cooperanzia")
                                         .get_attribute("title"))
    notes = page.locator("section.notes li")
    assert notes.count() >= 4
    expect(notes.filter(has_text="Germania Est")).to_contain_text("East Germany")
    page.locator("sup.note a").first.click()       # the footnote is reachable from the text
    assert page.evaluate("location.hash") == "#warning-1"
    shot(page, "article-example")
    page.emulate_media(color_scheme="dark")
    shot(page, "article-example-dark")
    page.locator("section.text").screenshot(path=str(SHOTS / "article-text-dark.png"))
    page.emulate_media(color_scheme="light")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, "article-example-phone")


def test_script_in_an_article_is_shown_as_text(page, server):
    analyse_text(page, server, HOSTILE, kind="text")
    text = page.locator("section.text").inner_text()
    assert '<script>alert("xss")</script>' in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.dialogs == []
    assert page.locator("section.text script, section.text img").count() == 0
    shot(page, "escaping")


@needs_model
def test_copy_versus_likely_original(page, server, provenance_db):
    with Corpus(provenance_db) as corpus:
        copy = corpus.search("traghetti")[0]["id"]
    page.goto(f"{server}/articles/{copy}")
    page.get_by_role("link", name="Copies and likely original").click()
    expect(page.locator("#orig-h")).to_contain_text("Likely original: Ferry operator")
    changed = page.locator("table.diff tr.op-changed")
    expect(changed.locator("td").nth(0).locator("mark.change")).to_have_text("Russia")
    expect(changed.locator("td").nth(1).locator("mark.change")).to_have_text("Unione Sovietica")
    shot(page, "origin")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, "origin-phone")


def test_speaker_page_with_its_timeline(page, server):
    page.goto(server + "/speakers")
    page.get_by_role("link", name="Henrik Aaltonen").click()
    expect(page.get_by_role("heading", name="What Henrik Aaltonen said")).to_be_visible()
    assert page.locator("figure.timeline svg circle").count() >= 2
    assert page.locator("ol.quotes li[lang=it]").count() >= 1       # across languages
    shot(page, "speaker")


def test_open_a_story(page, server):
    if not hasattr(Corpus, "stories"):
        pytest.skip("the corpus has no stories API yet (Corpus.stories)")
    page.goto(server + "/stories")
    first = page.locator("ol.stories a").first
    expect(first).to_be_visible()
    first.click()
    expect(page.get_by_role("heading", name="Coverage by language")).to_be_visible()
    assert page.locator("section.coverage li").count() >= 1
    shot(page, "story")


STORY = {"id": 3, "size": 2, "languages": ["en", "it"], "first_published": "2026-05-02",
         "last_published": "2026-05-03", "top_entities": [{"name": "Tallinn", "count": 3}],
         "top_speakers": [{"name": "Henrik Aaltonen", "count": 2}],
         "articles": [{"id": 2, "source": "en_original.html", "url": None, "language": "en",
                       "title": "Ferry operator halts Baltic route", "published": "2026-05-02"},
                      {"id": 1, "source": "it_copy.html", "url": None, "language": "it",
                       "title": "Operatore di traghetti ferma la rotta", "published": "2026-05-03"}]}


def test_a_story_page_as_the_stories_api_will_give_it(page, server, monkeypatch):
    """The page for the dict shape Corpus.story is written to return (same process:
    the server thread sees the patched class)."""
    monkeypatch.setattr(Corpus, "stories", lambda self, min_size=1, language=None: [STORY],
                        raising=False)
    monkeypatch.setattr(Corpus, "story", lambda self, i: STORY if i == 3 else None,
                        raising=False)
    page.goto(server + "/stories")
    page.get_by_role("link", name="Ferry operator halts Baltic route").click()
    expect(page.locator("figure.timeline svg circle")).to_have_count(2)
    expect(page.locator("section.coverage h3")).to_have_text(["en (1)", "it (1)"])
    shot(page, "story-shape")
