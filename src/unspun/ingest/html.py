"""HTML: the main text, title and headings via trafilatura, without the page furniture.

The Article's text is the extracted text, one block per line (title first), so
offsets refer to that text, which the JSON carries. Headings found in the markup
are passed to the structure stage as hints.
"""

from __future__ import annotations

import re
from typing import Any

from unspun.article import Article, ParagraphKind
from unspun.errors import DecodeError, InputError, NotTextError
from unspun.ingest.text import check_not_empty, decode_text

_BLOCK_TAGS = {"p", "item", "quote", "cell", "code"}


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.IGNORECASE)
_META_LANG = re.compile(
    r"<meta\b(?=[^>]*\bhttp-equiv\s*=\s*[\"']?content-language)[^>]*\bcontent\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)",
    re.IGNORECASE)


def page_language(html: str) -> str | None:
    """The language the page declares: ``<html lang>``, else ``<meta http-equiv="content-language">``.

    trafilatura's XML does not carry it; a declared language is trusted over detection
    (README, "Languages"), so it is read from the markup itself.
    """
    head = html[:20000]  # the declaration sits at the top of the page
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return match.group(1) if match else None


def read_html(data: bytes | str, origin: str, url: str | None = None, **metadata: str | None) -> Article:
    """An Article from HTML bytes or text."""
    import trafilatura
    from lxml import etree

    html = data if isinstance(data, str) else _decode_html(data, origin)
    check_not_empty(html, origin)
    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_formatting=False,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
        favor_precision=True,
        # The date from the page's metadata only: an extensive search takes any year in the body
        # ('met in 2022') for the publication date (2022-01-01).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        raise InputError(f"{origin}: no article text found in the HTML")
    root = etree.fromstring(xml.encode("utf-8"))
    title = root.get("title")
    blocks: list[tuple[str, ParagraphKind | None]] = []
    if title:
        blocks.append((title, "title"))
    main = root.find("main")
    for element in main.iter() if main is not None else ():
        text = _element_text(element)
        if len(blocks) == 1 and title and _same_words(text, title):
            continue  # the page's <h1> repeats its <title>: one title, not a title and a heading
        if element.tag == "head":
            blocks.append((text, "heading"))
        elif element.tag in _BLOCK_TAGS and not _inside_block(element):
            signed = _POST_SIGNATURE.search(text) if element.tag == "quote" else None
            if signed is not None and signed.start() > 0:
                # an embedded post without its platform's markup: '... at most. — Mo Renner (@moren) May 3, 2025'
                blocks.append((text[: signed.start()].rstrip(), None))
                blocks.append((signed.group(1), None))
            else:
                blocks.append((text, None))
    if not any(text.strip() for text, hint in blocks if hint != "title"):
        raise InputError(f"{origin}: no article text found in the HTML")
    meta: dict[str, Any] = {
        "title": title,
        "url": url or root.get("source") or None,
        "outlet": root.get("sitename") or None,
        "published": root.get("date") or None,
        "language": root.get("language") or page_language(html),
    }
    meta.update({k: v for k, v in metadata.items() if v is not None})
    return Article.from_blocks(blocks, origin=origin, **meta)


_POST_SIGNATURE = re.compile(r"\s*([—–-]{1,2}\s*[^()\n]{0,80}\(\s*@\w{1,15}\s*\)[^()\n]{0,40})$")


def _same_words(a: str, b: str) -> bool:
    """True when two texts are the same words, case and punctuation aside, or ``b`` is ``a`` plus a site name."""
    def norm(x: str) -> str:
        return " ".join(re.findall(r"\w+", x.lower()))
    na, nb = norm(a), norm(b)
    return bool(na) and (na == nb or (nb.startswith(na) and len(na) >= 0.5 * len(nb)))


def _decode_html(data: bytes, origin: str) -> str:
    try:
        return decode_text(data, origin)
    except NotTextError:
        raise
    except DecodeError:
        # Legacy pages declare their charset in a meta tag; let trafilatura guess.
        from trafilatura.utils import decode_file

        return str(decode_file(data))


def _element_text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _inside_block(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in _BLOCK_TAGS or parent.tag == "head":
            return True
        parent = parent.getparent()
    return False
