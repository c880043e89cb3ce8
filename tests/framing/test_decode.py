"""From scores to labels: narratives with 'Other', subnarratives, fine roles within the main role."""

from __future__ import annotations

import numpy as np

from unspun.framing.decode import decode_narratives, decode_roles
from unspun.framing.labels import ALL_FINE_ROLES, FINE_ROLES


def _decide(toy_model, domain, narratives, subs):
    h = toy_model.heads
    return decode_narratives(np.array(domain), np.array(narratives), np.array(subs), h["domain"], h["narratives"], h["subnarratives"])


def test_article_outside_both_domains_gets_other(toy_model) -> None:
    found = _decide(toy_model, [0.1, 0.1, 0.8], [0.9, 0.9, 0.9], [0.9] * 4)
    assert [(d.domain, d.narrative, d.subnarrative) for d in found] == [("Other", "Other", "Other")]


def test_in_domain_article_without_a_narrative_over_threshold_gets_other_in_its_domain(toy_model) -> None:
    found = _decide(toy_model, [0.8, 0.1, 0.1], [0.1, 0.1, 0.9], [0.1] * 4)
    assert [(d.domain, d.narrative) for d in found] == [("URW", "Other")]


def test_narratives_stay_in_the_predicted_domain_and_get_their_subnarratives(toy_model) -> None:
    found = _decide(toy_model, [0.8, 0.1, 0.1], [0.9, 0.5, 0.99], [0.6, 0.1, 0.1, 0.9])
    narratives, subs = toy_model.heads["narratives"].labels, toy_model.heads["subnarratives"].labels
    pairs = {(d.narrative, d.subnarrative) for d in found}
    assert pairs == {(narratives[0], subs[0]), (narratives[1], narratives[1] + ": Other")}
    assert all(not d.narrative.startswith("CC") for d in found)


def test_fine_roles_come_from_the_main_role_and_at_least_one_is_given(toy_model) -> None:
    h = toy_model.heads
    fine = np.full(len(ALL_FINE_ROLES), 0.1)
    fine[ALL_FINE_ROLES.index("Tyrant")] = 0.9  # an antagonist role, ignored for an innocent
    fine[ALL_FINE_ROLES.index("Victim")] = 0.3
    role, roles, confidence = decode_roles(np.array([0.1, 0.2, 0.7]), fine, h["main_role"], h["fine_roles"])
    assert role == "Innocent" and roles == ["Victim"] and confidence == 0.7
    assert set(roles) <= set(FINE_ROLES["Innocent"])


def test_a_domain_the_article_never_mentions_cannot_be_chosen(toy_model) -> None:
    from unspun.framing.decode import domains_mentioned

    assert domains_mentioned("Talks in Kyiv stalled.") == {"URW"}
    assert domains_mentioned("A bakery opened.") == set()
    h = toy_model.heads
    found = decode_narratives(np.array([0.8, 0.1, 0.1]), np.array([0.9, 0.9, 0.9]), np.full(4, 0.9),
                              h["domain"], h["narratives"], h["subnarratives"], mentioned=set())
    assert [d.narrative for d in found] == ["Other"] and found[0].domain == "Other"
    found = decode_narratives(np.array([0.8, 0.15, 0.05]), np.array([0.9, 0.9, 0.9]), np.full(4, 0.9),
                              h["domain"], h["narratives"], h["subnarratives"], mentioned={"CC"})
    assert {d.domain for d in found} == {"CC"}


def test_a_domain_threshold_overrides_the_shared_one(toy_model) -> None:
    h = toy_model.heads
    h["narratives"].thresholds = {"*": 0.2, "URW": 0.95}
    found = _decide(toy_model, [0.8, 0.1, 0.1], [0.9, 0.5, 0.99], [0.6, 0.1, 0.1, 0.9])
    assert [d.narrative for d in found] == ["Other"] and found[0].domain == "URW"
    assert abs(found[0].confidence - (1 - 0.9)) < 1e-6  # 1 - the best score inside the domain


def test_a_subnarratives_confidence_is_the_weaker_of_its_two_decisions(toy_model) -> None:
    found = _decide(toy_model, [0.8, 0.1, 0.1], [0.9, 0.1, 0.99], [0.3, 0.1, 0.1, 0.9])
    subs = toy_model.heads["subnarratives"].labels
    finding = next(d for d in found if d.subnarrative == subs[0])
    assert abs(finding.confidence - 0.3) < 1e-9  # both passed their thresholds: not their product 0.27
