"""Vocabulary pruning for SentencePiece (Unigram) encoders: keep the pieces a model needs.

multilingual-e5-small has 250k pieces (96M of its parameters are the word-embedding
table); an English news model uses a fraction of them. The pruned tokenizer keeps every
piece of the original segmentation of the given texts, so it segments them exactly as the
base did (checked on a sample), and the single characters of the Latin, Greek and
Cyrillic scripts and common punctuation, so that unseen words still split into known
pieces. The caller slices the embedding table with the returned ids.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np

log = logging.getLogger(__name__)

KEEP_CHAR_RANGES = ((0x20, 0x530), (0x2000, 0x2070), (0x20A0, 0x20C0))


def prune_tokenizer(base_tokenizer: Path, texts: list[str], out: Path, min_count: int = 1,
                    extra_pieces: Iterable[str] = ()) -> np.ndarray:
    """Write a pruned tokenizer.json to ``out``; return the kept old ids in new-id order.

    Kept: every piece the ``texts`` use at least ``min_count`` times, the special tokens,
    the single characters of ``KEEP_CHAR_RANGES`` and any of ``extra_pieces`` the base has.
    """
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_tokenizer))
    counts: Counter[int] = Counter()
    for enc in tok.encode_batch(texts, add_special_tokens=False):
        counts.update(enc.ids)
    j = json.loads(base_tokenizer.read_text(encoding="utf-8"))
    vocab = j["model"]["vocab"]
    keep = {i for i, c in counts.items() if c >= min_count}
    keep |= {a["id"] for a in j["added_tokens"] if a["content"] != "<mask>"}
    wanted = set(extra_pieces)
    keep |= {i for i, (piece, _) in enumerate(vocab) if piece in wanted}
    for i, (piece, _) in enumerate(vocab):
        core = piece[1:] if piece.startswith("\u2581") else piece
        if len(core) <= 1 and all(any(lo <= ord(ch) < hi for lo, hi in KEEP_CHAR_RANGES) for ch in core):
            keep.add(i)
    kept = np.asarray(sorted(keep), dtype=np.int64)
    new_of = {int(old): new for new, old in enumerate(kept)}
    j["model"]["vocab"] = [vocab[i] for i in kept]
    j["model"]["unk_id"] = new_of[j["model"]["unk_id"]]
    j["added_tokens"] = [dict(a, id=new_of[a["id"]]) for a in j["added_tokens"] if a["id"] in new_of]
    for spec in j["post_processor"].get("special_tokens", {}).values():
        spec["ids"] = [new_of[i] for i in spec["ids"]]
    out.write_text(json.dumps(j, ensure_ascii=False), encoding="utf-8")
    pruned = Tokenizer.from_file(str(out))
    for text in texts[:: max(1, len(texts) // 200)]:
        a = [new_of[i] for i in tok.encode(text, add_special_tokens=False).ids]
        b = pruned.encode(text, add_special_tokens=False).ids
        if a != b:
            raise RuntimeError("the pruned tokenizer segments a corpus text differently; keep more pieces")
    log.info("vocabulary pruned from %d to %d pieces", len(vocab), len(kept))
    return kept
