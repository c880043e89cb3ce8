"""Paragraph and article vectors pooled from token states; mention vectors."""

from __future__ import annotations

import numpy as np

from unspun.article import Article
from unspun.framing.encoding import from_encoded, pool


def test_paragraph_vectors_are_the_means_of_their_tokens() -> None:
    article = Article.from_text("aa bb\ncc")
    tokens = np.array([[1.0, 0.0], [3.0, 0.0], [0.0, 5.0]], dtype=np.float32)
    enc = pool(article, tokens, np.array([[0, 2], [3, 5], [6, 8]]))
    assert np.allclose(enc.paragraphs, [[2.0, 0.0], [0.0, 5.0]])
    assert np.allclose(enc.article, tokens.mean(0))
    assert np.allclose(enc.span_vector(3, 8), [1.5, 2.5])
    assert np.allclose(enc.span_vector(100, 101), [0.0, 0.0])


def test_a_shared_pass_is_reused_only_for_the_same_text_with_token_states() -> None:
    from types import SimpleNamespace

    article = Article.from_text("aa bb")
    states = {"token_states": np.ones((2, 4), dtype=np.float32)}
    same = SimpleNamespace(text="aa bb", offsets=np.array([[0, 2], [3, 5]]), token_outputs=states)
    assert from_encoded(article, same) is not None
    assert from_encoded(article, SimpleNamespace(text="other", offsets=same.offsets, token_outputs=states)) is None
    assert from_encoded(article, SimpleNamespace(text="aa bb", offsets=same.offsets, token_outputs={})) is None
    assert from_encoded(article, None) is None


def test_two_shared_outputs_are_read_side_by_side_and_both_are_required() -> None:
    from types import SimpleNamespace

    article = Article.from_text("aa bb")
    offsets = np.array([[0, 2], [3, 5]])
    outputs = {"token_states": np.ones((2, 3), dtype=np.float32), "embedding_states": np.full((2, 2), 2.0, dtype=np.float32)}
    encoded = SimpleNamespace(text="aa bb", offsets=offsets, token_outputs=outputs)
    enc = from_encoded(article, encoded, ("token_states", "embedding_states"))
    assert enc is not None and enc.tokens.shape == (2, 5)
    assert np.allclose(enc.article, [1.0, 1.0, 1.0, 2.0, 2.0])
    only_states = SimpleNamespace(text="aa bb", offsets=offsets, token_outputs={"token_states": outputs["token_states"]})
    assert from_encoded(article, only_states, ("token_states", "embedding_states")) is None
