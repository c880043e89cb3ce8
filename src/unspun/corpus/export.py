"""``corpus export``: write the store's tables as Parquet, CSV or JSON Lines with DuckDB's COPY.

One table goes to one file; several go to a folder with one ``<table>.<ext>`` each.
Rows are sorted, so two exports of the same store are byte-for-byte comparable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Sequence

from unspun.corpus.schema import TABLE_NAMES
from unspun.corpus.store import CorpusStore, StoreError
from unspun.errors import InputError

ExportFormat = Literal["parquet", "csv", "jsonl"]
EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")
_COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}


def export_tables(
    store: str | Path,
    fmt: ExportFormat,
    tables: Sequence[str] | None = None,
    output: str | Path | None = None,
) -> list[Path]:
    """Export ``tables`` (default: all) of ``store``; returns the files written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    chosen = list(tables or TABLE_NAMES)
    unknown = [t for t in chosen if t not in TABLE_NAMES]
    if unknown:
        raise InputError(f"{store}: no table {unknown[0]!r}; the tables are {', '.join(TABLE_NAMES)}")
    store = Path(store)
    if output is None:
        output = store.with_name(f"{store.stem}-export")
    output = Path(output)
    if len(chosen) == 1 and (output.suffix or tables):
        targets = {chosen[0]: output if output.suffix else output / f"{chosen[0]}.{fmt}"}
    else:
        targets = {t: output / f"{t}.{fmt}" for t in chosen}
    with CorpusStore(store, read_only=True) as s:
        for table, target in targets.items():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"{target.parent}: cannot create the folder ({err.strerror})") from None
            path = str(target).replace("'", "''")
            s.con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{path}' ({_COPY_OPTIONS[fmt]})")
    return list(targets.values())
