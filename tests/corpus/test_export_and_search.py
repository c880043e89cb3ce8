"""Export writes every table in the chosen format; search finds articles by text, speaker and technique."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from unspun.corpus import TABLE_NAMES
from unspun.corpus.export import export_tables
from unspun.corpus.search import search
from unspun.errors import InputError


def test_export_parquet_writes_every_table_with_all_rows(store: Path, tmp_path: Path) -> None:
    written = export_tables(store, "parquet", output=tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{t}.parquet" for t in TABLE_NAMES)
    con = duckdb.connect()
    counts = {p.stem: con.execute(f"SELECT count(*) FROM '{p}'").fetchall()[0][0] for p in written}
    assert counts["articles"] == 4 and counts["quotes"] == 4 and counts["claims"] == 5
    assert counts["techniques"] == 3 and counts["frames"] == 4 and counts["narratives"] == 2
    assert counts["entity_roles"] == 1 and counts["sources"] == 3


def test_export_one_table_as_csv_and_jsonl(store: Path, tmp_path: Path) -> None:
    [claims_csv] = export_tables(store, "csv", ["claims"], tmp_path / "claims.csv")
    rows = list(csv.DictReader(claims_csv.open(encoding="utf-8")))
    assert len(rows) == 5 and sum(r["asserted_by_kind"] == "article" for r in rows) == 3
    [articles_jsonl] = export_tables(store, "jsonl", ["articles"], tmp_path / "articles.jsonl")
    records = [json.loads(line) for line in articles_jsonl.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["words"] for r in records) == [9, 15, 15, 25]


def test_export_refuses_an_unknown_table(store: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no table 'nope'"):
        export_tables(store, "csv", ["nope"], tmp_path / "x")


def test_search_text_needs_every_word_case_insensitively(store: Path) -> None:
    hits = search(store, "HARBOUR wall", fields=["text"])
    assert [(h.title, h.field) for h in hits] == [("Storm damages harbour wall", "text")]
    assert "harbour wall" in hits[0].match
    assert search(store, "harbour bridge", fields=["text"]) == []


def test_search_speakers_and_techniques(store: Path) -> None:
    speakers = search(store, "holt", fields=["speakers"])
    assert len(speakers) == 2 and {h.outlet for h in speakers} == {"North Star"}
    assert speakers[0].match.startswith("Jan Holt: “")
    techniques = search(store, "loaded language", fields=["techniques"])
    assert sorted(h.title for h in techniques) == ["Bridge to close in May", "Ferry fares rise again"]
    assert search(store, "Loaded_Language", fields=["techniques"]) == techniques


def test_search_treats_like_wildcards_literally(store: Path) -> None:
    assert search(store, "%") == []
    assert search(store, "_", fields=["text", "speakers"]) == []  # in technique names "_" stands for a space
