"""Articles are identified by content hash: the same text is stored once, however often it is added."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.corpus import CorpusStore, add_to_store, content_id
from corpus_fixtures import LIGHT_STAGES, invented_article, write_jsonl

pytestmark = pytest.mark.slow


def test_adding_the_same_source_twice_stores_each_article_once(tmp_path: Path, jsonl_corpus: Path) -> None:
    store = tmp_path / "c.duckdb"
    first = add_to_store(store, [str(jsonl_corpus)], workers=1, batch_size=5, stages=LIGHT_STAGES)
    second = add_to_store(store, [str(jsonl_corpus)], workers=1, batch_size=5, stages=LIGHT_STAGES)
    assert (first.added, first.duplicates) == (12, 0)
    assert (second.added, second.duplicates) == (0, 12)
    with CorpusStore(store, read_only=True) as s:
        assert s.count("articles") == 12
        assert s.count("analyses") == 12
        ids = [r[0] for r in s.con.execute("SELECT article_id FROM articles").fetchall()]
    assert len(set(ids)) == 12


def test_repeats_inside_one_input_and_whitespace_variants_are_one_article(tmp_path: Path) -> None:
    one = invented_article(1)
    variant = dict(one, id="other-id", text=one["text"].replace("\n", "\r\n") + "\n\n")
    source = write_jsonl(tmp_path / "a.jsonl", [one, invented_article(2), one, variant])
    report = add_to_store(tmp_path / "c.duckdb", [str(source)], workers=1, stages=LIGHT_STAGES)
    assert (report.added, report.duplicates) == (2, 2)


def test_content_id_ignores_whitespace_but_not_words() -> None:
    assert content_id("A  title\nSome text.") == content_id("A title\r\nSome text.\n")
    assert content_id("A title\nSome text.") != content_id("A title\nSome text!")
    assert len(content_id("x")) == 20
