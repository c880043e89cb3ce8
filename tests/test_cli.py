"""The CLI: exit codes 0/2/3, one-line errors naming the file, JSON and JSON Lines output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unspun.cli import app

runner = CliRunner()


def run(*args: str, input: bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_analyze_prints_a_readable_report(sample_path: Path) -> None:
    result = run("analyze", str(sample_path))
    assert result.exit_code == 0, result.output
    assert "The Harbour Bridge Deal" in result.stdout and "Structure" in result.stdout


def test_analyze_json_is_one_document_with_the_published_keys(sample_path: Path) -> None:
    result = run("analyze", str(sample_path), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {"schema_version", "unspun_version", "article", "analyses"} <= set(data)
    assert data["article"]["text"] == sample_path.read_text(encoding="utf-8")


def test_several_paths_give_json_lines_one_per_file(tmp_path: Path, sample_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A headline\nA body line that says something.", encoding="utf-8")
    result = run("analyze", str(sample_path), str(other), "--format", "json")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["article"]["text"].startswith("A headline")
    # each document names the file it came from, so results can be matched to inputs
    assert [json.loads(line)["article"]["origin"] for line in lines] == [str(sample_path), str(other)]


def test_output_file_is_written(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "out.json"
    assert run("analyze", str(sample_path), "-f", "json", "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["paragraphs"][0]["kind"] == "title"


def test_stdin_is_read_with_a_dash() -> None:
    result = run("analyze", "-", "--format", "json", input="Title from stdin\nBody from stdin.".encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["text"] == "Title from stdin\nBody from stdin."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Hello \xff world", "not valid UTF-8 at byte 6"),
        (b"\x00\x01binary", "not a text file"),
        (b"  \n  ", "the input is empty"),
    ],
)
def test_bad_input_exits_3_with_one_line_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("analyze", str(path))
    assert result.exit_code == 3
    assert result.stderr.strip() == f"unspun: error: {path}: {message}" or result.stderr.startswith(f"unspun: error: {path}: {message}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_file_exits_3(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.exit_code == 3 and "no such file or folder" in result.stderr


def test_too_large_input_exits_3_and_says_how_to_raise_the_limit(sample_path: Path) -> None:
    result = run("analyze", str(sample_path), "--max-bytes", "100")
    assert result.exit_code == 3 and "--max-bytes" in result.stderr


def test_good_files_are_analysed_even_when_one_is_bad(tmp_path: Path, sample_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = run("analyze", str(bad), str(sample_path), "--format", "json")
    assert result.exit_code == 3
    assert len(result.stdout.strip().splitlines()) == 1


def test_malformed_jsonl_line_is_reported_and_the_rest_analysed(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "1", "text": "T\\nBody one."}\nnot json\n{"id": "3", "text": "T\\nBody three."}\n')
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 3
    assert f"{path}:2" in result.stderr
    assert [json.loads(line)["article"]["id"] for line in result.stdout.strip().splitlines()] == ["1", "3"]


def test_html_format_writes_one_self_contained_page(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("analyze", str(sample_path), "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "The Harbour Bridge Deal" in page and "<script src" not in page


def test_html_format_with_several_inputs_is_a_usage_error(sample_path: Path) -> None:
    result = run("analyze", str(sample_path), str(sample_path), "--format", "html")
    assert result.exit_code == 2 and "one article" in result.stderr


@pytest.mark.parametrize("args", [["analyze", "x", "--format", "pdf"], ["analyze", "x", "--input-format", "docx"], ["analyze"], ["nosuchcommand"],
                                  ["analyze", "x", "--max-bytes", "-5"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args).exit_code == 2


def test_version_and_help() -> None:
    from unspun import __version__

    assert run("--version").stdout.strip() == f"unspun {__version__}"
    for args in (["--help"], ["analyze", "--help"], ["schema", "--help"], ["eval", "--help"], ["eval", "structure", "--help"]):
        result = run(*args)
        assert result.exit_code == 0 and "Usage" in result.stdout, args


def test_eval_structure_prints_scores_per_kind() -> None:
    fixtures = Path(__file__).parent / "fixtures" / "structure"
    result = run("eval", "structure", str(fixtures), "--format", "json")
    assert result.exit_code == 0
    assert set(json.loads(result.stdout)["per_kind"]) == {"title", "heading", "body", "social_post", "caption", "boilerplate"}


def test_installed_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xc3\x28 bad")
    exe = Path(sys.executable).parent / "unspun"
    proc = subprocess.run([str(exe), "analyze", str(bad)], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 3
    assert proc.stderr.strip() == f"unspun: error: {bad}: not valid UTF-8 at byte 3 (invalid continuation byte); save it as UTF-8 and try again"


def test_html_page_without_an_article_gives_one_line_and_no_extractor_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    exe = Path(sys.executable).parent / "unspun"
    proc = subprocess.run([str(exe), "analyze", str(page)], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 3
    assert proc.stderr.strip() == f"unspun: error: {page}: no article text found in the HTML"


def test_unknown_spacy_pipeline_is_a_clear_error(sample_path: Path) -> None:
    result = run("analyze", str(sample_path), "--spacy-model", "xx_no_such_pipeline")
    assert result.exit_code == 1
    assert "spaCy pipeline 'xx_no_such_pipeline' is not installed" in result.stderr


def test_terminal_report_does_not_pass_control_sequences_from_the_article(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("Title \x1b]0;pwned\x07 [bold]x[/bold]\nPhoto: \x1b[2J a caption line here.\nBody.", encoding="utf-8")
    result = run("analyze", str(path))
    assert result.exit_code == 0
    assert "\x1b]0;" not in result.stdout and "\x1b[2J" not in result.stdout
    assert "[bold]x[/bold]" in result.stdout  # shown as text, not interpreted as markup


def test_terminal_report_does_not_pass_control_sequences_from_quotes_or_source_names(tmp_path: Path) -> None:
    path = tmp_path / "evil_quote.txt"
    path.write_text('Bridge\n"We will \x1b[31mfix it," said Mayor Dana \x1b]8;;http://x.test\x07Reyes\x1b]8;;\x07 on Monday.\n',
                    encoding="utf-8")
    result = run("analyze", str(path))
    assert result.exit_code == 0
    assert "fix it" in result.stdout and "\x1b" not in result.stdout


def test_serve_with_a_missing_corpus_store_exits_3(tmp_path: Path) -> None:
    result = run("serve", "--store", str(tmp_path / "missing.duckdb"))
    assert result.exit_code == 3 and "no such corpus store" in result.stderr


def test_bad_input_leaves_an_existing_output_file_as_it_was(tmp_path: Path) -> None:
    previous = tmp_path / "prev.json"
    previous.write_text('{"kept": true}', encoding="utf-8")
    result = run("analyze", str(tmp_path / "missing.txt"), "--format", "json", "-o", str(previous))
    assert result.exit_code == 3
    assert previous.read_text(encoding="utf-8") == '{"kept": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["prev.json"]  # no temporary file left behind


def test_output_naming_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A headline\nA body line that says something.", encoding="utf-8")
    result = run("analyze", str(article), "--format", "json", "-o", str(article))
    assert result.exit_code == 2
    assert "is also an input" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert article.read_text(encoding="utf-8") == "A headline\nA body line that says something."


def test_schema_into_a_missing_folder_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = run("schema", "-o", str(tmp_path / "no" / "such" / "schema.json"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.output


def test_empty_standard_input_names_it_once() -> None:
    result = run("analyze", "-", input=b"")
    assert result.exit_code == 3
    assert result.stderr.strip() == "unspun: error: <stdin>: the input is empty (nothing but whitespace)"


def test_json_lines_on_standard_input_give_json_lines() -> None:
    records = b'{"text": "Harbour vote\\nA body line."}\n{"text": "Ferry vote\\nAnother body line."}\n'
    result = run("analyze", "-", "--input-format", "jsonl", "--format", "json", input=records)
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["article"]["origin"] for line in lines] == ["<stdin>:1", "<stdin>:2"]
    assert run("analyze", "-", "--input-format", "jsonl", "--format", "html", input=records).exit_code == 2


def test_csv_file_is_read_one_article_per_row(tmp_path: Path) -> None:
    table = tmp_path / "articles.csv"
    table.write_text('id,title,text\r\nc1,Harbour vote,"Harbour vote\nA body line, with a comma."\r\n'
                     'c2,Ferry vote,"Ferry vote\nAnother body line."\r\n', encoding="utf-8")
    result = run("analyze", str(table), "--format", "json")
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [(d["article"]["id"], d["article"]["text"]) for d in docs] == [
        ("c1", "Harbour vote\nA body line, with a comma."), ("c2", "Ferry vote\nAnother body line.")]


def test_a_csv_without_a_text_column_is_named_once_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "nocol.csv"
    path.write_text("id,body\n1,Some text here.\n", encoding="utf-8")
    result = run("analyze", str(path))
    assert result.exit_code == 3
    assert result.stderr.strip() == f"unspun: error: {path}:1: the header has no 'text' column " \
        "(expected id, text, title, url, outlet, published)"
