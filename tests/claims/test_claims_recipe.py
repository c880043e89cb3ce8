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
