"""Dataset readers on an invented folder in the SemEval-2023 layout, CRLF line endings included."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.errors import InputError
from unspun.persuasion.datasets import paragraph_ranges, read_semeval

TEXT = "Title of a made-up story\r\n\r\nThe shameful plan failed.\r\nNobody cares.\r\n"


def make_folder(root: Path) -> None:
    lang = root / "semeval2023-multi" / "fr"
    (lang / "dev-articles-subtask-3").mkdir(parents=True)
    with open(lang / "dev-articles-subtask-3" / "article7.txt", "w", encoding="utf-8", newline="") as fh:
        fh.write(TEXT)
    (lang / "dev-labels-subtask-3.txt").write_text("7\t1\t\n7\t3\tLoaded_Language\n7\t4\t\n", encoding="utf-8")


def test_crlf_text_is_kept_so_offsets_count_both_characters(tmp_path: Path) -> None:
    make_folder(tmp_path)
    (art,) = read_semeval(tmp_path, "fr", "dev")
    assert art.text == TEXT and art.id == "7"
    assert art.paragraph_labels == {1: set(), 3: {"Loaded_Language"}, 4: set()}
    start = TEXT.index("shameful")
    assert art.text[start : start + 8] == "shameful"


def test_lines_are_numbered_like_the_label_files_without_carriage_returns() -> None:
    ranges = paragraph_ranges(TEXT)
    assert TEXT[ranges[0][0] : ranges[0][1]] == "Title of a made-up story"
    assert ranges[1][0] == ranges[1][1]  # the blank line still counts
    assert TEXT[ranges[2][0] : ranges[2][1]] == "The shameful plan failed."
    assert TEXT[ranges[3][0] : ranges[3][1]] == "Nobody cares."


def test_missing_folder_says_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--data"):
        read_semeval(tmp_path, "en", "dev")
