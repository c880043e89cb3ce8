"""How the framing heads, trained on English articles only, do on articles in other languages.

The shared encoder is multilingual, so heads fitted on its English states could carry over
to French or Russian text. This measures whether they do, on the SemEval-2023 training
articles of the other languages (genre and frame labels), which the framing heads never
saw (the persuasion encoder did, with technique labels only). The framing stage reads
English only while these figures stay far under the English ones.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import numpy as np

from unspun.article import Article
from unspun.framing.datasets import read_semeval2023
from unspun.framing.labels import GENRES
from unspun.framing.metrics import macro_f1, micro_f1
from unspun.framing.model import MODEL_DIR, FramingModel
from unspun.framing.predict import predict_frames, predict_genre


def best_constant_frames(gold: list[tuple[str, ...]], labels: list[str]) -> tuple[list[str], float]:
    """The k most frequent gold frames answered for every article, k chosen on the same articles.

    An optimistic floor: a head that does not beat it says nothing about the article.
    """
    counts = Counter(f for frames in gold for f in frames)
    g = np.array([[label in frames for label in labels] for frames in gold])
    best: tuple[list[str], float] = ([], 0.0)
    for k in range(1, len(labels) + 1):
        chosen = [f for f, _ in counts.most_common(k)]
        p = np.tile([label in chosen for label in labels], (len(gold), 1))
        score = micro_f1(g, p)
        if score > best[1]:
            best = (chosen, score)
    return best


def evaluate_languages(multi: Path, languages: tuple[str, ...], model_dir: Path | None = None) -> dict:
    """Genre macro-F1 and frames micro-F1 of the shipped heads on each language's training articles."""
    from unspun.framing.stage import default_encoder

    model = FramingModel.load(model_dir or MODEL_DIR)
    encoder = default_encoder(model)
    frame_labels = list(model.heads["frames"].labels)
    result: dict = {"model": model.config.get("encoder", ""), "languages": {}}
    for lang in languages:
        started = time.time()
        articles = read_semeval2023(multi / lang)
        genre_gold, genre_pred, frames_gold, frames_pred = [], [], [], []
        for labelled in articles:
            article = Article.from_text(labelled.text)
            encoding = encoder.encode(article)
            if labelled.genre:
                genre_gold.append(labelled.genre)
                genre_pred.append(predict_genre(model, encoding, article).label)
            if labelled.frames:
                frames_gold.append(labelled.frames)
                frames_pred.append({f.frame for f in predict_frames(model, encoding)})
        g = np.array([[label in frames for label in frame_labels] for frames in frames_gold])
        p = np.array([[label in frames for label in frame_labels] for frames in frames_pred])
        constant, constant_f1 = best_constant_frames(frames_gold, frame_labels)
        result["languages"][lang] = {
            "articles": len(articles),
            "genre_macro_f1": round(macro_f1(genre_gold, genre_pred, GENRES), 4),
            "genre_macro_f1_always_opinion": round(macro_f1(genre_gold, ["opinion"] * len(genre_gold), GENRES), 4),
            "frames_micro_f1": round(micro_f1(g, p), 4),
            "frames_micro_f1_best_constant": round(constant_f1, 4),
            "best_constant_frames": constant,
            "seconds": round(time.time() - started, 1),
        }
    return result
