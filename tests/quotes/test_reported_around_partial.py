"""An indirect clause that holds a partial quote: the whole clause is reported speech, the partial quote stays beside
it, and the roster counts the statement once."""

from __future__ import annotations

from quotes_helpers import find

VERDICT = ('Verdict\n\nDefence lawyer Orla Fenwick-Yates said after the verdict that her client was "devastated" and '
           "that they would appeal.")


def test_the_clause_around_a_partial_quote_is_reported_speech(analyse) -> None:
    a = analyse(VERDICT)
    reported = find(a, "would appeal")
    assert reported.kind == "indirect"
    assert reported.text == 'her client was "devastated" and that they would appeal'
    assert reported.speaker.name == "Orla Fenwick-Yates" and reported.cue.text == "said"


def test_the_partial_quote_stays_beside_the_clause(analyse) -> None:
    a = analyse(VERDICT)
    partial = find(a, "devastated")
    assert partial.kind == "partial" and partial.text == "devastated"
    assert partial.speaker.name == "Orla Fenwick-Yates"


def test_a_statement_with_a_partial_quote_counts_once_in_the_roster(analyse) -> None:
    a = analyse(VERDICT)
    [source] = a.sources
    assert source.quote_count == 1
    assert source.words_quoted == len('her client was "devastated" and that they would appeal'.split())
    assert source.share == 1.0


def test_a_told_clause_keeps_its_words_after_the_partial_quote(analyse) -> None:
    a = analyse('Delay\n\nPiet Aalders, an MEP from Belgium, told the Tribune that a delay would be "the sensible '
                'course" given the doubts.')
    assert find(a, "given the doubts").text == 'a delay would be "the sensible course" given the doubts'
    assert find(a, "given the doubts").speaker.name == "Piet Aalders"


def test_a_cue_before_a_whole_quoted_clause_reports_no_clause(analyse) -> None:
    a = analyse('Vote\n\nMayor Ilse Brandvold said "we will win this vote" on Tuesday night.')
    assert [q.kind for q in a.quotes] == ["partial"]


def test_a_clause_that_ends_with_the_quote_takes_in_the_closing_mark(analyse) -> None:
    a = analyse('Plan\n\nCouncillor Reza Tamborini said the plan was "a disaster for the people of this town."')
    assert [q.text for q in a.quotes if q.kind == "indirect"] == ['the plan was "a disaster for the people of this town."']
    assert find(a, "disaster").kind == "partial"
