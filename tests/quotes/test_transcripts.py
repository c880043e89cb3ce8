"""Interviews printed as transcripts: answers and labelled turns are quotes, questions and tallies are not."""

from __future__ import annotations

from quotes_helpers import find


def test_answers_of_a_q_and_a_are_the_interviewees_quotes(analyse) -> None:
    a = analyse("Bridge Talk\nMayor Colette Dunmore spoke to the Valley Courier this week about the bridge.\n"
                "Q: Will the bridge reopen before winter?\n"
                "A: Yes. We expect the first cars on it by November, and the tolls will not rise.\n"
                "Q: What about the cost?\n"
                "A: It is within budget. I have the figures on my desk.")
    answers = [q for q in a.quotes if q.kind == "direct"]
    assert [q.text for q in answers] == ["Yes. We expect the first cars on it by November, and the tolls will not rise.",
                                         "It is within budget. I have the figures on my desk."]
    assert all(q.speaker.name == "Colette Dunmore" and q.speaker.resolution == "adjacent" for q in answers)
    assert not any("Will the bridge" in q.text for q in a.quotes)  # questions are the outlet's words
    assert [p.kind for p in a.article.paragraphs][2] == "body"  # 'Q: ...?' is a turn, not a subheading


def test_labelled_turns_are_quotes_by_the_named_people(analyse) -> None:
    a = analyse("Bridge Debate\nMayor Colette Dunmore and councillor Sofia Marin debated the bridge on Tuesday.\n"
                "Dunmore: We will reopen the bridge by November, and that is a promise.\n"
                "Marin: That is exactly what you said about the bridge last year.\n"
                "Dunmore: This time we have the money and the contract is signed.")
    assert find(a, "exactly what you said").speaker.name == "Sofia Marin"
    assert find(a, "This time we have the money").speaker.name == "Colette Dunmore"


def test_a_tally_by_name_is_not_a_transcript(analyse) -> None:
    a = analyse("Delegate Count\nColette Dunmore and Sofia Marin ran for the party's nomination this spring.\n"
                "Dunmore: 1,769.\nMarin: 1,501.\nThe count will be final in June.")
    assert [q for q in a.quotes if q.kind == "direct"] == []


def test_a_profile_list_and_an_explainer_are_no_interviews(analyse) -> None:
    profiles = analyse("Who Is Who\nColette Dunmore and Sofia Marin lead the two parties in Elsby.\n"
                       "Dunmore: a cautious lawyer who has yet to say what she stands for.\n"
                       "Marin: a former baker who built the party from nothing in ten years.")
    assert [q for q in profiles.quotes if q.kind == "direct"] == []
    faq = analyse("Parking Rules\nCouncil leader Amy Ward announced the new parking rules on Monday.\n"
                  "Q: When do the new rules start?\nA: The rules start on 1 April in the town centre.\n"
                  "Q: Who has to pay?\nA: Every driver who parks for more than an hour pays the fee.")
    assert [q for q in faq.quotes if q.kind == "direct"] == []
