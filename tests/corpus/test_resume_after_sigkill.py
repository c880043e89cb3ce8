"""Killed with SIGKILL mid-run, a rerun of the same command resumes: none lost, none doubled, none half-written.

The test really kills the process: it starts ``unspun corpus add`` as a child,
waits until the log says a few batches were committed, sends SIGKILL while the
child is still analysing, checks what the store holds, then reruns the command.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from unspun.corpus import CorpusStore
from corpus_fixtures import LIGHT_STAGES, invented_article, write_jsonl

pytestmark = pytest.mark.slow

N_ARTICLES, BATCH = 150, 10


def _command(store: Path, source: Path) -> list[str]:
    return [sys.executable, "-m", "unspun.cli", "--verbose", "corpus", "add", str(store), str(source),
            "--workers", "1", "--batch-size", str(BATCH), "--stages", ",".join(LIGHT_STAGES)]


def _check_consistent(store: Path) -> int:
    """Every stored article has its whole analysis and all its paragraphs; returns the count."""
    with CorpusStore(store, read_only=True) as s:
        con = s.con
        articles = s.count("articles")
        assert s.count("analyses") == articles
        assert con.execute("SELECT count(DISTINCT article_id) FROM articles").fetchall()[0][0] == articles
        orphans = con.execute(
            "SELECT count(*) FROM analyses WHERE article_id NOT IN (SELECT article_id FROM articles)").fetchall()[0][0]
        assert orphans == 0
        expected_paragraphs = con.execute("SELECT coalesce(sum(paragraph_count), 0) FROM articles").fetchall()[0][0]
        assert s.count("paragraphs") == expected_paragraphs
        return articles


def test_sigkill_then_rerun_stores_every_article_exactly_once(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [invented_article(i) for i in range(N_ARTICLES)])
    store = tmp_path / "c.duckdb"
    child = subprocess.Popen(_command(store, source), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    committed = 0
    try:
        assert child.stderr is not None
        for line in child.stderr:
            if "committed batch" in line:
                committed += 1
                if committed == 3:
                    break
        assert child.poll() is None, "the run finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    stored_after_kill = _check_consistent(store)
    assert BATCH * 3 <= stored_after_kill < N_ARTICLES
    assert stored_after_kill % BATCH == 0  # whole batches only: nothing half-written

    rerun = subprocess.run(_command(store, source), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_ARTICLES - stored_after_kill} articles analysed and stored" in rerun.stderr
    assert f"{stored_after_kill} already stored or repeated" in rerun.stderr
    assert _check_consistent(store) == N_ARTICLES
    with CorpusStore(store, read_only=True) as s:
        ids = {r[0] for r in s.con.execute("SELECT source_id FROM articles").fetchall()}
    assert ids == {f"art-{i}" for i in range(N_ARTICLES)}
