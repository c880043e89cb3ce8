"""Flatten one Analysis (its JSON dict) into rows for every corpus table.

The same function feeds the DuckDB store and the Spark job, so both hold the same
rows. It works on the JSON dict rather than the pydantic model so that keys a
newer or older unspun wrote (techniques, frames, ...) are stored whenever they are
present, and an analysis without them simply yields no rows for those tables.
"""

from __future__ import annotations

import hashlib
import json
import re
from email.utils import parsedate_to_datetime
from typing import Any, Mapping

from unspun.analysis import not_judged
from unspun.corpus.schema import KEYED_TABLES, TABLES

Row = tuple[Any, ...]
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})")


def content_id(text: str) -> str:
    """The article id: SHA-256 of the text with whitespace runs collapsed, first 20 hex digits.

    Collapsing whitespace makes the same article saved with other line endings or
    a trailing newline count as the same article.
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:20]


def month_of(published: str | None) -> str | None:
    """``YYYY-MM`` from an ISO date or an RFC 2822 date, else None."""
    if not published:
        return None
    match = _ISO_MONTH.match(published)
    if match:
        return f"{match[1]}-{match[2]}"
    try:
        return parsedate_to_datetime(published).strftime("%Y-%m")
    except (TypeError, ValueError, IndexError):
        return None


def _int_list(values: Any) -> list[int] | None:
    if values is None:
        return None
    return [int(v) for v in values]


def _span_text(span: Mapping[str, Any] | None) -> str | None:
    return None if not span else span.get("text")


def _articles(aid: str, data: Mapping[str, Any], source_id: str | None, origin: str | None) -> list[Row]:
    article = data["article"]
    genre = data.get("genre")
    withheld = not_judged(data.get("withheld") or {})
    return [(
        aid,
        source_id if source_id is not None else article.get("id"),
        origin,
        article.get("title"),
        article.get("url"),
        article.get("outlet"),
        article.get("published"),
        month_of(article.get("published")),
        article.get("language"),
        article["text"],
        len(article["text"].split()),
        len(article.get("paragraphs") or []),
        list(data.get("analyses") or []),
        # the keys judged: a stage that withheld (a language it does not read, a text too short) did not look,
        # and its empty lists must not count as "none found" in the rates of corpus stats
        [key for key in (*KEYED_TABLES, "genre") if data.get(key) is not None and key not in withheld],
        genre.get("label") if isinstance(genre, Mapping) else genre,
        data.get("unspun_version"),
    )]


def _paragraphs(aid: str, data: Mapping[str, Any]) -> list[Row]:
    return [(aid, p["index"], p["start"], p["end"], p.get("kind")) for p in data["article"].get("paragraphs") or []]


def _quotes(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    rows = []
    for i, q in enumerate(items):
        speaker = q.get("speaker") or {}
        rows.append((aid, i, q["start"], q["end"], q["text"], q.get("paragraph"), q.get("kind"),
                     speaker.get("name"), speaker.get("source_id"), speaker.get("resolution"),
                     _span_text(q.get("cue")), q.get("confidence")))
    return rows


def _sources(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    return [(aid, s.get("id"), s.get("name"), s.get("kind"), s.get("description"), s.get("quote_count"),
             s.get("words_quoted"), s.get("share"), bool(s.get("single_source_reliance", False)),
             _int_list(s.get("paragraphs"))) for s in items]


def _claims(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    rows = []
    for i, c in enumerate(items):
        by = c.get("asserted_by") or {}
        rows.append((aid, i, c["start"], c["end"], c["text"], c.get("paragraph"), c.get("score"),
                     by.get("kind"), by.get("name"), by.get("source_id"), c.get("certainty"),
                     len(c.get("hedges") or []), len(c.get("quantities") or [])))
    return rows


def _techniques(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    return [(aid, t.get("technique"), t.get("family"), t.get("start"), t.get("end"), t.get("text"),
             t.get("paragraph"), t.get("confidence")) for t in items]


def _frames(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    return [(aid, f.get("frame"), f.get("confidence"), _int_list(f.get("paragraphs"))) for f in items]


def _narratives(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    return [(aid, n.get("domain"), n.get("narrative"), n.get("subnarrative"), n.get("confidence"),
             _int_list(n.get("paragraphs")), n.get("explanation")) for n in items]


def _entity_roles(aid: str, items: list[Mapping[str, Any]]) -> list[Row]:
    rows = []
    for e in items:
        mentions = e.get("mentions")
        count = len(mentions) if isinstance(mentions, list) else mentions
        rows.append((aid, e.get("entity"), count, e.get("main_role"), list(e.get("fine_roles") or []),
                     e.get("confidence")))
    return rows


_KEYED = {
    "quotes": _quotes,
    "sources": _sources,
    "claims": _claims,
    "techniques": _techniques,
    "frames": _frames,
    "narratives": _narratives,
    "entity_roles": _entity_roles,
}


def analysis_rows(
    data: Mapping[str, Any], *, source_id: str | None = None, origin: str | None = None
) -> dict[str, list[Row]]:
    """Rows for every table from one Analysis dict (``Analysis.to_dict()``), keyed by table."""
    aid = content_id(data["article"]["text"])
    rows: dict[str, list[Row]] = {
        "articles": _articles(aid, data, source_id, origin),
        "analyses": [(aid, json.dumps(data, ensure_ascii=False, separators=(",", ":")))],
        "paragraphs": _paragraphs(aid, data),
    }
    for key, flatten in _KEYED.items():
        items = data.get(key)
        rows[key] = flatten(aid, items) if isinstance(items, list) else []
    for table, table_rows in rows.items():
        width = len(TABLES[table])
        assert all(len(r) == width for r in table_rows), f"{table}: row width differs from the schema"
    return rows
