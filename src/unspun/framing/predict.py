"""From an article's encoding to its framing findings: genre, frames, narratives, entity roles.

Every head is linear on mean-pooled token states, so the paragraphs that carry a label
are the paragraphs on whose vectors the head scores highest, and the sentence quoted in
a narrative's explanation is the one, in those paragraphs, that the head scores highest.
"""

from __future__ import annotations

import numpy as np

from unspun.article import Article
from unspun.framing.decode import decode_multilabel, decode_narratives, decode_roles, domains_mentioned
from unspun.framing.encoding import Encoding
from unspun.framing.entities import Actor
from unspun.framing.heads import LinearHead, paragraph_contributions
from unspun.framing.labels import DOMAIN_NAMES, OTHER
from unspun.framing.model import FramingModel, article_features, mention_features
from unspun.framing.schema import EntityRole, FrameFinding, Genre, NarrativeFinding
from unspun.spans import Span

TOP_PARAGRAPHS = 3
MAX_MENTIONS = 8
_QUOTE_CHARS = 180


def top_paragraphs(head: LinearHead, encoding: Encoding, columns: list[int], k: int = TOP_PARAGRAPHS) -> list[int]:
    """The ``k`` paragraphs whose vectors the head's ``columns`` score highest (summed)."""
    if not len(encoding.paragraphs) or not columns:
        return []
    score = sum(paragraph_contributions(head, encoding.paragraphs, c) for c in columns)
    order = np.argsort(-score, kind="stable")
    return [int(i) for i in order[:k]]


def predict_genre(model: FramingModel, encoding: Encoding, article: Article) -> Genre:
    """The most likely genre and every genre's probability."""
    head = model.heads["genre"]
    scores = model.genre_probabilities(model.genre_views(encoding, article))[0]
    return Genre(label=head.labels[int(np.argmax(scores))],  # type: ignore[arg-type]
                 scores={label: round(float(s), 4) for label, s in zip(head.labels, scores)})


def predict_frames(model: FramingModel, encoding: Encoding) -> list[FrameFinding]:
    """Frames over threshold, best first, each with the paragraphs that carry it."""
    head = model.heads["frames"]
    found = decode_multilabel(head.scores(article_features(encoding)), head)
    return [FrameFinding(frame=label, confidence=round(score, 4),
                         paragraphs=top_paragraphs(head, encoding, [head.labels.index(label)]))
            for label, score in found]


def _sentences(article: Article, index: int) -> list[tuple[int, int]]:
    """Rough sentence spans of paragraph ``index`` (split after . ! ? followed by a space)."""
    p = article.paragraphs[index]
    text = article.text[p.start : p.end]
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " ") and i + 1 - start > 20:
            spans.append((p.start + start, p.start + i + 1))
            start = i + 2
    if start < len(text):
        spans.append((p.start + start, p.end))
    return spans


def explain(article: Article, encoding: Encoding, heads: list[tuple[LinearHead, int]], paragraphs: list[int], label: str) -> str:
    """One sentence: the label, and the sentence of its paragraphs the heads score highest."""
    best, best_score = None, -np.inf
    for index in paragraphs:
        for start, end in _sentences(article, index):
            vector = encoding.span_vector(start, end)
            score = sum(float(h.logits(vector)[c]) for h, c in heads)
            if score > best_score:
                best, best_score = (index, start, end), score
    if best is None:
        return f"The article's overall content matches the narrative “{label}”."
    index, start, end = best
    quote = " ".join(article.text[start:end].split())
    if len(quote) > _QUOTE_CHARS:
        quote = quote[: _QUOTE_CHARS - 1].rstrip() + "…"
    return f"The article advances “{label}” most clearly in ¶{index}: “{quote}”"  # ¶ numbered from 0 as everywhere


def predict_narratives(model: FramingModel, encoding: Encoding, article: Article) -> list[NarrativeFinding]:
    """The narratives of the article's domain over threshold, or one "Other" finding."""
    h = model.heads
    x = article_features(encoding)
    ngrams = model.ngram_row(article.text)[0] if model.narrative_ngrams else None  # the genre view's row
    n, s = model.narrative_scores(x, ngrams)
    decisions = decode_narratives(h["domain"].scores(x), n, s, h["domain"], h["narratives"], h["subnarratives"],
                                  domains_mentioned(article.text))
    out = []
    for d in decisions:
        if d.narrative == OTHER:
            where = DOMAIN_NAMES.get(d.domain)
            reason = (f"it is about {where} but none of that topic's narratives scores over its threshold"
                      if where else "it is not about the war in Ukraine or climate change")
            out.append(NarrativeFinding(domain=d.domain, narrative=OTHER, subnarrative=OTHER, confidence=round(d.confidence, 4),
                                        paragraphs=[], explanation=f"No narrative of the SemEval-2025 taxonomy: {reason}."))
            continue
        used = [(h["narratives"], d.narrative_index)] if d.narrative_index is not None else []
        if d.subnarrative_index is not None:
            used.append((h["subnarratives"], d.subnarrative_index))
        paragraphs = top_paragraphs(h["narratives"], encoding, [d.narrative_index] if d.narrative_index is not None else [])
        label = d.subnarrative if d.subnarrative_index is not None else d.narrative
        out.append(NarrativeFinding(domain=d.domain, narrative=d.narrative, subnarrative=d.subnarrative,
                                    confidence=round(d.confidence, 4), paragraphs=paragraphs,
                                    explanation=explain(article, encoding, used, paragraphs[:2], label.split(": ", 1)[-1])))
    return out


def predict_roles(model: FramingModel, encoding: Encoding, article: Article, actors: list[Actor]) -> list[EntityRole]:
    """Each actor's role, from the mean of its mentions' scores."""
    main, fine = model.heads["main_role"], model.heads["fine_roles"]
    out = []
    for actor in actors:
        mentions = actor.mentions[:MAX_MENTIONS]
        x = np.array([mention_features(encoding, article, s, e) for s, e in mentions])
        ms, fs = main.scores(x), fine.scores(x)
        role, fine_roles, confidence = decode_roles(ms.mean(0), fs.mean(0), main, fine)
        column = main.labels.index(role)
        order = np.argsort(-ms[:, column], kind="stable")[:5]
        out.append(EntityRole(entity=actor.name, mentions=[Span.of(article.text, *mentions[i]) for i in order],
                              main_role=role, fine_roles=fine_roles, confidence=round(confidence, 4)))  # type: ignore[arg-type]
    return out
