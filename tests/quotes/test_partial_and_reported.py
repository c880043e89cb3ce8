"""Partial quotes, reported speech and non-answers."""

from __future__ import annotations

import pytest
from quotes_helpers import find


def test_partial_quote_inside_a_sentence(analyse) -> None:
    a = analyse('Toll Deal\nEconomist Sara Lind warns there is "no way back" for the city.')
    q = find(a, "no way back")
    assert q.kind == "partial" and q.text == "no way back"
    assert q.speaker.name == "Sara Lind" and q.cue.text == "warns"


def test_said_that_is_reported_speech(analyse) -> None:
    a = analyse("Toll Deal\nCouncillor Jonas Berg said that the contract would cost the city twice as much.")
    q = find(a, "the contract would cost")
    assert q.kind == "indirect" and q.speaker.name == "Jonas Berg"
    assert q.text == "the contract would cost the city twice as much"


def test_said_without_that_is_reported_speech(analyse) -> None:
    a = analyse("Toll Deal\nJonas Berg said the contract was signed in a hurry.")
    q = find(a, "the contract was signed")
    assert q.kind == "indirect" and q.speaker.name == "Jonas Berg"


def test_according_to_names_the_source(analyse) -> None:
    a = analyse("Toll Deal\nAccording to the city's audit office, tolls will double by 2030.")
    q = find(a, "tolls will double")
    assert q.kind == "indirect" and q.cue.text == "According to"
    assert "audit office" in q.speaker.name
    assert a.sources[0].kind == "organisation"


def test_told_reporters_is_reported_speech(analyse) -> None:
    a = analyse("Toll Deal\nJonas Berg told reporters that the vote had been rushed.")
    q = find(a, "the vote had been rushed")
    assert q.kind == "indirect" and q.speaker.name == "Jonas Berg" and q.cue.text == "told"


def test_analysts_estimate_is_reported_speech_by_a_group(analyse) -> None:
    a = analyse("Toll Deal\nAnalysts estimate that the average driver will pay 900 euros a year.")
    q = find(a, "the average driver will pay")
    assert q.kind == "indirect" and q.speaker.name.lower() == "analysts"
    source = next(s for s in a.sources if s.id == q.speaker.source_id)
    assert source.kind == "group"


def test_did_not_answer_is_a_non_answer_not_a_quote(analyse) -> None:
    a = analyse("Toll Deal\nHarbourline Holdings did not answer when asked whether tolls would be capped.")
    q = find(a, "did not answer")
    assert q.kind == "non_answer" and q.cue.text == "did not answer"
    assert q.speaker.name == "Harbourline Holdings"
    source = next(s for s in a.sources if s.id == q.speaker.source_id)
    assert source.quote_count == 0 and source.words_quoted == 0


def test_declined_to_comment_is_a_non_answer(analyse) -> None:
    a = analyse("Toll Deal\nA spokesman for the operator declined to comment.")
    assert find(a, "declined to comment").kind == "non_answer"


def test_refusal_words_inside_a_quote_are_no_non_answer(analyse) -> None:
    a = analyse("Toll Deal\n\u201cI didn\u2019t say that,\u201d Mayor Ruth Adeyemi told the Gazette.\n"
                "A Treasury spokesman said: \u201cWe do not comment on leaks.\u201d")
    assert [q.kind for q in a.quotes] == ["direct", "direct"]
    assert find(a, "We do not comment").speaker.name == "A Treasury spokesman"


def test_a_finding_is_reported_speech_of_whoever_found_it(analyse) -> None:
    a = analyse("Toll Deal\nThe Harbour Inquiry found that peak flows had risen by 30%.\n"
                "Researchers at Kellbridge University found that the river was 2C warmer.")
    q = find(a, "peak flows had risen by 30%")
    assert q.kind == "indirect" and q.speaker.name == "Harbour Inquiry"
    assert find(a, "the river was 2C warmer").speaker.name == "Researchers at Kellbridge University"


@pytest.mark.parametrize("text", [
    "The chart shows that sales fell in March.",
    "History shows that tax cuts rarely pay for themselves.",
    "Walkers found that the path was closed and turned back.",
])
def test_showing_or_finding_by_what_cannot_state_a_finding_is_no_reported_speech(analyse, text: str) -> None:
    assert analyse("Toll Deal\n" + text).quotes == []


def test_a_clause_reported_twice_is_the_inner_speakers_without_the_outer_verb(analyse) -> None:
    a = analyse("Toll Deal\nCCTV footage shows that the man entered the shop at 9pm, police said.\n"
                "Half of voters said the mayor should resign, a YouGov poll found.")
    assert [q.speaker.name for q in a.quotes] == ["police", "voters"]
    assert find(a, "the mayor should resign").text == "the mayor should resign"


