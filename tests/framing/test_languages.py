"""``unspun eval framing-languages``: the English-trained heads scored on other languages, with floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.framing.datasets import read_semeval2023
from unspun.framing.languages import best_constant_frames, evaluate_languages

ARTICLE_A = ("Le maire défend son budget\n\nLe maire a présenté lundi un budget qui réduit les aides aux "
             "associations sportives et culturelles de la ville. " * 3)
ARTICLE_B = ("Une panne paralyse le tramway\n\nUne panne électrique a arrêté le tramway pendant trois heures "
             "mardi matin, selon l'exploitant du réseau. " * 3)


def _multi_folder(root: Path) -> Path:
    """An invented other-language folder laid out as semeval2023-multi/<lang>/ (articles under subtask-3)."""
    folder = root / "xx"
    (folder / "train-articles-subtask-3").mkdir(parents=True)
    (folder / "train-articles-subtask-3" / "article1.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "train-articles-subtask-3" / "article2.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "train-labels-subtask-1.txt").write_text("1\topinion\n2\treporting\n", encoding="utf-8")
    (folder / "train-labels-subtask-2.txt").write_text("1\tEconomic,Political\n2\tCapacity_and_resources\n", encoding="utf-8")
    return root


def test_best_constant_frames_tries_every_k_and_keeps_the_best() -> None:
    # k=1 {A}: 2*2/(3+4)=0.571; k=2 {A,B}: 2*3/(6+4)=0.600; k=3 {A,B,C}: 2*4/(9+4)=0.615
    chosen, score = best_constant_frames([("A", "B"), ("A",), ("C",)], ["A", "B", "C"])
    assert sorted(chosen) == ["A", "B", "C"]
    assert score == pytest.approx(8 / 13)


def test_the_reader_finds_other_languages_articles_under_subtask_3(tmp_path: Path) -> None:
    articles = read_semeval2023(_multi_folder(tmp_path) / "xx")
    assert [(a.id, a.genre, a.frames) for a in articles] == [
        ("1", "opinion", ("Economic", "Political")), ("2", "reporting", ("Capacity_and_resources",))]


def test_evaluation_scores_each_language_against_its_floors(tmp_path: Path) -> None:
    result = evaluate_languages(_multi_folder(tmp_path), ("xx",))
    row = result["languages"]["xx"]
    assert row["articles"] == 2
    # always opinion on [opinion, reporting]: opinion F1 2/3, reporting 0, satire 0
    assert row["genre_macro_f1_always_opinion"] == pytest.approx(round(2 / 9, 4))
    assert 0.0 <= row["genre_macro_f1"] <= 1.0 and 0.0 <= row["frames_micro_f1"] <= 1.0
    # best constant: {Economic, Political, Capacity}: tp 3, predicted 6, gold 3 -> 2/3
    assert row["frames_micro_f1_best_constant"] == pytest.approx(round(2 / 3, 4))
