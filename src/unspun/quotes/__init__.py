"""Quotes: direct, partial and reported quotes, social posts, non-answers, their speakers, the source roster.

``analysis.py`` imports the JSON models from here, so the stage is loaded lazily
(importing it eagerly would import ``analysis.py`` back while it is half-built).
"""

from typing import Any

from unspun.quotes.model import Quote, Source, Speaker

__all__ = ["Quote", "QuoteStage", "Source", "Speaker", "extract_quotes"]


def __getattr__(name: str) -> Any:
    if name in ("QuoteStage", "extract_quotes"):
        from unspun.quotes import stage

        return getattr(stage, name)
    raise AttributeError(f"module 'unspun.quotes' has no attribute {name!r}")
