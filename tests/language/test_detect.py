"""Language detection: confident guesses only, given languages trusted, codes normalised."""

from __future__ import annotations

import pytest

from unspun.article import Article
from unspun.language import UnknownLanguageError, describe_language, detect_language, given_code, normalise_code, with_language
from unspun.language.detect import MIN_CONFIDENCE

from language_texts import FRENCH, SPANISH
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "unspun" / "data" / "sample_article.txt"


def test_french_article_is_detected_as_french_with_high_confidence() -> None:
    guess = detect_language(FRENCH)
    assert guess is not None and guess.code == "fr" and guess.confidence >= MIN_CONFIDENCE


def test_spanish_article_is_detected_as_spanish() -> None:
    guess = detect_language(SPANISH)
    assert guess is not None and guess.code == "es"


def test_the_english_sample_article_is_english() -> None:
    guess = detect_language(SAMPLE.read_text(encoding="utf-8"))
    assert guess is not None and guess.code == "en"


@pytest.mark.parametrize("text", ["Hi.", "OK", "12 345 678", ""])
def test_a_text_too_short_to_tell_is_undetermined(text: str) -> None:
    assert detect_language(text) is None


def test_links_and_handles_are_not_counted_as_words() -> None:
    # four words of text around a handle and a link: too little to tell, whatever the links say
    assert detect_language("BREAKING: @CityHall signs bill https://t.co/AbC123 https://t.co/XyZ987") is None


@pytest.mark.parametrize("given, code", [("en-US", "en"), ("EN_gb", "en"), ("fr", "fr"), (" de ", "de")])
def test_language_tags_are_kept_as_their_primary_subtag(given: str, code: str) -> None:
    assert normalise_code(given) == code


@pytest.mark.parametrize("given", ["", "  ", None, "und", "mul", "zxx", "UND"])
def test_no_value_or_a_tag_meaning_no_language_leaves_it_to_detection(given: str | None) -> None:
    assert normalise_code(given) is None


@pytest.mark.parametrize("given, code", [("eng", "en"), ("fra", "fr"), ("fre", "fr"), ("ger", "de"), ("pol-PL", "pl")])
def test_three_letter_codes_are_mapped_to_two_letter_ones(given: str, code: str) -> None:
    assert normalise_code(given) == code


@pytest.mark.parametrize("given", ["English", "e", "x1", "zz", "xyz", 123, ["en"]])
def test_values_that_are_not_known_language_codes_are_refused(given: object) -> None:
    with pytest.raises(UnknownLanguageError):
        normalise_code(given)
    assert given_code(given) is None  # read from an article's metadata: the text is read instead


def test_an_english_report_quoting_a_long_french_statement_is_english() -> None:
    text = ("Port council backs the ferry plan\n"
            "The council voted on Monday to keep the night ferry, after a long debate in the town hall. "
            "Its French partner sent a statement that the mayor read aloud: \"Nous soutenons pleinement ce projet, "
            "qui relie nos deux villes depuis trente ans, et nous ne laisserons pas les coûts du carburant "
            "décider de l'avenir de nos habitants ni de nos commerces.\" Councillors applauded.")
    guess = detect_language(text)
    assert guess is not None and guess.code == "en"


def test_a_given_language_is_trusted_over_the_text_but_a_plain_contradiction_is_recorded(caplog) -> None:
    article = with_language(Article.from_text(FRENCH, language="en-GB", origin="fr.txt"))
    assert article.language == "en" and article.language_confidence is None
    assert article.language_detected == "fr"
    assert "fr.txt: the language is given as en but the text reads as fr" in caplog.text
    assert describe_language("en", None, "fr") == "English (en, given; the text reads as French)"


def test_a_given_language_the_text_agrees_with_records_no_contradiction() -> None:
    assert with_language(Article.from_text(FRENCH, language="fr")).language_detected is None


def test_an_article_without_a_language_gets_the_detected_one_and_its_confidence() -> None:
    article = with_language(Article.from_text(FRENCH))
    assert article.language == "fr" and article.language_confidence is not None
    assert article.text == FRENCH and article.paragraphs == Article.from_text(FRENCH).paragraphs


def test_a_given_value_that_is_no_code_is_replaced_by_detection() -> None:
    assert with_language(Article.from_text(FRENCH, language="Français")).language == "fr"


def test_a_short_article_stays_undetermined() -> None:
    article = with_language(Article.from_text("Council meets today."))
    assert article.language is None and article.language_confidence is None


def test_descriptions_say_whether_the_language_was_detected_or_given() -> None:
    assert describe_language("fr", 0.997) == "French (fr, detected 1.00)"
    assert describe_language("de", None) == "German (de, given)"
    assert describe_language("xh", None) == "xh (xh, given)"
    assert describe_language(None, None) is None
