"""Who speaks, from the fifteenth session's blind reviews (American political reporting: a rally, a debate, a
poll, Capitol Hill, a briefing, a partisan site, campaign finance, a Sunday interview, a governor's race)."""

from __future__ import annotations

from quotes_helpers import find


def test_a_share_of_those_surveyed_is_the_group_surveyed(analyse) -> None:
    a = analyse("Poll\n\nThe survey reached 900 voters. Nearly half of those surveyed said the economy was their top "
                "concern.")
    quote = find(a, "the economy was their top")
    assert quote.kind == "indirect" and quote.speaker.name == "those surveyed"


def test_a_reports_authors_state_a_finding(analyse) -> None:
    a = analyse("Turnout\n\nThe institute published its survey on Monday. The authors found that younger voters were "
                "far less likely to vote.")
    quote = find(a, "younger voters were far less")
    assert quote.kind == "indirect" and quote.speaker.name == "authors"


def test_analysts_state_a_finding(analyse) -> None:
    a = analyse("Turnout\n\nThe analysts found that turnout among renters had doubled.")
    assert find(a, "turnout among renters").speaker.name == "analysts"
