"""The web app's own pages (the form, error pages) and a shell other views can reuse.

Pages are autoescaped Jinja templates with no script. :func:`render_page` wraps
any content in the same navigation, so pages plugged in later (the corpus views)
look like the rest of the app.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from starlette.responses import HTMLResponse

PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
"""CSP of the app's own pages: no script at all, forms post only to this server."""

_STATUS_HEADINGS = {400: "That input cannot be analysed", 404: "Not found", 413: "The input is too large",
                    415: "Unsupported input", 503: "The server is busy", 504: "The analysis took too long"}


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=PackageLoader("unspun.web", "templates"), autoescape=True, undefined=StrictUndefined)


def render_page(title: str, content: Markup | str, nav: Sequence[tuple[str, str]], status_code: int = 200) -> HTMLResponse:
    """A page in the app's shell; ``content`` is escaped unless it is Markup."""
    html = environment().get_template("base.html.j2").render(title=title, content=content, nav=list(nav))
    return HTMLResponse(html, status_code=status_code, headers={"Content-Security-Policy": PAGE_CSP})


def index_page(nav: Sequence[tuple[str, str]], max_bytes: int, error: str | None = None, text: str = "",
               url: str = "", status: int = 200, language: str = "") -> HTMLResponse:
    """The form: paste text, upload a file or give a URL; after a refused submission, the reason
    and what the reader had written (a file cannot be kept: browsers do not let a page refill it)."""
    html = environment().get_template("index.html.j2").render(
        title="Analyse an article", nav=list(nav), max_bytes=f"{max_bytes:,}", error=error, text=text, url=url,
        language=language)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP})


def form_message(message: str) -> str:
    """An input error in words for someone using the form, not the API or the command line."""
    if message.startswith("request: got "):
        return "Give one thing to analyse: paste text, upload a file, or give a URL (not several, not none)."
    return message.replace("; pass --allow-private to fetch it anyway",
                           "; this server does not fetch such addresses (whoever runs it can allow them)")


def error_page(status: int, message: str, nav: Sequence[tuple[str, str]], headers: dict[str, str] | None = None) -> HTMLResponse:
    """An error as a page, with the one-line message."""
    html = environment().get_template("error.html.j2").render(
        title=f"Error {status}", heading=_STATUS_HEADINGS.get(status, f"Error {status}"), message=message, nav=list(nav))
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP, **(headers or {})})


def error_body(path: str, message: str, status: int, nav: Sequence[tuple[str, str]]) -> tuple[str, bytes]:
    """(content type, body) of an error sent outside a route (the body-size middleware)."""
    if path.startswith("/api"):
        return "application/json", json.dumps({"detail": message}).encode("utf-8")
    html = environment().get_template("error.html.j2").render(
        title=f"Error {status}", heading=_STATUS_HEADINGS.get(status, f"Error {status}"), message=message, nav=list(nav))
    return "text/html; charset=utf-8", html.encode("utf-8")


def as_nav(links: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The navigation: the form first, then the links other views registered."""
    return [("New analysis", "/"), *[(str(label), str(href)) for label, href in links]]
