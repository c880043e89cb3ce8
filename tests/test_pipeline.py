"""Analyzer: one model load, analyze() and pipe() in order, over processes too; stage order is checked."""

import threading
from typing import Any, ClassVar

import pytest

import unspun
from unspun.errors import EmptyInputError, PipelineError
from unspun.pipeline import Analyzer
from unspun.stage import Stage

TEXTS = [f"Headline number {i}\nThe body of article {i} says {i} things." for i in range(7)]


def test_analyze_accepts_text_or_article(analyzer) -> None:
    from_text = analyzer.analyze(TEXTS[0])
    from_article = analyzer.analyze(unspun.Article.from_text(TEXTS[0], id="a0"))
    assert from_text.article.text == from_article.article.text
    assert from_article.article.id == "a0"


def test_module_level_analyze_uses_a_default_analyzer() -> None:
    assert unspun.analyze(TEXTS[1]).paragraph_kinds() == ["title", "body"]


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_pipe_preserves_input_order(analyzer, batch_size: int) -> None:
    results = list(analyzer.pipe(TEXTS, batch_size=batch_size))
    assert [r.article.text for r in results] == TEXTS


def test_pipe_over_two_processes_gives_the_same_results(analyzer) -> None:
    single = [r.to_dict() for r in analyzer.pipe(TEXTS)]
    multi = [r.to_dict() for r in analyzer.pipe(TEXTS, n_process=2, batch_size=2)]
    assert multi == single


_HELD_IN_THE_PARENT = threading.Lock()


class _TakesAModuleLock(Stage):
    """A stage that takes a lock of its module, as a library's own locks are taken inside a model call."""

    name: ClassVar[str] = "takes-a-module-lock"

    def predict(self, parsed: Any, analysis: Any) -> None:
        with _HELD_IN_THE_PARENT:
            return None

    def set_annotations(self, analysis: Any, predictions: Any) -> None:
        return None


def test_pipe_workers_do_not_inherit_a_lock_the_parent_holds() -> None:
    """A forked worker would start with the parent's locks held (onnxruntime's, the JVM's, a logger's) and
    wait for ever; workers start as fresh interpreters instead."""
    analyzer = Analyzer(stages=[_TakesAModuleLock()])
    results: list[Any] = []
    with _HELD_IN_THE_PARENT:  # held by the parent for the whole run, as a busy thread of the parent would
        consumer = threading.Thread(target=lambda: results.extend(analyzer.pipe(TEXTS[:2], n_process=2, batch_size=1)),
                                    daemon=True)
        consumer.start()
        consumer.join(timeout=120)
    assert not consumer.is_alive(), "a worker process hung on a lock it inherited from the parent"
    assert [r.article.text for r in results] == TEXTS[:2]


def test_empty_article_is_refused(analyzer) -> None:
    with pytest.raises(EmptyInputError):
        analyzer.analyze("   \n ")


class _NeedsQuotes(Stage):
    name: ClassVar[str] = "needs-quotes"
    requires: ClassVar[tuple[str, ...]] = ("quotes-that-nobody-assigns",)

    def predict(self, parsed: Any, analysis: Any) -> None:
        return None

    def set_annotations(self, analysis: Any, predictions: Any) -> None:
        return None


def test_stage_order_is_checked_when_the_analyzer_is_built() -> None:
    with pytest.raises(PipelineError, match="requires quotes-that-nobody-assigns"):
        Analyzer(stages=[_NeedsQuotes()])


def test_a_pool_worker_runs_its_encoders_on_one_thread(monkeypatch) -> None:
    import os

    from unspun import pipeline
    from unspun.encoder.runtime import THREADS_ENV

    monkeypatch.delenv(THREADS_ENV, raising=False)
    monkeypatch.setattr(pipeline, "Analyzer", lambda **kwargs: None)  # no model load
    pipeline._init_worker([], "unused")
    assert os.environ[THREADS_ENV] == "1"
    monkeypatch.setenv(THREADS_ENV, "3")  # a user's own setting wins
    pipeline._init_worker([], "unused")
    assert os.environ[THREADS_ENV] == "3"
