"""Shared fixtures: one Analyzer per test session (loading spaCy takes a second or two)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator

import pytest

import unspun

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "unspun" / "data" / "sample_article.txt"
SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def analyzer() -> unspun.Analyzer:
    return unspun.Analyzer()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_analysis(analyzer: unspun.Analyzer) -> unspun.Analysis:
    return analyzer.analyze(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (no browser download); skipped where absent, failed on CI.

    Module-scoped: Playwright's sync API runs an event loop in this thread, so only one may
    be open at a time and none may outlive the module (other tests call asyncio.run)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run must apt-get install chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
