"""``corpus stats``: compare outlets, months and languages with a handful of SQL aggregations.

Every rate divides by the articles where the stage behind it ran (``articles.keys``
holds the analysis keys present), so a store mixing old and new analyses is not
diluted by articles that were never checked for, say, techniques.

Definitions (per group):
- ``claims_per_article``: claims / articles with a ``claims`` key.
- ``unattributed_claim_rate``: claims the article itself asserts (``asserted_by.kind == "article"``) / claims.
- ``single_source_articles``: articles whose quoted words all come from one source
  (exactly one source with ``quote_count > 0``); ``single_source_share`` divides by
  the articles with a ``sources`` key.
- ``techniques_per_1000_words``: technique spans per 1,000 words of the articles
  with a ``techniques`` key, overall and per technique.
- ``frame_shares`` / ``narrative_shares``: share of the articles (with that key)
  that carry each frame / narrative.
- ``top_sources``: the most-quoted source names, by quotes summed over the group.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from unspun.corpus.store import CorpusStore
from unspun.report.terminal import safe

GROUPINGS: tuple[str, ...] = ("outlet", "month", "language")
UNKNOWN = "(unknown)"

_BASE = (
    "SELECT article_id, words, keys, coalesce(outlet, '" + UNKNOWN + "') AS outlet, "
    "coalesce(month, '" + UNKNOWN + "') AS month, coalesce(language, '" + UNKNOWN + "') AS language FROM articles"
)


def _has(key: str) -> str:
    return f"list_contains(keys, '{key}')"


def _query(con: Any, by: Sequence[str], select: str, source: str, extra_group: str = "") -> list[tuple[Any, ...]]:
    """Run ``SELECT <group cols>, <select> FROM <source> JOIN a`` grouped by the group columns."""
    group_cols = [f"a.{c}" for c in by] + ([extra_group] if extra_group else [])
    head = ", ".join(group_cols + [select])
    join = f"{source} t JOIN a USING (article_id)" if source != "a" else "a"
    group = f" GROUP BY {', '.join(group_cols)}" if group_cols else ""
    return con.execute(f"WITH a AS ({_BASE}) SELECT {head} FROM {join}{group}").fetchall()


def _ratio(num: float, den: float, scale: float = 1.0) -> float | None:
    return None if not den else round(num * scale / den, 6)


def _metrics(con: Any, by: Sequence[str], top: int) -> dict[tuple[str, ...], dict[str, Any]]:
    n = len(by)
    base = _query(con, by, (
        "count(*), coalesce(sum(words), 0), "
        f"count(*) FILTER ({_has('claims')}), count(*) FILTER ({_has('sources')}), "
        f"coalesce(sum(words) FILTER ({_has('techniques')}), 0), "
        f"count(*) FILTER ({_has('frames')}), count(*) FILTER ({_has('narratives')})"
    ), "a")
    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    denominators: dict[tuple[str, ...], tuple[int, ...]] = {}
    for row in base:
        key = tuple(row[:n])
        articles, words, claim_arts, source_arts, tech_words, frame_arts, narr_arts = row[n:]
        denominators[key] = (claim_arts, source_arts, tech_words, frame_arts, narr_arts)
        groups[key] = {
            **dict(zip(by, key)),
            "articles": articles,
            "words": int(words),
            "claims": 0,
            "claims_per_article": 0.0 if claim_arts else None,
            "unattributed_claim_rate": None,
            "single_source_articles": 0,
            "single_source_share": 0.0 if source_arts else None,
            "top_sources": [],
            "techniques": 0,
            "techniques_per_1000_words": 0.0 if tech_words else None,
            "technique_rates": {},
            "frame_shares": {},
            "narrative_shares": {},
        }
    for row in _query(con, by, "count(*), count(*) FILTER (t.asserted_by_kind = 'article')", "claims"):
        g, (claims, unattributed) = groups[tuple(row[:n])], row[n:]
        g["claims"] = claims
        g["claims_per_article"] = _ratio(claims, denominators[tuple(row[:n])][0])
        g["unattributed_claim_rate"] = _ratio(unattributed, claims)
    single = "(SELECT article_id FROM sources WHERE quote_count > 0 GROUP BY article_id HAVING count(*) = 1)"
    for row in _query(con, by, "count(*)", single):
        g = groups[tuple(row[:n])]
        g["single_source_articles"] = row[n]
        g["single_source_share"] = _ratio(row[n], denominators[tuple(row[:n])][1])
    for row in _query(con, by, "sum(t.quote_count), count(DISTINCT t.article_id)", "sources", "t.name"):
        groups[tuple(row[:n])]["top_sources"].append({"name": row[n], "quotes": int(row[n + 1] or 0), "articles": row[n + 2]})
    for row in _query(con, by, "count(*)", "techniques", "t.technique"):
        g, tech_words = groups[tuple(row[:n])], denominators[tuple(row[:n])][2]
        g["techniques"] += row[n + 1]
        g["technique_rates"][row[n]] = _ratio(row[n + 1], tech_words, 1000.0)
    for key, g in groups.items():
        g["techniques_per_1000_words"] = _ratio(g["techniques"], denominators[key][2], 1000.0)
    for table, column, slot, field in (("frames", "frame", 3, "frame_shares"), ("narratives", "narrative", 4, "narrative_shares")):
        for row in _query(con, by, "count(DISTINCT t.article_id)", table, f"t.{column}"):
            key = tuple(row[:n])
            groups[key][field][row[n]] = _ratio(row[n + 1], denominators[key][slot])
    for g in groups.values():
        g["top_sources"] = sorted(g["top_sources"], key=lambda s: (-s["quotes"], s["name"] or ""))[:top]
        for field in ("technique_rates", "frame_shares", "narrative_shares"):
            g[field] = dict(sorted(g[field].items(), key=lambda kv: (-(kv[1] or 0), kv[0] or ""))[:top])
    return groups


def corpus_stats(store: str | Path, by: Sequence[str] = (), top: int = 5) -> dict[str, Any]:
    """The statistics of a store, overall and per group of ``by`` (outlet, month and/or language)."""
    by = [b for b in GROUPINGS if b in by]  # fixed order, no repeats
    with CorpusStore(store, read_only=True) as s:
        overall = _metrics(s.con, [], top).get((), None)
        groups = _metrics(s.con, by, top) if by else {}
    empty = {"articles": 0, "words": 0}
    return {
        "store": str(store),
        "by": by,
        "overall": overall or empty,
        "groups": [groups[k] for k in sorted(groups)],
    }


_SCALARS = ("articles", "words", "claims", "claims_per_article", "unattributed_claim_rate",
            "single_source_articles", "single_source_share", "techniques", "techniques_per_1000_words")
_MAPS = ("technique_rates", "frame_shares", "narrative_shares")


def stats_csv(stats: dict[str, Any]) -> str:
    """The statistics in long form: one row per group, metric and key (``outlet, month, metric, key, value``;
    a ``language`` column after ``month`` when grouped by language)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = ["outlet", "month"] + (["language"] if "language" in stats["by"] else [])
    writer.writerow([*columns, "metric", "key", "value"])
    for g in [dict(stats["overall"], **{c: "(all)" for c in columns})] + stats["groups"]:
        group = [g.get(c, "(all)") for c in columns]
        for metric in _SCALARS:
            if metric in g:
                writer.writerow([*group, metric, "", "" if g[metric] is None else g[metric]])
        for metric in _MAPS:
            for key, value in g.get(metric, {}).items():
                writer.writerow([*group, metric, key, value])
        for source in g.get("top_sources", []):
            writer.writerow([*group, "source_quotes", source["name"], source["quotes"]])
    return out.getvalue()


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:.0%}" if percent else f"{value:.2f}"


