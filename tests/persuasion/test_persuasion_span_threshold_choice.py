"""Span thresholds: the best tuning F1 wins, and a technique that never gets usable spans is switched off."""

from unspun.train.persuasion_tune import DISABLED, pick_span_threshold


def test_the_threshold_with_the_best_f1_is_chosen() -> None:
    assert pick_span_threshold({0.2: 0.10, 0.4: 0.30, 0.6: 0.25}) == 0.4


def test_ties_go_to_the_higher_threshold() -> None:
    assert pick_span_threshold({0.2: 0.30, 0.4: 0.30}) == 0.4


def test_a_technique_whose_best_f1_is_under_the_floor_is_disabled() -> None:
    assert pick_span_threshold({0.05: 0.014, 0.3: 0.010}, min_f1=0.05) == DISABLED
    assert DISABLED > 1.0  # no probability reaches it
