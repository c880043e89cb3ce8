"""Regenerate the framing golden outputs after retraining the heads or changing the shared encoder.

    python tests/framing/golden/make_golden.py
"""

from __future__ import annotations

import json
from pathlib import Path

from unspun.article import Article
from unspun.framing.model import article_features, genre_features
from unspun.framing.stage import FramingStage

HERE = Path(__file__).resolve().parent
TEXT = (
    "Ministers of Tarnland argue over the price of the new wind farms\n"
    "The government of Tarnland said on Monday that its offshore wind farms would cut carbon emissions by a third.\n"
    "Critics called the plan a costly fantasy. \"Families will pay for this folly,\" said Edda Vorn, who leads the opposition.\n"
    "Vorn said the climate targets were set by officials who never pay an electricity bill.\n"
)


def outputs() -> dict:
    stage = FramingStage()
    article = Article.from_text(TEXT)
    encoding = stage.encoder.encode(article)
    heads = stage.model.heads
    x = article_features(encoding)
    return {
        "encoder": stage.model.encoder,
        "genre": heads["genre"].scores(genre_features(encoding, article)).round(4).tolist(),
        "frames": heads["frames"].scores(x).round(4).tolist(),
        "domain": heads["domain"].scores(x).round(4).tolist(),
        "narratives": heads["narratives"].scores(x).round(4).tolist(),
    }


if __name__ == "__main__":
    (HERE / "framing_v1.json").write_text(json.dumps({"text": TEXT, **outputs()}, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "framing_v1.json")
