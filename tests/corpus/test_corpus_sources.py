"""Corpus sources: globs expand to files, each read by its format; a pattern matching nothing is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.article import Article
from unspun.corpus import read_corpus_source
from unspun.errors import InputError
from unspun.ingest.jsonl import ReadFailure


def test_a_glob_reads_every_matching_file_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second title\nSecond body.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First title\nFirst body.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("Not matched\nby the pattern.", encoding="utf-8")
    items = list(read_corpus_source(str(tmp_path / "*.txt")))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.text.split("\n")[0] for a in articles] == ["First title", "Second title"]
    assert [Path(f.origin).name for f in failures] == ["empty.txt"]


def test_a_glob_that_matches_nothing_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="the pattern matches no file"):
        list(read_corpus_source(str(tmp_path / "*.nothing")))
