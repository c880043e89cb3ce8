"""`--store-format parquet` writes every table as Parquet, and `corpus add` loads that folder back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.corpus import TABLE_NAMES, CorpusStore, add_to_store
from unspun.errors import InputError
from corpus_fixtures import LIGHT_STAGES

pytestmark = pytest.mark.slow


def _rows(store: Path, table: str) -> list[tuple]:
    with CorpusStore(store, read_only=True) as s:
        return s.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def test_parquet_output_loads_into_an_identical_store(tmp_path: Path, jsonl_corpus: Path) -> None:
    first = tmp_path / "first.duckdb"
    report = add_to_store(first, [str(jsonl_corpus)], workers=1, store_format="parquet", stages=LIGHT_STAGES)
    assert report.parquet == tmp_path / "first.parquet"
    assert sorted(p.name for p in report.parquet.iterdir()) == sorted(TABLE_NAMES)
    second = tmp_path / "second.duckdb"
    loaded = add_to_store(second, [str(report.parquet)])
    assert (loaded.loaded, loaded.added) == (12, 0)
    for table in TABLE_NAMES:
        assert _rows(second, table) == _rows(first, table), table


def test_a_folder_missing_tables_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "half.parquet"
    (folder / "articles").mkdir(parents=True)
    (folder / "analyses").mkdir()
    with pytest.raises(InputError, match="not an unspun Parquet corpus"):
        add_to_store(tmp_path / "c.duckdb", [str(folder)])
