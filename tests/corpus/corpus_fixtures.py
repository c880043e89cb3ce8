"""Invented corpus inputs: short made-up news articles as JSON Lines, and the stages the tests run."""

from __future__ import annotations

import json
from pathlib import Path

_TOWNS = ["Harwick", "Loseby", "Marnford", "Oldbury Vale", "Quillton", "Redfern", "Selham", "Tarrow"]
_TOPICS = ["the ferry timetable", "a new library wing", "the harbour wall", "school bus routes", "the river bridge"]


def invented_article(i: int) -> dict[str, str]:
    """A made-up article; every i gives a different text."""
    town, topic = _TOWNS[i % len(_TOWNS)], _TOPICS[i % len(_TOPICS)]
    text = (
        f"{town} council votes on {topic} (report {i})\n"
        f"Councillors in {town} met on Tuesday to discuss {topic}, item {i} on the agenda.\n"
        f"\"We have waited long enough,\" said Mara Ellison, who chairs the residents' group.\n"
        f"The plan would cost {100 + i} thousand pounds, according to the council's own figures.\n"
        f"A final vote is expected next month."
    )
    return {
        "id": f"art-{i}",
        "text": text,
        "outlet": "Harbour Post" if i % 2 else "Vale Courier",
        "published": f"2025-0{1 + i % 3}-1{i % 10}",
    }


def write_jsonl(path: Path, records: list[dict[str, str]], bad_lines: dict[int, str] | None = None) -> Path:
    """Write records as JSON Lines; ``bad_lines`` inserts raw text before the given 0-based record index."""
    lines = [json.dumps(r) for r in records]
    for index, raw in sorted((bad_lines or {}).items(), reverse=True):
        lines.insert(index, raw)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


LIGHT_STAGES = ["structure", "quotes"]
"""The stages the store tests run: enough to fill paragraphs, quotes and sources, fast enough for many articles."""
