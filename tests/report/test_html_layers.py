"""Each analysis key is one layer: drawn when present, absent when its key is missing."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from unspun.report.html_layers import number_title

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.report.html import render_html


def _data_json(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="unspun-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_every_present_layer_is_drawn_with_its_toggle(invented: dict[str, Any], technique_info: dict[str, Any]) -> None:
    page = render_html(invented, technique_info=technique_info)
    for key in ("techniques", "quotes", "claims", "numbers"):
        assert f'data-layer="{key}"' in page, key
    assert page.count('class="claim-score"') == 2
    assert 'data-speaker="Mara Quill"' in page and 'data-speaker="Ivo Brandel"' in page
    assert "Share of quoted words per source" in page and "Technique spans per family" in page
    assert "Single-source reliance: Mara Quill has 80%" in page
    assert 'href="#claim-0"' in page and 'id="claim-0"' in page
    assert ".fam0 { --c: #E69F00; }" in page and ".spk1 { --s: #EE8866; }" in page  # palette from the constants


def test_structure_shows_headings_and_boxes_social_posts(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    assert re.search(r'<h1 id="p0" class="kind-title">Glasshouse Levy', page)
    assert re.search(r'<h2 id="p3" class="kind-heading">What the treasury says</h2>', page)
    assert re.search(r'<figure id="p5" class="social"><figcaption>Social post</figcaption>', page)
    assert '<p id="p6" class="caption">' in page


def test_missing_keys_leave_their_layers_out(invented: dict[str, Any]) -> None:
    for key in ("techniques", "paragraph_techniques", "quotes", "sources", "claims", "genre", "frames", "narratives", "entity_roles"):
        invented.pop(key)
    page = render_html(invented)
    assert "data-layer=" not in page and 'class="tech' not in page and 'class="quote' not in page
    assert "<h2 id=\"h-summary\">" not in page and "Only the structure stage ran" in page
    assert "Glasshouse Levy Splits the Valley of Orrin" in page


def test_an_analysis_model_renders_like_its_dict() -> None:
    article = Article.from_text("A title\nA body line with words.")
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    assert "A body line with words." in render_html(analysis)


def test_technique_popup_data_carries_definition_confidence_and_dev_score(
    invented: dict[str, Any], technique_info: dict[str, Any]
) -> None:
    data = _data_json(render_html(invented, technique_info=technique_info))
    by_name = {t["technique"]: t for t in data["techniques"]}
    assert by_name["Loaded_Language"]["definition"] == "Words chosen for their emotional charge."
    assert by_name["Loaded_Language"]["dev_score"] == 0.42 and by_name["Loaded_Language"]["confidence"] == 0.83
    assert by_name["Slogans"]["definition"] is None  # unknown to the catalogue: the popup says so
    assert data["analysis"]["article"]["id"] == "orrin-1"


def test_definitions_on_the_items_are_used_without_a_catalogue(invented: dict[str, Any]) -> None:
    invented["techniques"][0]["definition"] = "Defined on the item."
    data = _data_json(render_html(invented, technique_info={}))
    assert data["techniques"][0]["definition"] == "Defined on the item."


def test_overlapping_techniques_stack_and_differ_in_colour(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    # "disaster" is inside "a disaster for every grower": two nested technique pieces
    assert re.search(r'<span class="tech fam\d lv1"[^>]*><span class="tech fam\d lv0"[^>]*>disaster</span>', page)
    families = set(re.findall(r'class="tech (fam\d)', page))
    assert len(families) == 3


def test_framing_summary_lists_genre_frames_narratives_and_roles(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    summary = page[page.index('id="h-summary"'):]
    summary = summary[: summary.index("</section>")]
    for expected in ("opinion", "Economic", "Other", "Mara Quill", "Protagonist"):
        assert expected in summary
    # every genre's probability, the chosen one first, as the terminal report gives them
    assert 'opinion <span class="score">0.70</span> <span class="note">(reporting 0.25, satire 0.05)</span>' in summary


def test_paragraph_level_techniques_are_listed_under_their_paragraph(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    assert re.search(r'</figure><ul class="pnotes"[^>]*><li>Name Calling 0.80</li><li>Slogans 0.60</li></ul>', page)


def test_paragraph_chips_use_the_techniques_display_names(invented: dict[str, Any], technique_info: dict[str, Any]) -> None:
    page = render_html(invented, technique_info=technique_info)
    assert "<li>Name calling 0.80</li>" in page


def test_framing_summary_shows_labels_without_underscores(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    assert "Fairness and equality" in page and "Fairness_and_equality" not in page.split("<script", 1)[0]


def test_page_makes_no_network_requests(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    assert not re.search(r'\s(src|srcset)=', page)
    assert "@import" not in page and "url(" not in page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "connect-src" not in csp
    links = re.findall(r'href="([^"]+)"', page)
    assert all(h.startswith("#") or h == "https://courier.invalid/orrin" for h in links), links


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>"])
def test_only_http_urls_become_links(invented: dict[str, Any], url: str) -> None:
    invented["article"]["url"] = url
    page = render_html(invented)
    assert 'href="javascript' not in page and 'href="data' not in page


def test_known_families_keep_their_colour_in_every_report() -> None:
    from unspun.report.html_layers import family_colours

    alone = family_colours({"Call"})
    together = family_colours({"Call", "Attack on reputation", "An invented family"})
    assert alone["Call"] == together["Call"] and len(set(together.values())) == 3


def test_the_invented_fixture_matches_the_published_schema(invented: dict[str, Any]) -> None:
    """Keys the Analysis model knows must validate, so the report is tested on the real shapes."""
    known = {k: v for k, v in invented.items() if k in Analysis.model_fields}
    assert Analysis.model_validate(known).article.id == "orrin-1"


def test_default_definitions_come_from_the_persuasion_package() -> None:
    from unspun.report.html import default_technique_info

    info = default_technique_info()
    persuasion = pytest.importorskip("unspun.persuasion.definitions")
    assert set(info) >= set(persuasion.DEFINITIONS)
    assert all(entry.get("definition") for entry in info.values())


def test_claims_panel_says_what_its_score_means(invented: dict[str, Any]) -> None:
    page = render_html(invented)
    assert "check-worthiness score (0 to 1), not a verdict on whether the claim is true" in page


def test_quote_marks_say_their_kind_in_words_and_non_answers_are_not_shaded_as_quotes() -> None:
    from unspun.quotes.model import Quote, Speaker

    text = "Vote\n\"It is a disgrace,\" said Ivo Brandel. Harbourline did not answer when asked."
    art = Article.from_text(text)

    def quote(needle: str, kind: str, name: str) -> Quote:
        s = text.index(needle)
        return Quote(start=s, end=s + len(needle), text=needle, paragraph=1, kind=kind, confidence=0.9,
                     speaker=Speaker(name=name, mention=None, source_id=None, resolution="explicit"), cue=None)

    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(art), analyses=["quotes"], sources=[],
                        quotes=[quote("It is a disgrace,", "direct", "Ivo Brandel"),
                                quote("Harbourline did not answer when asked", "non_answer", "Harbourline")])
    page = render_html(analysis)
    assert 'title="Quote by Ivo Brandel"' in page and 'title="Harbourline did not answer"' in page
    assert re.search(r'class="quote nonanswer"', page)


@pytest.mark.parametrize("quantity, title", [
    ({"value": 40000.0, "low": None, "high": None, "unit": "commuters", "bound": "at_most", "text": "up to 40,000"},
     "Number: at most 40,000 commuters"),
    ({"value": None, "low": 40000.0, "high": 50000.0, "unit": "commuters", "bound": "range", "text": "40,000 to 50,000"},
     "Number: 40,000 to 50,000 commuters"),
    ({"value": 2.5, "low": None, "high": None, "unit": "EUR", "bound": "exact", "text": "€2.50"}, "Number: 2.5 EUR"),
    ({"value": None, "low": None, "high": None, "unit": "date", "bound": "exact", "date": "2026-03", "text": "March"},
     "Date: 2026-03"),
])
def test_number_tooltips_say_the_reading_in_words(quantity: dict[str, Any], title: str) -> None:
    assert number_title(quantity) == title


def test_whose_words_a_span_is_is_not_known_when_quotes_were_not_looked_for(invented: dict[str, Any]) -> None:
    assert '"whose_words_known": true' in render_html(invented)
    invented.pop("quotes")
    invented.pop("sources")
    assert '"whose_words_known": false' in render_html(invented)  # the popup says "Not known", not "the article's"
