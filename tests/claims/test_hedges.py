"""Hedges and certainty markers, and the certainty level they give a claim."""

from __future__ import annotations

import pytest

from unspun.claims.hedges import certainty_level, find_certainty_markers, find_hedges


@pytest.mark.parametrize(("text", "hedge"), [
    ("The convoy was reportedly hit near Sarn.", "reportedly"),
    ("The mayor allegedly took the money.", "allegedly"),
    ("Analysts estimate the losses at 300 tanks.", "estimate"),
    ("The dam may fail within a week.", "may"),
    ("The vote appears to have been rigged.", "appears"),
    ("On paper, the brigade has 4,000 men.", "On paper"),
    ("The fleet seems smaller than announced.", "seems"),
    ("About 300 people attended.", "About"),
])
def test_each_kind_of_hedge_is_found_with_exact_offsets(text: str, hedge: str) -> None:
    found = find_hedges(text)
    assert [h.text for h in found] == [hedge]
    assert all(text[h.start : h.end] == h.text for h in found)


@pytest.mark.parametrize(("text", "marker"), [
    ("The figures clearly show a fall.", "clearly"),
    ("There is no doubt the bridge was shelled.", "no doubt"),
    ("The simple fact is that exports fell.", "The simple fact"),
    ("Prices undoubtedly rose in June.", "undoubtedly"),
])
def test_each_kind_of_certainty_marker_is_found(text: str, marker: str) -> None:
    assert [m.text for m in find_certainty_markers(text)] == [marker]


def test_may_the_month_is_not_a_hedge() -> None:
    assert find_hedges("The treaty was signed in May 1998 and again on 4 May 2001.") == []


def test_may_the_modal_at_the_start_of_a_sentence_is_a_hedge() -> None:
    assert [h.text for h in find_hedges("May prices fall further? They may.")] == ["May", "may"]


@pytest.mark.parametrize("text", [
    "The storm claimed 14 lives on the coast.",
    "May was the wettest month since records began.",
    "The mayor appears in court on Monday.",
    "The sea wall could not withstand the surge.",
])
def test_words_that_only_look_like_hedges_are_not_hedges(text: str) -> None:
    assert find_hedges(text) == []


def test_it_is_thought_that_is_a_hedge() -> None:
    assert [h.text for h in find_hedges("It is thought that 40 people remain unaccounted for.")] == ["It is thought"]


def test_never_states_a_fact_it_does_not_insist() -> None:
    assert find_certainty_markers("The minister has never visited the flooded towns.") == []


def test_approximators_are_hedges_only_before_numbers() -> None:
    assert find_hedges("The story is about the harbour.") == []


def test_certainty_level_follows_hedges_and_markers() -> None:
    hedged = find_hedges("The army reportedly lost 200 tanks.")
    sure = find_certainty_markers("The army clearly lost 200 tanks.")
    assert certainty_level(hedged, []) == "low"
    assert certainty_level([], sure) == "high"
    assert certainty_level([], []) == "medium"
    assert certainty_level(hedged, sure) == "medium"


@pytest.mark.parametrize(("text", "hedged"), [
    ("Around half a million people left the coast.", True),
    ("About one in three pupils passed the test.", True),
    ("Around two thousand people marched.", True),
    ("We talked about one thing only.", False),
    ("They argued about two issues.", False),
])
def test_approximators_before_number_words_are_hedges(text: str, hedged: bool) -> None:
    assert bool(find_hedges(text)) is hedged


@pytest.mark.parametrize(("text", "hedge"), [
    ("He was reported to have told colleagues that the audit was a formality.", "was reported to"),
    ("The ruling is expected to take place in June.", "is expected to"),
    ("It is widely believed that the mine will close.", "widely believed"),
])
def test_reported_expected_and_widely_believed_are_hedges(text: str, hedge: str) -> None:
    found = find_hedges(text)
    assert [text[h.start : h.end] for h in found] == [hedge]


def test_a_report_that_was_published_is_not_hedged() -> None:
    assert find_hedges("The inspectors reported their findings to the board.") == []


def test_forecast_to_and_hearing_reports_hedge_and_a_noun_claims_that_does_not(claims_of) -> None:
    texts = ["Revenue is forecast to rise by 5.8% to 391.2 billion euros next year.",
             "We are hearing reports that a firefighter has been taken to hospital with burns to 30% of his body.",
             "Some brands have made health claims that breach advertising rules, the regulator said on 4 May 2026."]
    hedges = [[h.text for h in claims_of(t).claims[0].hedges] for t in texts]
    assert hedges == [["is forecast to"], ["hearing reports"], []]


@pytest.mark.parametrize(("text", "hedge"), [
    ("The club signed him for a reported £40m a year.", "a reported"),
    ("Officers believe they fled towards the A40.", "believe"),
    ("Daily swimming is associated with better memory.", "is associated with"),
    ("Prices remain about a third higher than in 2020.", "about"),
])
def test_hedges_a_review_found_missing(text: str, hedge: str) -> None:
    assert [h.text for h in find_hedges(text)] == [hedge]


def test_a_comparative_likelihood_is_a_statistic_not_a_hedge() -> None:
    assert find_hedges("Swimmers were 18% less likely to develop asthma.") == []
    assert [h.text for h in find_hedges("Rain is likely tomorrow.")] == ["likely"]
