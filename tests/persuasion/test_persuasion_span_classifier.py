"""The stacked span classifier: numpy forward = sklearn, features, PTC → 2023 mapping, file fallback."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from unspun.encoder.runtime import EncodedText
from unspun.errors import ModelError
from unspun.persuasion.labels import INDEX, PTC_LABELS, PTC_OF, PTC_TO_2023, TECHNIQUES
from unspun.persuasion.model import FoundSpan, PersuasionModel, default_model_dir
from unspun.persuasion.span_classifier import (
    CLASSIFIER_FILE, SpanClassifier, dense_features, feature_names, to_2023, token_range,
)
from unspun.train.persuasion_spans import SpanSet, assign, design_matrix, extract, fit, micro_f1

WORDS = ["ferry", "barons", "greedy", "timetable", "spring", "island", "betrayed", "council", "quietly", "again"]
ARTICLE = 'Ferry barons strike again\n\nThe greedy barons said "never again" and the council said never again.\n'


def _invented_set(n: int = 150, d: int = 6, seed: int = 5) -> SpanSet:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)).astype(np.float32)
    texts = [" ".join(rng.choice(WORDS, size=3)) for _ in range(n)]
    y = np.where(X[:, 0] > 0.5, 0, np.where(np.asarray(["greedy" in t for t in texts]), 8, 9)).astype(np.int64)
    return SpanSet(X, y, texts, [("a", i, i + 3) for i in range(n)])


def test_numpy_forward_equals_sklearn_predictions(tmp_path: Path) -> None:
    ss = _invented_set()
    clf, lr = fit(ss, C=0.5, n_buckets=128, hash_ratio=2.0, return_model=True)
    clf.save(tmp_path / CLASSIFIER_FILE)
    loaded = SpanClassifier.load(tmp_path / CLASSIFIER_FILE)
    assert loaded.labels == PTC_LABELS and loaded.n_buckets == 128
    ours = loaded.probabilities(ss.X, ss.texts)
    theirs = lr.predict_proba(design_matrix(ss, clf, np.ones(ss.X.shape[1], bool), 128, 2.0))
    np.testing.assert_allclose(ours[:, lr.classes_], theirs, atol=2e-3)  # hashed weights ship as float16
    absent = [k for k in range(len(PTC_LABELS)) if k not in lr.classes_]
    assert ours[:, absent].max() < 1e-6
    assert micro_f1(loaded, ss) > 0.9


def test_span_features_beyond_the_training_range_are_clipped_to_it(tmp_path: Path) -> None:
    ss = _invented_set()
    clf = fit(ss, C=0.5, n_buckets=0)
    clf.save(tmp_path / CLASSIFIER_FILE)
    loaded = SpanClassifier.load(tmp_path / CLASSIFIER_FILE)
    assert loaded.bounds is not None
    np.testing.assert_array_equal(loaded.bounds[0], ss.X.min(0))
    far, edge = ss.X[:1].copy(), ss.X[:1].copy()
    far[0, 0], edge[0, 0] = ss.X[:, 0].max() + 100.0, ss.X[:, 0].max()
    np.testing.assert_allclose(loaded.probabilities(far), loaded.probabilities(edge))


def test_a_span_listed_twice_gets_its_best_then_its_second_best_label() -> None:
    probs = np.asarray([[0.1, 0.6, 0.3], [0.1, 0.6, 0.3], [0.7, 0.2, 0.1]])
    assert assign(probs, [("a", 0, 4), ("a", 0, 4), ("a", 5, 9)]).tolist() == [1, 2, 0]


def test_token_range_selects_the_tokens_overlapping_the_characters() -> None:
    offsets = np.asarray([[0, 5], [6, 12], [13, 15], [16, 20]])
    assert token_range(offsets, 6, 15) == (1, 3)
    assert token_range(offsets, 7, 8) == (1, 2)
    assert token_range(offsets, 12, 13) == (2, 2)  # only the space between two tokens
    assert token_range(np.zeros((0, 2), np.int64), 0, 3) == (0, 0)


def _invented_pass(text: str) -> EncodedText:
    words = [(i, i + len(w)) for i, w in _spans_of_words(text)]
    n = len(words)
    states = np.arange(n * 2, dtype=np.float32).reshape(n, 2)
    span = np.zeros((n, len(TECHNIQUES)), np.float32)
    span[:, INDEX["Repetition"]] = np.linspace(0, 1, n)
    return EncodedText(text, np.asarray(words), {"token_states": states, "span_probs": span, "para_probs": span / 2})


def _spans_of_words(text: str) -> list[tuple[int, str]]:
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]


def test_dense_features_of_an_invented_pass() -> None:
    enc = _invented_pass(ARTICLE)
    quoted = ARTICLE.index("never again")
    feats = dense_features(enc, [(quoted, quoted + 5), (0, 5)], context=1)
    col = {n: i for i, n in enumerate(feature_names(hidden=2))}
    lo, hi = token_range(enc.offsets, quoted, quoted + 5)
    assert (lo, hi) == (8, 9)
    assert feats[0, col["state_mean_0"]] == 16.0 and feats[0, col["state_max_1"]] == 17.0
    assert feats[0, col["context_mean_0"]] == pytest.approx(16.0)  # tokens 7..9
    assert feats[0, col["in_quotes"]] == 1.0 and feats[1, col["in_quotes"]] == 0.0
    assert feats[0, col["log_repeats"]] == pytest.approx(np.log1p(1))  # "never" twice: one repeat
    assert feats[1, col["log_repeats"]] == 0.0 and feats[1, col["capitalised"]] == 1.0
    assert feats[0, col[f"span_max_{INDEX['Repetition']}"]] == pytest.approx(enc.token_outputs["span_probs"][8, INDEX["Repetition"]])
    assert feats[0, col["log_tokens"]] == pytest.approx(np.log1p(1))


def test_every_ptc_label_maps_to_the_member_the_token_heads_prefer() -> None:
    probs = np.zeros(len(TECHNIQUES), np.float32)
    probs[INDEX["Straw_Man"]] = 0.4
    probs[INDEX["Whataboutism"]] = 0.2
    assert to_2023("Whataboutism,Straw_Men,Red_Herring", probs) == "Straw_Man"
    assert to_2023("Whataboutism,Straw_Men,Red_Herring", probs, allowed=("Whataboutism", "Red_Herring")) == "Whataboutism"
    assert to_2023("Doubt", probs, allowed=()) == "Doubt"  # nothing allowed: the first member
    for ptc in PTC_LABELS:
        assert PTC_OF[to_2023(ptc, probs)] == ptc
        assert to_2023(ptc, probs) in PTC_TO_2023[ptc]


def test_extract_keeps_each_row_and_encodes_each_article_once() -> None:
    from unspun.persuasion.datasets import GoldArticle

    class Counting:
        calls = 0

        def encode(self, text: str) -> EncodedText:
            Counting.calls += 1
            return _invented_pass(text)

    art = GoldArticle("7", ARTICLE, "en")
    s, g = ARTICLE.rindex("never again"), ARTICLE.index("greedy")
    rows = [("7", "Repetition", s, s + 11), ("7", "Slogans", s, s + 11), ("7", "Loaded_Language", g, g + 6), ("9", "Doubt", 0, 3)]
    ss = extract(Counting(), [art], rows)
    assert Counting.calls == 1
    assert ss.keys == [("7", s, s + 11), ("7", s, s + 11), ("7", g, g + 6)]
    assert [PTC_LABELS[i] for i in ss.y] == ["Repetition", "Slogans", "Loaded_Language"]
    assert ss.texts[2] == "greedy" and (ss.X[0] == ss.X[1]).all()


def _model_dir(tmp_path: Path, clf: SpanClassifier | None, relabel: bool) -> Path:
    shipped = default_model_dir()
    for name in ("model.onnx", "tokenizer.json"):
        (tmp_path / name).symlink_to(shipped / name)
    cfg = json.loads((shipped / "config.json").read_text())
    cfg.pop("paragraph_source", None)
    cfg["span_classifier"] = {"file": CLASSIFIER_FILE, "relabel_spans": relabel, "relabel_min_confidence": 0.5}
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    if clf is not None:
        clf.save(tmp_path / CLASSIFIER_FILE)
    return tmp_path


def _constant(label: str, logit: float = 5.0) -> SpanClassifier:
    d = len(feature_names())
    b = np.zeros(len(PTC_LABELS), np.float32)
    b[PTC_LABELS.index(label)] = logit
    return SpanClassifier(np.zeros(d), np.ones(d), np.zeros((d, len(PTC_LABELS))), b)


def test_missing_classifier_file_leaves_the_token_heads_labels(tmp_path: Path) -> None:
    model = PersuasionModel(_model_dir(tmp_path, None, relabel=True))
    assert model.span_classifier is None and not model.relabel_spans
    spans = [FoundSpan("Doubt", 0, 5, 0, 0.3)]
    assert model.relabel(model.encode(ARTICLE), spans) == spans


def test_a_confident_classifier_relabels_found_spans_and_merges_duplicates(tmp_path: Path) -> None:
    model = PersuasionModel(_model_dir(tmp_path, _constant("Slogans"), relabel=True))
    assert model.relabel_spans
    enc = model.encode(ARTICLE)
    spans = [FoundSpan("Doubt", 0, 5, 0, 0.3), FoundSpan("Loaded_Language", 0, 5, 0, 0.4), FoundSpan("Slogans", 6, 12, 0, 0.2)]
    out = model.relabel(enc, spans)
    assert len(out) == 2 and (out[0].start, out[0].end) == (0, 5)
    assert out[0].technique in PTC_TO_2023["Slogans"] and out[0].confidence > 0.9
    assert out[1] == spans[2]  # already a Slogans technique: kept as found
    unsure = model.relabel(enc, spans, min_confidence=0.9999)
    assert unsure == sorted(spans, key=lambda s: (s.start, s.end, s.technique))


def test_unreadable_classifier_file_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / CLASSIFIER_FILE).write_bytes(b"not an npz")
    with pytest.raises(ModelError, match="span classifier"):
        SpanClassifier.load(tmp_path / CLASSIFIER_FILE)
