"""JSON Lines: one article per line, ``{"id", "text", "title"?, "url"?, "outlet"?, "published"?}``.

A malformed line is reported with its line number and the other lines are still read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator

from unspun.article import Article

METADATA_FIELDS = ("title", "url", "outlet", "published", "language")


@dataclass(frozen=True)
class ReadFailure:
    """One item of a multi-article source that could not be read (the rest still are)."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def read_jsonl_lines(lines: Iterator[str], origin: str) -> Iterator[Article | ReadFailure]:
    """Articles from JSON Lines, with a ReadFailure for each malformed line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(where, f"invalid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, "expected a JSON object with a 'text' field")
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ReadFailure(where, "missing or empty 'text' field")
            continue
        metadata = {k: str(record[k]) for k in METADATA_FIELDS if record.get(k) is not None}
        article_id = str(record["id"]) if record.get("id") is not None else f"line-{number}"
        yield Article.from_text(text, id=article_id, origin=where, **metadata)
