"""``corpus search``: find articles by words in their text, the sources they quote, or their techniques.

Matching is case-insensitive substring search (DuckDB ``ILIKE``) and every word of
the query must match; it scans the tables, which takes well under a second for
tens of thousands of articles. Technique names match with spaces for
underscores, so ``loaded language`` finds ``Loaded_Language``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from unspun.corpus.store import CorpusStore
from unspun.report.terminal import safe

SEARCH_FIELDS: tuple[str, ...] = ("text", "speakers", "techniques")
_CONTEXT = 70
_TECHNIQUE = "replace(t.technique, '_', ' ')"
# An article's display title: its title, else its first line (shared with browse.py).
TITLE_SQL = "left(coalesce(a.title, split_part(trim(a.text), chr(10), 1)), {width})"
_TITLE = TITLE_SQL.format(width=120)


@dataclass(frozen=True)
class SearchHit:
    """One match: the article, which field matched, and the matching text in context."""

    article_id: str
    title: str
    outlet: str | None
    published: str | None
    field: str
    match: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def like_pattern(word: str) -> str:
    """An ILIKE pattern (with ESCAPE '\\') matching ``word`` literally anywhere in a value."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(column: str, words: list[str]) -> str:
    return " AND ".join(f"{column} ILIKE ? ESCAPE '\\'" for _ in words)


def snippet(text: str, word: str, context: int = _CONTEXT) -> str:
    """The text around the first occurrence of ``word`` (case-insensitive), on one line."""
    at = text.lower().find(word.lower())
    if at < 0:
        at = 0
    start, end = max(0, at - context), min(len(text), at + len(word) + context)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def search(store: str | Path, query: str, fields: Sequence[str] | None = None, limit: int = 20) -> list[SearchHit]:
    """Hits for ``query`` in the chosen ``fields`` (default: all), at most ``limit`` per field."""
    words = query.split()
    if not words:
        return []
    chosen = [f for f in SEARCH_FIELDS if f in (fields or SEARCH_FIELDS)]
    params = [like_pattern(w) for w in words]
    hits: list[SearchHit] = []
    head = f"SELECT a.article_id, {_TITLE}, a.outlet, a.published"
    order = "ORDER BY a.outlet NULLS LAST, a.published NULLS LAST, a.article_id"
    with CorpusStore(store, read_only=True) as s:
        if "text" in chosen:
            rows = s.con.execute(f"{head}, a.text FROM articles a WHERE {_where('a.text', words)} {order} LIMIT {int(limit)}",
                                 params).fetchall()
            hits += [SearchHit(*r[:4], "text", snippet(r[4], words[0])) for r in rows]
        if "speakers" in chosen:
            rows = s.con.execute(
                f"{head}, q.speaker, q.text FROM quotes q JOIN articles a USING (article_id) "
                f"WHERE {_where('q.speaker', words)} {order}, q.quote LIMIT {int(limit)}", params).fetchall()
            hits += [SearchHit(*r[:4], "speakers", f"{r[4]}: “{' '.join(r[5].split())}”") for r in rows]
        if "techniques" in chosen:
            rows = s.con.execute(
                f"{head}, t.technique, t.text FROM techniques t JOIN articles a USING (article_id) "
                f"WHERE {_where(_TECHNIQUE, words)} {order}, t.start "
                f"LIMIT {int(limit)}", [p.replace("\\_", " ") for p in params]).fetchall()
            hits += [SearchHit(*r[:4], "techniques", f"{r[4]}: “{' '.join((r[5] or '').split())}”") for r in rows]
    return hits


def search_renderable(hits: list[SearchHit], query: str) -> RenderableType:
    """A rich table of the hits (article text shown as Text, never as markup)."""
    if not hits:
        return Text(safe(f"no match for {query!r}"))
    table = Table(title=Text(safe(f"{len(hits)} matches for {query!r}")), header_style="bold")
    for col in ("article", "outlet", "date", "in", "match"):
        table.add_column(col)
    for h in hits:
        table.add_row(Text(safe(f"{h.title}\n{h.article_id}")), Text(safe(h.outlet or "–")), Text(safe(h.published or "–")),
                      Text(h.field), Text(safe(h.match)))
    return table
