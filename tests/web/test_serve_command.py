"""`unspun serve`: loopback by default, options passed through, bad limits refused with exit 2."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

import unspun.web
from unspun.cli import app
from unspun.web.server import is_loopback


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    monkeypatch.setattr(unspun.web, "serve", lambda settings, **_: calls.append(settings))
    return calls


def test_serve_binds_loopback_by_default(captured: list[Any]) -> None:
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    assert captured[0].host == "127.0.0.1" and captured[0].port == 8000 and captured[0].max_bytes == 5 * 1024 * 1024


def test_serve_passes_its_limits(captured: list[Any]) -> None:
    args = ["serve", "--port", "8123", "--max-bytes", "1000", "--timeout", "5", "--workers", "2", "--queue", "3"]
    assert CliRunner().invoke(app, args).exit_code == 0
    s = captured[0]
    assert (s.port, s.max_bytes, s.timeout_s, s.workers, s.queue) == (8123, 1000, 5.0, 2, 3)


@pytest.mark.parametrize("bad", [["--workers", "0"], ["--queue", "-1"], ["--timeout", "0"], ["--port", "70000"]])
def test_impossible_limits_are_usage_errors(captured: list[Any], bad: list[str]) -> None:
    result = CliRunner().invoke(app, ["serve", *bad])
    assert result.exit_code == 2 and captured == []


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1") and not is_loopback("example.invalid")
