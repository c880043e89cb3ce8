"""Bounded concurrency (503 when full), per-request timeout (504), and slots freed correctly."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.errors import CancelledError
from unspun.web import WebSettings, create_app
from unspun.web.limits import AnalysisGate, AnalysisTimeout, BusyError


def run_in_own_loop(scenario: Any) -> Any:
    """asyncio.run in a fresh thread, so no event loop of another library is in the way."""
    result: list[Any] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(scenario()))
        except BaseException as err:  # noqa: BLE001 - re-raised in the test's thread
            errors.append(err)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(30)
    if errors:
        raise errors[0]
    return result[0]


def test_gate_refuses_work_beyond_workers_plus_queue() -> None:
    release = threading.Event()

    async def scenario() -> list[Any]:
        gate = AnalysisGate(workers=1, queue=1, timeout_s=5)
        first = asyncio.ensure_future(gate.run(release.wait))
        second = asyncio.ensure_future(gate.run(release.wait))
        await asyncio.sleep(0.05)
        assert gate.pending == 2
        with pytest.raises(BusyError, match="busy"):
            await gate.run(lambda: None)
        release.set()
        results = await asyncio.gather(first, second)
        await asyncio.sleep(0.05)
        assert gate.pending == 0
        gate.shutdown()
        return results

    assert run_in_own_loop(scenario) == [True, True]


def test_timeout_frees_a_queued_slot_at_once_and_a_running_one_when_it_ends() -> None:
    release = threading.Event()

    async def scenario() -> None:
        gate = AnalysisGate(workers=1, queue=1, timeout_s=0.2)
        running = asyncio.ensure_future(gate.run(release.wait))
        queued = asyncio.ensure_future(gate.run(lambda: "never"))
        for task in (running, queued):
            with pytest.raises(AnalysisTimeout, match="longer than 0.2 s"):
                await task
        assert gate.pending == 1  # the queued one was cancelled; the running one still holds its slot
        release.set()
        await asyncio.sleep(0.1)
        assert gate.pending == 0
        gate.shutdown()

    run_in_own_loop(scenario)


class SlowEngine:
    """Takes ``delay`` seconds per article; no models, so the test is about the limits only."""

    stage_names: list[str] = []
    spacy_model = None

    def __init__(self, delay: float) -> None:
        self.delay = delay

    def analyze(self, item: Article, stop: Any = None) -> Analysis:
        ends = time.monotonic() + self.delay
        while time.monotonic() < ends:  # checks ``stop`` between steps, as the Analyzer does between stages
            if stop is not None and stop():
                raise CancelledError("cancelled")
            time.sleep(0.02)
        return Analysis(unspun_version="test", article=ArticleRecord.of(item))


def test_a_timed_out_analysis_stops_and_frees_its_worker_for_the_next_request() -> None:
    from fastapi.testclient import TestClient

    app = create_app(WebSettings(workers=1, queue=0, timeout_s=0.2), analyzer=SlowEngine(30))
    with TestClient(app) as client:
        assert client.post("/api/analyze", json={"text": "T\nBody."}).status_code == 504
        for _ in range(100):  # the running analysis sees the stop at its next check
            if client.get("/api/health").json()["pending"] == 0:
                break
            time.sleep(0.02)
        assert client.get("/api/health").json()["pending"] == 0
        assert client.post("/api/analyze", json={"text": "T\nBody."}).status_code == 504  # not 503: a free worker


def test_the_analyzer_stops_between_stages_when_asked(analyzer: Any) -> None:
    with pytest.raises(CancelledError):
        analyzer.analyze("Title\nA body paragraph.", stop=lambda: True)


def test_app_answers_503_when_full_and_504_when_slow() -> None:
    from fastapi.testclient import TestClient

    app = create_app(WebSettings(workers=1, queue=0, timeout_s=3), analyzer=SlowEngine(0.6))
    with TestClient(app) as client:
        results: list[int] = []

        def call() -> None:
            results.append(client.post("/api/analyze", json={"text": "T\nBody."}).status_code)

        threads = [threading.Thread(target=call) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results)[0] == 200 and 503 in results and set(results) <= {200, 503}
        busy = client.post("/analyze", data={"text": "T\nBody."})
        assert busy.status_code == 200  # the queue has drained again
    slow_app = create_app(WebSettings(timeout_s=0.1), analyzer=SlowEngine(0.4))
    with TestClient(slow_app) as client:
        response = client.post("/api/analyze", json={"text": "T\nBody."})
        assert response.status_code == 504 and "--timeout" in response.json()["detail"]


def test_503_carries_retry_after_and_page_form_gets_an_html_error() -> None:
    from fastapi.testclient import TestClient

    app = create_app(WebSettings(workers=1, queue=0, timeout_s=5), analyzer=SlowEngine(0.8))
    with TestClient(app) as client:
        answers: list[Any] = []
        threads = [threading.Thread(target=lambda: answers.append(client.post("/analyze", data={"text": "T\nBody."})))
                   for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        busy = [a for a in answers if a.status_code == 503]
        assert busy and busy[0].headers["retry-after"] == "2"
        assert "The server is busy" in busy[0].text and busy[0].headers["content-type"].startswith("text/html")
