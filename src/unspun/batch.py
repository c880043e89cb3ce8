"""Analyse many sources in one run, one result per article, in input order.

A source that cannot be read, or one item of it, becomes a failure in the result
stream instead of stopping the run (each item gets a status).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from typing import Iterable, Iterator

from unspun.analysis import Analysis
from unspun.article import Article
from unspun.errors import InputError
from unspun.language import UnknownLanguageError, normalise_code
from unspun.ingest import DEFAULT_MAX_BYTES, InputFormat, ReadFailure, read_source
from unspun.pipeline import Analyzer

log = logging.getLogger(__name__)


def _articles(
    sources: Iterable[str], input_format: InputFormat, max_bytes: int, allow_private: bool
) -> Iterator[Article | ReadFailure]:
    for source in sources:
        try:
            yield from read_source(source, input_format, max_bytes=max_bytes, allow_private=allow_private)
        except InputError as err:
            name = "<stdin>" if source == "-" else source
            message = str(err)
            if message.startswith(f"{name}:"):  # 'corpus.csv:1: the header has no ...' names the line as well
                origin, _, rest = message.partition(": ")
                yield ReadFailure(origin, rest)
            else:
                yield ReadFailure(name, message)


def settle_language(article: Article, default: str | None = None) -> Article:
    """The article with its given language as a code, else ``default`` (None: detected later).

    A value that is no language code (``"English"``, ``"zz"``) is logged as a warning naming
    the article, and ``default`` (or detection) takes its place: never silently dropped.
    """
    try:
        code = normalise_code(article.language)
    except UnknownLanguageError as err:
        log.warning("%s: language %s; %s", article.origin or article.id or "article", err,
                    "using --language" if default else "detecting it from the text instead")
        code = None
    code = code or default
    return article if code == article.language else replace(article, language=code)


def analyze_sources(
    sources: Iterable[str],
    *,
    input_format: InputFormat = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
    spacy_model: str | None = None,
    analyzer: Analyzer | None = None,
    language: str | None = None,
) -> Iterator[Analysis | ReadFailure]:
    """Read and analyse every source; yield an Analysis per article or a ReadFailure.

    ``language`` (an ISO 639-1 code) is the language of every article that does not give
    its own; without it each article's language is detected from its text.
    """
    analyzer = analyzer or Analyzer(spacy_model=spacy_model)
    pending: list[Article] = []
    for item in _articles(sources, input_format, max_bytes, allow_private):
        if not isinstance(item, ReadFailure):
            item = settle_language(item, language)
        if isinstance(item, ReadFailure):
            yield from analyzer.pipe(pending)
            pending.clear()
            yield item
            continue
        pending.append(item)
        if len(pending) >= 16:
            yield from analyzer.pipe(pending)
            pending.clear()
    yield from analyzer.pipe(pending)
