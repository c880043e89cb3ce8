"""Each stage runs only on the languages it was built for and says why it gave nothing on others."""

from __future__ import annotations

import pytest
from language_texts import FRENCH, SPANISH

import unspun
from unspun.article import Article
from unspun.report.html import render_html
from unspun.report.terminal import render_terminal
from rich.console import Console


@pytest.fixture(scope="module")
def french(analyzer: unspun.Analyzer) -> unspun.Analysis:
    return analyzer.analyze(FRENCH)


@pytest.fixture(scope="module")
def spanish(analyzer: unspun.Analyzer) -> unspun.Analysis:
    return analyzer.analyze(SPANISH)


def _plain(analysis: unspun.Analysis) -> str:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))
    console.print(render_terminal(analysis))
    return console.export_text()


def test_the_detected_language_is_recorded_in_the_article(french: unspun.Analysis) -> None:
    assert french.article.language == "fr"
    assert french.article.language_confidence is not None and french.article.language_confidence >= 0.9


def test_english_only_stages_withhold_on_french_and_say_why(french: unspun.Analysis) -> None:
    for key in ("quotes", "claims", "genre", "narratives", "entity_roles"):
        assert "French (fr, detected" in french.withheld[key]
    assert "English speech verbs" in french.withheld["quotes"]
    assert french.quotes == [] and french.sources == [] and french.claims == [] and french.repeated_quantities == []
    assert french.genre is None and french.narratives == [] and french.entity_roles == []


def test_frames_are_judged_on_french_which_the_frames_head_learned_from(french: unspun.Analysis) -> None:
    assert "framing" not in french.withheld
    assert french.frames is not None and french.frames  # a budget row over subsidies: at least one frame
    assert all(0 <= f.confidence <= 1 for f in french.frames)


def test_persuasion_labels_french_paragraphs_but_gives_no_unmeasured_spans(french: unspun.Analysis) -> None:
    assert "persuasion" not in french.withheld
    assert french.paragraph_techniques  # the invented article is loaded ("une honte absolue", "ces bureaucrates")
    # spans are measured on English only: none given, and why
    assert french.techniques == [] and "measured on English articles only" in french.withheld["techniques"]


def test_persuasion_withholds_on_spanish_which_it_never_learned(spanish: unspun.Analysis) -> None:
    assert spanish.article.language == "es"
    assert "Spanish (es" in spanish.withheld["persuasion"]
    assert spanish.techniques == [] and spanish.paragraph_techniques == []
    assert set(spanish.withheld) >= {"quotes", "claims", "persuasion", "framing"}
    assert "Spanish (es" in spanish.withheld["framing"] and spanish.frames == [] and spanish.genre is None


def test_every_stage_still_counts_as_run_and_the_json_validates(spanish: unspun.Analysis) -> None:
    assert spanish.analyses == ["structure", "quotes", "claims", "persuasion", "framing"]
    assert spanish.invalid_spans() == []
    assert unspun.Analysis.model_validate_json(spanish.to_json()) == spanish


def test_a_language_given_with_the_article_is_trusted(analyzer: unspun.Analyzer) -> None:
    analysis = analyzer.analyze(Article.from_text(FRENCH, language="en"))
    assert analysis.article.language == "en" and analysis.article.language_confidence is None
    assert "quotes" not in analysis.withheld and "framing" not in analysis.withheld


def test_english_articles_withhold_nothing_for_language(sample_analysis: unspun.Analysis) -> None:
    assert sample_analysis.article.language == "en"
    assert not any("this article is in" in reason for reason in sample_analysis.withheld.values())


def test_terminal_report_shows_the_language_and_each_reason(french: unspun.Analysis) -> None:
    text = " ".join(_plain(french).split())
    assert "French (fr, detected 1.00)" in text
    assert "Not judged: quotes and speakers are found with an English parser" in text
    assert "Not judged: claims, their numbers and hedges" in text
    assert "Spans not judged: technique spans are measured on English articles only" in text
    assert "No quotes found" not in text
    assert "Genre, Narratives, Entity roles" in text and text.count("genre, narratives and roles are learned") == 1
    assert "on French articles" in text  # the frames' reliability line gives the French figure
    assert "stages: structure, persuasion, framing; not judged: quotes, claims" in text


def test_html_report_shows_the_reasons_and_marks_the_page_language(french: unspun.Analysis) -> None:
    page = render_html(french)
    assert '<html lang="fr">' in page
    assert page.count('class="withheld"') >= 3
    assert "<dt>Genre, Narratives, Entity roles</dt>" in page
    assert "not judged: quotes, claims" in page  # the header does not list them as stages that judged
    assert "Spans not judged: technique spans are measured on English" in page
    assert "Not judged: quotes and speakers are found" in page
