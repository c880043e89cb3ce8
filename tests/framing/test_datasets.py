"""Reading the training data from invented folders laid out like the published ones."""

from __future__ import annotations

import json

import pytest

from unspun.framing.datasets import DatasetError, read_roles, read_semeval2023, read_semeval2025, read_taxonomy


def test_missing_folder_raises_an_error_that_names_it(tmp_path) -> None:
    with pytest.raises(DatasetError, match="nowhere"):
        read_semeval2023(tmp_path / "nowhere")


def test_semeval2023_reader_joins_genre_frames_and_text(tmp_path) -> None:
    (tmp_path / "train-articles-subtask-1").mkdir()
    (tmp_path / "train-articles-subtask-1" / "article7.txt").write_text("A title\n\nA body.\n", encoding="utf-8")
    (tmp_path / "train-labels-subtask-1.txt").write_text("7\tsatire\n", encoding="utf-8")
    (tmp_path / "train-labels-subtask-2.txt").write_text("7\tEconomic,Political\n", encoding="utf-8")
    [a] = read_semeval2023(tmp_path)
    assert (a.id, a.genre, a.frames, a.text) == ("7", "satire", ("Economic", "Political"), "A title\n\nA body.\n")


def _semeval2025(tmp_path):
    docs = tmp_path / "raw-documents"
    docs.mkdir()
    text = "Mayor Quill of Ostrava praised the firefighters. Quill spoke twice."
    (docs / "EN_CC_1.txt").write_text(text, encoding="utf-8")
    # end inclusive, as published; the second mention is off by two characters
    (tmp_path / "subtask-1-annotations.txt").write_text(
        "EN_CC_1.txt\tQuill\t6\t10\tProtagonist\tGuardian\n"
        "EN_CC_1.txt\tQuill\t47\t51\tProtagonist\tGuardian\tVirtuous\n"
        "EN_CC_1.txt\tNobody\t0\t5\tInnocent\tVictim\n", encoding="utf-8")
    (tmp_path / "subtask-2-annotations.txt").write_text(
        "EN_CC_1.txt\tCC: Praise\tCC: Praise: Heroes;CC: Praise: Other\n", encoding="utf-8")
    (tmp_path / "subtask2_narratives.json").write_text(json.dumps({"CC": {"Other": 0, "CC: Praise": 1}}), encoding="utf-8")
    (tmp_path / "subtask2_subnarratives.json").write_text(
        json.dumps({"CC: Praise": {"CC: Praise: Heroes": 0, "CC: Praise: Other": 1}}), encoding="utf-8")
    return text


def test_role_offsets_become_end_exclusive_and_misplaced_ones_are_found_or_dropped(tmp_path) -> None:
    text = _semeval2025(tmp_path)
    roles = read_roles(tmp_path)
    assert [(r.start, r.end) for r in roles] == [(6, 11), (49, 54)]
    assert all(text[r.start : r.end] == "Quill" for r in roles)
    assert roles[1].fine_roles == ("Guardian", "Virtuous")


def test_narratives_and_taxonomy_are_read(tmp_path) -> None:
    _semeval2025(tmp_path)
    [doc] = read_semeval2025(tmp_path)
    assert doc.narratives == ("CC: Praise",)
    assert doc.subnarratives == ("CC: Praise: Heroes", "CC: Praise: Other")
    tax = read_taxonomy(tmp_path)
    assert tax.narratives == {"CC": ["CC: Praise"]}
    assert tax.subnarratives["CC: Praise"] == ["CC: Praise: Heroes", "CC: Praise: Other"]
