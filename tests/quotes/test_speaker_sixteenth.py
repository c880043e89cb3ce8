"""Who speaks, from the sixteenth session's look at PolNeAR training errors: parses that strand the subject.

The sentences are written for these tests; they copy the structures the parser misread, not any article.
"""

from __future__ import annotations

from quotes_helpers import find


def test_a_subject_the_parser_set_beside_the_noun_before_it_still_speaks(analyse) -> None:
    # the parser made 'aide' an apposition of 'staff' and left 'said' without a subject
    a = analyse("Talks\n\nWhile there is no comparable link to Okafor's staff, a Treasury aide who requested anonymity "
                "to describe private planning said Tuesday, \"Plainly the two offices talk every week.\"")
    assert find(a, "Plainly the two offices").speaker.name == "a Treasury aide"


def test_of_two_stranded_names_the_one_next_to_the_verb_speaks(analyse) -> None:
    # the parser hung 'Bill Quell' on 'Hillary Quell', which hangs on 'wife': both phrases end at the verb
    a = analyse("Tour\n\nMonday in Kansas City, while touring for his wife Republican Senate nominee Hillary Quell, "
                "former governor Bill Quell said she was better prepared for the job than anyone because \"the "
                "economy needs a fixer.\"")
    quote = find(a, "she was better prepared")
    assert quote.kind == "indirect" and quote.speaker.name == "Bill Quell"


def test_a_participle_hung_on_a_clause_about_an_event_is_shouted_by_the_people_just_before_it(analyse) -> None:
    # the parser hung 'shouting' on 'came', whose subject is the clash
    a = analyse("Rally\n\nThe first clash came during a rally at the Northern College of Maine at Bellport, when Ardent "
                "protesters interrupted her remarks, shouting “no more delays!”")
    assert find(a, "no more delays").speaker.name == "Ardent protesters"


def test_a_participle_does_not_go_to_someone_inside_a_that_clause(analyse) -> None:
    a = analyse("Fine\n\nThat is the view of most election lawyers, who were not shocked that the commission isn’t "
                "seeking a fine against Marla Quinn and her treasurer over her late campaign filings, saying such a "
                "penalty would have broken with years of practice.")
    quote = find(a, "such a penalty would have broken")
    assert quote.speaker is None or quote.speaker.name != "commission"


def test_the_owner_of_a_response_introduced_by_a_colon_speaks(analyse) -> None:
    a = analyse("Emails\n\nAn aide emailed the minister in March, informing her of the delay. Varga’s response was: "
                "“Is the Denholm depot in Kent or Essex?” Denholm is a furniture outlet, according to its website.")
    assert find(a, "Is the Denholm depot").speaker.name == "Varga"


def test_the_owner_of_a_short_reply_speaks(analyse) -> None:
    a = analyse("Emails\n\nSenator Ilse Varga was asked about the memo. The senator's reply was short: \"We will not "
                "comment.\"")
    assert find(a, "We will not comment").speaker.name == "Ilse Varga"


def test_a_documents_answer_is_not_its_owners_words(analyse) -> None:
    a = analyse("Audit\n\nThe audit's answer was blunt: \"Controls failed at every level.\"")
    quote = find(a, "Controls failed")
    assert quote.speaker is None or quote.speaker.name != "audit"
