"""The command line: a thin boundary over the library.

Each command parses its arguments, calls one library function and turns
unspun's errors into a one-line message and an exit code:

    0  success
    1  internal error, or a model that cannot be loaded
    2  usage error (bad option, or a format not available yet)
    3  bad input (the message names the file and the reason); with several inputs,
       the good ones are still analysed and the exit code is 3
"""

from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console

from unspun.errors import InputError, UnspunError

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3

app = typer.Typer(
    name="unspun",
    help="See how a news article is made: structure, quotes, claims, persuasion, framing.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Measure unspun's analyses on labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

_err = Console(stderr=True, highlight=False, soft_wrap=True)
_state = {"debug": False}


def _fail(message: str, code: int) -> "typer.Exit":
    _err.print(f"unspun: error: {message}", markup=False)
    return typer.Exit(code)


@contextmanager
def _errors_to_exit_codes() -> Iterator[None]:
    """Turn library errors into one-line messages; never show a traceback unless --debug."""
    try:
        yield
    except InputError as err:
        raise _fail(str(err), EXIT_BAD_INPUT) from None
    except UnspunError as err:
        raise _fail(str(err), EXIT_INTERNAL) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as err:  # noqa: BLE001 - the boundary: no traceback for users
        if _state["debug"]:
            raise
        raise _fail(f"internal error: {type(err).__name__}: {err} (run with --debug for details)", EXIT_INTERNAL) from None


def _version(value: bool) -> None:
    if value:
        from unspun.pipeline import __version__

        typer.echo(f"unspun {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """unspun: see how a news article is made and how it works on its reader."""
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
                        format="unspun: %(levelname)s: %(message)s")


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders, URLs, or - for standard input."),
    output_format: str = typer.Option("text", "--format", "-f", help="text, json or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    input_format: str = typer.Option("auto", "--input-format", help="auto, text, html, jsonl or semeval."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", help="Refuse inputs larger than this."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on private or loopback addresses."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", envvar="UNSPUN_SPACY_MODEL",
                                              help="Installed spaCy English pipeline to use."),
) -> None:
    """Analyse articles and print a report (one analysis per article)."""
    from unspun.ingest import INPUT_FORMATS
    from unspun.analysis import Analysis
    from unspun.batch import analyze_sources

    if output_format not in ("text", "json", "html"):
        raise _fail(f"--format must be text, json or html, not {output_format!r}", EXIT_USAGE)
    if output_format == "html":
        raise _fail("--format html is not yet available; use text or json", EXIT_USAGE)
    if input_format not in INPUT_FORMATS:
        raise _fail(f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}", EXIT_USAGE)
    failures = 0
    with _errors_to_exit_codes(), _open_output(output) as out:
        console = Console(file=out, highlight=False, soft_wrap=False, width=110 if output else None)
        several = len(paths) > 1 or any(Path(p).is_dir() or p.endswith((".jsonl", ".ndjson")) for p in paths)
        for result in analyze_sources(
            paths, input_format=input_format, max_bytes=max_bytes,  # type: ignore[arg-type]
            allow_private=allow_private, spacy_model=spacy_model,
        ):
            if not isinstance(result, Analysis):
                failures += 1
                _err.print(f"unspun: error: {result}", markup=False)
                continue
            if output_format == "json":
                out.write(result.to_json(indent=None if several else 2) + "\n")
            else:
                from unspun.report.terminal import render_terminal

                console.print(render_terminal(result))
                if several:
                    console.rule()
    if failures:
        raise typer.Exit(EXIT_BAD_INPUT)


@contextmanager
def _open_output(path: Optional[Path]) -> Iterator:  # type: ignore[type-arg]
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as err:
        raise _fail(f"{path}: cannot write ({err.strerror})", EXIT_USAGE) from None
    with handle:
        yield handle


@app.command()
def schema(output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the schema to this file.")) -> None:
    """Print the JSON Schema of the analysis document."""
    from unspun.analysis import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@eval_app.command("structure")
def eval_structure(
    fixtures: Path = typer.Argument(..., help="Folder of labelled .tsv files (kind<TAB>line)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Precision and recall of the paragraph kinds on labelled fixtures."""
    from unspun.structure.evaluate import evaluate_folder

    with _errors_to_exit_codes():
        scores = evaluate_folder(fixtures)
    if output_format == "json":
        typer.echo(json.dumps(scores, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"Structure on {scores['lines']} labelled lines ({scores['files']} articles)")
    for col in ("kind", "precision", "recall", "f1", "support"):
        table.add_column(col, justify="right" if col != "kind" else "left")
    for kind, s in scores["per_kind"].items():
        table.add_row(kind, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["support"]))
    Console(highlight=False).print(table)


def main() -> None:
    """Entry point of the ``unspun`` command."""
    try:
        app()
    except KeyboardInterrupt:
        _err.print("unspun: error: interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
