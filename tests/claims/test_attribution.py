"""Who asserts a claim: a quote's speaker, a named source, a collective, another outlet, or the article."""

from __future__ import annotations

import pytest

from unspun.quotes.model import Quote, Source, Speaker
from unspun.spans import Span


def asserter(claims_of, text: str, **kwargs):
    analysis = claims_of(text, **kwargs)
    assert analysis.claims, "the stand-in scorer should make this sentence a claim"
    return analysis.claims[0].asserted_by


def test_an_unattributed_claim_is_the_articles_own(claims_of) -> None:
    who = asserter(claims_of, "The northern army lost 200 tanks in the spring.")
    assert (who.kind, who.name, who.source_id) == ("article", None, None)


@pytest.mark.parametrize("text", [
    "International analysts estimate that the army lost 200 tanks.",
    "Reports say 3,000 homes were flooded in Tarn.",
    "Western officials said 40 ships had left the port.",
    "According to experts, 12 bridges are unsafe.",
])
def test_unnamed_collectives_are_collective(claims_of, text: str) -> None:
    assert asserter(claims_of, text).kind == "collective"


def test_impersonal_passives_are_collective(claims_of) -> None:
    who = asserter(claims_of, "It is estimated that 9,000 people fled the valley.")
    assert (who.kind, who.name) == ("collective", None)


@pytest.mark.parametrize(("text", "outlet"), [
    ("Reuters is reporting that 350,000 reservists were called up.", "Reuters"),
    ("According to the Valdor Times, 60 officers resigned.", "Valdor Times"),
    ("State media reported that 14 drones were shot down.", "State media"),
])
def test_other_outlets_are_outlets(claims_of, text: str, outlet: str) -> None:
    who = asserter(claims_of, text)
    assert (who.kind, who.name) == ("outlet", outlet)


def test_a_named_source_is_a_source_linked_to_the_roster(claims_of) -> None:
    text = "Mira Castell said the port handled 9 million tonnes in 2023."
    roster = [Source(id="s1", name="Mira Castell", kind="person", description=None, quote_count=1,
                     words_quoted=8, share=1.0, paragraphs=[0])]
    who = asserter(claims_of, text, quotes=[], sources=roster)
    assert (who.kind, who.name, who.source_id) == ("source", "Mira Castell", "s1")


def test_a_named_source_without_the_quotes_stage_has_no_id(claims_of) -> None:
    who = asserter(claims_of, "The defence ministry said 48 jets were lost.")
    assert (who.kind, who.name, who.source_id) == ("source", "defence ministry", None)


def test_a_claim_inside_a_quote_is_asserted_by_the_quotes_speaker(claims_of) -> None:
    text = '"We have lost 120 armoured vehicles this month," the general told reporters.'
    start = 1
    end = text.index(",")
    quote = Quote(start=start, end=end, text=text[start:end], paragraph=0, kind="direct",
                  speaker=Speaker(name="Ilse Voronova", mention=None, source_id="s7", resolution="descriptor"),
                  cue=Span.of(text, text.index("told"), text.index("told") + 4), confidence=0.9)
    analysis = claims_of(text, quotes=[quote], sources=[])
    claim = analysis.claims[0]
    assert (claim.asserted_by.kind, claim.asserted_by.name, claim.asserted_by.source_id) == (
        "source", "Ilse Voronova", "s7")
    assert claim.is_quote


def test_a_quote_whose_cue_is_in_the_claim_sentence_gives_its_speaker(claims_of) -> None:
    text = '"We counted 40 empty shops," says Tarn council director Jonas Feld, who has studied 12 towns.'
    end = text.index(",")
    quote = Quote(start=1, end=end, text=text[1:end], paragraph=0, kind="direct",
                  speaker=Speaker(name="Jonas Feld", mention=None, source_id="s2", resolution="explicit"),
                  cue=Span.of(text, text.index("says"), text.index("says") + 4), confidence=0.9)
    who = asserter(claims_of, text, quotes=[quote], sources=[])
    assert (who.kind, who.name, who.source_id) == ("source", "Jonas Feld", "s2")


def test_a_quoted_group_is_a_collective(claims_of) -> None:
    text = '"We lost 300 homes," residents said.'
    end = text.index(",")
    quote = Quote(start=1, end=end, text=text[1:end], paragraph=0, kind="direct",
                  speaker=Speaker(name="residents", mention=None, source_id="s3", resolution="descriptor"),
                  cue=Span.of(text, text.index("said"), text.index("said") + 4), confidence=0.8)
    roster = [Source(id="s3", name="residents", kind="group", description=None, quote_count=1, words_quoted=4,
                     share=1.0, paragraphs=[0])]
    assert asserter(claims_of, text, quotes=[quote], sources=roster).kind == "collective"


def test_a_relative_clause_is_not_part_of_the_name(claims_of) -> None:
    who = asserter(claims_of, "Sofia Marin, who runs a bakery, says her costs rose 40% in 2023.")
    assert (who.kind, who.name) == ("source", "Sofia Marin")


def test_reporting_verbs_inside_quotation_marks_are_not_the_attribution(claims_of) -> None:
    who = asserter(claims_of, '"We found 12 faults," says engineer Petra Lind.')
    assert (who.kind, who.name) == ("source", "engineer Petra Lind")


