"""Repeated numbers: the same counted thing given a number in more than one sentence."""

from __future__ import annotations


def test_two_different_numbers_for_the_same_thing_are_inconsistent(claims_of) -> None:
    text = ("Arvenia called up 250,000 reservists in March.\n"
            "By April the 350,000 reservists were at the front.")
    groups = claims_of(text).repeated_quantities
    assert len(groups) == 1
    group = groups[0]
    assert (group.unit, group.consistent) == ("reservists", False)
    assert [m.text for m in group.mentions] == ["250,000 reservists", "350,000 reservists"]
    assert [m.paragraph for m in group.mentions] == [0, 1]


def test_the_same_number_twice_is_consistent(claims_of) -> None:
    text = "The fleet has 40 frigates. Of the 40 frigates, all are at sea."
    (group,) = claims_of(text).repeated_quantities
    assert group.consistent and len(group.mentions) == 2


def test_a_bound_that_admits_the_exact_figure_is_consistent(claims_of) -> None:
    text = "Rebels hold more than 200 villages. In all they hold 230 villages."
    (group,) = claims_of(text).repeated_quantities
    assert group.consistent


def test_a_bound_that_excludes_the_exact_figure_is_inconsistent(claims_of) -> None:
    text = "Fewer than 100 villages remain. Officials later counted 180 villages."
    (group,) = claims_of(text).repeated_quantities
    assert not group.consistent


def test_singular_and_plural_mentions_group_together(claims_of) -> None:
    text = "The navy lost 1 destroyer on Monday. Another 1 destroyer sank on Friday."
    (group,) = claims_of(text).repeated_quantities
    assert [m.unit for m in group.mentions] == ["destroyer", "destroyer"]


def test_percentages_and_dates_are_not_grouped(claims_of) -> None:
    text = "Inflation hit 9% in 2022. Turnout was 40% in 2022."
    assert claims_of(text).repeated_quantities == []


def test_different_things_are_not_grouped(claims_of) -> None:
    text = "The army has 300 tanks. It also has 90 helicopters."
    assert claims_of(text).repeated_quantities == []


class NotRecalled:
    """Scores every sentence as a claim except those that say 'recalled'."""

    threshold = 0.5

    def score(self, sentences):
        return [0.1 if "recalled" in s else 0.9 for s in sentences]


def test_numbers_outside_claims_still_count(claims_of) -> None:
    text = "He recalled the 500 volunteers. Later 650 volunteers came."
    analysis = claims_of(text, scorer=NotRecalled())
    assert [c.text for c in analysis.claims] == ["Later 650 volunteers came."]
    (group,) = analysis.repeated_quantities
    assert [m.text for m in group.mentions] == ["500 volunteers", "650 volunteers"] and not group.consistent


def test_counts_far_apart_are_different_sets_not_a_conflict(claims_of) -> None:
    text = ("More than 300 officers moved into the estate on Monday.\n"
            "By the evening 58 officers had been hurt, and 310 officers stayed overnight.")
    groups = claims_of(text).repeated_quantities
    assert [(g.consistent, [m.text for m in g.mentions]) for g in groups] == [
        (True, ["More than 300 officers", "310 officers"])]


def test_sums_in_a_currency_named_after_the_amount_are_not_grouped(claims_of) -> None:
    text = ("The budget of 418.6 billion krona was approved in May. "
            "Last year the state spent 391.2 billion krona on the same programmes.")
    assert claims_of(text).repeated_quantities == []
