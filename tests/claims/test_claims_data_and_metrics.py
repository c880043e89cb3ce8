"""Dataset readers, the fixed folds and blocks, and the F1 / average-precision arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.claims.data import claimbuster_folds, contiguous_blocks, read_claimbuster, read_clef
from unspun.claims.metrics import average_precision, positive_f1
from unspun.errors import InputError


def test_claimbuster_rows_are_read_in_sentence_id_order(tmp_path: Path) -> None:
    (tmp_path / "claimbuster-crowdsourced.csv").write_text(
        'sentence_id,screening,label,text\n20,-3,1,"Invented, with a comma."\n3,-3,0,Another invented line.\n',
        encoding="utf-8")
    data = read_claimbuster(tmp_path)
    assert data.ids == ["3", "20"] and data.labels == [0, 1]
    assert data.texts[1] == "Invented, with a comma."


def test_clef_rows_are_read_in_file_order(tmp_path: Path) -> None:
    (tmp_path / "clef2020-task5-train.tsv").write_text("text\tlabel\nFirst.\t0\nSecond.\t1\n", encoding="utf-8")
    assert read_clef(tmp_path).labels == [0, 1]


def test_a_missing_dataset_names_the_file_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="claimbuster-crowdsourced.csv.*--data"):
        read_claimbuster(tmp_path)


def test_a_malformed_clef_row_is_reported_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "clef2020-task5-train.tsv").write_text("text\tlabel\nno label here\n", encoding="utf-8")
    with pytest.raises(InputError, match=":2:"):
        read_clef(tmp_path)


def test_folds_are_fixed_and_stratified() -> None:
    labels = [1] * 50 + [0] * 150
    folds = claimbuster_folds(labels)
    assert folds == claimbuster_folds(labels)
    for k in range(5):
        assert sum(1 for f, y in zip(folds, labels) if f == k and y == 1) == 10


def test_blocks_are_contiguous_and_cover_every_row() -> None:
    blocks = contiguous_blocks(23, 5)
    assert blocks == sorted(blocks) and set(blocks) == set(range(5))


def test_positive_f1_on_a_worked_example() -> None:
    scores = positive_f1([1, 1, 0, 0], [1, 0, 1, 0])
    assert (scores.precision, scores.recall, scores.f1) == (0.5, 0.5, 0.5)


def test_average_precision_on_a_worked_example() -> None:
    # ranking: pos, neg, pos -> (1/1 + 2/3) / 2
    assert average_precision([1, 0, 1], [0.9, 0.8, 0.7]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([0, 0], [0.5, 0.4]) == 0.0
