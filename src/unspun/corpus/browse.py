"""Reading a store for browsing: filtered, paged article lists, one article's analysis, the filter values.

The web pages (``unspun.web.corpus_pages``) call these; they hold no HTML.
A query matches an article when every word is in its text, or in the name of a
speaker it quotes, or in a technique found in it (case-insensitive).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from unspun.corpus.search import TITLE_SQL, like_pattern
from unspun.corpus.store import CorpusStore

_TITLE = TITLE_SQL.format(width=160)


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list."""

    article_id: str
    title: str
    outlet: str | None
    published: str | None
    words: int
    quotes: int
    claims: int
    techniques: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def list_articles(
    store: str | Path,
    *,
    outlet: str | None = None,
    month: str | None = None,
    query: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[ArticleSummary]]:
    """(total matching, one page of summaries), newest first, then by outlet and id."""
    where, params = [], []
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    if month:
        where.append("a.month = ?")
        params.append(month)
    for word in (query or "").split():
        like = like_pattern(word)
        where.append(
            "(a.text ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.article_id "
            "AND q.speaker ILIKE ? ESCAPE '\\') OR EXISTS (SELECT 1 FROM techniques t WHERE t.article_id = a.article_id "
            "AND replace(t.technique, '_', ' ') ILIKE ? ESCAPE '\\'))")
        params += [like, like, like.replace("\\_", " ")]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    with CorpusStore(store, read_only=True) as s:
        total = s.con.execute(f"SELECT count(*) FROM articles a {clause}", params).fetchall()[0][0]
        rows = s.con.execute(
            f"""SELECT a.article_id, {_TITLE}, a.outlet, a.published, a.words,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id),
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id),
                   (SELECT count(*) FROM techniques t WHERE t.article_id = a.article_id)
                FROM articles a {clause}
                ORDER BY a.published DESC NULLS LAST, a.outlet NULLS LAST, a.article_id
                LIMIT {int(limit)} OFFSET {int(offset)}""", params).fetchall()
    return int(total), [ArticleSummary(*r) for r in rows]


def get_analysis(store: str | Path, article_id: str) -> dict[str, Any] | None:
    """The stored analysis of one article, or None."""
    with CorpusStore(store, read_only=True) as s:
        rows = s.con.execute("SELECT analysis FROM analyses WHERE article_id = ?", [article_id]).fetchall()
    return json.loads(rows[0][0]) if rows else None


def filter_values(store: str | Path) -> dict[str, list[str]]:
    """The outlets and months present, for the filter menus."""
    with CorpusStore(store, read_only=True) as s:
        outlets = [r[0] for r in s.con.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet").fetchall()]
        months = [r[0] for r in s.con.execute(
            "SELECT DISTINCT month FROM articles WHERE month IS NOT NULL ORDER BY month DESC").fetchall()]
    return {"outlets": outlets, "months": months}
