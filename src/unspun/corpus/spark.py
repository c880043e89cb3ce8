"""``corpus analyze --engine spark``: the same Analyzer inside PySpark, writing the store's tables as Parquet.

The job reads JSON Lines (line numbers kept for error messages) or Parquet
articles, drops repeated texts by content hash before analysing (keeping the
first occurrence, as ``corpus add`` does), analyses each partition with
``mapPartitions`` — the Analyzer (spaCy and every stage's model) is loaded once per
Python worker and reused for every partition that worker runs — and writes one
Parquet folder per table, ``OUTPUT/<table>/part-*.parquet``, with the columns of
:mod:`unspun.corpus.schema`, and the unreadable input lines to
``OUTPUT/_failures/`` (JSON Lines: origin, message). ``unspun corpus add STORE
OUTPUT`` loads that folder.

Runs in local mode by default; on a cluster, submit this module with
``spark-submit`` (see docs/corpus.md).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from unspun.article import Article
from unspun.corpus.rows import analysis_rows, content_id
from unspun.corpus.schema import TABLE_NAMES, TABLES
from unspun.errors import InputError, UnspunError
from unspun.ingest.jsonl import ReadFailure, read_jsonl_lines

log = logging.getLogger(__name__)

_ANALYZERS: dict[tuple[str | None, tuple[str, ...] | None], Any] = {}
FAILURES_FOLDER = "_failures"


def _analyzer(spacy_model: str | None, stages: tuple[str, ...] | None) -> Any:
    """The Analyzer of this Python worker, loaded on first use and kept for later partitions."""
    key = (spacy_model, stages)
    if key not in _ANALYZERS:
        from unspun.corpus.add import make_analyzer

        _ANALYZERS[key] = make_analyzer(stages, spacy_model)
    return _ANALYZERS[key]


def _parse_line(item: tuple[str, int], origin: str) -> Article | ReadFailure:
    line, index = item
    parsed = list(read_jsonl_lines(iter([line]), origin))
    if not parsed:
        return ReadFailure(f"{origin}:{index + 1}", "empty line")
    result = parsed[0]
    number = index + 1
    if isinstance(result, ReadFailure):
        return ReadFailure(f"{origin}:{number}", result.message)
    if result.id == "line-1":
        return _with(result, id=f"line-{number}", origin=f"{origin}:{number}")
    return _with(result, origin=f"{origin}:{number}")


def _with(article: Article, **changes: str) -> Article:
    from dataclasses import replace

    return replace(article, **changes)


def _record_article(record: dict[str, Any], index: int, origin: str) -> Article | ReadFailure:
    where = f"{origin}#{index}"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(where, "missing or empty 'text' field")
    meta = {k: str(record[k]) for k in ("title", "url", "outlet", "published", "language") if record.get(k) is not None}
    aid = str(record["id"]) if record.get("id") is not None else f"row-{index}"
    return Article.from_text(text, id=aid, origin=where, **meta)


def analyze_partition(
    articles: Iterable[Article], spacy_model: str | None = None, stages: tuple[str, ...] | None = None, batch_size: int = 16
) -> Iterator[tuple[str, str, str]]:
    """Analyse one partition's articles: ``(article_id, origin, analysis JSON)`` per article."""
    analyzer = _analyzer(spacy_model, stages)
    pending = list(articles)
    for article, analysis in zip(pending, analyzer.pipe(pending, batch_size=batch_size)):
        data = analysis.to_dict()
        yield content_id(article.text), article.origin or "", json.dumps(data, ensure_ascii=False)


