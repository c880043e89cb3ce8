"""The reason a stage gives for an article in a language it was not built for."""

from __future__ import annotations

from unspun.article import Article
from unspun.language import unsupported_reason


def _article(language: str | None, confidence: float | None = None) -> Article:
    return Article(text="Texte.", language=language, language_confidence=confidence)


def test_a_stage_for_any_language_always_runs() -> None:
    assert unsupported_reason("anything", None, _article("fr", 0.99)) is None


def test_an_undetermined_language_is_read_as_english() -> None:
    assert unsupported_reason("English verbs", ("en",), _article(None)) is None


def test_a_supported_language_runs() -> None:
    assert unsupported_reason("six languages", ("en", "fr"), _article("fr", 0.99)) is None


def test_another_language_gets_a_reason_naming_what_the_stage_rests_on_and_the_language() -> None:
    reason = unsupported_reason("quotes are found with English speech verbs", ("en",), _article("fr", 0.996))
    assert reason == ("not judged: quotes are found with English speech verbs; "
                      "this article is in French (fr, detected 1.00)")
