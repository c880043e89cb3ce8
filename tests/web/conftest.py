"""The web app under test: a real Analyzer wrapped to add invented technique spans (so the
pages have highlights to click without the persuasion stage), a live loopback server, and
Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

import re
import socket
import threading
import time
from typing import Any, Iterator

import pytest

from unspun.article import Article
from unspun.pipeline import Analyzer
from unspun.report.html import as_dict
from unspun.web import WebSettings, create_app


# Invented marker words: every occurrence becomes a technique span, as a persuasion stage would add.
MARKERS = {"disaster": ("Loaded_Language", "Manipulative wording"), "cowards": ("Name_Calling", "Attack on reputation")}
TECHNIQUE_INFO = {
    "Loaded_Language": {"label": "Loaded language", "definition": "Words chosen for their emotional charge.", "dev_score": 0.42},
    "Name_Calling": {"label": "Name calling", "definition": "A label that makes the target hated or ridiculed.", "dev_score": 0.38},
}
ARTICLE = (
    "Ferry Fares Rise Again in Dunmore Sound\n"
    "Passengers say the new fares are a disaster for island families.\n"
    "Only cowards would hide a fare rise in the small print, one commuter wrote.\n"
    "The ferry company said the rise covers fuel costs."
)


class MarkingEngine:
    """A real Analyzer whose results also carry invented technique spans."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.inner = analyzer
        self.stage_names = analyzer.stage_names + ["invented-techniques"]
        self.spacy_model = analyzer.spacy_model

    def analyze(self, item: Article, stop: Any = None) -> dict[str, Any]:
        data = as_dict(self.inner.analyze(item, stop=stop))
        text = data["article"]["text"]
        data["techniques"] = [
            {"technique": name, "family": family, "start": m.start(), "end": m.end(), "text": m.group(),
             "paragraph": item.paragraph_at(m.start()) or 0, "confidence": 0.7}
            for word, (name, family) in MARKERS.items() for m in re.finditer(word, text)
        ]
        return data


@pytest.fixture(scope="session")
def engine(analyzer: Analyzer) -> MarkingEngine:
    return MarkingEngine(analyzer)


@pytest.fixture
def client(engine: MarkingEngine) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    app = create_app(WebSettings(max_bytes=64 * 1024), analyzer=engine, technique_info=TECHNIQUE_INFO)
    with TestClient(app) as c:
        yield c


class LiveServer:
    """uvicorn on a socket bound to 127.0.0.1 port 0, in a thread; stops when the test ends."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_keep_alive=5))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def live_server(engine: MarkingEngine) -> Iterator[LiveServer]:
    app = create_app(WebSettings(max_bytes=64 * 1024), analyzer=engine, technique_info=TECHNIQUE_INFO)
    with LiveServer(app) as server:
        yield server




@pytest.fixture
def article_text() -> str:
    return ARTICLE
