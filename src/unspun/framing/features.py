"""Encodings of the training articles, cached on disk so cross-validation runs the encoder once.

The cache holds one ``.npz`` per article (token states as float32, exactly as the encoder
gave them, and their offsets) under ``<cache>/<encoder name>-fp32/``; it lives outside the
repository (``/tmp`` by default).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import numpy as np

from unspun.article import Article
from unspun.framing.encoding import ArticleEncoder, Encoding, pool

log = logging.getLogger(__name__)

DEFAULT_CACHE = Path(os.environ.get("UNSPUN_FRAMING_CACHE", "/tmp/unspun-framing-cache"))


def _key(article: Article) -> str:
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:16]


def encode_cached(encoder: ArticleEncoder, article: Article, cache: Path | None = DEFAULT_CACHE) -> Encoding:
    """The article's encoding, read from the cache when present, else computed and stored."""
    if cache is None:
        return encoder.encode(article)
    # float32 on disk: a cached run must score exactly as the first, uncached one (float16
    # states had moved cross-validated figures by up to 0.02 between the two).
    folder = cache / f"{encoder.name}-fp32"
    path = folder / f"{_key(article)}.npz"
    if path.exists():
        with np.load(path) as data:
            return pool(article, data["tokens"].astype(np.float32), data["offsets"])
    enc = encoder.encode(article)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, tokens=enc.tokens.astype(np.float32), offsets=enc.offsets)
    tmp.replace(path)
    return enc


def encode_all(encoder: ArticleEncoder, articles: list[Article], cache: Path | None = DEFAULT_CACHE) -> list[Encoding]:
    """Encodings of many articles, logging progress every 50."""
    out = []
    for i, a in enumerate(articles):
        out.append(encode_cached(encoder, a, cache))
        if (i + 1) % 50 == 0:
            log.info("encoded %d/%d articles with %s", i + 1, len(articles), encoder.name)
    return out
