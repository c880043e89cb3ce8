"""Speaker rules of the tenth session (3 Dec 2026): a quote-only paragraph after words quoted or reported
at the end of the paragraph before it, 'elaborated that', and the reporting cue of a sentence whose last
cue has no person for a subject. Each test fails without its rule, except the guard that an early partial
quote passes nothing on."""

from __future__ import annotations

from quotes_helpers import find


def test_a_quote_only_paragraph_goes_on_from_a_partial_quote_that_closed_the_paragraph_before(analyse) -> None:
    a = analyse("Farm vote looms\n\nSenator Lena Abbot attacked the plan in Ohio on Monday.\n\n"
                'Her rival Victor Pryce hit back in a written statement, saying he has "made a lot of money in down '
                'markets."\n\n"Frankly, this is the kind of thinking the country needs."')
    q = find(a, "Frankly, this is the kind")
    assert q.speaker.name == "Victor Pryce" and q.speaker.resolution == "adjacent"


def test_a_partial_quote_early_in_the_paragraph_before_passes_nothing_on(analyse) -> None:
    a = analyse("Harbour plan\n\nThe mayor, Ruth Calder, called the scheme \"a mistake\" at a public meeting. Residents "
                "packed the hall until late in the evening and the vote was delayed.\n\n"
                '"We will be back next week with more people."')
    assert find(a, "We will be back").speaker is None or find(a, "We will be back").speaker.name != "Ruth Calder"


def test_what_someone_elaborated_is_reported_speech(analyse) -> None:
    a = analyse("Pollster warns\n\nDana Hollis elaborated on Tuesday that the delegates may yet reconsider their votes.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert "delegates may yet reconsider" in a.article.text[q.start:q.end] and q.speaker.name == "Dana Hollis"


def test_a_partial_quote_after_a_said_sentence_is_that_speakers_when_a_cue_there_has_no_person(analyse) -> None:
    a = analyse("Rally report\n\nLike many supporters, Naomi Jarrah said delegates pledged to the senator were "
                'angered by the early call. Doing so "appeared to be an attempt at poisoning the election."')
    assert find(a, "appeared to be an attempt").speaker.name == "Naomi Jarrah"


def test_he_after_an_unnamed_witness_reports_something_is_that_witness(analyse) -> None:
    a = analyse("Robbery\n\nShopkeeper Raymond Harcourt, 67, said he had never seen anything like it.\n\n"
                "Another witness, a delivery driver who gave his name only as Mo, said the riders had nearly knocked "
                'over a pushchair.\n\n"Another foot to the left and that would have been it," he said.')
    q = find(a, "Another foot to the left")
    # the witness gives a name ('Mo'), which names the source since the eleventh session
    assert q.speaker.name == "Mo" and q.speaker.resolution == "pronoun"


def test_she_after_someone_unnamed_asked_her_a_question_is_not_the_one_who_asked(analyse) -> None:
    a = analyse("Town hall\n\nMayor Joan Petrakis took questions for an hour. A young man asked Petrakis why students "
                'did not trust her.\n\n"I was not going to dodge that one," she said.')
    assert find(a, "I was not going to dodge").speaker.name == "Joan Petrakis"


def test_she_is_the_judge_not_the_woman_named_deep_inside_what_the_judge_said(analyse) -> None:
    a = analyse("Appeal allowed\n\nBethany Cardew, 52, was jailed in 2022.\n\nGiving the judgment of the court, Lady "
                "Justice Harrowgate said the trial judge had wrongly told jurors they could convict even if they were "
                'unsure whether Ms Cardew had known about the missing money.\n\n"That was a misdirection on the '
                'central issue in the case," she said.')
    assert find(a, "That was a misdirection").speaker.name == "Justice Harrowgate"


def test_he_who_replies_to_a_question_is_the_one_asked(analyse) -> None:
    a = analyse('Debate\n\nHost Mara Quist asked Reyes about the vote, to which he replied: "Never again."')
    assert find(a, "Never again").speaker.name == "Reyes"


def test_who_answers_after_a_colon_is_the_person_before_who_not_the_first_speaker(analyse) -> None:
    a = analyse('March\n\n"Let everybody know that they are to go to the refuge," Bundy says to Santilli on camera, who '
                'responds enthusiastically: "Okay!"')
    assert find(a, "Let everybody know").speaker.name == "Bundy"
    assert find(a, "Okay!").speaker.name == "Santilli"


def test_words_quoted_in_a_sentence_opened_by_to_x_are_xs_view(analyse) -> None:
    a = analyse('Farm story\n\nBetsy Sharp of Burke County knows Donald Pratt well.\n\nTo Sharp, Pratt is the '
                '"kind-hearted and caring" man who saved her farm in 1986.\n\nTo critics, the plan is "a giveaway to '
                'developers."')
    assert find(a, "kind-hearted and caring").speaker.name == "Betsy Sharp"
    assert find(a, "a giveaway to developers").speaker.name == "critics"


def test_to_be_fair_is_no_ones_view(analyse) -> None:
    a = analyse('Plan\n\nTo be fair, the plan is "a giveaway to developers," said Ron Hale.')
    assert find(a, "a giveaway to developers").speaker.name == "Ron Hale"