def _spark_type(sql_type: str) -> Any:
    from pyspark.sql import types as T

    base = {"VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "DOUBLE": T.DoubleType(), "BOOLEAN": T.BooleanType()}
    if sql_type.endswith("[]"):
        return T.ArrayType(base[sql_type[:-2]])
    return base[sql_type]


def spark_schema(table: str) -> Any:
    """The Spark StructType of a store table."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, _spark_type(sql), True) for name, sql in TABLES[table]])


def _coerce(row: tuple[Any, ...], table: str) -> tuple[Any, ...]:
    out = []
    for value, (_, sql) in zip(row, TABLES[table]):
        if value is not None and sql == "DOUBLE":
            value = float(value)
        elif value is not None and sql == "INTEGER":
            value = int(value)
        out.append(value)
    return tuple(out)


def _table_rows(result: tuple[str, str, str], table: str) -> list[tuple[Any, ...]]:
    _, origin, analysis = result
    return [_coerce(r, table) for r in analysis_rows(json.loads(analysis), origin=origin)[table]]


def _row_counts(result: tuple[str, str, str]) -> list[tuple[str, int]]:
    _, origin, analysis = result
    return [(table, len(rows)) for table, rows in analysis_rows(json.loads(analysis), origin=origin).items()]


def _session(master: str | None, partitions: int | None) -> Any:
    """The active session (spark-submit), else one for ``master`` (default ``local[*]``)."""
    from pyspark.sql import SparkSession

    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ  # set by spark-submit before it starts this driver
    if master is None and not under_submit:
        master = "local[*]"
    builder = SparkSession.builder.appName("unspun corpus analyze")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use this interpreter, with unspun installed
        builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", str(partitions or 4))
    session = builder.getOrCreate()
    if master and master.startswith("local"):
        session.sparkContext.setLogLevel("ERROR")
    return session


def analyze_with_spark(
    input_path: str,
    output: str | Path,
    *,
    master: str | None = None,
    partitions: int | None = None,
    spacy_model: str | None = None,
    stages: Sequence[str] | None = None,
    spark: Any = None,
) -> dict[str, int]:
    """Analyse the articles of ``input_path`` with Spark; write ``output/<table>``; return row counts."""
    if importlib.util.find_spec("pyspark") is None:
        raise UnspunError("PySpark is not installed: pip install 'unspun[spark]' (it needs Java 17 or later)")
    if stages is not None:
        from unspun.corpus.add import check_stage_names

        check_stage_names(stages)  # fail early, in the driver, on an unknown stage name
    from pyspark import StorageLevel

    out = str(output).rstrip("/")  # a string, so that hdfs:// and s3a:// URIs keep their slashes
    spark = spark or _session(master, partitions)
    sc = spark.sparkContext
    is_parquet = input_path.lower().endswith(".parquet") or (Path(input_path).is_dir() and any(Path(input_path).glob("*.parquet")))
    if not is_parquet and not Path(input_path).exists() and "://" not in input_path:
        raise InputError(f"{input_path}: no such file; give a JSON Lines file or a Parquet file or folder")
    if is_parquet:
        rows = spark.read.parquet(input_path).rdd.zipWithIndex()
        parsed = rows.map(lambda pair: _record_article(pair[0].asDict(), pair[1], input_path))
    else:
        lines = sc.textFile(input_path).zipWithIndex().filter(lambda pair: pair[0].strip() != "")
        parsed = lines.map(lambda pair: _parse_line(pair, input_path))
    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK)
    failures = parsed.filter(lambda a: isinstance(a, ReadFailure)).collect()
    order = parsed.zipWithIndex().filter(lambda pair: isinstance(pair[0], Article))
    # Keep the first occurrence of each text, as corpus add does, before spending time on analysis.
    unique = (order.map(lambda pair: (content_id(pair[0].text), (pair[1], pair[0])))
              .reduceByKey(lambda a, b: a if a[0] <= b[0] else b)
              .map(lambda kv: kv[1][1]))
    if partitions:
        unique = unique.repartition(partitions)
    model, names = spacy_model, tuple(stages) if stages is not None else None
    results = unique.mapPartitions(lambda articles: analyze_partition(articles, model, names)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in TABLE_NAMES:
            table_rdd = results.flatMap(lambda result, t=table: _table_rows(result, t))
            spark.createDataFrame(table_rdd, spark_schema(table)).write.mode("overwrite").parquet(f"{out}/{table}")
        sizes = results.flatMap(_row_counts).reduceByKey(lambda a, b: a + b).collectAsMap()
    finally:
        results.unpersist()
        parsed.unpersist()
    counts = {table: int(sizes.get(table, 0)) for table in TABLE_NAMES}
    failure_rows = [(f.origin, f.message) for f in failures]
    spark.createDataFrame(failure_rows, "origin string, message string").coalesce(1).write.mode("overwrite").json(
        f"{out}/{FAILURES_FOLDER}")
    counts["failures"] = len(failures)
    log.info("wrote %s: %s", out, counts)
    return counts


def main(argv: list[str] | None = None) -> None:
    """``spark-submit .../unspun/corpus/spark.py INPUT OUTPUT [PARTITIONS]`` on a cluster."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        sys.exit("usage: spark.py INPUT OUTPUT [PARTITIONS]")
    counts = analyze_with_spark(args[0], args[1], partitions=int(args[2]) if len(args) == 3 else None)
    print(json.dumps(counts))  # noqa: T201 - the driver script's output, not the library's


if __name__ == "__main__":
    main()
