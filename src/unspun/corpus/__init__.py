"""Corpus mode: analyse many articles into a DuckDB store, then query, compare and export them.

``add_to_store`` fills a store; ``corpus_stats`` compares outlets and months;
``export_table`` and ``search`` read it back; :mod:`unspun.corpus.spark` runs the
same Analyzer in PySpark and writes Parquet that ``add_to_store`` loads.
"""

from unspun.corpus.add import AddReport, add_to_store, read_corpus_source
from unspun.corpus.rows import analysis_rows, content_id
from unspun.corpus.schema import TABLE_NAMES, TABLES
from unspun.corpus.store import CorpusStore, StoreError

__all__ = [
    "AddReport",
    "CorpusStore",
    "StoreError",
    "TABLES",
    "TABLE_NAMES",
    "add_to_store",
    "analysis_rows",
    "content_id",
    "read_corpus_source",
]
