"""The docs keep up with the code: README commands, CI, every CLI command and JSON key."""

import re
from pathlib import Path

import typer.main

from unspun.analysis import Analysis
from unspun.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", README, re.S)
    assert block, "README must open with a bash block of two commands"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


def test_readme_opens_with_the_install_and_test_commands() -> None:
    install, test = readme_commands()
    assert "pip install ." in install and "unspun analyze" in install and "sample_article.txt" in install
    assert "pytest" in test
    assert (ROOT / "src/unspun/data/sample_article.txt").is_file()


def test_ci_runs_the_readme_test_command() -> None:
    _, test = readme_commands()
    assert test.strip() in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _command_paths(group, prefix: str = "") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if hasattr(command, "commands"):
            paths += _command_paths(command, path + " ")
        else:
            paths.append(path)
    return paths


def test_every_cli_command_is_documented() -> None:
    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    commands = _command_paths(typer.main.get_command(app))
    assert commands
    missing = [c for c in commands if f"unspun {c}" not in cli_doc]
    assert missing == []


def test_every_top_level_json_key_is_documented() -> None:
    schema_doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    missing = [key for key in Analysis.model_fields if f"`{key}`" not in schema_doc]
    assert missing == []
