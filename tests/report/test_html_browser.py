"""The report file in headless Chromium: popups, layer toggles, keyboard use, offline, print."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from unspun.report.html import render_html


@pytest.fixture
def report_page(browser: Any, invented: dict[str, Any], technique_info: dict[str, Any], tmp_path: Path) -> Any:
    path = tmp_path / "report.html"
    path.write_text(render_html(invented, technique_info=technique_info), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    yield page
    assert [u for u in requests if not u.startswith(("file:", "blob:"))] == []  # offline: nothing else
    assert errors == []
    page.close()


def test_clicking_a_highlight_shows_definition_confidence_and_dev_score(report_page: Any, screenshot_dir: Path) -> None:
    report_page.screenshot(path=str(screenshot_dir / "report-file.png"), full_page=True)
    report_page.locator(".tech[data-t='2']").first.click()
    popup = report_page.locator("#popup")
    assert popup.is_visible()
    assert "A label that makes the target hated or ridiculed." in popup.inner_text()
    assert popup.locator(".confidence").inner_text() == "0.77" and popup.locator(".dev-score").inner_text() == "0.38"
    assert popup.locator(".quoted-from").inner_text() == "In a quote: Ivo Brandel’s words, not the article’s"
    assert "not a measured accuracy" in popup.locator(".caveat").inner_text()
    report_page.screenshot(path=str(screenshot_dir / "report-popup.png"))
    report_page.keyboard.press("Escape")
    assert not popup.is_visible()


def test_overlapping_highlights_list_every_technique(report_page: Any) -> None:
    report_page.locator(".tech.lv0[data-t='0']").first.click()
    text = report_page.locator("#popup").inner_text()
    assert "2 overlapping techniques" in text and "Loaded language" in text and "Exaggeration" in text


def test_toggling_a_layer_hides_its_decoration(report_page: Any) -> None:
    claim = report_page.locator(".claim").first
    assert "underline" in claim.evaluate("e => getComputedStyle(e).textDecorationLine")
    report_page.locator("#toggle-claims").uncheck()
    assert "underline" not in claim.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert not report_page.locator(".claim-score").first.is_visible()
    assert report_page.locator(".pnotes").first.is_visible()
    report_page.locator("#toggle-techniques").uncheck()
    tech = report_page.locator(".tech").first
    assert tech.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    assert not report_page.locator(".pnotes").first.is_visible()  # the paragraph chips go with their layer


def test_keyboard_reaches_a_highlight_and_opens_it(report_page: Any) -> None:
    for _ in range(12):
        report_page.keyboard.press("Tab")
        if report_page.evaluate("document.activeElement.classList.contains('tech')"):
            break
    else:
        pytest.fail("no technique highlight reached with Tab")
    report_page.keyboard.press("Enter")
    assert report_page.locator("#popup").is_visible()
    assert report_page.evaluate("document.activeElement.className") == "close"
    report_page.keyboard.press("Tab")  # tabbing out closes it and goes back to the highlight
    assert not report_page.locator("#popup").is_visible()
    assert report_page.evaluate("document.activeElement.classList.contains('tech')")


def test_speaker_name_shows_on_focus(report_page: Any) -> None:
    quote = report_page.locator(".quote[tabindex]").first
    quote.focus()
    assert quote.evaluate("e => getComputedStyle(e, '::after').content") == '"Mara Quill"'


def test_json_download_is_the_analysis(report_page: Any, tmp_path: Path) -> None:
    with report_page.expect_download() as info:
        report_page.locator("#download-json").click()
    saved = tmp_path / "a.json"
    info.value.save_as(saved)
    import json

    assert json.loads(saved.read_text(encoding="utf-8"))["article"]["id"] == "orrin-1"


def test_report_prints_to_pdf(report_page: Any) -> None:
    report_page.emulate_media(media="print")
    assert not report_page.locator(".controls").is_visible()
    pdf = report_page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def test_on_a_phone_a_link_leads_from_the_top_to_the_panel(browser: Any, invented: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(invented), encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(path.as_uri())
    jump = page.locator(".jump a")
    assert jump.is_visible()
    jump.click()
    assert page.evaluate("document.getElementById('panel').getBoundingClientRect().top") < 50
    page.set_viewport_size({"width": 1280, "height": 900})
    assert not jump.is_visible()  # beside the article on a wide screen: no need
    page.close()
