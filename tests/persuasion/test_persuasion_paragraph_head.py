"""The stacked paragraph head: numpy forward = training-time sklearn, thresholds, file fallback."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np
import pytest

from unspun.article import Article
from unspun.encoder.runtime import EncodedText
from unspun.errors import ModelError
from unspun.persuasion.labels import INDEX, TECHNIQUES
from unspun.persuasion.model import PersuasionModel, default_model_dir, paragraph_scores, token_paragraphs
from unspun.persuasion.paragraph_head import HEAD_FILE, ParagraphHead, dense_features, feature_names, hashed_ngrams
from unspun.persuasion.stage import PersuasionStage
from unspun.train.persuasion_paragraphs import ParagraphSet, design_matrix, fit_head, tune_head

ARTICLE = """Ferry scandal grows

The greedy ferry barons have betrayed every family on the island.
Officials said the timetable would change in spring.
"""

WORDS = ["ferry", "barons", "greedy", "timetable", "spring", "island", "betrayed", "council", "quietly", "again"]


def _invented_set(n: int = 120, d: int = 7, seed: int = 3) -> ParagraphSet:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)).astype(np.float32)
    texts = [" ".join(rng.choice(WORDS, size=6)) for _ in range(n)]
    Y = np.zeros((n, len(TECHNIQUES)), bool)
    Y[:, INDEX["Loaded_Language"]] = X[:, 0] + 0.5 * rng.normal(size=n) > 0.3
    Y[:, INDEX["Doubt"]] = np.asarray(["greedy" in t for t in texts])
    Y[:3, INDEX["Slogans"]] = True
    return ParagraphSet(X, Y, texts, [("x", i) for i in range(n)])


def test_numpy_forward_equals_sklearn_predictions(tmp_path: Path) -> None:
    ps = _invented_set()
    head, models = fit_head(ps, C=0.5, n_buckets=256, hash_ratio=2.0, return_models=True)
    head.save(tmp_path / HEAD_FILE)
    loaded = ParagraphHead.load(tmp_path / HEAD_FILE)
    ours = loaded.scores(ps.X, ps.texts)
    design = design_matrix(ps, head.mean, head.scale, 256, 2.0)
    fitted = [k for k, m in enumerate(models) if m is not None]
    assert {TECHNIQUES[k] for k in fitted} == {"Loaded_Language", "Doubt", "Slogans"}
    for k in fitted:
        np.testing.assert_allclose(ours[:, k], models[k].predict_proba(design)[:, 1], atol=2e-3)
    unfitted = [k for k in range(len(TECHNIQUES)) if k not in fitted]
    assert ours[:, unfitted].max() < 1e-4


def test_features_beyond_the_training_range_score_as_the_extreme_training_row(tmp_path: Path) -> None:
    ps = _invented_set()
    head = fit_head(ps, C=0.5)
    head.save(tmp_path / HEAD_FILE)
    loaded = ParagraphHead.load(tmp_path / HEAD_FILE)
    assert loaded.bounds is not None
    np.testing.assert_array_equal(loaded.bounds[1], ps.X.max(0))
    far = ps.X[:1].copy()
    far[0, 0] = ps.X[:, 0].max() + 100.0  # a hundred units past the largest training value
    at_edge = far.copy()
    at_edge[0, 0] = ps.X[:, 0].max()
    np.testing.assert_allclose(loaded.scores(far), loaded.scores(at_edge))
    np.testing.assert_allclose(loaded.scores(ps.X), head.scores(ps.X))  # training rows are untouched


def test_head_without_bounds_still_loads_and_does_not_clip(tmp_path: Path) -> None:
    ps = _invented_set()
    head = fit_head(ps, C=0.5)
    bare = ParagraphHead(head.mean, head.scale, head.weight, head.bias, head.thresholds)
    bare.save(tmp_path / HEAD_FILE)
    loaded = ParagraphHead.load(tmp_path / HEAD_FILE)
    assert loaded.bounds is None
    far = ps.X[:1].copy()
    far[0, 0] = ps.X[:, 0].max() + 100.0
    k = INDEX["Loaded_Language"]
    assert loaded.logits(far)[0, k] != pytest.approx(head.logits(far)[0, k])


def test_tuned_thresholds_separate_a_learnable_technique() -> None:
    ps = _invented_set()
    head = fit_head(ps, C=1.0, n_buckets=256)
    f1 = tune_head(head, ps)
    k = INDEX["Doubt"]
    pred = head.scores(ps.X, ps.texts)[:, k] >= head.thresholds[k]
    assert f1 > 0.5
    assert (pred == ps.Y[:, k]).mean() > 0.95


def test_hashed_ngrams_are_lowercased_unigrams_and_bigrams() -> None:
    want = sorted({zlib.crc32(g.encode()) % 1000 for g in ("red", "herring", "red herring")})
    assert hashed_ngrams("Red  HERRING", 1000).tolist() == want
    assert hashed_ngrams("", 1000).size == 0


def test_dense_features_pool_each_paragraph_of_an_invented_pass() -> None:
    text = "ab cd\n\nef"
    offsets = np.asarray([[0, 2], [3, 5], [7, 9]])
    states = np.asarray([[1.0, 0.0], [3.0, 2.0], [5.0, 5.0]], np.float32)
    span = np.zeros((3, len(TECHNIQUES)), np.float32)
    span[1, 4] = 0.8
    enc = EncodedText(text, offsets, {"token_states": states, "span_probs": span, "para_probs": span * 0.5}, pooled=np.asarray([0.25, 0.5], np.float32))
    paragraphs = [(0, 5), (6, 6), (7, 9)]
    feats = dense_features(enc, token_paragraphs(offsets, paragraphs), 3)
    col = {n: i for i, n in enumerate(feature_names(hidden=2))}
    assert feats.shape == (3, len(col))
    assert feats[0, col["state_mean_0"]] == 2.0 and feats[0, col["state_max_1"]] == 2.0
    assert feats[0, col["span_max_4"]] == pytest.approx(0.8) and feats[0, col["span_mean_4"]] == pytest.approx(0.4)
    assert feats[0, col["para_max_4"]] == pytest.approx(0.4)
    assert feats[1, col["is_empty"]] == 1.0 and feats[1, col["state_max_0"]] == 0.0
    assert feats[2, col["state_mean_1"]] == 5.0 and feats[2, col["position"]] == 1.0
    assert (feats[:, col["pooled_1"]] == 0.5).all() and feats[0, col["is_first"]] == 1.0


def _model_dir(tmp_path: Path, head: ParagraphHead | None) -> Path:
    shipped = default_model_dir()
    for name in ("model.onnx", "tokenizer.json"):
        (tmp_path / name).symlink_to(shipped / name)
    cfg = json.loads((shipped / "config.json").read_text())
    cfg["paragraph_source"] = "stacked"
    cfg["paragraph_head"] = {"file": HEAD_FILE, "fallback_source": "span_probs"}
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    if head is not None:
        head.save(tmp_path / HEAD_FILE)
    return tmp_path


def _constant_head(bias: dict[str, float], thresholds: dict[str, float]) -> ParagraphHead:
    d = len(feature_names())
    b = np.full(len(TECHNIQUES), -8.0, np.float32)
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    for t, v in bias.items():
        b[INDEX[t]] = v
    for t, v in thresholds.items():
        th[INDEX[t]] = v
    return ParagraphHead(np.zeros(d), np.ones(d), np.zeros((d, len(TECHNIQUES))), b, th)


def test_stage_labels_paragraphs_from_the_head_and_its_thresholds(tmp_path: Path) -> None:
    head = _constant_head({"Flag_Waving": 3.0, "Slogans": 3.0}, {"Slogans": 0.99})
    model = PersuasionModel(_model_dir(tmp_path, head))
    assert model.paragraph_source == "stacked"
    np.testing.assert_allclose(model.thresholds.paragraph, head.thresholds)
    article = Article.from_text(ARTICLE)
    spans, per_paragraph, _, _ = PersuasionStage(model).predict(_parsed(article), None)  # type: ignore[arg-type]
    assert [p.paragraph for p in per_paragraph] == list(range(len(article.paragraphs)))
    for p in per_paragraph:  # sigmoid(3) = 0.953: above 0.5, below Slogans' 0.99
        assert [(t.technique, t.confidence) for t in p.techniques] == [("Flag_Waving", pytest.approx(0.9526, abs=1e-4))]


def test_missing_head_file_falls_back_to_span_maxima(tmp_path: Path) -> None:
    model = PersuasionModel(_model_dir(tmp_path, None))
    assert model.paragraph_source == "span_probs" and model.paragraph_head is None
    cfg = json.loads((default_model_dir() / "config.json").read_text())
    want = [cfg["paragraph_thresholds"].get(t, cfg["default_threshold"]) for t in TECHNIQUES]
    np.testing.assert_allclose(model.thresholds.paragraph, want, rtol=1e-6)
    paragraphs = [(p.start, p.end) for p in Article.from_text(ARTICLE).paragraphs]
    _, scores, enc = model.analyse(ARTICLE, paragraphs)
    expected = paragraph_scores(enc.token_outputs["span_probs"], token_paragraphs(enc.offsets, paragraphs), len(paragraphs))
    np.testing.assert_array_equal(scores, expected)


def test_unreadable_head_file_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / HEAD_FILE).write_bytes(b"not an npz")
    with pytest.raises(ModelError, match="paragraph head"):
        ParagraphHead.load(tmp_path / HEAD_FILE)


def _parsed(article: Article):
    from unspun.nlp import ParsedArticle

    return ParsedArticle(article, ())