def _first(mapping: dict[str, Any], percent: bool = False) -> Text:
    if not mapping:
        return Text("–")
    key, value = next(iter(mapping.items()))
    return Text(safe(f"{key} ({_fmt(value, percent)})"))


def stats_renderable(stats: dict[str, Any]) -> RenderableType:
    """Two rich tables, one row per group plus the whole corpus: the rates, then the leaders."""
    if not stats["overall"].get("articles"):
        return Text(f"{stats['store']}: the store holds no articles yet")
    by = stats["by"]
    rows = [("all", stats["overall"])] + [(" · ".join(str(g[b]) for b in by), g) for g in stats["groups"]]
    rates = Table(title=Text(f"Corpus {stats['store']}"), header_style="bold")
    leaders = Table(title="Most quoted source, commonest technique, frame and narrative", header_style="bold")
    rates.add_column(" · ".join(by) or "group", no_wrap=True)
    leaders.add_column(" · ".join(by) or "group", no_wrap=True)
    for col in ("articles", "words", "claims /art.", "unattrib.", "single- source", "techn. /1k w."):
        rates.add_column(col, justify="right")
    for col in ("source (quotes)", "technique (/1k w.)", "frame (share)", "narrative (share)"):
        leaders.add_column(col)
    for label, g in rows:
        top_source = g["top_sources"][0] if g.get("top_sources") else None
        label = safe(label)  # outlet names and other groups come from the articles
        rates.add_row(Text(label), str(g["articles"]), f"{g['words']:,}", _fmt(g["claims_per_article"]),
                      _fmt(g["unattributed_claim_rate"], True), _fmt(g["single_source_share"], True),
                      _fmt(g["techniques_per_1000_words"]))
        leaders.add_row(Text(label), Text(safe(f"{top_source['name']} ({top_source['quotes']})") if top_source else "–"),
                        _first(g["technique_rates"]), _first(g["frame_shares"], True), _first(g["narrative_shares"], True))
    return Group(rates, leaders)
