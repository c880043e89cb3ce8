"""Sliding windows: full coverage, overlap, and seamless merging at window boundaries."""

from __future__ import annotations

import numpy as np
import pytest

from unspun.encoder.windows import Window, make_windows, merge_windows, owner_windows


def test_short_sequence_is_one_window() -> None:
    assert make_windows(10, size=16, overlap=4) == [Window(0, 10)]


def test_windows_cover_every_token_with_the_given_overlap() -> None:
    wins = make_windows(50, size=16, overlap=4)
    assert wins[0].start == 0 and wins[-1].end == 50
    assert len({w.end - w.start for w in wins}) == 1 and all(w.end - w.start <= 16 for w in wins)
    for a, b in zip(wins, wins[1:]):
        assert a.end - b.start >= 4  # consecutive windows share at least the overlap
    covered = np.zeros(50, bool)
    for w in wins:
        covered[w.start : w.end] = True
    assert covered.all()


def test_windows_are_balanced_rather_than_the_last_one_pushed_back() -> None:
    wins = make_windows(30, size=16, overlap=4)
    # Three windows are needed either way; balanced they read 39 tokens, not 48 (0-16, 12-28, 14-30).
    assert wins == [Window(0, 13), Window(9, 22), Window(17, 30)]


@pytest.mark.parametrize("n_tokens", range(17, 400, 7))
@pytest.mark.parametrize(("size", "overlap"), [(16, 4), (254, 32), (20, 0), (9, 8)])
def test_balanced_windows_need_no_more_windows_than_full_ones(n_tokens: int, size: int, overlap: int) -> None:
    wins = make_windows(n_tokens, size, overlap)
    full = len(range(0, n_tokens - size, size - overlap)) + 1
    assert len(wins) == full
    assert wins[0].start == 0 and wins[-1].end == n_tokens
    assert all(w.end - w.start <= size for w in wins)
    assert all(a.end - b.start >= overlap and b.start > a.start for a, b in zip(wins, wins[1:]))


def test_each_token_is_read_from_the_window_where_it_is_most_central() -> None:
    wins = [Window(0, 10), Window(6, 16)]
    owner = owner_windows(16, wins)
    # Tokens 6..9 are in both; 6 and 7 are nearer the second window's left edge, so the
    # first window (token 7 is 2 from its right edge, 1 from the second's left) owns them.
    assert owner.tolist() == [0] * 8 + [1] * 8


def test_merge_takes_rows_from_owner_windows_without_seams() -> None:
    wins = make_windows(40, size=12, overlap=4)
    truth = np.arange(40, dtype=np.float32)[:, None] * np.ones((1, 3), np.float32)
    # Each window sees the true values, except at its inner edges, where it is wrong.
    outputs = []
    for w in wins:
        pos = np.arange(w.start, w.end)
        inner_edge = ((pos == w.start) & (w.start > 0)) | ((pos == w.end - 1) & (w.end < 40))
        outputs.append(truth[w.start : w.end] + inner_edge[:, None] * 100.0)
    merged = merge_windows(40, wins, outputs)
    inner_edges = [w.start for w in wins[1:]] + [w.end - 1 for w in wins[:-1]]
    assert merged.shape == (40, 3)
    for t in inner_edges:  # a token at an inner window edge comes from a window where it is inside
        assert merged[t, 0] == t
    assert np.array_equal(merged, truth)


def test_merge_checks_row_counts() -> None:
    with pytest.raises(ValueError):
        merge_windows(10, [Window(0, 10)], [np.zeros((9, 2))])


def test_bad_window_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        make_windows(10, size=4, overlap=4)
