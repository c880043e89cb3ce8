"""URL reader: only http(s), no private addresses unless allowed, timeouts and limits, clean offline errors."""

import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from unspun.errors import FetchError
from unspun.ingest import read_source
from unspun.ingest.url import check_url, fetch_url

ARTICLE = b"<html><head><title>Local test page</title></head><body><article><h1>Local test page</h1><p>" + (
    b"This invented paragraph is long enough for the extractor to keep it as the main text of the page. " * 3
) + b"</p></article></body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:1/elsewhere")
            self.end_headers()
            return
        if self.path == "/drip":  # a page sent a few bytes at a time, for longer than the fetch may take
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.1)
            return
        body, kind = {
            "/plain": (b"Title line\nA plain text body.", "text/plain"),
            "/latin1": ("Caf\u00e9 news\nZo\u00eb M\u00fcller opened the caf\u00e9.".encode("latin-1"),
                        "text/plain; charset=iso-8859-1"),
            "/json": (b'{"a": 1}', "application/json"),
        }.get(self.path, (ARTICLE, "text/html; charset=utf-8"))
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a.txt", "gopher://x/"])
def test_non_http_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https URLs are fetched"):
        check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost:8000/x", "http://10.1.2.3/", "http://[::1]/"])
def test_private_and_loopback_addresses_are_refused_without_the_flag(url: str) -> None:
    with pytest.raises(FetchError, match="private or loopback address.*--allow-private"):
        check_url(url)


def test_a_local_page_is_fetched_when_private_addresses_are_allowed(server: str) -> None:
    article = fetch_url(server + "/page", max_bytes=100_000, allow_private=True)
    assert article.title == "Local test page"
    assert article.url == server + "/page"
    assert any("invented paragraph" in article.paragraph_text(i) for i in range(len(article.paragraphs)))


def test_plain_text_responses_are_read_as_text(server: str) -> None:
    (article,) = list(read_source(server + "/plain", allow_private=True))
    assert article.text == "Title line\nA plain text body."


def test_size_limit_applies_to_fetched_pages(server: str) -> None:
    with pytest.raises(FetchError, match="over the 100-byte limit"):
        fetch_url(server + "/page", max_bytes=100, allow_private=True)


def test_redirects_are_checked_too(server: str) -> None:
    # Allowed to fetch the first (local) page, the redirect target is still checked: port 1 refuses.
    with pytest.raises(FetchError, match="could not fetch it"):
        fetch_url(server + "/redirect", max_bytes=100_000, allow_private=True, timeout=3)


def test_unresolvable_host_says_you_may_be_offline() -> None:
    with pytest.raises(FetchError, match="are you offline"):
        fetch_url("http://unspun-test.invalid/article", max_bytes=1000)


@pytest.mark.parametrize("url", ["http://[::1", "http://example.invalid:99999/a"])
def test_malformed_urls_are_an_input_error_naming_the_url(url: str) -> None:
    with pytest.raises(FetchError, match="not a valid URL"):
        check_url(url)


def test_a_plain_text_page_is_decoded_with_the_charset_its_server_declares(server: str) -> None:
    article = fetch_url(server + "/latin1", max_bytes=100_000, allow_private=True)
    assert "Zo\u00eb M\u00fcller opened the caf\u00e9." in article.text


def test_a_response_that_is_neither_a_page_nor_text_is_refused_in_one_line(server: str) -> None:
    with pytest.raises(FetchError, match=r"/json: the server sent application/json, not a web page or plain text"):
        fetch_url(server + "/json", max_bytes=100_000, allow_private=True)


def test_the_timeout_bounds_the_whole_fetch_not_each_read(server: str) -> None:
    # every read returns within the socket timeout; the page as a whole takes 3 s
    with pytest.raises(FetchError, match="took more than 1 s to send the page"):
        fetch_url(server + "/drip", max_bytes=100_000, allow_private=True, timeout=1.0)
