"""The encoder runtime on the shipped persuasion model: offsets round-trip, outputs per token."""

from __future__ import annotations

import numpy as np
import pytest

from unspun.encoder.runtime import Encoder
from unspun.errors import ModelError
from unspun.persuasion.model import default_model_dir

TEXT = (
    "Ministers in Velmora promised, once again, that the ferry would run \u201cby spring\u201d.\r\n"
    "Critics called it na\u00efve \u2014 a caf\u00e9-table fantasy; \u00fcbrigens, 42% disagreed.\n\n"
    "Last line with emoji \U0001F600 and tabs\there."
)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    d = default_model_dir()
    return Encoder(d / "model.onnx", d / "tokenizer.json", window=16, overlap=4, batch_size=3)


def test_offsets_point_into_the_text(encoder: Encoder) -> None:
    ids, offsets = encoder.tokenize(TEXT)
    assert len(ids) == len(offsets) > 20
    assert (offsets[:, 0] <= offsets[:, 1]).all() and offsets[-1, 1] <= len(TEXT)
    assert (np.diff(offsets[:, 0]) >= 0).all()
    pieces = [TEXT[s:e] for s, e in offsets if e > s]
    assert all(not p.isspace() for p in pieces)
    # Every non-space character of the text is covered by some token.
    covered = np.zeros(len(TEXT), bool)
    for s, e in offsets:
        covered[s:e] = True
    assert all(covered[i] for i, ch in enumerate(TEXT) if not ch.isspace())
    assert "Velmora" in "".join(pieces) or any("Vel" in p for p in pieces)


def test_outputs_have_one_row_per_token_across_windows(encoder: Encoder) -> None:
    enc = encoder.encode(TEXT)
    n = len(enc.offsets)
    assert len(enc.windows) > 1  # the small window forces several
    assert enc.token_outputs["span_probs"].shape == (n, 23)
    assert enc.token_outputs["token_states"].shape == (n, 384)
    assert enc.pooled is not None and enc.pooled.shape == (384,)
    probs = enc.token_outputs["span_probs"]
    assert ((probs >= 0) & (probs <= 1)).all()


def test_windowed_states_agree_with_one_long_window_inside(encoder: Encoder) -> None:
    d = default_model_dir()
    whole = Encoder(d / "model.onnx", d / "tokenizer.json", window=254, overlap=64).encode(TEXT)
    small = encoder.encode(TEXT)
    assert np.array_equal(whole.offsets, small.offsets)
    # Different contexts give different numbers, but of the same kind: the states stay close.
    a, b = whole.token_outputs["token_states"], small.token_outputs["token_states"]
    cos = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    assert np.median(cos) > 0.8


def test_empty_text_gives_no_tokens(encoder: Encoder) -> None:
    enc = encoder.encode("")
    assert len(enc.offsets) == 0 and enc.token_outputs == {}


def test_missing_model_file_is_a_model_error(tmp_path) -> None:
    with pytest.raises(ModelError, match="model file missing"):
        Encoder(tmp_path / "model.onnx", tmp_path / "tokenizer.json")
