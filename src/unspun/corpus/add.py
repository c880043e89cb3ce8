"""``corpus add``: read sources, skip what is stored, analyse the rest, commit in batches.

Articles are identified by the hash of their text, so reading the same sources
again (after a crash, or to add new files to a folder) analyses only the new
articles. Each batch is one transaction: a run killed at any moment loses at
most the batch in flight, and the rerun analyses exactly that batch and the rest.
"""

from __future__ import annotations

import glob
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Literal, Sequence

from unspun.article import Article
from unspun.corpus.rows import Row, analysis_rows, content_id, month_of
from unspun.corpus.store import CorpusStore
from unspun.errors import InputError, UnspunError
from unspun.ingest import DEFAULT_MAX_BYTES, ReadFailure, read_source
from unspun.ingest.csv import read_csv_file
from unspun.ingest.jsonl import read_jsonl_lines

log = logging.getLogger(__name__)

StoreFormat = Literal["duckdb", "parquet"]
ProgressCallback = Callable[[int, int], None]
"""Called as ``(done, total)`` before the first analysis and after each one."""

_GLOB_CHARS = set("*?[")


@dataclass
class AddReport:
    """What one ``corpus add`` run did."""

    added: int = 0
    duplicates: int = 0
    loaded: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    """One line per stored article whose ``published`` is given but is no date: it is kept, without a month."""
    parquet: Path | None = None
    store_created: bool = True
    """False when no source could be read and no store existed: then none is made."""

    @property
    def stored(self) -> int:
        """Articles added by analysis or loaded from Parquet."""
        return self.added + self.loaded


class StageSelectionError(UnspunError):
    """A stage name that is not one of the default pipeline's."""


def check_stage_names(stages: Sequence[str]) -> None:
    """Raise StageSelectionError for a name that is not a default stage's."""
    from unspun.pipeline import default_stages

    names = [s.name for s in default_stages()]
    unknown = [name for name in stages if name not in names]
    if unknown:
        raise StageSelectionError(f"unknown stage {unknown[0]!r}; the stages are {', '.join(names)}")


def make_analyzer(stages: Sequence[str] | None = None, spacy_model: str | None = None) -> object:
    """An Analyzer running the named default stages (in pipeline order), or all of them."""
    from unspun.pipeline import Analyzer, default_stages

    if stages is None:
        return Analyzer(spacy_model=spacy_model)
    check_stage_names(stages)
    return Analyzer(stages=[s for s in default_stages() if s.name in stages], spacy_model=spacy_model)


def is_parquet_corpus(path: Path) -> bool:
    """True for a folder written by ``corpus analyze`` or ``--store-format parquet``."""
    return path.is_dir() and (path / "articles").is_dir() and (path / "analyses").is_dir()


def read_corpus_source(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadFailure]:
    """Articles of one source: a glob, a CSV file, or anything :func:`read_source` reads."""
    if not Path(source).exists() and _GLOB_CHARS & set(source):
        paths = sorted(glob.glob(source, recursive=True))
        if not paths:
            raise InputError(f"{source}: the pattern matches no file")
        for path in paths:
            try:
                yield from read_corpus_source(path, max_bytes)
            except InputError as err:
                yield ReadFailure(path, str(err).removeprefix(f"{path}: "))
        return
    path = Path(source)
    if path.suffix.lower() == ".csv" and path.is_file():
        yield from _limit_each(read_csv_file(source, max_bytes=None), max_bytes)
        return
    if path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
        yield from _limit_each(_read_jsonl_stream(path), max_bytes)
        return
    yield from read_source(source, max_bytes=max_bytes)


def _read_jsonl_stream(path: Path) -> Iterator[Article | ReadFailure]:
    """A JSON Lines file of any size, read line by line (the size limit applies to each article)."""
    try:
        with path.open("r", encoding="utf-8-sig", errors="strict", newline="") as handle:
            yield from read_jsonl_lines((line.rstrip("\r\n") for line in handle), str(path))
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not valid UTF-8 at byte {err.start} of a line ({err.reason}); save it as UTF-8") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror})") from None


