"""The claims training recipe: which base it fine-tunes and which vocabulary a pruned export keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.claims.evaluate import evaluate_claims
from unspun.claims.train import RECIPE, Recipe, base_path, news_pieces
from unspun.errors import InputError, ModelError


def test_a_base_model_folder_without_a_checkpoint_is_refused_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=str(tmp_path)):
        base_path(Recipe(base_model=str(tmp_path)))


def test_a_base_model_folder_with_config_and_tokenizer_is_used(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "tokenizer.json").write_text("{}", encoding="utf-8")
    assert base_path(Recipe(base_model=str(tmp_path))) == tmp_path


def test_the_default_recipe_trains_every_layer_of_its_base() -> None:
    assert RECIPE.trained_layers is None


def test_news_pieces_are_latin_script_pieces_of_the_shipped_persuasion_vocabulary() -> None:
    pieces = news_pieces()
    assert len(pieces) > 10_000
    assert "\u2581the" in pieces
    assert all(ord(ch) < 0x250 or ch == "\u2581" for piece in pieces for ch in piece)


def test_base_model_needs_the_finetuned_cross_validation(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--base-model"):
        evaluate_claims(tmp_path / "no-data", cv="frozen", base_model=tmp_path)


def _exported_copy(tmp_path: Path) -> Path:
    """A model folder like an export of claims_v1, without a held-out fold (no dataset needed)."""
    import json

    from unspun.claims.scorer import MODELS

    folder = tmp_path / "exported"
    folder.mkdir()
    for name in ("model.onnx", "tokenizer.json"):
        (folder / name).symlink_to(MODELS / "claims_v1" / name)
    config = json.loads((MODELS / "claims_v1" / "config.json").read_text(encoding="utf-8"))
    config["holdout_fold"] = None
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_attach_screen_makes_an_exported_model_a_cascade(tmp_path: Path) -> None:
    from unspun.claims.scorer import ClaimScorer
    from unspun.claims.train import attach_screen

    folder = _exported_copy(tmp_path)
    config = attach_screen(folder, "claims_v1", (0.2, 0.8), tmp_path / "no-data")
    assert config["screen"] == {"model": "claims_v1", "band": [0.2, 0.8]}
    scorer = ClaimScorer(folder)
    assert scorer.screen is not None and scorer.band == (0.2, 0.8)


def test_attach_screen_refuses_an_unknown_screen_or_an_empty_band(tmp_path: Path) -> None:
    from unspun.claims.train import attach_screen

    folder = _exported_copy(tmp_path)
    with pytest.raises(ModelError, match="no-such-model"):
        attach_screen(folder, "no-such-model", (0.2, 0.8), tmp_path)
    with pytest.raises(InputError, match="--band"):
        attach_screen(folder, "claims_v1", (0.8, 0.2), tmp_path)
