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


_LORE_OPENING = ("Hanna Lore on leaving the orchestra\nOur correspondent met the cellist Hanna Lore at her flat.\n\n"
                 "Q: Why leave now?\n\nHANNA LORE: Because the top is a strange place. I stopped hearing the room.\n\n")


def test_a_surname_label_is_the_labelled_speaker_not_a_relative_a_question_named(analyse) -> None:
    a = analyse(_LORE_OPENING + "Q: Your mother, Ilse Lore, was also a cellist. What did she think?\n\n"
                "LORE: She laughed. I think she was pleased for me, and I was glad.")
    assert find(a, "She laughed").speaker.name == "Hanna Lore"


def test_a_labelled_turn_holding_a_quote_of_its_own_stays_a_turn(analyse) -> None:
    a = analyse(_LORE_OPENING + "Q: Was there a moment?\n\n"
                'LORE: There was a rehearsal. Our conductor stopped us and said, "Hanna, you are somewhere else." '
                "He was right, and I knew it.")
    assert find(a, "There was a rehearsal").speaker.name == "Hanna Lore"
    inner = next(q for q in a.quotes if a.article.text[q.start:q.end].startswith("Hanna, you are"))
    assert inner.speaker.name != "Hanna Lore"


def test_plain_alternating_questions_and_answers_are_the_interviewees_words(analyse) -> None:
    a = analyse("The baker who said no\nTomasz Wren, a baker, turned down the medal. I went to see him at four in the "
                "morning.\n\nWhy turn down the medal?\n\nBecause it is a medal for shops, and I do not think of this as a "
                "shop.\n\nWere you worried about the committee?\n\nA little. The chairwoman rang me and was very gracious "
                "about it. I won't change my mind.")
    q = find(a, "Because it is a medal for shops")
    assert q.speaker.name == "Tomasz Wren" and q.kind == "direct"
    assert find(a, "A little. The chairwoman").speaker.name == "Tomasz Wren"
    assert not any("Why turn down" in a.article.text[q.start:q.end] for q in a.quotes)


def test_rhetorical_questions_a_columnist_answers_are_no_interview(analyse) -> None:
    a = analyse("Why the bypass matters\nThe council's leader, Mira Holt, backed the bypass last week.\n\n"
                "Why does it matter?\n\nBecause the town has grown by a third since 2001.\n\n"
                "What happens next?\n\nThe plan goes to a public inquiry in the spring.")
    assert not any(q.kind == "direct" for q in a.quotes)


def test_a_column_answering_its_own_questions_to_you_is_no_interview(analyse) -> None:
    a = analyse("Pensions are a scandal\nThe minister, Rhona Vale, defended the reform last week.\n\n"
                "Are you worried about your pension?\n\nYou should be. I am, and my neighbours are too.\n\n"
                "Do you trust the minister to fix it?\n\nI do not, and nor should you.")
    assert not any(q.kind == "direct" for q in a.quotes)


_PASTED_TRANSCRIPT = ("Ferry row: the minister on air\nTransport minister Odile Varga defended the ferry cuts on "
                      "Sunday's Harbour Hour.\n\nA partial transcript:\n\n"
                      '"OKAFOR: Minister, the island ferry is down to two sailings a day. Why should islanders accept that?\n\n'
                      '"VARGA: Because we are paying for new boats, and I would rather have two reliable sailings than five '
                      'that break down.\n\n'
                      '"OKAFOR: But you promised in March that no route would lose a sailing.\n\n'
                      '"VARGA: I promised no route would close, and none has.\n\n'
                      '"VIDEO: Passengers queue at the pier as the last ferry of the day leaves without them.\n\n'
                      "The cuts take effect in January.")


def test_turns_pasted_in_quotation_marks_are_quotes_by_their_labels(analyse) -> None:
    a = analyse(_PASTED_TRANSCRIPT)
    answer = find(a, "we are paying for new boats")
    assert answer.speaker.name == "Odile Varga" and answer.speaker.mention.text == "VARGA"
    assert answer.text.startswith("Because")  # the label is not part of the quoted words
    assert find(a, "I promised no route would close").speaker.name == "Odile Varga"


def test_a_label_no_one_is_named_by_but_every_other_turn_has_is_the_interviewer(analyse) -> None:
    a = analyse(_PASTED_TRANSCRIPT)
    question = find(a, "Why should islanders accept that")
    assert question.speaker.name == "Okafor" and question.text.startswith("Minister,")
    assert find(a, "you promised in March").speaker.name == "Okafor"
    # a caption label that appears once is no one's turn
    assert all(q.speaker is None or q.speaker.name != "Video" for q in a.quotes)
