"""The corpus store: one DuckDB file holding articles, their analyses and flat tables.

Writes go in batches, each batch in one transaction covering every table, so a
process killed at any moment leaves either the whole batch or none of it: no
half-written analysis is ever visible, and a rerun skips the articles already
stored (they are identified by content hash, the primary key of ``articles``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Mapping

from unspun.corpus.rows import Row, analysis_rows
from unspun.corpus.schema import TABLE_NAMES, TABLES, columns, create_statements
from unspun.errors import InputError, UnspunError

log = logging.getLogger(__name__)


class StoreError(UnspunError):
    """The corpus store cannot be opened or written."""


class CorpusStore:
    """A DuckDB corpus file; use as a context manager so it is always closed."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise InputError(f"{self.path}: no such corpus store; create it with `unspun corpus add {self.path} SOURCE`")
        if self.path.is_dir():
            raise InputError(f"{self.path}: is a folder, not a corpus store file")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as err:
            message = " ".join(str(err).split())
            if "conflicting lock" in message.lower() or "could not set lock" in message.lower():
                raise StoreError(f"{self.path}: cannot open the corpus store: another unspun process is writing it") from None
            raise InputError(f"{self.path}: not a readable corpus store ({message[:160]})") from None
        tables = {row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if (tables or read_only) and "articles" not in tables:
            # a DuckDB file of someone else's: never read it as empty, never add our tables beside theirs
            self.con.close()
            raise InputError(f"{self.path}: not an unspun corpus store (a DuckDB file without its tables)")
        if not read_only:
            for statement in create_statements():
                self.con.execute(statement)

    def __enter__(self) -> "CorpusStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log)."""
        self.con.close()

    def article_ids(self) -> set[str]:
        """The ids of every stored article."""
        return {row[0] for row in self.con.execute("SELECT article_id FROM articles").fetchall()}

    def count(self, table: str = "articles") -> int:
        """Number of rows in ``table``."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])

    def add_rows(self, batch: Iterable[Mapping[str, list[Row]]]) -> int:
        """Insert the rows of several articles in one transaction; returns the articles added."""
        merged: dict[str, list[Row]] = {table: [] for table in TABLE_NAMES}
        added = 0
        for rows in batch:
            for table in TABLE_NAMES:
                merged[table].extend(rows.get(table, []))
            added += 1
        if not added:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, table_rows in merged.items():
                if table_rows:
                    self._insert(table, table_rows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return added

    def add_analyses(self, analyses: Iterable[Any]) -> int:
        """Store Analyses (pydantic or ``to_dict()`` dicts) in one transaction."""
        return self.add_rows(analysis_rows(a if isinstance(a, Mapping) else a.to_dict()) for a in analyses)

    def _insert(self, table: str, rows: list[Row]) -> None:
        import pyarrow as pa

        names = columns(table)
        arrays = [pa.array([r[i] for r in rows], type=_ARROW_TYPES[sql]) for i, (_, sql) in enumerate(TABLES[table])]
        self.con.register("_unspun_batch", pa.table(arrays, names=names))
        try:
            quoted = ", ".join(f'"{c}"' for c in names)
            self.con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM _unspun_batch")
        finally:
            self.con.unregister("_unspun_batch")

    def load_parquet_tables(self, folder: Path) -> int:
        """Add the tables of a Parquet corpus folder (``corpus analyze`` output); skips stored articles."""
        missing = [t for t in TABLE_NAMES if not (folder / t).exists()]
        if missing:
            raise InputError(f"{folder}: not an unspun Parquet corpus (no {', '.join(missing)} tables); "
                             "write one with `unspun corpus analyze` or `corpus add --store-format parquet`")
        before = self.count()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "CREATE TEMP TABLE new_ids AS SELECT DISTINCT article_id FROM read_parquet(?) "
                "WHERE article_id NOT IN (SELECT article_id FROM articles)",
                [str(folder / "articles" / "*.parquet")],
            )
            for table in TABLE_NAMES:
                quoted = ", ".join(f'"{c}"' for c in columns(table))
                pattern = str(folder / table / "*.parquet")
                if table in ("articles", "analyses"):  # one row per article, even if the folder repeats one
                    select = (f"SELECT {quoted} FROM read_parquet(?) WHERE article_id IN (SELECT article_id FROM new_ids) "
                              "QUALIFY row_number() OVER (PARTITION BY article_id) = 1")
                else:
                    select = f"SELECT {quoted} FROM read_parquet(?) WHERE article_id IN (SELECT article_id FROM new_ids)"
                if list((folder / table).glob("*.parquet")):
                    self.con.execute(f"INSERT INTO {table} ({quoted}) {select}", [pattern])
            self.con.execute("DROP TABLE new_ids")
            self.con.execute("COMMIT")
        except Exception as err:
            self.con.execute("ROLLBACK")
            import duckdb

            if isinstance(err, duckdb.Error):
                raise InputError(f"{folder}: cannot load the Parquet tables ({err})") from None
            raise
        return self.count() - before

    def export_parquet_tables(self, folder: Path) -> None:
        """Write every table to ``folder/<table>/data.parquet`` (the layout Spark writes and add reads)."""
        for table in TABLE_NAMES:
            (folder / table).mkdir(parents=True, exist_ok=True)
            target = folder / table / "data.parquet"
            self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{_sql_path(target)}' (FORMAT parquet)")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _arrow_types() -> dict[str, Any]:
    import pyarrow as pa

    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "VARCHAR[]": pa.list_(pa.string()),
        "INTEGER[]": pa.list_(pa.int32()),
    }


class _LazyTypes(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> Any:
        self.update(_arrow_types())
        return dict.__getitem__(self, key)


_ARROW_TYPES: dict[str, Any] = _LazyTypes()
