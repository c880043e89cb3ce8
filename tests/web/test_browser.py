"""End to end in headless Chromium against a live loopback server: paste, upload, click, toggle, 413."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    p = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.goto(live_server.url + "/")
    yield p
    assert errors == []
    p.close()


def test_paste_an_article_click_a_highlight_see_its_definition(page: Any, article_text: str, screenshot_dir: Path) -> None:
    page.fill("#text", article_text)
    page.screenshot(path=str(screenshot_dir / "web-form.png"))
    page.click("button[type=submit]")
    page.wait_for_selector("#article")
    assert "Ferry Fares Rise Again in Dunmore Sound" in page.locator("#article h1").inner_text()
    page.locator(".tech", has_text="cowards").first.click()
    popup = page.locator("#popup")
    assert popup.is_visible() and "A label that makes the target hated or ridiculed." in popup.inner_text()
    assert popup.locator(".dev-score").inner_text() == "0.38"
    page.screenshot(path=str(screenshot_dir / "web-report-popup.png"), full_page=True)


def test_toggle_the_technique_layer_on_the_served_report(page: Any, article_text: str) -> None:
    page.fill("#text", article_text)
    page.click("button[type=submit]")
    tech = page.locator(".tech").first
    assert tech.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
    page.locator("#toggle-techniques").uncheck()
    assert tech.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    page.locator("#toggle-techniques").check()
    assert tech.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"


def test_upload_a_file(page: Any, tmp_path: Path, screenshot_dir: Path) -> None:
    upload = tmp_path / "harbour.txt"
    upload.write_text("Harbour Dues Doubled\nThe harbour board called the old dues a disaster.\n", encoding="utf-8")
    page.set_input_files("#file", str(upload))
    page.click("button[type=submit]")
    page.wait_for_selector("#article")
    assert "Harbour Dues Doubled" in page.locator("#article").inner_text()
    assert page.locator(".tech", has_text="disaster").count() == 1
    page.screenshot(path=str(screenshot_dir / "web-upload-report.png"), full_page=True)


def test_oversized_upload_shows_the_413_message(page: Any, tmp_path: Path, screenshot_dir: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("A very long line of invented words. " * 6000, encoding="utf-8")  # ~216 KB > 64 KB limit
    page.set_input_files("#file", str(big))
    with page.expect_response(lambda r: r.url.endswith("/analyze")) as answer:
        page.click("button[type=submit]")
    assert answer.value.status == 413
    page.wait_for_selector("[role=alert]")
    assert "65,536-byte limit" in page.locator("[role=alert]").inner_text()
    page.screenshot(path=str(screenshot_dir / "web-413.png"))


def test_hostile_paste_runs_no_script_in_the_browser(page: Any, screenshot_dir: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = ('Title <script>window.__pwned=1</script>\n"><img src=x onerror="window.__pwned=2;alert(2)"> '
               "</style><svg onload=\"alert(3)\"> a disaster")
    page.fill("#text", hostile)
    page.click("button[type=submit]")
    page.wait_for_selector("#article")
    assert page.evaluate("window.__pwned") is None and dialogs == []
    assert "<script>window.__pwned=1</script>" in page.locator("#article").inner_text()
    page.screenshot(path=str(screenshot_dir / "web-xss.png"))
