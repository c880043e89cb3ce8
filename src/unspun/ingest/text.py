"""Plain text: decode bytes exactly, so offsets match the datasets' label files.

UTF-8 is decoded as is: a UTF-8 BOM stays in the text as U+FEFF and line endings
are not translated, which is how the PTC and SemEval scorers read the files.
UTF-16 and UTF-32 need their BOM. Anything else is refused with the byte offset
where decoding failed.
"""

from __future__ import annotations

import codecs

from unspun.article import Article
from unspun.errors import DecodeError, EmptyInputError, InputTooLargeError, NotTextError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v", "\x1b"}
_MAX_CONTROL_SHARE = 0.05


def check_size(size: int, max_bytes: int, origin: str) -> None:
    """Refuse input over ``max_bytes``."""
    if size > max_bytes:
        raise InputTooLargeError(
            f"{origin}: {size:,} bytes is over the {max_bytes:,}-byte limit; raise it with --max-bytes"
        )


def decode_text(data: bytes, origin: str) -> str:
    """Decode file bytes to text exactly, or raise an InputError naming ``origin``."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data:
            raise NotTextError(f"{origin}: not a text file (it contains NUL bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DecodeError(
            f"{origin}: not valid {encoding.upper()} at byte {err.start} ({err.reason}); "
            "save it as UTF-8 and try again"
        ) from None
    if encoding != "utf-8" and text.startswith("\ufeff"):
        text = text[1:]
    check_is_text(text, origin)
    return text


def check_is_text(text: str, origin: str, what: str = "a text file") -> None:
    """Refuse text holding NUL characters or mostly control characters: binary data, not an article.

    The same test for every way text comes in (files, pasted text in the web app), so what the
    command line refuses is refused everywhere.
    """
    if "\x00" in text:
        raise NotTextError(f"{origin}: not {what} (it contains NUL characters)")
    control = sum(1 for ch in text if ch < " " and ch not in _CONTROL_OK)
    if text and control / len(text) > _MAX_CONTROL_SHARE:
        raise NotTextError(f"{origin}: not {what} ({control} control characters in {len(text)})")


def check_not_empty(text: str, origin: str) -> None:
    """Refuse text with nothing but whitespace."""
    if not text.replace("\ufeff", "").strip():
        raise EmptyInputError(f"{origin}: the input is empty (nothing but whitespace)")


def read_text(data: bytes, origin: str, charset: str | None = None, **metadata: str | None) -> Article:
    """An Article from plain-text bytes (``charset``: the encoding a server declared, if any)."""
    if charset and codecs.lookup(charset).name not in ("utf-8", "utf-16", "utf-32") and not data.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode(charset)
        except UnicodeDecodeError as err:
            raise DecodeError(f"{origin}: not valid {charset} at byte {err.start} ({err.reason}), as its server declared") from None
        check_not_empty(text, origin)
        return Article.from_text(text, origin=origin, **metadata)
    text = decode_text(data, origin)
    check_not_empty(text, origin)
    return Article.from_text(text, origin=origin, **metadata)
