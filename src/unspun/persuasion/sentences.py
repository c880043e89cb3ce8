"""Sentence bounds for persuasion spans, and which techniques are marked as whole sentences.

Annotators mark some techniques as a word or two (Loaded_Language: "shakedown") and others
as the whole sentence that makes the move (Doubt, Causal_Oversimplification,
Whataboutism). The token heads fire on the most telling words of such a sentence, so a
span of those techniques is widened to the sentences it touches: a reader sees the move,
and the span covers what the annotators mark. Which techniques are sentence-like is
learned from training spans (:func:`sentence_like_techniques`), never hand-picked, and
stored in the model's config.

The splitter is a rule, the same in training and at run time, for every language of the
data: a line is split after ``.``, ``!``, ``?`` or ``…`` (with any closing quotation
marks or brackets) followed by white space. It never crosses a line, so a widened span
stays in its paragraph. Abbreviations ("Dr. Ruiz") split a sentence early, which only
widens a span less.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from unspun.article import _is_blank

_LINE = re.compile(r"[^\r\n]+")  # lines as in unspun.article.split_paragraphs
# A sentence end: a run of stops (matched from its first character only, which keeps the
# scan linear on a long run of '!?!?...'), closing marks, then white space or the line end.
_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s|$)")

MIN_COVER = 0.7
"""A training span is sentence-like when it covers at least this share of the sentence it overlaps most."""
MIN_SHARE = 0.5
"""A technique is sentence-like when at least this share of its training spans are."""


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every sentence of ``text``, in order, never crossing a line break.

    Bounds are trimmed of white space and invisible characters exactly as paragraphs are
    (:func:`unspun.article.split_paragraphs`), so a widened span never leaves its paragraph
    (a ``\r`` before the line break, trailing spaces, a byte-order mark).
    """
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        cuts = [m.end() for m in _END.finditer(text, line.start(), line.end())] + [line.end()]
        for cut in cuts:
            s, e = start, cut
            while s < e and _is_blank(text[s]):
                s += 1
            while e > s and _is_blank(text[e - 1]):
                e -= 1
            if e > s:
                out.append((s, e))
            start = cut
    return out


def widen(start: int, end: int, bounds: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """``[start, end)`` widened to the sentences it overlaps (unchanged when it overlaps none)."""
    hit = [(s, e) for s, e in bounds if s < end and e > start]
    if not hit:
        return start, end
    return min(start, hit[0][0]), max(end, hit[-1][1])


def sentence_cover(text: str, start: int, end: int, bounds: Sequence[tuple[int, int]] | None = None) -> float:
    """The largest share of one sentence that ``[start, end)`` covers (0 when it overlaps none)."""
    best = 0.0
    for s, e in bounds if bounds is not None else sentence_bounds(text):
        overlap = min(end, e) - max(start, s)
        if overlap > 0:
            best = max(best, overlap / (e - s))
    return best


def sentence_like_techniques(
    articles: Iterable[tuple[str, Iterable[tuple[str, int, int]]]], min_cover: float = MIN_COVER, min_share: float = MIN_SHARE
) -> tuple[list[str], dict[str, dict[str, float]]]:
    """Techniques whose training spans are mostly whole sentences, and the counts that decided.

    ``articles``: (text, [(technique, start, end), ...]) pairs of training articles.
    """
    total: dict[str, int] = {}
    whole: dict[str, int] = {}
    for text, spans in articles:
        bounds = sentence_bounds(text)
        for technique, start, end in spans:
            total[technique] = total.get(technique, 0) + 1
            if sentence_cover(text, start, end, bounds) >= min_cover:
                whole[technique] = whole.get(technique, 0) + 1
    stats = {t: {"spans": n, "sentence_like_share": round(whole.get(t, 0) / n, 3)} for t, n in sorted(total.items())}
    chosen = [t for t, s in stats.items() if s["sentence_like_share"] >= min_share]
    return chosen, stats
