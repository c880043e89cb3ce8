"""The Analyzer: load the models once, then run articles through the stages.

``Analyzer.analyze`` takes one text or Article; ``Analyzer.pipe`` streams many,
in batches (one spaCy pass per batch), optionally over several processes, with
the input order preserved.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from importlib.metadata import PackageNotFoundError, version
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.encoder.runtime import THREADS_ENV
from unspun.errors import CancelledError, EmptyInputError, PipelineError
from unspun.language import with_language
from unspun.nlp import ParsedArticle, load_spacy, parse_articles, spacy_model_name
from unspun.stage import Stage

log = logging.getLogger(__name__)

try:
    __version__ = version("unspun")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"


def default_stages() -> list[Stage]:
    """The stages that run when none are named, in pipeline order."""
    from unspun.claims.stage import ClaimStage
    from unspun.framing.stage import FramingStage
    from unspun.persuasion.stage import PersuasionStage
    from unspun.quotes.stage import QuoteStage
    from unspun.structure import StructureStage

    persuasion = PersuasionStage()  # framing reads the token states of its encoder pass
    return [StructureStage(), QuoteStage(), ClaimStage(), persuasion, FramingStage(shared=persuasion)]


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage requires a key no earlier stage assigns."""
    assigned: set[str] = {"article"}
    for stage in stages:
        missing = [key for key in stage.requires if key not in assigned]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage assigns; "
                "put the stage that assigns it first"
            )
        assigned.update(stage.assigns)


def _as_article(item: str | Article) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article.from_text(item)
    raise TypeError(f"expected str or Article, got {type(item).__name__}")


class Analyzer:
    """Loads the spaCy pipeline and the stages' models once; analyses any number of articles."""

    def __init__(self, stages: Sequence[Stage] | None = None, spacy_model: str | None = None) -> None:
        self.spacy_model = spacy_model_name(spacy_model)
        self.stages: list[Stage] = list(stages) if stages is not None else default_stages()
        check_order(self.stages)
        self.nlp = load_spacy(self.spacy_model)

    @property
    def stage_names(self) -> list[str]:
        """Names of the stages, in the order they run."""
        return [s.name for s in self.stages]

    def analyze(self, item: str | Article, stop: Callable[[], bool] | None = None) -> Analysis:
        """Analyse one text or Article.

        ``stop``: asked between paragraphs of the parse and between stages; True ends the
        analysis with a :class:`~unspun.errors.CancelledError` (the web app's timeout frees its worker).
        """
        return self._run_batch([_as_article(item)], stop)[0]

    def pipe(
        self, items: Iterable[str | Article], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[Analysis]:
        """Analyse a stream of texts or Articles, yielding Analyses in input order."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        articles = (_as_article(i) for i in items)
        if n_process == 1:
            while batch := list(islice(articles, batch_size)):
                yield from self._run_batch(batch)
            return
        if n_process < 1:
            n_process = multiprocessing.cpu_count()
        stages = self.stages
        # Workers start as fresh interpreters (spawn), never forks: a fork copies the parent's locks as they
        # stand, and one held by a thread of the parent (onnxruntime's, a JVM bridge's, a logger's) is held for
        # ever in the child. Stages pickle without their loaded models and each worker loads its own.
        with multiprocessing.get_context("spawn").Pool(
            n_process, initializer=_init_worker, initargs=(stages, self.spacy_model)
        ) as pool:
            yield from pool.imap(_analyze_in_worker, articles, chunksize=batch_size)

    def _run_batch(self, articles: list[Article], stop: Callable[[], bool] | None = None) -> list[Analysis]:
        for article in articles:
            if not article.paragraphs:
                raise EmptyInputError(f"{article.origin or article.id or 'text'}: the article holds no text")
        articles = [with_language(a) for a in articles]  # stages built for English withhold on other languages
        parsed = parse_articles(self.nlp, articles, stop=stop)
        return [self._run_stages(p, stop) for p in parsed]

    def _run_stages(self, parsed: ParsedArticle, stop: Callable[[], bool] | None = None) -> Analysis:
        analysis = Analysis(unspun_version=__version__, article=ArticleRecord.of(parsed.article))
        for stage in self.stages:
            if stop is not None and stop():
                raise CancelledError(f"the analysis was cancelled before the {stage.name} stage")
            stage(parsed, analysis)
        return analysis


_worker: Analyzer | None = None


def _init_worker(stages: list[Stage], spacy_model: str) -> None:
    global _worker
    # One compute thread per worker process: the pool already uses every core, and
    # onnxruntime's spinning intra-op threads oversubscribe them otherwise.
    os.environ.setdefault(THREADS_ENV, "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # the Rust tokenizers' own thread pool
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # numpy's OpenBLAS too: the parse limits itself (unspun.nlp), the heads' numpy does not
    _worker = Analyzer(stages=stages, spacy_model=spacy_model)


def _analyze_in_worker(article: Article) -> Analysis:
    assert _worker is not None, "worker not initialised"
    return _worker.analyze(article)


_default: Analyzer | None = None


def analyze(item: str | Article) -> Analysis:
    """Analyse one text or Article with a default Analyzer, created on first use."""
    global _default
    if _default is None:
        _default = Analyzer()
    return _default.analyze(item)
