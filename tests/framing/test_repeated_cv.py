"""Cross-validation repeated with the folds dealt by other seeds (``unspun eval framing --repeats``)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from unspun.framing.train import repeated_summary, split


def _data() -> SimpleNamespace:
    genres = ["opinion"] * 40 + ["reporting"] * 15 + ["satire"] * 5
    domains = ["URW"] * 20 + ["CC"] * 20
    nar_sets = [("Other",)] * 10 + [("URW: Invented",)] * 10 + [("Other",)] * 5 + [("CC: Invented",)] * 15
    return SimpleNamespace(genres=genres, domains=domains, nar_sets=nar_sets)


def test_another_seed_deals_other_folds_that_stay_stratified() -> None:
    data = _data()
    f23, f25 = split(data)
    g23, g25 = split(data, seed=14)
    assert (f23 == split(data)[0]).all() and (f25 == split(data)[1]).all()  # the default seed is fixed
    assert (f23 != g23).any() and (f25 != g25).any()
    for fold in (f23, g23):
        assert sorted(np.bincount(fold[55:], minlength=5)) == [1, 1, 1, 1, 1]  # one satire article per fold


def test_repeated_summary_averages_each_runs_mean_and_keeps_the_range() -> None:
    runs = [{"seed": s, "metrics": {"genre_macro_f1": {"mean": m, "std": 0.1, "folds": [m]},
                                    "frames_micro_f1": {"mean": 0.65, "std": 0.01, "folds": [0.65]}}}
            for s, m in ((13, 0.48), (14, 0.40), (15, 0.44))]
    out = repeated_summary(runs)
    assert out["seeds"] == [13, 14, 15]
    assert out["metrics"]["genre_macro_f1"] == {"mean": 0.44, "min": 0.40, "max": 0.48, "per_seed": [0.48, 0.40, 0.44]}
    assert out["metrics"]["frames_micro_f1"]["mean"] == 0.65
