"""Surface style features that tell reporting from opinion and satire.

Mean-pooled encoder states say what an article is about more than how it is written;
genre is mostly the latter. Reports quote and attribute ("said", "according to"),
opinion pieces speak in the first and second person and ask questions. These counts,
per 100 words, are appended to the encoder vector of the genre head.
"""

from __future__ import annotations

import re

import numpy as np

from unspun.article import Article

STYLE_FEATURES: tuple[str, ...] = (
    "log_words", "log_paragraphs", "words_per_paragraph", "quotes", "attribution", "first_singular",
    "first_plural", "second_person", "questions", "exclamations", "digits", "all_caps", "capitalised",
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ATTRIBUTION = re.compile(r"\b(said|says|told|according to|stated|announced|reported)\b", re.IGNORECASE)
_FIRST_SINGULAR = {"i", "me", "my", "mine", "myself", "i'm", "i’m", "i've", "i’ve"}
_FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves", "we're", "we’re"}
_SECOND = {"you", "your", "yours", "yourself", "you're", "you’re"}


def style_vector(article: Article) -> np.ndarray:
    """The :data:`STYLE_FEATURES` of ``article`` (rates per 100 words)."""
    text = article.text
    words = _WORD.findall(text)
    n = max(1, len(words))
    lower = [w.casefold() for w in words]
    per100 = 100.0 / n
    paragraphs = max(1, len(article.paragraphs))
    values = [
        np.log1p(len(words)),
        np.log1p(paragraphs),
        len(words) / paragraphs / 10.0,
        sum(text.count(q) for q in ('"', "“", "”")) * per100,
        len(_ATTRIBUTION.findall(text)) * per100,
        sum(w in _FIRST_SINGULAR for w in lower) * per100,
        sum(w in _FIRST_PLURAL for w in lower) * per100,
        sum(w in _SECOND for w in lower) * per100,
        text.count("?") * per100,
        text.count("!") * per100,
        sum(ch.isdigit() for ch in text) / max(1, len(text)) * 100,
        sum(len(w) > 1 and w.isupper() for w in words) * per100,
        sum(w[0].isupper() for w in words) * per100,
    ]
    return np.asarray(values, dtype=np.float32)
