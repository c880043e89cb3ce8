"""Readers: turn files, folders, URLs and streams into Articles.

``read_source`` is the one entry point: it picks the reader from ``input_format``
(or, with ``auto``, from the path, the extension and the first bytes), and yields
an :class:`~unspun.article.Article` per article, or a :class:`ReadFailure` for an
item of a multi-article source that could not be read. A source that cannot be
read at all raises :class:`~unspun.errors.InputError`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Literal

from unspun.article import Article
from unspun.errors import InputError
from unspun.ingest.html import read_html
from unspun.ingest.jsonl import ReadFailure, read_jsonl_lines
from unspun.ingest.csv import read_csv_text
from unspun.ingest.semeval import is_semeval_folder, read_semeval_folder
from unspun.ingest.text import DEFAULT_MAX_BYTES, check_size, decode_text, read_text
from unspun.ingest.url import fetch_url, is_url

InputFormat = Literal["auto", "text", "html", "jsonl", "csv", "semeval"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "html", "jsonl", "csv", "semeval")
STDIN = "-"

_HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
_JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
_FOLDER_EXTENSIONS = {".txt", ".text", ".md"} | _HTML_EXTENSIONS

__all__ = ["INPUT_FORMATS", "InputFormat", "ReadFailure", "read_source", "sniff_format", "DEFAULT_MAX_BYTES"]


def sniff_format(name: str, head: bytes) -> InputFormat:
    """Guess the format of a file from its name and first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _HTML_EXTENSIONS:
        return "html"
    if suffix in _JSONL_EXTENSIONS:
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    return "text"


def read_source(
    source: str,
    input_format: InputFormat = "auto",
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | ReadFailure]:
    """Articles from a path, a folder, a URL or ``-`` (standard input)."""
    if input_format not in INPUT_FORMATS:
        raise InputError(f"{source}: unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}")
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        check_size(len(data), max_bytes, "<stdin>")
        yield from _read_bytes(data, "<stdin>", input_format)
        return
    if is_url(source):
        yield fetch_url(source, max_bytes=max_bytes, allow_private=allow_private)
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_folder(path, input_format, max_bytes)
        return
    if not path.exists():
        raise InputError(f"{source}: no such file or folder")
    if input_format == "semeval":
        raise InputError(f"{source}: --input-format semeval takes a folder of article<ID>.txt files")
    try:
        check_size(path.stat().st_size, max_bytes, source)
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder") from None
    yield from _read_bytes(data, source, input_format)


def _read_bytes(data: bytes, origin: str, input_format: InputFormat) -> Iterator[Article | ReadFailure]:
    fmt = sniff_format(origin, data[:512]) if input_format == "auto" else input_format
    if fmt == "html":
        yield read_html(data, origin)
    elif fmt == "jsonl":
        text = decode_text(data, origin).removeprefix("\ufeff")
        # Records end at "\n" only: str.splitlines() also splits at U+2028, U+0085 and others,
        # which JSON writers leave raw inside strings (json.dumps(..., ensure_ascii=False)).
        yield from read_jsonl_lines((line.removesuffix("\r") for line in text.split("\n")), origin)
    elif fmt == "csv":
        yield from read_csv_text(decode_text(data, origin), origin)
    else:
        yield read_text(data, origin)


def _read_folder(folder: Path, input_format: InputFormat, max_bytes: int) -> Iterator[Article | ReadFailure]:
    if input_format == "semeval" or (input_format == "auto" and is_semeval_folder(folder)):
        yield from read_semeval_folder(folder, max_bytes)
        return
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in _FOLDER_EXTENSIONS)
    if not files:
        raise InputError(f"{folder}: the folder holds no article files (.txt, .text, .md, .html, .htm or .xhtml)")
    for path in files:
        try:
            check_size(path.stat().st_size, max_bytes, str(path))
            yield from _read_bytes(path.read_bytes(), str(path), input_format)
        except InputError as err:
            yield ReadFailure(str(path), str(err).removeprefix(f"{path}: "))