def test_figures_speak_for_the_body_that_made_them(analyse) -> None:
    a = analyse("Toll Deal\nPeak flows have risen 30% since 1990, according to estimates from the Harlow Institute.\n"
                "The figures, published by the Office for Labour Data, show that 12,000 jobs were lost.")
    assert find(a, "Peak flows have risen").speaker.name == "Harlow Institute"
    office = find(a, "12,000 jobs were lost").speaker
    assert office.name == "Office for Labour Data" and office.mention.text == "the Office for Labour Data"


def test_a_video_showing_something_is_no_reported_speech(analyse) -> None:
    a = analyse("Toll Deal\nThe video shows officers striking two residents outside the toll gate.")
    assert a.quotes == []


def test_a_cue_inside_the_clause_it_reports_is_reported_speech(analyse) -> None:
    a = analyse("Toll Deal\nThe trains, Lee Harmon said, ran on time all winter.")
    q = find(a, "ran on time all winter")
    assert q.kind == "indirect" and q.speaker.name == "Lee Harmon" and q.cue.text == "said"


def test_told_someone_on_a_call_that_is_reported_speech(analyse) -> None:
    a = analyse("Results\nIngrid Maas told analysts on a call that demand had held up better than expected.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert a.article.text[q.start:q.end].startswith("demand had held up") and q.speaker.name == "Ingrid Maas"


def test_a_refusal_in_a_second_clause_leaves_the_first_clauses_reported_speech(analyse) -> None:
    a = analyse("Shop\nRaj Kettering said he would be happy to stay on if the rent were reduced, but the landlord, a "
                "property firm called Ashgrove Estates, has not responded to his letters.")
    kinds = {q.kind: a.article.text[q.start:q.end] for q in a.quotes}
    assert kinds["indirect"].startswith("he would be happy to stay on")
    assert kinds["non_answer"].startswith("the landlord") and "Kettering said" not in kinds["non_answer"]


def test_a_name_in_quotation_marks_does_not_hide_the_reported_speech_around_it(analyse) -> None:
    a = analyse('Study\nThe lead author, Dr Nadia Ferreira, said the pattern pointed clearly at the old "Yellow Reach" '
                "outfall.")
    reported = [q for q in a.quotes if q.kind == "indirect"]
    assert len(reported) == 1 and a.article.text[reported[0].start:reported[0].end].startswith("the pattern pointed")
    assert reported[0].speaker.name == "Nadia Ferreira"


def test_reported_words_before_a_quoted_aside_are_still_reported(analyse) -> None:
    a = analyse("Study\n\nProf. Tomasz Wisniewski led the study. Wisniewski added that the team had not been able to "
                'measure screen use directly, which he called "the obvious missing piece".')
    reported = [a.article.text[q.start : q.end] for q in a.quotes if q.kind == "indirect"]
    assert reported == ["the team had not been able to measure screen use directly"]


def test_both_that_clauses_around_a_partial_quote_are_reported(analyse) -> None:
    a = analyse('Shares\n\nTeodora Nowak of Greyline Capital said the sell-off looked "overdone" and that the company\'s '
                "frozen business was performing better than headlines suggested.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert a.article.text[q.start : q.end].startswith('the sell-off looked "overdone" and that the company\'s frozen')
    assert q.speaker.name == "Teodora Nowak"


def test_reported_words_before_a_quoted_appositive_are_still_reported(analyse) -> None:
    a = analyse("Convoy\n\nThe UN's human rights office said last week it had documented at least 86 civilian deaths in "
                'the area, a figure it said was "almost certainly an undercount".')
    reported = [a.article.text[q.start : q.end] for q in a.quotes if q.kind == "indirect"]
    assert reported == ["it had documented at least 86 civilian deaths in the area"]


def test_a_refusal_in_capitals_is_a_non_answer(analyse) -> None:
    # the paragraph is first searched, case-folded, for what every refusal holds; capitals must not hide one
    a = analyse("Toll Deal\nTHE OPERATOR DECLINED TO COMMENT on the tolls.")
    assert find(a, "DECLINED TO COMMENT").kind == "non_answer"


def test_not_inside_a_word_opens_no_refusal(analyse) -> None:
    a = analyse("Toll Deal\nAnother driver said nothing would change, and Jonas Berg said the tolls were unfair.")
    assert all(q.kind != "non_answer" for q in a.quotes)
    assert find(a, "the tolls were unfair").speaker.name == "Jonas Berg"


def test_reporting_words_in_any_case_open_reported_speech(analyse) -> None:
    # the words that can open reported speech are picked from the parse's lowercase forms
    a = analyse("Toll Deal\nACCORDING TO the audit office, tolls will double.")
    q = find(a, "tolls will double")
    assert q.kind == "indirect" and "audit office" in q.speaker.name
