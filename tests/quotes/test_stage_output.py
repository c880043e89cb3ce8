"""The quotes stage builds its output without re-validating it: what it builds must still be valid."""

from __future__ import annotations

import unspun
from unspun.quotes.model import Quote, Source


def test_every_quote_and_source_of_the_sample_survives_full_validation(sample_analysis: unspun.Analysis) -> None:
    assert sample_analysis.quotes and sample_analysis.sources
    for quote in sample_analysis.quotes:
        again = Quote.model_validate(quote.model_dump())
        assert again == quote
        assert isinstance(quote.start, int) and isinstance(quote.confidence, float)
        assert quote.text == sample_analysis.article.text[quote.start : quote.end]
    for source in sample_analysis.sources:
        assert Source.model_validate(source.model_dump()) == source
