"""Claims: check-worthy sentences, their numbers, who asserts them, hedges, and repeated numbers.

``analysis.py`` imports the JSON models from here, so the stage and the scorer are
loaded lazily (importing them eagerly would import ``analysis.py`` back while it
is half-built, and would load onnxruntime for callers that only need the models).
"""

from typing import Any

from unspun.claims.model import AssertedBy, Claim, Quantity, QuantityMention, RepeatedQuantity

__all__ = [
    "AssertedBy", "Claim", "ClaimScorer", "ClaimStage", "Quantity", "QuantityMention", "RepeatedQuantity",
    "extract_quantities",
]


def __getattr__(name: str) -> Any:
    if name == "ClaimStage":
        from unspun.claims.stage import ClaimStage

        return ClaimStage
    if name == "ClaimScorer":
        from unspun.claims.scorer import ClaimScorer

        return ClaimScorer
    if name == "extract_quantities":
        from unspun.claims.quantities import extract_quantities

        return extract_quantities
    raise AttributeError(f"module 'unspun.claims' has no attribute {name!r}")
