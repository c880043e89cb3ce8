"""Vocabulary pruning keeps the pieces the texts use, single characters and the extra pieces asked for."""

from __future__ import annotations

import json
from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, processors

from unspun.encoder.vocabulary import prune_tokenizer

SPECIALS = ["<s>", "<pad>", "</s>", "<unk>"]
PIECES = [("\u2581the", -1.0), ("\u2581cat", -2.0), ("\u2581dog", -2.0), ("\u2581cart", -2.5), ("\u2581c", -4.0),
          ("\u2581d", -4.0), ("a", -4.0), ("t", -4.0), ("o", -4.0), ("g", -4.0), ("r", -4.0), ("\u2581", -5.0)]


def _write_base(path: Path) -> Path:
    tok = Tokenizer(models.Unigram([(s, 0.0) for s in SPECIALS] + PIECES, unk_id=3))
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.post_processor = processors.TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)])
    tok.add_special_tokens(SPECIALS)
    tok.save(str(path))
    return path


def _pieces(path: Path) -> list[str]:
    return [piece for piece, _ in json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]]


def test_pruned_vocabulary_keeps_used_pieces_and_single_characters_only(tmp_path: Path) -> None:
    base = _write_base(tmp_path / "base.json")
    kept = prune_tokenizer(base, ["the cat", "the cat the"], tmp_path / "pruned.json")
    pieces = _pieces(tmp_path / "pruned.json")
    assert "\u2581dog" not in pieces and "\u2581cart" not in pieces
    assert {"\u2581the", "\u2581cat", "\u2581c", "a", "t", "\u2581"} <= set(pieces)
    # The kept ids are the base ids of the kept pieces, in order: the embedding rows to slice.
    base_pieces = _pieces(base)
    assert [base_pieces[i] for i in kept] == pieces


def test_pruned_tokenizer_segments_the_texts_as_the_base_did(tmp_path: Path) -> None:
    base = _write_base(tmp_path / "base.json")
    prune_tokenizer(base, ["the cat"], tmp_path / "pruned.json")
    before = Tokenizer.from_file(str(base)).encode("the cat")
    after = Tokenizer.from_file(str(tmp_path / "pruned.json")).encode("the cat")
    assert after.tokens == before.tokens == ["<s>", "\u2581the", "\u2581cat", "</s>"]
    # A word the texts never used still splits into kept pieces rather than <unk>.
    assert "<unk>" not in Tokenizer.from_file(str(tmp_path / "pruned.json")).encode("dog").tokens


def test_extra_pieces_survive_pruning(tmp_path: Path) -> None:
    base = _write_base(tmp_path / "base.json")
    prune_tokenizer(base, ["the cat"], tmp_path / "pruned.json", extra_pieces=["\u2581dog", "\u2581absent"])
    pieces = _pieces(tmp_path / "pruned.json")
    assert "\u2581dog" in pieces and "\u2581absent" not in pieces
    assert Tokenizer.from_file(str(tmp_path / "pruned.json")).encode("dog").tokens == ["<s>", "\u2581dog", "</s>"]
