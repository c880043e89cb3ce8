"""CSV: one article per row, with a header naming ``id, text, title, url, outlet, published``.

Only ``text`` is required; columns may come in any order and unknown ones are
ignored. A malformed row (wrong number of fields, empty text) is reported with
its line number and the other rows are still read.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator

from unspun.article import Article
from unspun.errors import InputError
from unspun.ingest.jsonl import METADATA_FIELDS, ReadFailure
from unspun.ingest.text import DEFAULT_MAX_BYTES, check_size, decode_text

CSV_COLUMNS = ("id", "text", "title", "url", "outlet", "published")


def read_csv_file(path: str | Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadFailure]:
    """Articles from a CSV file on disk (``max_bytes=None``: no limit on the file's size)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror})") from None
    if max_bytes is not None:
        check_size(size, max_bytes, str(path))
    yield from read_csv_text(decode_text(path.read_bytes(), str(path)), str(path))


def read_csv_text(text: str, origin: str) -> Iterator[Article | ReadFailure]:
    """Articles from CSV text, with a ReadFailure (naming the line) for each bad row."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError(f"{origin}: the CSV file is empty; give it a header row with a 'text' column") from None
    except csv.Error as err:
        raise InputError(f"{origin}:1: not valid CSV ({err})") from None
    if "text" not in header:
        raise InputError(f"{origin}:1: the header has no 'text' column (expected {', '.join(CSV_COLUMNS)})")
    line = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield ReadFailure(f"{origin}:{line}", f"not valid CSV ({err}); the rest of the file is not read")
            return
        where, line = f"{origin}:{line}", reader.line_num + 1
        if not fields or not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            yield ReadFailure(where, f"expected {len(header)} fields as in the header, found {len(fields)}")
            continue
        record = dict(zip(header, fields))
        if not record["text"].strip():
            yield ReadFailure(where, "empty 'text' field")
            continue
        metadata = {k: record[k] for k in METADATA_FIELDS if record.get(k)}
        yield Article.from_text(record["text"], id=record.get("id") or None, origin=where, **metadata)
