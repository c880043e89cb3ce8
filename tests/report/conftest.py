"""An invented article with every layer filled in by hand, so the report tests do not
depend on the quotes, claims, persuasion or framing stages; and a headless Chromium."""

from __future__ import annotations

from typing import Any

import pytest

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.claims.model import AssertedBy, Claim, Quantity
from unspun.quotes.model import Quote, Source, Speaker
from unspun.spans import Span


TEXT = "\n".join([
    "Glasshouse Levy Splits the Valley of Orrin",
    "Farmers in the Orrin valley say a new levy on glasshouses will ruin them. \"This levy is a disaster for every grower,\" said Mara Quill, who chairs the growers' guild.",
    "The levy raises 12 million crowns a year, according to the treasury of Orrin.",
    "What the treasury says",
    "Treasurer Ivo Brandel said the levy was \"fair and modest\" and would fund 300 new apprenticeships.",
    "Only cowards would oppose a levy that builds our future! #OrrinRising",
    "Photo: glasshouses at dawn near the Orrin river.",
])


def span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def build_analysis() -> dict[str, Any]:
    """The invented article with hand-made quotes, sources, claims, techniques and framing."""
    article = Article.from_text(TEXT, id="orrin-1", outlet="Valley Courier", url="https://courier.invalid/orrin")
    record = ArticleRecord.of(article)
    for p, kind in zip(record.paragraphs, ["title", "body", "body", "heading", "body", "social_post", "caption"]):
        p.kind = kind  # type: ignore[assignment]
    t = article.text

    def sp(needle: str, occurrence: int = 0) -> Span:
        return Span.of(t, *span(t, needle, occurrence))

    q1, q2 = sp("This levy is a disaster for every grower,"), sp("fair and modest")
    quotes = [
        Quote(**q1.model_dump(), paragraph=1, kind="direct", confidence=0.9,
              speaker=Speaker(name="Mara Quill", mention=sp("Mara Quill"), source_id="s1", resolution="explicit"), cue=sp("said")),
        Quote(**q2.model_dump(), paragraph=4, kind="partial", confidence=0.8,
              speaker=Speaker(name="Ivo Brandel", mention=sp("Ivo Brandel"), source_id="s2", resolution="explicit"), cue=None),
    ]
    sources = [
        Source(id="s1", name="Mara Quill", kind="person", description="chairs the growers' guild", quote_count=1,
               words_quoted=8, share=0.8, paragraphs=[1], single_source_reliance=True),
        Source(id="s2", name="Ivo Brandel", kind="person", description="Treasurer", quote_count=1,
               words_quoted=3, share=0.2, paragraphs=[4]),
    ]
    c1 = sp("The levy raises 12 million crowns a year, according to the treasury of Orrin.")
    n1 = sp("12 million crowns")
    c2 = sp("would fund 300 new apprenticeships")
    n2 = sp("300 new apprenticeships")
    claims = [
        Claim(**c1.model_dump(), paragraph=2, score=0.91, certainty="high", hedges=[],
              asserted_by=AssertedBy(kind="source", name="treasury of Orrin", source_id=None),
              quantities=[Quantity(**n1.model_dump(), value=12e6, low=None, high=None, unit="crowns", bound="exact")]),
        Claim(**c2.model_dump(), paragraph=4, score=0.74, certainty="medium", hedges=[],
              asserted_by=AssertedBy(kind="source", name="Ivo Brandel", source_id="s2"),
              quantities=[Quantity(**n2.model_dump(), value=300, low=None, high=None, unit="apprenticeships", bound="exact")]),
    ]
    analysis = Analysis(unspun_version="test", article=record, analyses=["structure", "quotes", "claims"],
                        quotes=quotes, sources=sources, claims=claims)
    data = analysis.to_dict()

    def tech(name: str, family: str, needle: str, paragraph: int, confidence: float) -> dict[str, Any]:
        s = sp(needle)
        return {"technique": name, "family": family, "start": s.start, "end": s.end, "text": s.text,
                "paragraph": paragraph, "confidence": confidence}

    data["techniques"] = [
        tech("Loaded_Language", "Manipulative wording", "disaster", 1, 0.83),
        tech("Exaggeration", "Manipulative wording", "a disaster for every grower", 1, 0.61),
        {**tech("Name_Calling", "Attack on reputation", "Only cowards would oppose", 5, 0.77), "quoted_from": "Ivo Brandel"},
        tech("Slogans", "Call", "#OrrinRising", 5, 0.58),
    ]
    data["paragraph_techniques"] = [{"paragraph": 5, "techniques": [{"technique": "Name_Calling", "confidence": 0.8},
                                                                     {"technique": "Slogans", "confidence": 0.6}]}]
    data["genre"] = {"label": "opinion", "scores": {"opinion": 0.7, "reporting": 0.25, "satire": 0.05}}
    data["frames"] = [{"frame": "Economic", "confidence": 0.8, "paragraphs": [1, 2]},
                      {"frame": "Fairness_and_equality", "confidence": 0.4, "paragraphs": [5]}]
    data["narratives"] = [{"domain": "Other", "narrative": "Other", "subnarrative": "Other", "confidence": 0.55,
                           "paragraphs": [1], "explanation": "The article blames the treasury for the growers' losses."}]
    quill = sp("Mara Quill")
    data["entity_roles"] = [
        {"entity": "Mara Quill", "mentions": [{"start": quill.start, "end": quill.end, "text": quill.text}],
         "main_role": "Protagonist", "fine_roles": ["Underdog"], "confidence": 0.66},
    ]
    data["analyses"] += ["persuasion", "framing"]
    return data


TECHNIQUE_INFO = {
    "Loaded_Language": {"label": "Loaded language", "definition": "Words chosen for their emotional charge.",
                        "dev_score": 0.42, "dev_metric": "F1"},
    "Name_Calling": {"label": "Name calling", "definition": "A label that makes the target hated or ridiculed.",
                     "dev_score": 0.38, "dev_metric": "F1"},
}


@pytest.fixture
def invented() -> dict[str, Any]:
    return build_analysis()


@pytest.fixture
def technique_info() -> dict[str, dict[str, Any]]:
    return {k: dict(v) for k, v in TECHNIQUE_INFO.items()}


