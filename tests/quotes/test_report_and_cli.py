"""The terminal section and the CLI command of the quotes stage."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from unspun.cli import app
from unspun.report.terminal_quotes import quotes_section


def test_terminal_section_lists_sources_and_quotes_by_speaker(analyse) -> None:
    a = analyse('Toll Deal\n"The clauses are unusual," says director Maren Holt.\n"It is fine," said Mayor Petra Salo.')
    console = Console(record=True, width=120)
    console.print(quotes_section(a))
    out = console.export_text()
    assert "Maren Holt" in out and "Petra Salo" in out and "The clauses are unusual" in out
    assert "share" in out


def test_terminal_header_counts_a_refusal_to_answer_apart_from_the_quotes(analyse) -> None:
    a = analyse('Toll Deal\n"The clauses are unusual," says director Maren Holt.\n'
                "Castellane Infrastructure did not answer when asked whether tolls would be capped.")
    assert [q.kind for q in a.quotes] == ["direct", "non_answer"]
    console = Console(record=True, width=120)
    console.print(quotes_section(a))
    assert "1 quote from 1 source; 1 did not answer" in console.export_text()


def test_terminal_section_is_absent_when_the_stage_did_not_run(analyse) -> None:
    a = analyse("Toll Deal\nNothing was said.").model_copy(update={"quotes": None, "sources": None})
    assert quotes_section(a) is None


def test_eval_quotes_without_the_dataset_exits_with_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--polnear", str(tmp_path / "missing")])
    assert result.exit_code == 3
    assert "PolNeAR" in result.output
