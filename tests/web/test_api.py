"""The JSON API: text, files and URLs in; the analysis out; clear errors with the right status."""

from __future__ import annotations

from typing import Any, Iterator


def test_health_reports_version_stages_and_limits(client: Any) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["stages"][0] == "structure"
    assert body["limits"]["max_bytes"] == 64 * 1024 and body["pending"] == 0


def test_json_text_returns_the_analysis(client: Any, article_text: str) -> None:
    response = client.post("/api/analyze", json={"text": article_text})
    assert response.status_code == 200
    data = response.json()
    assert data["article"]["text"] == article_text and data["analyses"][0] == "structure"
    assert data["article"]["paragraphs"][0]["kind"] == "title"
    assert {t["text"] for t in data["techniques"]} == {"disaster", "cowards"}


def test_plain_text_body_and_form_text_give_the_same_text(client: Any, article_text: str) -> None:
    plain = client.post("/api/analyze", content=article_text.encode(), headers={"content-type": "text/plain"}).json()
    form = client.post("/api/analyze", data={"text": article_text.replace("\n", "\r\n")}).json()
    assert plain["article"]["text"] == form["article"]["text"] == article_text


def test_uploaded_txt_and_html_files_are_read(client: Any, article_text: str) -> None:
    txt = client.post("/api/analyze", files={"file": ("ferry.txt", article_text.encode(), "text/plain")})
    assert txt.status_code == 200 and txt.json()["article"]["text"] == article_text
    html = b"<html><body><h1>Ferry fares</h1><p>Fares rose again this week on the island route.</p></body></html>"
    page = client.post("/api/analyze", files={"file": ("ferry.html", html, "text/html")})
    assert page.status_code == 200 and "Fares rose again" in page.json()["article"]["text"]


def test_missing_or_several_sources_are_a_400_that_says_what_to_send(client: Any) -> None:
    for body in ({}, {"text": "  "}, {"text": "A\nB", "url": "https://example.invalid/a"}):
        response = client.post("/api/analyze", json=body)
        assert response.status_code == 400 and "exactly one of" in response.json()["detail"]


def test_bad_json_binary_files_and_other_content_types_are_refused(client: Any) -> None:
    assert client.post("/api/analyze", content=b"{nope", headers={"content-type": "application/json"}).status_code == 400
    binary = client.post("/api/analyze", files={"file": ("x.txt", b"\x00\x01\x02" * 50, "text/plain")})
    assert binary.status_code == 400 and "x.txt" in binary.json()["detail"]
    wrong = client.post("/api/analyze", files={"file": ("x.pdf", b"%PDF-1.4", "application/pdf")})
    assert wrong.status_code == 400 and "x.pdf" in wrong.json()["detail"]
    assert client.post("/api/analyze", content=b"x", headers={"content-type": "image/png"}).status_code == 415


def test_private_urls_are_not_fetched(client: Any) -> None:
    response = client.post("/api/analyze", json={"url": "http://127.0.0.1:9/article"})
    assert response.status_code == 400 and "--allow-private" in response.json()["detail"]


def test_oversized_declared_body_is_a_413_with_the_limit(client: Any) -> None:
    response = client.post("/api/analyze", content=b"x" * (64 * 1024 + 1), headers={"content-type": "text/plain"})
    assert response.status_code == 413 and "65,536-byte limit" in response.json()["detail"]


def test_oversized_streamed_body_is_a_413(client: Any) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"y" * 8192

    response = client.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"})
    assert response.status_code == 413 and "limit" in response.json()["detail"]


def test_openapi_and_docs_are_served_without_a_cdn(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) >= {"/api/analyze", "/api/health"}
    assert "multipart/form-data" in spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "https://" not in docs.text
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200


def test_security_headers_are_set(client: Any) -> None:
    headers = client.get("/").headers
    assert headers["x-content-type-options"] == "nosniff" and "default-src 'none'" in headers["content-security-policy"]


def test_a_url_is_fetched_when_private_addresses_are_allowed(engine: Any) -> None:
    """A loopback page stands in for a news site (no traffic leaves the machine)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from fastapi.testclient import TestClient

    from unspun.web import WebSettings, create_app

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            body = b"<html><body><h1>Tide Tables Revised</h1><p>The port authority revised its tide tables.</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    site = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        app = create_app(WebSettings(allow_private=True), analyzer=engine)
        with TestClient(app) as client:
            url = f"http://127.0.0.1:{site.server_address[1]}/tides"
            data = client.post("/api/analyze", json={"url": url}).json()
            assert "Tide Tables Revised" in data["article"]["text"] and data["article"]["url"] == url
            page = client.post("/analyze", data={"url": url})
            assert page.status_code == 200 and "The port authority revised its tide tables." in page.text
    finally:
        site.shutdown()
        site.server_close()


def test_text_with_a_lone_surrogate_is_a_400_not_a_500(client: Any) -> None:
    body = b'{"text": "Harbour vote\\nThe council met \\ud800 on Tuesday."}'
    response = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400 and "unpaired surrogate" in response.json()["detail"]


def test_pasted_text_with_nul_characters_is_refused_as_the_command_line_refuses_it(client: Any) -> None:
    response = client.post("/api/analyze", json={"text": "Harbour vote\nThe council met\u0000 on Tuesday."})
    assert response.status_code == 400
    assert response.json()["detail"] == "text: not article text (it contains NUL characters)"


def test_malformed_url_is_a_400_not_a_500(client: Any) -> None:
    response = client.post("/api/analyze", json={"url": "http://[::1"})
    assert response.status_code == 400 and "not a valid URL" in response.json()["detail"]
