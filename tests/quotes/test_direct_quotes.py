"""Direct quotes: marks of every kind, split quotes, continued paragraphs, nesting, stray marks."""

from __future__ import annotations

from quotes_helpers import find


def test_straight_quote_with_speaker_after(analyse) -> None:
    a = analyse('Harbour Works Stall\n"The budget is gone," said Mayor Petra Salo on Friday.')
    q = find(a, "The budget is gone")
    assert q.kind == "direct" and q.text == "The budget is gone,"
    assert q.speaker.name == "Petra Salo" and q.speaker.resolution == "explicit"
    assert q.cue.text == "said"


def test_curly_quote(analyse) -> None:
    a = analyse("Harbour Works Stall\n“We cannot pay for this,” said treasurer Ivo Marsh.")
    q = find(a, "We cannot pay")
    assert q.kind == "direct" and q.speaker.name == "Ivo Marsh"


def test_single_mark_quote(analyse) -> None:
    a = analyse("Harbour Works Stall\n'We cannot pay for this,' said treasurer Ivo Marsh.")
    assert find(a, "We cannot pay").speaker.name == "Ivo Marsh"


def test_split_quote_gives_two_quotes_with_one_speaker(analyse) -> None:
    a = analyse('Harbour Works Stall\n"The money is there," says Ivo Marsh. "It has always been there."')
    first, second = find(a, "The money is there"), find(a, "always been there")
    assert first is not second
    assert first.speaker.source_id == second.speaker.source_id
    assert second.speaker.name == "Ivo Marsh"


def test_quote_continued_over_paragraphs_keeps_its_speaker(analyse) -> None:
    text = (
        "Harbour Works Stall\n"
        '"We were promised a finished bridge by spring," said engineer Lena Ortiz. "Instead we got excuses.\n'
        '"Nobody has told us when the work will end."\n'
        "The council has not set a date."
    )
    a = analyse(text)
    later = find(a, "Nobody has told us")
    assert later.kind == "direct" and later.speaker.name == "Lena Ortiz"
    assert find(a, "Instead we got excuses").speaker.name == "Lena Ortiz"


def test_quote_spanning_several_sentences_is_one_quote(analyse) -> None:
    a = analyse('Harbour Works Stall\n"It is late. It is expensive. It is badly built," Lena Ortiz said.')
    q = find(a, "It is late")
    assert q.text == "It is late. It is expensive. It is badly built,"
    assert q.speaker.name == "Lena Ortiz"


def test_nested_quote_belongs_to_outer_speaker_and_inner_to_person_named_inside(analyse) -> None:
    text = (
        "Border Talks\n"
        "Defence minister Karl Brenner spoke on Monday.\n"
        '"The minister claimed his threats are "not a bluff" and we should listen," said analyst Mira Kovac.'
    )
    a = analyse(text)
    outer = find(a, "The minister claimed")
    assert outer.kind == "direct" and outer.speaker.name == "Mira Kovac"
    inner = [q for q in a.quotes if q.text == "not a bluff"]
    assert inner and inner[0].speaker is not None
    assert inner[0].speaker.name == "Karl Brenner" and inner[0].speaker.resolution == "descriptor"


def test_stray_marks_do_not_derail_the_rest_of_the_article(analyse) -> None:
    text = (
        "Harbour Works Stall\n"
        'The contractor bought a 12" pipe and "cheap parts for the deck.\n'
        '"The deck is safe . " said inspector Noor Haddad.\n'
        '"We checked it twice," Haddad added.'
    )
    a = analyse(text)
    assert find(a, "The deck is safe").speaker.name == "Noor Haddad"
    assert find(a, "We checked it twice").speaker.name == "Noor Haddad"
    assert not [q for q in a.quotes if "pipe" in q.text]


def test_quote_glued_to_the_speaker_after_it_keeps_that_speaker(analyse) -> None:
    text = (
        "Harbour Works Stall\n"
        "Mayor Petra Salo met the press on Friday, beside the committee chair, Tom Bell.\n"
        '"We have work to do," Bell said.\n'
        '"It has been the most surprising week of my term,"Salo said. "We move on."'
    )
    q = find(analyse(text), "most surprising week")
    assert q.speaker.name == "Petra Salo" and q.cue.text == "said"


def test_quote_closed_by_a_full_stop_before_its_cue_keeps_that_cue(analyse) -> None:
    text = (
        "Harbour Works Stall\n"
        "Mayor Petra Salo met the press on Friday, beside the committee chair, Tom Bell.\n"
        '"We will win this fight in the courts." Salo said.'
    )
    q = find(analyse(text), "win this fight")
    assert q.speaker.name == "Petra Salo" and q.cue.text == "said"


def test_new_sentence_with_its_own_content_after_a_closed_quote_is_not_its_cue(analyse) -> None:
    text = (
        "Harbour Works Stall\n"
        'Mayor Petra Salo spoke first: "The deck is safe." Tom Bell said the vote was rigged.'
    )
    q = find(analyse(text), "The deck is safe")
    assert q.speaker.name == "Petra Salo"


def test_bare_cue_without_a_stop_at_the_end_of_the_paragraph_is_still_the_cue(analyse) -> None:
    text = (
        "Harbour Works Stall\n"
        "Mayor Petra Salo met the press on Friday, beside the committee chair, Tom Bell.\n"
        '"We will win this fight in the courts." Salo said\n'
        "The council adjourned."
    )
    q = find(analyse(text), "win this fight")
    assert q.speaker.name == "Petra Salo" and q.cue.text == "said"
