"""The corpus store's tables: one column list that DuckDB, Parquet and Spark share.

Every table holds ``article_id`` (the content hash, see :func:`unspun.corpus.ids.content_id`).
``analyses`` keeps each Analysis JSON whole; the other tables flatten the keys a
researcher queries. A table is filled from an Analysis only when its key is present
(the stage ran), so an article analysed before a stage existed simply has no rows
there; ``articles.stages`` says which stages ran and ``articles.keys`` which
table keys the analysis held and judged (a stage that withheld, on a language it does not read or a text too short, is left out: statistics divide by the articles where a stage looked).

Column types are written once, as DuckDB SQL types; :mod:`unspun.corpus.spark`
maps them to Spark types, so the Parquet a Spark job writes loads straight into a
store.
"""

from __future__ import annotations

# (column, DuckDB type). Order matters: rows are tuples in this order.
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("origin", "VARCHAR"),
        ("title", "VARCHAR"),
        ("url", "VARCHAR"),
        ("outlet", "VARCHAR"),
        ("published", "VARCHAR"),
        ("month", "VARCHAR"),
        ("language", "VARCHAR"),
        ("text", "VARCHAR"),
        ("words", "INTEGER"),
        ("paragraph_count", "INTEGER"),
        ("stages", "VARCHAR[]"),
        ("keys", "VARCHAR[]"),
        ("genre", "VARCHAR"),
        ("unspun_version", "VARCHAR"),
    ],
    "analyses": [
        ("article_id", "VARCHAR"),
        ("analysis", "VARCHAR"),
    ],
    "paragraphs": [
        ("article_id", "VARCHAR"),
        ("paragraph", "INTEGER"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("kind", "VARCHAR"),
    ],
    "quotes": [
        ("article_id", "VARCHAR"),
        ("quote", "INTEGER"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
        ("paragraph", "INTEGER"),
        ("kind", "VARCHAR"),
        ("speaker", "VARCHAR"),
        ("speaker_source_id", "VARCHAR"),
        ("resolution", "VARCHAR"),
        ("cue", "VARCHAR"),
        ("confidence", "DOUBLE"),
    ],
    "sources": [
        ("article_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("description", "VARCHAR"),
        ("quote_count", "INTEGER"),
        ("words_quoted", "INTEGER"),
        ("share", "DOUBLE"),
        ("single_source_reliance", "BOOLEAN"),
        ("paragraphs", "INTEGER[]"),
    ],
    "claims": [
        ("article_id", "VARCHAR"),
        ("claim", "INTEGER"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
        ("paragraph", "INTEGER"),
        ("score", "DOUBLE"),
        ("asserted_by_kind", "VARCHAR"),
        ("asserted_by_name", "VARCHAR"),
        ("asserted_by_source_id", "VARCHAR"),
        ("certainty", "VARCHAR"),
        ("hedges", "INTEGER"),
        ("quantities", "INTEGER"),
    ],
    "techniques": [
        ("article_id", "VARCHAR"),
        ("technique", "VARCHAR"),
        ("family", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
        ("paragraph", "INTEGER"),
        ("confidence", "DOUBLE"),
    ],
    "frames": [
        ("article_id", "VARCHAR"),
        ("frame", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("paragraphs", "INTEGER[]"),
    ],
    "narratives": [
        ("article_id", "VARCHAR"),
        ("domain", "VARCHAR"),
        ("narrative", "VARCHAR"),
        ("subnarrative", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("paragraphs", "INTEGER[]"),
        ("explanation", "VARCHAR"),
    ],
    "entity_roles": [
        ("article_id", "VARCHAR"),
        ("entity", "VARCHAR"),
        ("mentions", "INTEGER"),
        ("main_role", "VARCHAR"),
        ("fine_roles", "VARCHAR[]"),
        ("confidence", "DOUBLE"),
    ],
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)

# Stage keys of the Analysis that fill a table of the same name (besides articles/paragraphs).
KEYED_TABLES: tuple[str, ...] = ("quotes", "sources", "claims", "techniques", "frames", "narratives", "entity_roles")


def columns(table: str) -> list[str]:
    """The column names of ``table``, in row order."""
    return [name for name, _ in TABLES[table]]


def create_statements() -> list[str]:
    """``CREATE TABLE IF NOT EXISTS`` for every table (primary keys on the per-article tables)."""
    statements = []
    for table, cols in TABLES.items():
        body = ", ".join(f'"{name}" {sql_type}' for name, sql_type in cols)
        if table in ("articles", "analyses"):
            body += ", PRIMARY KEY (article_id)"
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    return statements
