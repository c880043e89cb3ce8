"""A malformed row is reported with its file and line; every other row is still stored."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from unspun.corpus import CorpusStore, add_to_store
from unspun.ingest.csv import read_csv_text
from unspun.ingest.jsonl import ReadFailure
from corpus_fixtures import LIGHT_STAGES, invented_article, write_jsonl


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_csv_reader_names_the_line_of_each_bad_row() -> None:
    a, b = invented_article(1), invented_article(2)
    text = _csv([
        ["id", "text", "title", "url", "outlet", "published"],
        [a["id"], a["text"], "T", "", a["outlet"], a["published"]],  # multi-line text: lines 2-6
        ["short", "row"],  # line 7: too few fields
        ["empty", "  ", "", "", "", ""],  # line 8: no text
        [b["id"], b["text"], "", "", b["outlet"], ""],  # line 9
    ])
    items = list(read_csv_text(text, "in.csv"))
    failures = [i for i in items if isinstance(i, ReadFailure)]
    articles = [i for i in items if not isinstance(i, ReadFailure)]
    assert [f.origin for f in failures] == ["in.csv:7", "in.csv:8"]
    assert "expected 6 fields" in failures[0].message and "empty 'text'" in failures[1].message
    assert [x.id for x in articles] == ["art-1", "art-2"]
    assert articles[0].text == a["text"] and articles[0].title == "T" and articles[0].outlet == a["outlet"]
    assert articles[1].published is None


def test_csv_without_text_column_is_refused() -> None:
    from unspun.errors import InputError

    with pytest.raises(InputError, match=r"in.csv:1: the header has no 'text' column"):
        list(read_csv_text("id,body\n1,hello\n", "in.csv"))


@pytest.mark.slow
def test_add_stores_the_good_rows_and_reports_the_bad_ones(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [invented_article(i) for i in range(4)], bad_lines={2: "{not json"})
    report = add_to_store(tmp_path / "c.duckdb", [str(source)], workers=1, stages=LIGHT_STAGES)
    assert report.added == 4
    assert [str(f) for f in report.failures] == [
        f"{source}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2)"
    ]
    with CorpusStore(tmp_path / "c.duckdb", read_only=True) as s:
        assert s.count() == 4


@pytest.mark.slow
def test_cli_exits_3_and_prints_the_line_but_stores_the_rest(tmp_path: Path) -> None:
    a = invented_article(5)
    source = tmp_path / "in.csv"
    source.write_text(_csv([["id", "text", "outlet"], [a["id"], a["text"], "X"], ["1", "2", "3", "4"]]), encoding="utf-8")
    store = tmp_path / "c.duckdb"
    command = [sys.executable, "-m", "unspun.cli", "corpus", "add", str(store), str(source), "-w", "1",
               "--stages", ",".join(LIGHT_STAGES)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr
    assert f"{source}:7: expected 3 fields as in the header, found 4" in run.stderr
    assert "1 articles analysed and stored" in run.stderr
    with CorpusStore(store, read_only=True) as s:
        assert s.count() == 1


@pytest.mark.slow
def test_size_limit_applies_to_each_article_not_to_the_whole_file(tmp_path: Path) -> None:
    long = dict(invented_article(9), text=invented_article(9)["text"] + "\n" + "word " * 600)
    source = write_jsonl(tmp_path / "a.jsonl", [invented_article(i) for i in range(6)] + [long])
    assert source.stat().st_size > 3000
    report = add_to_store(tmp_path / "c.duckdb", [str(source)], workers=1, max_bytes=3000, stages=LIGHT_STAGES)
    assert report.added == 6
    assert [str(f) for f in report.failures] == [
        f"{source}:7: the article is over the 3,000-byte limit; raise it with --max-bytes"]


@pytest.mark.slow
def test_a_published_value_that_is_no_date_is_stored_with_a_warning(tmp_path: Path) -> None:
    records = [dict(invented_article(1), published="last Tuesday"), dict(invented_article(2), published="2026-03-04")]
    source = write_jsonl(tmp_path / "a.jsonl", records)
    report = add_to_store(tmp_path / "c.duckdb", [str(source)], workers=1, stages=LIGHT_STAGES)
    assert report.added == 2 and not report.failures
    assert report.undated == [f"{source}:1: 'published' is 'last Tuesday', not a date (ISO 8601 or RFC 2822); "
                              "stored without a month, so stats by month leave it out"]
    with CorpusStore(tmp_path / "c.duckdb", read_only=True) as s:
        assert s.count() == 2


def test_no_store_is_created_when_no_source_can_be_read(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("{not json\n", encoding="utf-8")
    store = tmp_path / "c.duckdb"
    command = [sys.executable, "-m", "unspun.cli", "corpus", "add", str(store), str(source), "-w", "1",
               "--stages", ",".join(LIGHT_STAGES)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr
    assert f"{source}:1: invalid JSON" in run.stderr
    assert "1 could not be read, so no store was created" in run.stderr
    assert not store.exists()
