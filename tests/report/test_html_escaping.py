"""Hostile article text renders as text: no element, attribute or script comes from the article."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from unspun.report.html import render_html, script_json

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '"><img src=x onerror="window.__pwned = 2">',
    "</style><style>body{display:none}</style>",
    "</script><script>window.__pwned = 3</script>",
    "<!-- --><svg onload=\"window.__pwned = 4\">",
    "javascript:window.__pwned = 5",
]
HOSTILE = " ".join(PAYLOADS)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, attrs))


@pytest.fixture
def hostile(invented: dict[str, Any]) -> dict[str, Any]:
    """The invented analysis with the payloads in the text and in every field a stage writes."""
    data = invented
    text = data["article"]["text"]
    extra = "\n" + HOSTILE
    data["article"]["text"] = text + extra
    start = len(text) + 1
    data["article"]["paragraphs"].append({"index": len(data["article"]["paragraphs"]), "start": start,
                                          "end": start + len(HOSTILE), "kind": "body"})
    for key in ("title", "id", "outlet", "published"):
        data["article"][key] = HOSTILE
    data["article"]["url"] = PAYLOADS[5]
    data["quotes"][0]["speaker"]["name"] = HOSTILE
    data["sources"][0]["name"] = HOSTILE
    data["claims"][0]["asserted_by"]["name"] = HOSTILE
    data["techniques"].append({"technique": HOSTILE, "family": HOSTILE, "start": start, "end": start + len(HOSTILE),
                               "text": HOSTILE, "paragraph": 7, "confidence": 0.5, "definition": HOSTILE})
    data["paragraph_techniques"].append({"paragraph": 7, "techniques": [{"technique": HOSTILE, "confidence": 0.5}]})
    data["frames"].append({"frame": HOSTILE, "score": 0.9})
    data["entity_roles"].append({"entity": HOSTILE, "role": HOSTILE})
    data["genre"] = HOSTILE
    return data


def test_hostile_text_creates_no_elements_or_handlers(hostile: dict[str, Any]) -> None:
    page = render_html(hostile, technique_info={HOSTILE: {"definition": HOSTILE, "label": HOSTILE}})
    parser = _Tags()
    parser.feed(page)
    names = [tag for tag, _ in parser.tags]
    assert "img" not in names and "svg" in names  # our charts are SVG; the payload's <svg onload> is not
    assert names.count("script") == 2 and names.count("style") == 1
    handlers = [(tag, k) for tag, attrs in parser.tags for k, _ in attrs if k.startswith("on")]
    assert handlers == []
    assert not any(k == "href" and (v or "").startswith("javascript") for _, attrs in parser.tags for k, v in attrs)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page


def test_script_json_cannot_close_its_script_element() -> None:
    encoded = script_json({"x": "</script><script>alert(1)</script>", "y": "\u2028"})
    assert "</" not in encoded and "<" not in encoded and "\u2028" not in encoded


def test_hostile_report_runs_no_script_in_chromium(
    browser: Any, hostile: dict[str, Any], tmp_path: Path, screenshot_dir: Path
) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(render_html(hostile), encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None and dialogs == []
    assert page.locator("body").is_visible()
    assert "<script>window.__pwned = 1</script>" in page.locator("#article").inner_text()
    page.screenshot(path=str(screenshot_dir / "report-xss.png"), full_page=True)
    page.close()