def _limit_each(items: Iterator[Article | ReadFailure], max_bytes: int) -> Iterator[Article | ReadFailure]:
    """In a corpus file the size limit applies to each article, not to the whole file."""
    for item in items:
        if isinstance(item, Article) and len(item.text.encode("utf-8")) > max_bytes:
            yield ReadFailure(item.origin or "?", f"the article is over the {max_bytes:,}-byte limit; raise it with --max-bytes")
        else:
            yield item


def add_to_store(
    store_path: str | Path,
    sources: Sequence[str],
    *,
    workers: int | None = None,
    batch_size: int = 64,
    spacy_model: str | None = None,
    stages: Sequence[str] | None = None,
    store_format: StoreFormat = "duckdb",
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: ProgressCallback | None = None,
    analyzer_factory: Callable[[], object] | None = None,
) -> AddReport:
    """Analyse every new article of ``sources`` into the store at ``store_path``.

    ``stages`` names the default stages to run (all when None); ``analyzer_factory``
    overrides both it and ``spacy_model`` (tests, callers with a loaded Analyzer).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if analyzer_factory is None:
        analyzer_factory = lambda: make_analyzer(stages, spacy_model)  # noqa: E731
    report = AddReport()
    read: list[tuple[str, list[Article]]] = []  # each readable source's articles, in order
    for source in sources:
        if is_parquet_corpus(Path(source)):
            read.append((source, []))
            continue
        try:
            items = list(read_corpus_source(source, max_bytes))
        except InputError as err:
            report.failures.append(ReadFailure(source, str(err).removeprefix(f"{source}: ")))
            continue
        report.failures.extend(i for i in items if isinstance(i, ReadFailure))
        read.append((source, [i for i in items if isinstance(i, Article)]))
    if not any(articles or is_parquet_corpus(Path(source)) for source, articles in read) and not Path(store_path).exists():
        report.store_created = False  # every source failed: an empty store would only hide that
        return report
    with CorpusStore(store_path) as store:
        seen = store.article_ids()
        pending: list[Article] = []
        for source, articles in read:
            if is_parquet_corpus(Path(source)):
                report.loaded += store.load_parquet_tables(Path(source))
                seen = store.article_ids()
                continue
            for item in articles:
                aid = content_id(item.text)
                if aid in seen:
                    report.duplicates += 1
                    continue
                seen.add(aid)
                pending.append(item)
                if item.published and month_of(item.published) is None:
                    report.undated.append(f"{item.origin or item.id}: 'published' is {item.published!r}, not a date "
                                          "(ISO 8601 or RFC 2822); stored without a month, so stats by month leave it out")
        log.info("%d new articles to analyse, %d already stored or repeated", len(pending), report.duplicates)
        if pending:
            report.added = _analyse_into(store, pending, workers, batch_size, on_progress, analyzer_factory)
        elif on_progress:
            on_progress(0, 0)
        if store_format == "parquet":
            report.parquet = Path(store_path).with_suffix(".parquet")
            store.export_parquet_tables(report.parquet)
    return report


def _analyse_into(
    store: CorpusStore,
    pending: list[Article],
    workers: int | None,
    batch_size: int,
    on_progress: ProgressCallback | None,
    analyzer_factory: Callable[[], object],
) -> int:
    analyzer = analyzer_factory()
    workers = workers or os.cpu_count() or 1
    # No more processes than batches: starting a worker costs a model load.
    # Articles go to the workers 4 at a time: few enough that no worker idles long at the end.
    chunk = min(batch_size, 4)
    workers = max(1, min(workers, -(-len(pending) // chunk)))
    total, done, batches = len(pending), 0, 0
    if on_progress:
        on_progress(0, total)
    batch: list[dict[str, list[Row]]] = []
    stream = analyzer.pipe(pending, n_process=workers, batch_size=chunk)  # type: ignore[attr-defined]
    for article, analysis in zip(pending, stream):
        batch.append(analysis_rows(analysis.to_dict(), origin=article.origin))
        done += 1
        if on_progress:
            on_progress(done, total)
        if len(batch) >= batch_size:
            batches += 1
            store.add_rows(batch)
            log.info("committed batch %d: %d articles (%d of %d)", batches, len(batch), done, total)
            batch = []
    if batch:
        batches += 1
        store.add_rows(batch)
        log.info("committed batch %d: %d articles (%d of %d)", batches, len(batch), done, total)
    return done