def test_a_second_reporting_verb_shares_the_first_ones_subject(claims_of) -> None:
    who = asserter(claims_of, "The mayor called the deal a disgrace and said that 40,000 commuters pay the toll.")
    assert (who.kind, who.name) == ("source", "mayor")


@pytest.mark.parametrize("text", [
    "The economy added 150,000 jobs in March.",
    "Three men were found guilty of a £2m fraud in Kellbridge in 2024.",
    "The virus has claimed 14 lives in the county since January.",
    "Sales of electric cars showed a 20% rise in the first quarter.",
])
def test_everyday_senses_of_reporting_verbs_name_no_asserter(claims_of, text: str) -> None:
    assert asserter(claims_of, text).kind == "article"


def test_the_same_verbs_with_a_clause_do_name_the_asserter(claims_of) -> None:
    who = asserter(claims_of, "The Harlow Institute found that peak flows had risen by 30% since 1990.")
    assert (who.kind, who.name) == ("source", "Harlow Institute")


@pytest.mark.parametrize(("text", "name"), [
    ("The audit found 300 errors in the accounts for 2024.", "audit"),
    ("Police recorded 1,200 offences in the town centre last year.", "Police"),
])
def test_a_body_that_counts_or_finds_is_the_asserter_without_a_clause(claims_of, text: str, name: str) -> None:
    assert asserter(claims_of, text).name == name


@pytest.mark.parametrize(("text", "maker"), [
    ("A survey by the Riverton Traders' Association found that 81 per cent of its 140 members expected to lose "
     "customers.", "Riverton Traders' Association"),
    ("Figures published by the Office for Labour Data show that 300,000 jobs were added.", "Office for Labour Data"),
])
def test_a_survey_or_figures_by_a_named_maker_are_asserted_by_the_maker(claims_of, text: str, maker: str) -> None:
    who = asserter(claims_of, text)
    assert (who.kind, who.name) == ("source", maker)


def test_a_study_published_in_a_journal_is_not_the_journals_claim(claims_of) -> None:
    who = asserter(claims_of, "A study published in the Journal of Transport found that bus use rose by 12 per cent.")
    assert (who.kind, who.name) == ("collective", "A study")


def _asserter(run, text: str):
    (claim,) = run(text).claims
    return claim.asserted_by


def test_a_government_agency_is_no_news_outlet(claims_after_quotes) -> None:
    who = _asserter(claims_after_quotes, "The Environment Agency said this is the 7th wildfire in the region since June.")
    assert (who.kind, who.name) == ("source", "Environment Agency")


def test_analysts_at_a_named_firm_keep_the_firm_in_their_name(claims_after_quotes) -> None:
    who = _asserter(claims_after_quotes, "Analysts at Fennick Risk said the average claim was £28,000.")
    assert (who.kind, who.name) == ("collective", "Analysts at Fennick Risk")


def test_a_named_resident_after_where_they_live_is_the_asserter(claims_after_quotes) -> None:
    who = _asserter(claims_after_quotes, "A resident of Thornfold, Jess Marlow, told us she had 15 minutes to leave her house.")
    assert who.name == "Jess Marlow"


def test_a_forecast_is_asserted_by_who_forecasts_it(claims_of) -> None:
    who = _asserter(claims_of, "The Fiscal Council forecasts it will peak at 73.5% in 2028.")
    assert who.name == "Fiscal Council"
    who = _asserter(claims_of, "The company now expects revenue of between $800 million and $820 million this year.")
    assert who.kind == "source"


def test_a_forecast_in_a_second_clause_does_not_take_the_articles_own_figure(claims_of) -> None:
    # the 71% is the article's; one asserter per sentence, so the sentence stays the article's
    who = _asserter(claims_of, "Public debt stands at 71% of GDP, and the Fiscal Council forecasts it will peak at "
                               "73.5% in 2028.")
    assert who.kind == "article"


def _by(analysis, needle: str):
    return next(c for c in analysis.claims if needle in c.text).asserted_by


@pytest.mark.parametrize(("text", "needle", "kind", "name"), [
    ("Two men robbed a shop on Monday. Officers believe 2 men fled towards the A40.", "Officers", "collective", "Officers"),
    ("Health officials recommend that adults eat at least 5 portions of fruit a day.", "Health", "collective", "Health officials"),
    ("The study, published in the Eastern Journal of Energy, found that wind output doubled in 4 years.", "study",
     "collective", "study"),
    ("The Brindle Heritage Trust said the museum was closing in 2027.\nThe charity estimates that roughly 30% of its "
     "visitors come from abroad.", "charity", "source", "Brindle Heritage Trust"),
    ("The Harlow Vale Chamber of Commerce said a cut of 1.5 percentage points would save firms £4,300 a year.", "Harlow",
     "source", "Harlow Vale Chamber of Commerce"),
    ("The country has just 3.4 gigawatts of storage, and the grid operator, Pelnet, says at least 8 GW will be needed "
     "by 2031.", "3.4", "article", None),
])
def test_asserters_a_review_found_wrong(claims_after_quotes, text: str, needle: str, kind: str, name: str | None) -> None:
    who = _by(claims_after_quotes(text), needle)
    assert (who.kind, who.name) == (kind, name)
