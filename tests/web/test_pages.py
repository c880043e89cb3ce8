"""The form, the report page, error pages, escaping on the web page, and the hook for other views."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from fastapi import APIRouter

from unspun.web import WebSettings, create_app, render_page

XSS = '<script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=2"> </style>'


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, attrs))


def _tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_form_offers_text_file_and_url(client: Any) -> None:
    page = client.get("/").text
    assert 'name="text"' in page and 'type="file"' in page and 'name="url"' in page
    assert 'action="/analyze"' in page and "65,536 bytes" in page
    assert "<script" not in page


def test_posting_the_form_returns_the_report_with_a_way_back(client: Any, article_text: str) -> None:
    response = client.post("/analyze", data={"text": article_text})
    assert response.status_code == 200
    page = response.text
    assert "Ferry Fares Rise Again in Dunmore Sound" in page and 'href="/"' in page
    assert 'class="tech' in page and "Download the analysis (JSON)" in page


def test_hostile_paste_and_filename_are_escaped_on_the_web_pages(client: Any) -> None:
    report = client.post("/analyze", data={"text": f"Title {XSS}\nBody {XSS}"}).text
    tags = _tags(report)
    assert [t for t, _ in tags].count("script") == 2 and not any(t == "img" for t, _ in tags)
    assert not any(k.startswith("on") for _, attrs in tags for k, _ in attrs)
    error = client.post("/analyze", files={"file": (f"{XSS}.pdf", b"%PDF", "application/pdf")})
    assert error.status_code == 400 and "&lt;script&gt;" in error.text
    assert [t for t, _ in _tags(error.text)].count("script") == 0


def test_bad_input_on_the_form_gets_an_html_error_page(client: Any) -> None:
    response = client.post("/analyze", data={"text": ""})
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert "Give one thing to analyse" in response.text and 'role="alert"' in response.text


def test_a_refused_form_comes_back_with_the_text_kept_and_the_reason_in_plain_words(client: Any) -> None:
    response = client.post("/analyze", data={"text": f"Harbour vote\nA body line {XSS}", "url": "http://127.0.0.1:9/a"})
    assert response.status_code == 400 and 'name="text"' in response.text and 'action="/analyze"' in response.text
    assert "A body line &lt;script&gt;" in response.text and 'value="http://127.0.0.1:9/a"' in response.text
    assert "Give one thing to analyse" in response.text and "request: got" not in response.text
    assert [t for t, _ in _tags(response.text)].count("script") == 0 and not any(t == "img" for t, _ in _tags(response.text))
    private = client.post("/analyze", data={"url": "http://127.0.0.1:9/article"})
    assert private.status_code == 400 and "--allow-private" not in private.text and "this server does not fetch" in private.text


def test_oversized_form_post_gets_an_html_413_page(client: Any) -> None:
    response = client.post("/analyze", files={"file": ("big.txt", b"word " * 20000, "text/plain")})
    assert response.status_code == 413 and "The input is too large" in response.text
    assert "65,536-byte limit" in response.text


def test_extra_routers_and_nav_links_plug_in(engine: Any) -> None:
    from fastapi.testclient import TestClient

    router = APIRouter(prefix="/corpus")

    @router.get("")
    def corpus_home() -> Any:
        return render_page("Corpus", "<b>not markup</b>", nav=[("New analysis", "/"), ("Corpus", "/corpus")])

    app = create_app(WebSettings(), analyzer=engine, extra_routers=[router], nav_links=[("Corpus", "/corpus")])
    with TestClient(app) as client:
        assert 'href="/corpus"' in client.get("/").text
        page = client.get("/corpus").text
        assert "&lt;b&gt;not markup&lt;/b&gt;" in page and 'href="/corpus"' in page
        assert app.state.analyzer is engine
