"""``unspun analyze --language``: the language of articles that give none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from language_texts import FRENCH
from typer.testing import CliRunner

from unspun.cli import app

runner = CliRunner()


def test_without_the_option_the_language_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["language"] == "fr" and "quotes" in data["withheld"]


def test_the_option_states_the_language_of_an_article_that_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--format", "json", "--language", "EN-us"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["language"] == "en" and data["article"]["language_confidence"] is None
    assert "quotes" not in data["withheld"]


def test_a_language_given_in_json_lines_wins_over_the_option(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "a", "text": FRENCH, "language": "fr"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--format", "json", "--language", "en"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["article"]["language"] == "fr"


def test_a_value_that_is_not_a_language_code_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--language", "French!"])
    assert result.exit_code == 2
    assert "--language must be a language code" in result.output


def test_a_row_language_that_is_no_code_is_warned_about_and_the_option_fills_in(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "a", "text": FRENCH, "language": "French"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--format", "json", "--language", "en"])
    assert result.exit_code == 0, result.output
    assert "corpus.jsonl:1: language 'French' is not a language code" in caplog.text and "using --language" in caplog.text
    assert json.loads(result.stdout.splitlines()[0])["article"]["language"] == "en"


def test_und_means_detect_and_three_letter_codes_are_mapped(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    detected = json.loads(runner.invoke(app, ["analyze", str(path), "-f", "json", "--language", "und"]).stdout)
    assert detected["article"]["language"] == "fr" and detected["article"]["language_confidence"] is not None
    mapped = json.loads(runner.invoke(app, ["analyze", str(path), "-f", "json", "--language", "eng"]).stdout)
    assert mapped["article"]["language"] == "en"


def test_an_unknown_two_letter_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--language", "zz"])
    assert result.exit_code == 2 and "--language must be a language code" in result.output
