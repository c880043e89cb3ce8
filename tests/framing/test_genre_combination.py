"""Genre from several views: offsets and the combination of views chosen on out-of-fold scores."""

from __future__ import annotations

import numpy as np

from unspun.framing.fit import fit_softmax, folds
from unspun.framing.genre import GenreCombination, best_offsets, choose_combination, fit_genre

LABELS = ["opinion", "reporting", "satire"]


def _gold(n_op: int = 40, n_rep: int = 8, n_sat: int = 4) -> list[str]:
    return ["opinion"] * n_op + ["reporting"] * n_rep + ["satire"] * n_sat


def test_offsets_let_a_rare_class_win_when_its_score_ranks_it_first() -> None:
    gold = _gold()
    log_p = np.log(np.tile([0.8, 0.15, 0.05], (len(gold), 1)))
    log_p[40:48, 1] = np.log(0.4)  # reporting ranks higher on the reporting articles, but never wins the argmax
    log_p[48:, 2] = np.log(0.2)
    offsets, score = best_offsets(log_p, gold, LABELS)
    assert offsets[0] == 0.0 and score == 1.0
    assert [LABELS[j] for j in (log_p + offsets).argmax(1)] == gold


def test_the_informative_view_is_chosen_over_a_noisy_one() -> None:
    gold = _gold()
    rng = np.random.default_rng(3)
    index = np.array([LABELS.index(g) for g in gold])
    good = np.log(np.full((len(gold), 3), 0.1))
    good[np.arange(len(gold)), index] = np.log(0.8)
    noise = np.log(rng.dirichlet(np.ones(3), len(gold)))
    chosen = choose_combination({"noise": noise, "good": good}, gold, LABELS, ("noise", "good"))
    assert chosen.members == ["good"] and chosen.inner_macro_f1 == 1.0
    assert set(chosen.candidates) == {"noise", "good", "noise+good"}


def test_combined_probabilities_sum_to_one_and_round_trip_through_config() -> None:
    combo = GenreCombination(LABELS, ["a", "b"], np.array([0.0, 1.0, -0.5]), 0.5)
    rows = {"a": np.log([[0.7, 0.2, 0.1]]), "b": np.log([[0.5, 0.25, 0.25]])}
    p = combo.combine(rows)
    assert np.allclose(p.sum(1), 1.0)
    again = GenreCombination.from_config(combo.config())
    assert again.members == ["a", "b"] and np.allclose(again.combine(rows), p)


def test_fit_genre_fits_every_view_and_chooses_among_them() -> None:
    gold = _gold(30, 9, 6)
    rng = np.random.default_rng(5)
    index = np.array([LABELS.index(g) for g in gold])
    informative = np.eye(3)[index] * 3 + rng.standard_normal((len(gold), 3)) * 0.3
    xs = {"clear": informative.astype(np.float32), "blur": rng.standard_normal((len(gold), 4)).astype(np.float32)}
    fits = {v: (lambda x, y: fit_softmax(x, y, LABELS, c=1.0)) for v in xs}
    heads, combo = fit_genre(fits, xs, gold, LABELS, folds(len(gold), 3, gold, seed=7))
    assert set(heads) == {"clear", "blur"}
    assert "clear" in combo.members and combo.inner_macro_f1 > 0.9


def test_without_inner_folds_every_view_is_averaged_with_no_offsets() -> None:
    gold = _gold(12, 4, 2)
    rng = np.random.default_rng(9)
    xs = {"a": rng.standard_normal((len(gold), 3)).astype(np.float32),
          "b": rng.standard_normal((len(gold), 5)).astype(np.float32)}
    fits = {v: (lambda x, y: fit_softmax(x, y, LABELS, c=1.0)) for v in xs}
    heads, combo = fit_genre(fits, xs, gold, LABELS)
    assert combo.members == ["a", "b"] and not combo.offsets.any()
    expected = (np.log(heads["a"].scores(xs["a"])) + np.log(heads["b"].scores(xs["b"]))) / 2
    assert np.array_equal(combo.combine({v: np.log(heads[v].scores(xs[v])) for v in xs}).argmax(1), expected.argmax(1))
