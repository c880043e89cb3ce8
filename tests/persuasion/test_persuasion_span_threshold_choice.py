"""Span thresholds: the best tuning F1 wins, and a technique that never gets usable spans is switched off."""

from unspun.train.persuasion_tune import DISABLED, pick_span_threshold


def test_the_threshold_with_the_best_f1_is_chosen() -> None:
    assert pick_span_threshold({0.2: 0.10, 0.4: 0.30, 0.6: 0.25}) == 0.4


def test_ties_go_to_the_higher_threshold() -> None:
    assert pick_span_threshold({0.2: 0.30, 0.4: 0.30}) == 0.4


def test_a_technique_whose_best_f1_is_under_the_floor_is_disabled() -> None:
    assert pick_span_threshold({0.05: 0.014, 0.3: 0.010}, min_f1=0.05) == DISABLED
    assert DISABLED > 1.0  # no probability reaches it


def test_micro_objective_trades_a_noisy_technique_for_the_pool_but_keeps_half_its_f1() -> None:
    import numpy as np

    from unspun.persuasion.labels import TECHNIQUES
    from unspun.train.persuasion_tune import MICRO_MIN_SUPPORT, _f1, tune_paragraphs

    rng = np.random.default_rng(0)
    n, k = 400, len(TECHNIQUES)
    G = np.zeros((n, k), dtype=bool)
    S = rng.uniform(0.0, 0.3, (n, k)).astype(np.float32)
    G[:200, 0] = True  # a common, well-scored technique
    S[:200, 0] = rng.uniform(0.6, 1.0, 200)
    G[200:260, 1] = True  # a noisy one: its own best F1 wants a low threshold and many false positives
    S[200:400, 1] = rng.uniform(0.2, 0.9, 200)
    S[200:260, 1] += 0.05

    def micro(th: np.ndarray) -> float:
        P = S >= th
        return _f1(int((P & G).sum()), int((P & ~G).sum()), int((~P & G).sum()))

    own, _ = tune_paragraphs(S, G)
    pooled, _ = tune_paragraphs(S, G, objective="micro")
    assert micro(pooled) > micro(own)
    assert pooled[1] > own[1]  # the noisy technique gives up recall for the pool ...
    p, g = S[:, 1] >= pooled[1], G[:, 1]
    own_p = S[:, 1] >= own[1]
    assert _f1(int((p & g).sum()), int((p & ~g).sum()), int((~p & g).sum())) >= 0.5 * _f1(
        int((own_p & g).sum()), int((own_p & ~g).sum()), int((~own_p & g).sum()))  # ... but keeps half its F1
    assert G[:, 1].sum() >= MICRO_MIN_SUPPORT


def test_unknown_threshold_objective_is_refused() -> None:
    import numpy as np
    import pytest

    from unspun.train.persuasion_tune import tune_paragraphs

    with pytest.raises(ValueError, match="objective"):
        tune_paragraphs(np.zeros((2, 23)), np.zeros((2, 23), dtype=bool), objective="macro")


def test_micro_objective_leaves_a_technique_with_few_tuning_positives_at_its_own_threshold() -> None:
    import numpy as np

    from unspun.persuasion.labels import TECHNIQUES
    from unspun.train.persuasion_tune import MICRO_MIN_SUPPORT, tune_paragraphs

    rng = np.random.default_rng(1)
    n, k = 400, len(TECHNIQUES)
    G = np.zeros((n, k), dtype=bool)
    S = rng.uniform(0.0, 0.3, (n, k)).astype(np.float32)
    G[:200, 0] = True
    S[:200, 0] = rng.uniform(0.6, 1.0, 200)
    rare = MICRO_MIN_SUPPORT // 2
    G[200 : 200 + rare, 1] = True
    S[200:400, 1] = rng.uniform(0.2, 0.9, 200)
    own, _ = tune_paragraphs(S, G)
    pooled, _ = tune_paragraphs(S, G, objective="micro")
    assert pooled[1] == own[1]
