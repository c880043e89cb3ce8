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
