"""``unspun analyze --language``: the language of articles that give none."""

from __future__ import annotations

import json
from pathlib import Path

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
