"""Speaker rules of the twentieth session (5 Dec 2026): a clause opening with 'when' before the cue is not
what was said, 'calling out X for his "lies"' quotes no one, and a
'she' inside quoted words whom no one named fits is still the speaker of what 'she called' (unresolved). Each
test failed before its rule (checked against the previous commit)."""

from __future__ import annotations

from quotes_helpers import find


def test_a_when_clause_before_the_cue_is_not_reported_speech(analyse) -> None:
    a = analyse("Debate\nWhen Baker noted that Cook has occasionally not paid anything in federal income taxes \u2015 "
                "as was true for the few years his tax returns were made public \u2015 Cook boasted, "
                "\u201cThat makes me smart.\u201d")
    assert not any(q.text.startswith("When") for q in a.quotes)
    assert find(a, "That makes me smart").speaker.name == "Cook"
    assert find(a, "Cook has occasionally").speaker.name == "Baker"


def test_calling_someone_out_for_quoted_words_does_not_make_the_caller_speak_them(analyse) -> None:
    a = analyse("Debate\nCampaign manager Rob Mead told reporters on Monday that the campaign expects the moderator, "
                "Lester Hale, to insert himself into the debate by calling out Varga for his supposed \u201clies\u201d "
                "throughout the event.")
    assert find(a, "lies").speaker.name == "Rob Mead"


def test_a_pronoun_inside_quoted_words_whom_no_one_named_fits_is_left_unresolved(analyse) -> None:
    a = analyse("Profile\nThe Courier ran a profile of a woman who backs the mayor. Reporter Tom Hale writes:\n\n"
                "\u201cIn February, after what she called a \u2018rant\u2019 online, she spent a week in hospital.\u201d")
    q = find(a, "rant")
    assert q.speaker is not None and q.speaker.resolution == "unresolved" and q.speaker.mention.text == "she"


# From a blind review (a helper wrote invented court, council and profile articles and their answer keys before
# running the stage: 72 of 82 speakers right, strict).


def test_an_object_pronoun_subject_of_a_gerund_is_a_pronoun_not_a_name(analyse) -> None:
    a = analyse("Profile\nAnna Vell grew up on a farm. Her father, Ambrose, was a mechanic. She remembers him telling "
                "her, when she was nine, that \u201canything worth doing is worth doing twice\u201d.")
    q = find(a, "anything worth doing")
    assert q.speaker.name != "him" and q.speaker.resolution == "pronoun" and q.speaker.mention.text == "him"


def test_a_he_inside_quoted_words_is_not_a_woman_named_before_it(analyse) -> None:
    a = analyse("Profile\n\u201cMy uncle was strict,\u201d Anna Vell said. \u201cMy aunt laughed at him. He said, "
                "\u2018Rules are rules.\u2019\u201d")
    assert find(a, "Rules are rules").speaker.name == "My uncle"


def test_the_one_a_court_heard_from_is_the_she_who_speaks_next(analyse) -> None:
    a = analyse("Trial\nJudge Mary Keller told the jury to ignore gossip. \u201cDecide on the evidence,\u201d the judge "
                "said.\n\nThe court also heard from Dr Ruth Obando, a surgeon called by the prosecution. She said the "
                "wound was \u201cnot consistent with a fall\u201d.")
    assert find(a, "not consistent with a fall").speaker.name == "Ruth Obando"


def test_a_bare_answer_after_a_question_is_the_one_who_answered_before_not_the_asker(analyse) -> None:
    a = analyse("Trial\nUnder questioning, the defendant, Paul Grint, was asked about the knife. \u201cI never owned "
                "one,\u201d the defendant replied.\n\n\u201cDid you buy it in March?\u201d prosecutor Anne Lyle asked."
                "\n\n\u201cNo. My brother did.\u201d")
    assert find(a, "My brother did").speaker.name == "Paul Grint"


def test_a_he_inside_quoted_words_is_the_parent_the_words_call_dad(analyse) -> None:
    a = analyse("Trial\nThe jury heard that the deputy manager, Piers Ambleworth, died in 2023.\n\nEarlier, the "
                "resident's daughter, Frances Haldane, described finding her father with a swollen wrist. \u201cDad "
                "couldn't lift his arm high enough to knock anything,\u201d Ms Haldane said. \u201cHe was frightened. "
                "He kept saying, \u2018Don't tell them I told you.\u2019\u201d")
    assert find(a, "Don't tell them").speaker.name == "Dad"


def test_a_question_who_is_no_speakers_name(analyse) -> None:
    for text in ("Emails\nAnother exchange, this time between Brandt and top aide Jon Pell, has Brandt discussing who "
                 "deserves credit for using the term \u201cpivot\u201d to Asia.",
                 "Emails\nIn another email, Brandt and her aide Jon Pell discuss who deserves credit for using the term "
                 "\u201cpivot\u201d to Asia."):
        q = find(analyse(text), "pivot")
        assert q.speaker is None or q.speaker.name.lower() not in ("who", "discuss")


def test_a_second_relative_who_means_the_same_person_as_the_first(analyse) -> None:
    a = analyse("Rally\nThe senator was rallying for a retired teacher named Ed Kalvin, who is running for the "
                "council and who worked the crowd, praising \u201cthe mayor's honesty\u201d as he went.")
    q = find(a, "the mayor's honesty")
    assert q.speaker is not None and "Kalvin" in q.speaker.name


# From a second blind review (British local news, US wire copy and a feature: 67 of 70 speakers right, strict).


def test_he_after_a_spokesman_for_a_company_is_the_companys_voice(analyse) -> None:
    for text in ("Depot plan\nTidewell Foods wants to build on Copper Meadow, a field near the river. A spokesman for "
                 "Tidewell Foods said the company had consulted residents. \"We are committed to this town,\" he said.",
                 "Depot plan\nA spokesman for Tidewell Foods said the company had consulted staff. \"We are committed "
                 "to this town,\" he said."):
        assert find(analyse(text), "We are committed").speaker.name == "Tidewell Foods"
