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
