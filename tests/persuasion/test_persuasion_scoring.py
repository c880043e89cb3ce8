"""The evaluator's scores on a tiny invented gold set, checked against hand-computed values."""

from __future__ import annotations

import pytest

from unspun.persuasion.scoring import score_classification, score_paragraphs, score_spans

TECHS = ("Loaded_Language", "Doubt")


def test_partial_credit_by_character_overlap() -> None:
    gold = [("a1", "Loaded_Language", 0, 10), ("a1", "Doubt", 20, 30)]
    pred = [("a1", "Loaded_Language", 5, 15)]
    s = score_spans(gold, pred, TECHS)
    # Precision: the one predicted span has 5 of its 10 characters in gold -> 0.5.
    # Recall: gold Loaded_Language covered 5/10, Doubt 0/10, over 2 gold spans -> 0.25.
    assert s.micro.precision == 0.5
    assert s.micro.recall == 0.25
    assert s.micro.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75, abs=1e-4)
    assert s.per_technique["Loaded_Language"].f1 == 0.5
    assert s.per_technique["Doubt"].f1 == 0.0 and s.per_technique["Doubt"].n_gold == 1


def test_credit_needs_the_same_technique_and_article() -> None:
    gold = [("a1", "Loaded_Language", 0, 10)]
    pred = [("a1", "Doubt", 0, 10), ("a2", "Loaded_Language", 0, 10)]
    s = score_spans(gold, pred, TECHS)
    assert s.micro.precision == 0.0 and s.micro.recall == 0.0


def test_overlapping_predictions_of_one_technique_are_merged_first() -> None:
    gold = [("a1", "Doubt", 0, 10)]
    pred = [("a1", "Doubt", 0, 6), ("a1", "Doubt", 4, 10)]
    s = score_spans(gold, pred, TECHS)
    assert (s.micro.precision, s.micro.recall, s.micro.f1) == (1.0, 1.0, 1.0)
    assert s.micro.n_pred == 1


def test_paragraph_micro_and_macro_f1() -> None:
    gold = {("a", 1): {"A", "B"}, ("a", 2): set(), ("a", 3): {"A"}}
    pred = {("a", 1): {"A"}, ("a", 2): {"B"}, ("a", 3): {"A"}}
    s = score_paragraphs(gold, pred, ("A", "B", "C"))
    # tp = A@1, A@3; fp = B@2; fn = B@1 -> P = R = F1 = 2/3.
    assert s.micro.precision == s.micro.recall == s.micro.f1 == pytest.approx(0.6667, abs=1e-4)
    # Per technique: A F1 1.0, B F1 0.0; C never occurs in gold and is left out of the macro.
    assert s.per_technique["A"].f1 == 1.0 and s.per_technique["B"].f1 == 0.0
    assert s.macro_f1 == 0.5


def test_paragraph_missing_from_predictions_counts_as_no_labels() -> None:
    s = score_paragraphs({("a", 1): {"A"}}, {}, ("A",))
    assert s.micro.recall == 0.0 and s.micro.f1 == 0.0


def test_classification_micro_f1_is_accuracy() -> None:
    s = score_classification(["x", "y", "x"], ["x", "x", "x"])
    assert s.f1 == pytest.approx(0.6667, abs=1e-4)
    with pytest.raises(ValueError):
        score_classification(["x"], [])
