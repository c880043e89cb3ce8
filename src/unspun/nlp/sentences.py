"""A token's sentence, without spaCy's walk of the sentence starts at every ask."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def sentence_of(token: "Token") -> Span:
    """``token.sent``, from its parse's sentence bounds (found once per parse).

    spaCy's ``token.sent`` walks the sentence starts both ways and slices the doc each time it is
    asked (about 4 µs, twenty times a plain attribute); the quotes stage asks it of most names, cues
    and quotes. Stages read parses and never change them, so a parse's bounds are kept while it lives.
    """
    doc = token.doc
    bounds = _SENTENCE_BOUNDS.get(doc)
    if bounds is None:
        bounds = _SENTENCE_BOUNDS[doc] = _sentence_bounds(doc)
    if not bounds:
        return token.sent  # a hook of the doc's own gives its sentences
    start, end = bounds[token.i]
    return Span(doc, start, end)


def _sentence_bounds(doc: "Doc") -> list[tuple[int, int]]:
    """Per token of ``doc``, the start and end of its sentence; none for a doc whose hooks give its sentences."""
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
        return []
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        bounds += [(sent.start, sent.end)] * (sent.end - sent.start)
    return bounds


# (ints only: a span kept here would keep its doc, the key, alive)
_SENTENCE_BOUNDS: "weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]]" = weakref.WeakKeyDictionary()
