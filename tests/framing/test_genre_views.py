"""The framing model's genre views: features per view, saving and loading the n-gram vocabulary."""

from __future__ import annotations

import numpy as np
import pytest

from unspun.errors import ModelError
from unspun.framing.genre import GenreCombination
from unspun.framing.heads import LinearHead
from unspun.framing.labels import GENRES
from unspun.framing.model import NGRAMS_FILE, FramingModel
from unspun.framing.ngrams import NgramVocabulary
from unspun.framing.predict import predict_genre
from unspun.framing.style import STYLE_FEATURES


def head(labels, kind, dim, seed) -> LinearHead:
    rng = np.random.default_rng(seed)
    return LinearHead(list(labels), kind, np.zeros(dim, np.float32), np.ones(dim, np.float32),
                      rng.standard_normal((dim, len(labels))).astype(np.float32), np.zeros(len(labels), np.float32))

TEXTS = ["The council said the ferry will sail on Monday.", "I think we deserve better ferries, don't you?",
         "Ferry sails to the moon, council says."]


@pytest.fixture()
def viewed_model(toy_model) -> FramingModel:
    vocab = NgramVocabulary.fit(TEXTS, min_df=2)
    toy_model.heads["genre_style"] = head(GENRES, "softmax", len(STYLE_FEATURES), 11)
    toy_model.heads["genre_ngrams"] = head(GENRES, "softmax", len(vocab.grams), 12)
    toy_model.genre = GenreCombination(list(GENRES), ["genre", "genre_style", "genre_ngrams"], np.array([0.0, 0.5, 1.0]))
    toy_model.vocabulary = vocab
    return toy_model


def test_genre_reads_every_view_of_the_combination(viewed_model, article, make_encoder) -> None:
    encoding = make_encoder().encode(article)
    views = viewed_model.genre_views(encoding, article)
    assert set(views) == {"genre", "genre_style", "genre_ngrams"}
    assert views["genre_ngrams"].shape == (1, len(viewed_model.vocabulary.grams))
    genre = predict_genre(viewed_model, encoding, article)
    assert np.isclose(sum(genre.scores.values()), 1.0, atol=1e-3)
    assert genre.label == max(genre.scores, key=genre.scores.get)


def test_model_without_a_combination_uses_the_genre_head_alone(toy_model, article, make_encoder) -> None:
    encoding = make_encoder().encode(article)
    assert set(toy_model.genre_views(encoding, article)) == {"genre"}
    views = toy_model.genre_views(encoding, article)
    assert np.allclose(toy_model.genre_probabilities(views), toy_model.heads["genre"].scores(views["genre"]))


def test_genre_views_and_vocabulary_round_trip_through_the_model_files(viewed_model, article, make_encoder, tmp_path) -> None:
    viewed_model.save(tmp_path)
    assert (tmp_path / NGRAMS_FILE).exists()
    loaded = FramingModel.load(tmp_path)
    assert loaded.genre is not None and loaded.genre.members == viewed_model.genre.members
    encoding = make_encoder().encode(article)
    a = viewed_model.genre_probabilities(viewed_model.genre_views(encoding, article))
    b = loaded.genre_probabilities(loaded.genre_views(encoding, article))
    assert np.allclose(a, b)


def test_missing_ngram_vocabulary_is_a_model_error_naming_the_file(viewed_model, tmp_path) -> None:
    viewed_model.save(tmp_path)
    (tmp_path / NGRAMS_FILE).unlink()
    with pytest.raises(ModelError, match=NGRAMS_FILE):
        FramingModel.load(tmp_path)


def test_narrative_ngram_head_is_averaged_in_and_round_trips(viewed_model, article, make_encoder, tmp_path) -> None:
    from unspun.framing.model import NARRATIVE_NGRAMS
    from unspun.framing.predict import predict_narratives

    encoding = make_encoder().encode(article)
    x = encoding.article
    plain_n, plain_s = viewed_model.narrative_scores(x)
    labels = viewed_model.heads["narratives"].labels
    viewed_model.heads[NARRATIVE_NGRAMS] = head(labels, "sigmoid", len(viewed_model.vocabulary.grams), 13)
    row = viewed_model.vocabulary.transform([article.text])[0]
    n, s = viewed_model.narrative_scores(x, row)
    assert np.allclose(n, (plain_n + viewed_model.heads[NARRATIVE_NGRAMS].scores(row)) / 2) and np.allclose(s, plain_s)
    with pytest.raises(ModelError):
        viewed_model.narrative_scores(x)
    viewed_model.save(tmp_path)
    loaded = FramingModel.load(tmp_path)
    assert loaded.narrative_ngrams
    assert predict_narratives(loaded, encoding, article) == predict_narratives(viewed_model, encoding, article)


def test_model_trained_with_the_narrative_ngram_view_refuses_to_load_without_it(viewed_model, tmp_path) -> None:
    import json

    viewed_model.config["narrative_ngrams"] = True  # as training records it when the view was chosen
    viewed_model.save(tmp_path)
    with pytest.raises(ModelError, match="narratives_ngrams"):
        FramingModel.load(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    config["heads"]["ghost"] = config["heads"]["narratives"]  # a head whose weights are not in heads.npz
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(ModelError, match="heads.npz"):
        FramingModel.load(tmp_path)
