"""Spark local mode: `corpus analyze --engine spark` writes the store's tables, and they equal a single-process run.

Slow (starts a JVM and Python workers): one run, a handful of articles.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from unspun.corpus import TABLE_NAMES, CorpusStore, add_to_store
from corpus_fixtures import LIGHT_STAGES, invented_article, write_jsonl

pyspark = pytest.importorskip("pyspark", reason="pip install 'unspun[spark]' to run the Spark tests")
pytestmark = pytest.mark.slow

if shutil.which("java") is None:
    if os.environ.get("CI"):
        pytest.fail(".ci/run must install Java (default-jre-headless) for the Spark tests", pytrace=False)
    pytest.skip("Spark needs Java (apt-get install default-jre-headless)", allow_module_level=True)


def _table(store: Path, table: str) -> list[tuple]:
    with CorpusStore(store, read_only=True) as s:
        return s.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def test_spark_run_equals_the_single_process_run(tmp_path: Path) -> None:
    from unspun.corpus.spark import FAILURES_FOLDER, analyze_with_spark

    records = [invented_article(i) for i in range(6)]
    records.append(dict(records[2], id="repeat"))  # same text: analysed and stored once, first occurrence kept
    source = write_jsonl(tmp_path / "in.jsonl", records, bad_lines={4: "{broken"})

    single = tmp_path / "single.duckdb"
    report = add_to_store(single, [str(source)], workers=1, stages=LIGHT_STAGES)
    assert (report.added, report.duplicates, len(report.failures)) == (6, 1, 1)

    out = tmp_path / "out.parquet"
    counts = analyze_with_spark(str(source), out, partitions=2, stages=LIGHT_STAGES)
    assert counts["articles"] == 6 and counts["failures"] == 1
    assert counts["paragraphs"] == 6 * 5
    failures = [json.loads(line) for part in sorted((out / FAILURES_FOLDER).glob("part-*.json"))
                for line in part.read_text(encoding="utf-8").splitlines()]
    assert failures == [{"origin": f"{source}:5", "message": str(report.failures[0]).split(": ", 1)[1]}]

    from_spark = tmp_path / "spark.duckdb"
    loaded = add_to_store(from_spark, [str(out)])
    assert (loaded.loaded, loaded.added) == (6, 0)
    for table in TABLE_NAMES:
        assert _table(from_spark, table) == _table(single, table), table
    again = add_to_store(from_spark, [str(out)])  # loading the same output twice adds nothing
    assert again.loaded == 0 and _table(from_spark, "articles") == _table(single, "articles")
