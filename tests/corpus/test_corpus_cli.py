"""The corpus commands: stats in three formats plus a plot, export, search, and their usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unspun.cli import app

runner = CliRunner()


def test_stats_json_by_outlet(store: Path) -> None:
    result = runner.invoke(app, ["corpus", "stats", str(store), "--by", "outlet", "--format", "json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert [g["outlet"] for g in stats["groups"]] == ["North Star", "Valley Times"]
    assert stats["overall"]["words"] == 64


def test_stats_csv_and_text(store: Path) -> None:
    csv_out = runner.invoke(app, ["corpus", "stats", str(store), "--by", "month", "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.stdout.startswith("outlet,month,metric,key,value\n")
    assert "(all),2025-01,claims,,4" in csv_out.stdout
    text = runner.invoke(app, ["corpus", "stats", str(store), "--by", "outlet"])
    assert text.exit_code == 0 and "Valley Times" in text.stdout


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_stats_plot_writes_the_chart(store: Path, tmp_path: Path, suffix: str, magic: bytes) -> None:
    plot = tmp_path / f"chart{suffix}"
    result = runner.invoke(app, ["corpus", "stats", str(store), "--by", "outlet", "--plot", str(plot), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert plot.read_bytes().startswith(magic)
    if suffix == ".svg":
        assert "North Star" in plot.read_text(encoding="utf-8")


def test_stats_usage_errors_exit_2(store: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["corpus", "stats", str(store), "--by", "week"]).exit_code == 2
    assert runner.invoke(app, ["corpus", "stats", str(store), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["corpus", "stats", str(store), "--plot", str(tmp_path / "c.pdf")]).exit_code == 2


def test_stats_on_a_missing_store_exits_3_naming_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["corpus", "stats", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 3
    assert "none.duckdb: no such corpus store" in result.output


def test_export_and_search_commands(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "exp"
    result = runner.invoke(app, ["corpus", "export", str(store), "--format", "csv", "-t", "claims", "-t", "quotes",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["claims.csv", "quotes.csv"]
    found = runner.invoke(app, ["corpus", "search", str(store), "tidal", "--format", "json"])
    assert found.exit_code == 0, found.output
    assert [h["field"] for h in json.loads(found.stdout)] == ["speakers"]
    assert runner.invoke(app, ["corpus", "search", str(store), "x", "--in", "nowhere"]).exit_code == 2


def test_analyze_refuses_an_unknown_engine(tmp_path: Path) -> None:
    result = runner.invoke(app, ["corpus", "analyze", "in.jsonl", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2 and "--engine must be spark" in result.output


def test_add_refuses_an_unknown_store_format(tmp_path: Path) -> None:
    result = runner.invoke(app, ["corpus", "add", str(tmp_path / "c.duckdb"), "x.txt", "--store-format", "sqlite"])
    assert result.exit_code == 2


def test_add_refuses_an_unknown_stage_name(tmp_path: Path) -> None:
    result = runner.invoke(app, ["corpus", "add", str(tmp_path / "c.duckdb"), "x.txt", "--stages", "structure,nope"])
    assert result.exit_code == 2 and "unknown stage 'nope'" in result.output
    assert not (tmp_path / "c.duckdb").exists()


def test_a_duckdb_file_of_other_tables_is_not_read_or_written_as_a_corpus_store(tmp_path: Path) -> None:
    import duckdb

    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    for args in (["stats", str(other)], ["search", str(other), "bridge"], ["add", str(other), str(tmp_path / "none.jsonl")]):
        result = runner.invoke(app, ["corpus", *args])
        assert result.exit_code == 3, (args, result.output)
        assert f"{other}: not an unspun corpus store" in result.stderr and "Traceback" not in result.output
    con = duckdb.connect(str(other), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["t"]
    con.close()


def test_a_corrupt_store_file_is_bad_input_not_a_lock(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    result = runner.invoke(app, ["corpus", "stats", str(bad)])
    assert result.exit_code == 3
    assert f"{bad}: not a readable corpus store" in result.stderr and "another unspun process" not in result.stderr


def test_search_limit_and_add_batch_size_below_one_are_usage_errors(store: Path, tmp_path: Path) -> None:
    search = runner.invoke(app, ["corpus", "search", str(store), "bridge", "--limit", "-1"])
    assert search.exit_code == 2 and "--limit must be at least 1" in search.stderr
    add = runner.invoke(app, ["corpus", "add", str(tmp_path / "n.duckdb"), str(tmp_path), "--batch-size", "0"])
    assert add.exit_code == 2 and "--batch-size must be at least 1" in add.stderr
