"""The claims section of the terminal report."""

from __future__ import annotations

from rich.console import Console

from unspun.report.terminal_claims import claims_section


def render(analysis) -> str:
    console = Console(width=160, record=True, color_system=None)
    console.print(claims_section(analysis))
    return console.export_text()


def test_claims_are_listed_by_score_with_asserter_and_numbers(claims_of) -> None:
    class Ranked:
        threshold = 0.5

        def score(self, sentences):
            return [0.6 if "Reuters" in s else 0.95 for s in sentences]

    text = ("Reuters is reporting that 350,000 reservists were called up.\n"
            "The army reportedly lost more than 200 tanks.")
    out = render(claims_of(text, scorer=Ranked()))
    assert out.index("lost more than 200 tanks") < out.index("Reuters is reporting")
    assert "the article (unattributed)" in out and "outlet: Reuters" in out
    assert "≥ 200 tanks" in out and "350,000 reservists" in out and "hedged: reportedly" in out


def test_inconsistent_repeated_numbers_are_flagged(claims_of) -> None:
    out = render(claims_of("Arvenia drafted 250,000 reservists.\nLater 350,000 reservists were drafted."))
    assert "repeated reservists, INCONSISTENT" in out


def test_control_characters_in_article_text_do_not_reach_the_terminal(claims_of) -> None:
    out = render(claims_of("The army lost 200 tanks \x1b[31min May."))
    assert "\x1b" not in out


def test_no_section_when_the_stage_did_not_run(claims_of) -> None:
    analysis = claims_of("Nothing to see.")
    analysis.claims = None
    assert claims_section(analysis) is None


def test_year_ranges_are_printed_without_thousands_separators(claims_of) -> None:
    out = render(claims_of("The plan runs for the fiscal year 2026-27, after losses between 2021 and 2023 of 300 jobs."))
    assert "2026–2027" in out and "2,026" not in out
