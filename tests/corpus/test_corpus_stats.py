"""Corpus statistics, checked against numbers computed by hand for the tiny corpus in hand_corpus.py."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from unspun.corpus import CorpusStore
from unspun.corpus.stats import corpus_stats, stats_csv, stats_renderable
from hand_corpus import hand_corpus


def test_word_counts_are_the_hand_counted_ones(store: Path) -> None:
    with CorpusStore(store, read_only=True) as s:
        words = dict(s.con.execute("SELECT outlet || coalesce(month, ''), words FROM articles").fetchall())
    assert words == {"North Star2025-01": 25, "North Star2025-02": 15, "Valley Times2025-01": 15, "Valley Times": 9}


def test_overall_statistics_match_the_hand_computation(store: Path) -> None:
    o = corpus_stats(store)["overall"]
    assert (o["articles"], o["words"], o["claims"]) == (4, 64, 5)
    assert o["claims_per_article"] == pytest.approx(5 / 3)  # D never ran the claims stage
    assert o["unattributed_claim_rate"] == pytest.approx(3 / 5)
    assert (o["single_source_articles"], o["single_source_share"]) == (1, pytest.approx(1 / 3))
    assert o["techniques"] == 3
    assert o["techniques_per_1000_words"] == pytest.approx(3 / 55 * 1000)  # 25 + 15 + 15 words checked
    assert o["technique_rates"] == {"Loaded_Language": pytest.approx(2 / 55 * 1000),
                                    "Exaggeration": pytest.approx(1 / 55 * 1000)}
    assert o["frame_shares"] == {"Economic": pytest.approx(2 / 3), "Fairness": pytest.approx(1 / 3),
                                 "Security": pytest.approx(1 / 3)}
    assert o["narrative_shares"] == {"Costs are hidden": pytest.approx(2 / 3)}
    assert o["top_sources"] == [{"name": "Jan Holt", "quotes": 2, "articles": 1},
                                {"name": "Residents", "quotes": 1, "articles": 1},
                                {"name": "Tidal Lines", "quotes": 1, "articles": 1}]


def test_statistics_by_outlet_match_the_hand_computation(store: Path) -> None:
    stats = corpus_stats(store, by=["outlet"])
    north, valley = stats["groups"]
    assert (north["outlet"], north["articles"], north["words"]) == ("North Star", 2, 40)
    assert north["claims_per_article"] == pytest.approx(1.5)
    assert north["unattributed_claim_rate"] == pytest.approx(1 / 3)
    assert north["single_source_share"] == pytest.approx(0.5)
    assert north["techniques_per_1000_words"] == pytest.approx(75.0)
    assert north["frame_shares"] == {"Economic": pytest.approx(1.0), "Fairness": pytest.approx(0.5)}
    assert north["narrative_shares"] == {"Costs are hidden": pytest.approx(0.5)}
    assert (valley["outlet"], valley["articles"], valley["words"]) == ("Valley Times", 2, 24)
    assert valley["claims_per_article"] == pytest.approx(2.0)
    assert valley["unattributed_claim_rate"] == pytest.approx(1.0)
    assert (valley["single_source_articles"], valley["single_source_share"]) == (0, 0.0)
    assert valley["techniques_per_1000_words"] == 0.0
    assert valley["top_sources"] == []


def test_statistics_by_month_keep_undated_articles_apart(store: Path) -> None:
    groups = {g["month"]: g for g in corpus_stats(store, by=["month"])["groups"]}
    assert set(groups) == {"2025-01", "2025-02", "(unknown)"}
    january = groups["2025-01"]
    assert (january["articles"], january["words"], january["claims"]) == (2, 40, 4)
    assert january["unattributed_claim_rate"] == pytest.approx(0.75)
    undated = groups["(unknown)"]
    assert (undated["articles"], undated["claims_per_article"], undated["techniques_per_1000_words"]) == (1, None, None)


def test_grouping_by_outlet_and_month_gives_one_row_per_pair(store: Path) -> None:
    stats = corpus_stats(store, by=["month", "outlet"])
    assert stats["by"] == ["outlet", "month"]
    assert [(g["outlet"], g["month"], g["articles"]) for g in stats["groups"]] == [
        ("North Star", "2025-01", 1), ("North Star", "2025-02", 1),
        ("Valley Times", "(unknown)", 1), ("Valley Times", "2025-01", 1)]


def test_json_csv_and_text_forms_carry_the_same_numbers(store: Path) -> None:
    stats = corpus_stats(store, by=["outlet"])
    assert json.loads(json.dumps(stats)) == stats
    rows = list(csv.DictReader(io.StringIO(stats_csv(stats))))
    assert {"outlet": "North Star", "month": "(all)", "metric": "techniques_per_1000_words", "key": "",
            "value": "75.0"} in rows
    assert {"outlet": "(all)", "month": "(all)", "metric": "source_quotes", "key": "Jan Holt", "value": "2"} in rows
    console = Console(width=200, record=True)
    console.print(stats_renderable(stats))
    text = console.export_text()
    assert "North Star" in text and "75.00" in text and "Jan Holt (2)" in text


def test_empty_store_has_zero_articles(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "e.duckdb"):
        pass
    stats = corpus_stats(tmp_path / "e.duckdb", by=["outlet"])
    assert stats["overall"]["articles"] == 0 and stats["groups"] == []


def test_the_hand_corpus_is_valid_against_the_published_schema() -> None:
    from unspun.analysis import Analysis

    for data in hand_corpus():
        Analysis.model_validate(data)


def test_a_stage_that_withheld_does_not_dilute_the_rates(tmp_path: Path) -> None:
    # A fifth article in a language the quotes and claims stages do not read: they ran but looked
    # for nothing (empty lists under a `withheld` reason), so its zero claims must not count.
    withheld = copy.deepcopy(hand_corpus()[1])
    withheld["article"]["text"] = "Le tarif du ferry augmente\nLes tarifs augmenteront de dix pour cent lundi."
    withheld["article"]["paragraphs"] = [{"index": 0, "start": 0, "end": 26, "kind": "title"},
                                         {"index": 1, "start": 27, "end": 75, "kind": "body"}]
    withheld["quotes"], withheld["sources"], withheld["claims"], withheld["repeated_quantities"] = [], [], [], []
    withheld["techniques"], withheld["frames"], withheld["narratives"] = [], [], []
    withheld["withheld"] = {"quotes": "not judged: ...", "claims": "not judged: ...", "framing": "not judged: ..."}
    path = tmp_path / "mixed.duckdb"
    with CorpusStore(path) as s:
        s.add_analyses(hand_corpus() + [withheld])
    o = corpus_stats(path)["overall"]
    assert o["articles"] == 5 and o["claims"] == 5
    assert o["claims_per_article"] == pytest.approx(5 / 3)  # as without it: D never ran claims, E withheld
    assert o["single_source_share"] == pytest.approx(1 / 3)
    assert o["frame_shares"]["Economic"] == pytest.approx(2 / 3)
    # its persuasion stage did look (nothing withheld there): its 8 words count, with no span found
    assert o["techniques_per_1000_words"] == pytest.approx(3 / (55 + 13) * 1000)


def test_statistics_group_by_language(tmp_path: Path) -> None:
    corpus = hand_corpus()
    corpus[1]["article"]["language"], corpus[3]["article"]["language"] = "fr", None
    path = tmp_path / "languages.duckdb"
    with CorpusStore(path) as s:
        s.add_analyses(corpus)
    stats = corpus_stats(path, by=["language"])
    groups = {g["language"]: g["articles"] for g in stats["groups"]}
    assert groups == {"en": 2, "fr": 1, "(unknown)": 1}
    rows = list(csv.reader(io.StringIO(stats_csv(stats))))
    assert rows[0] == ["outlet", "month", "language", "metric", "key", "value"]
    assert ["(all)", "(all)", "fr", "articles", "", "1"] in rows


def test_stats_and_search_tables_show_control_characters_from_articles_as_replacement_marks() -> None:
    from unspun.corpus.search import SearchHit, search_renderable

    stats = {"store": "s.duckdb", "by": ["outlet"], "overall": {"articles": 1}, "groups": []}
    group = {"articles": 1, "words": 10, "claims_per_article": 1.0, "unattributed_claim_rate": 0.0,
             "single_source_share": 0.0, "techniques_per_1000_words": 0.0, "technique_rates": {},
             "frame_shares": {}, "narrative_shares": {}, "top_sources": [{"name": "Ana \x1b[31mRuiz", "quotes": 2}]}
    stats["overall"] = group
    stats["groups"] = [{**group, "outlet": "Evil \x1b]0;pwned\x07 Times"}]
    hit = SearchHit("a1", "Title \x1b[2J", "Out\x1blet", "2025-01-01", "text", "the \x9b31m bridge")
    console = Console(width=200, record=True)
    console.print(stats_renderable(stats))
    console.print(search_renderable([hit], "bridge"))
    text = console.export_text()
    assert "Ruiz" in text and "bridge" in text
    assert not any(c in text for c in ("\x1b", "\x07", "\x9b"))
