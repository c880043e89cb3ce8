"""URLs: fetch a page with a timeout and a size limit, refusing what should not be fetched.

Only http and https are fetched. Hosts that resolve to private, loopback,
link-local or reserved addresses are refused unless ``allow_private`` is set, and
every redirect is checked the same way, so the web app cannot be turned into a
probe of the network it runs in.
"""

from __future__ import annotations

import codecs
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from unspun.article import Article
from unspun.errors import FetchError
from unspun.ingest.html import read_html
from unspun.ingest.text import read_text

DEFAULT_TIMEOUT_S = 15.0
USER_AGENT = "unspun (+https://unspun.invalid)"


def is_url(source: str) -> bool:
    """True when ``source`` looks like a URL rather than a path."""
    return "://" in source[:12]


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise FetchError for a scheme other than http(s) or a host on a private network."""
    try:
        parts = urlsplit(url)
        port = parts.port  # reading it checks it: 'http://x:99999' raises here
    except ValueError as err:  # 'http://[::1' (an unclosed IPv6 bracket), a port out of range
        raise FetchError(f"{url}: not a valid URL ({err})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched, not {parts.scheme or 'no scheme'}")
    if not parts.hostname:
        raise FetchError(f"{url}: the URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, port or None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(f"{url}: cannot resolve {parts.hostname} ({err}); are you offline?") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError(
                f"{url}: {parts.hostname} is a private or loopback address ({address}); "
                "pass --allow-private to fetch it anyway"
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_url(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(
    url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT_S, allow_private: bool = False
) -> Article:
    """Fetch ``url`` and read it as HTML or plain text, by its content type."""
    check_url(url, allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: {int(declared):,} bytes is over the {max_bytes:,}-byte limit; raise it with --max-bytes")
            data = _read_before(response, max_bytes + 1, time.monotonic() + timeout, url, timeout)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as err:
        raise FetchError(f"{url}: the server answered {err.code} {err.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise FetchError(f"{url}: could not fetch it ({reason}); are you offline?") from None
    if len(data) > max_bytes:
        raise FetchError(f"{url}: the page is over the {max_bytes:,}-byte limit; raise it with --max-bytes")
    if content_type not in _READABLE and not (content_type in _UNDECLARED and data.lstrip()[:1] == b"<"):
        raise FetchError(f"{url}: the server sent {content_type}, not a web page or plain text")
    if content_type == "text/plain":
        return read_text(data, url, charset=_known_charset(charset), url=final_url)
    return read_html(data, url, url=final_url)


_READABLE = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_UNDECLARED = frozenset({"application/octet-stream", ""})  # read as HTML only if it looks like markup


def _known_charset(charset: str | None) -> str | None:
    """The declared charset when Python knows it (an unknown one is ignored: the bytes are then read as UTF-8)."""
    if not charset:
        return None
    try:
        codecs.lookup(charset)
    except LookupError:
        return None
    return charset


def _read_before(response: Any, limit: int, deadline: float, url: str, timeout: float) -> bytes:
    """Up to ``limit`` bytes of ``response``, refusing a server that is still sending at ``deadline``.

    The socket timeout bounds each read, not the fetch: a server dripping a byte at a time could
    hold a fetch (and a web worker) for ever. Reads of what has arrived (``read1``) let the whole
    fetch be timed.
    """
    chunks: list[bytes] = []
    size = 0
    read = getattr(response, "read1", response.read)
    while size < limit:
        chunk = read(min(65536, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the server took more than {timeout:g} s to send the page")
    return b"".join(chunks)
