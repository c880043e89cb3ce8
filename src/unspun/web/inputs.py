"""What a web request may carry (pasted text, an uploaded file, a URL) turned into an Article.

The same readers as the CLI decide the format and decode the bytes, so an upload
gets the same checks (size, encoding, binary data, emptiness) and the same one-line
errors; a URL is fetched with the CLI's guard against private and loopback addresses
unless the server was started with ``--allow-private``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from unspun.article import Article
from unspun.language import UnknownLanguageError, normalise_code
from unspun.errors import InputError
from unspun.ingest import sniff_format
from unspun.ingest.html import read_html
from unspun.ingest.text import check_is_text, check_not_empty, check_size, read_text
from unspun.ingest.url import fetch_url

UPLOAD_EXTENSIONS = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Submission:
    """One request's article source: exactly one of text, file or url."""

    text: str | None = None
    filename: str | None = None
    data: bytes | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    """ISO 639-1 code of the article's language; None: detected from the text (or the page's own)."""

    def kinds(self) -> list[str]:
        """Which sources were given (blank ones do not count)."""
        given = []
        if self.text is not None and self.text.strip():
            given.append("text")
        if self.data:
            given.append("file")
        if self.url is not None and self.url.strip():
            given.append("url")
        return given


def read_submission(sub: Submission, *, max_bytes: int, allow_private: bool = False) -> Article:
    """The Article a submission describes; InputError with a one-line reason otherwise."""
    article = _read(sub, max_bytes=max_bytes, allow_private=allow_private)
    try:
        code = normalise_code(sub.language)
    except UnknownLanguageError:
        raise InputError(f"language: {sub.language[:20]!r} is not a language code; send one such as en or fr") from None
    if code is not None:
        article = replace(article, language=code)  # the sender knows better than the page's own declaration
    return article


def _read(sub: Submission, *, max_bytes: int, allow_private: bool) -> Article:
    given = sub.kinds()
    if len(given) != 1:
        what = "nothing" if not given else " and ".join(given)
        raise InputError(f"request: got {what}; send exactly one of: text, a file (txt or html), or a URL")
    if given == ["text"]:
        assert sub.text is not None
        text = sub.text.replace("\r\n", "\n").replace("\r", "\n")
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError as err:  # JSON allows a lone "\ud800"; no text holds one
            raise InputError(f"text: an unpaired surrogate ({text[err.start]!a}) at character {err.start}; send valid Unicode") from None
        check_size(size, max_bytes, "text")
        check_is_text(text, "text", "article text")
        check_not_empty(text, "text")
        return Article.from_text(text, title=sub.title, origin="<pasted text>")
    if given == ["file"]:
        assert sub.data is not None
        name = sub.filename or "upload"
        if sub.filename and "." in name and not name.lower().endswith(UPLOAD_EXTENSIONS):
            raise InputError(f"{name}: not a .txt or .html file; upload plain text or HTML")
        check_size(len(sub.data), max_bytes, name)
        if sniff_format(name, sub.data[:512]) == "html":
            return read_html(sub.data, name)
        return read_text(sub.data, name)
    assert sub.url is not None
    return fetch_url(sub.url.strip(), max_bytes=max_bytes, allow_private=allow_private)
