"""Names, nicknames and terms in quotation marks are not quotes (unspun.quotes.terms)."""

from __future__ import annotations

from quotes_helpers import find


def _quoted(a) -> list[str]:
    return [a.article.text[q.start:q.end] for q in a.quotes if q.kind in ("direct", "partial")]


def test_a_term_introduced_by_a_participle_is_no_quote_and_the_finding_around_it_is_reported(analyse) -> None:
    a = analyse('Eggs study\nThe study found that PFAS, dubbed "forever chemicals" because they barely break down, '
                "were present in 94 per cent of the eggs.")
    assert "forever chemicals" not in _quoted(a)
    assert all(s.name != "PFAS" for s in a.sources)
    assert any(q.kind == "indirect" and "were present" in a.article.text[q.start:q.end] for q in a.quotes)


def test_someone_who_dubs_keeps_the_words(analyse) -> None:
    a = analyse('Rally\nDale Hurst took swipes at his rival, whom he dubbed "the little senator."')
    assert find(a, "the little senator").speaker.name == "Dale Hurst"


def test_a_nickname_inside_a_name_is_no_quote(analyse) -> None:
    a = analyse('Derby\nCastlebridge striker Tomasz "Tommy Goals" Wierzbicki has scored 22 times this season.')
    assert "Tommy Goals" not in _quoted(a)


def test_a_nickname_given_by_fans_is_no_quote_so_the_next_paragraph_goes_to_who_is_named_next(analyse) -> None:
    a = analyse('Centre-back\nWhen Daniel Asante arrived, the fans had a nickname for him: "Bricks."\n\n'
                '"He doesn\'t talk much. He just stands where the ball is going to be."\n\n'
                "That is how Lena Korhonen, Harlow's manager, describes her centre-back.")
    assert "Bricks." not in _quoted(a)
    assert find(a, "He doesn't talk much").speaker.name == "Lena Korhonen"


def test_the_object_of_a_verb_before_to_describe_is_no_speaker_unless_a_person(analyse) -> None:
    a = analyse('Pollution\nThe paper uses the term "legacy load" to describe contamination that persists.')
    q = find(a, "legacy load")
    assert q.speaker is None or q.speaker.name != "term"


def test_a_capitalised_name_set_before_the_noun_it_names_is_not_a_quote(analyse) -> None:
    a = analyse('Bins\nThe "Safe Nights" pledge that the company published in 2022 has since been removed. '
                'Councillors backed the "Bin It Right" campaign, and Channel Six\'s "Final Whistle" programme ran a story.')
    assert not [q.text for q in a.quotes or [] if q.kind in ("direct", "partial")]


def test_a_name_given_by_a_speaker_or_a_lone_adjective_in_marks_stays_a_quote(analyse) -> None:
    a = analyse('Rally\nMayor Tom Reiss spoke for an hour. Within minutes, he called Holt "Little Marco" multiple times. '
                'His family ate a "Mexican" lunch.')
    assert find(a, "Little Marco").speaker.name == "Tom Reiss"
    assert any(q.text == "Mexican" for q in a.quotes)


def test_a_nickname_known_to_people_as_is_no_quote(analyse) -> None:
    a = analyse('Election\n\nKnown to almost everyone in the city as "Shaun", Oluwaseun Adeyemi had built his campaign on '
                "a promise to freeze bus fares.")
    assert "Shaun" not in _quoted(a)


def test_an_analyst_rating_is_no_quote(analyse) -> None:
    a = analyse('Shares\n\nDaniel Obi cut his target price for the shares and moved his rating to "hold" from "buy".')
    assert not _quoted(a)


def test_a_title_after_a_staging_of_is_no_quote(analyse) -> None:
    a = analyse('Theatre\n\nFor a play that begins with a shipwreck, the new production of "The Tempest" is remarkably '
                "quiet.")
    assert not _quoted(a)


def test_a_title_opening_a_paragraph_as_its_subject_is_no_quote(analyse) -> None:
    a = analyse('Theatre\n\n"Everyone expects the storm to be loud," said the director, Kasia Dabrowska.\n\n'
                '"The Tempest" runs at the Lantern Theatre until 28 June.')
    assert _quoted(a) == ["Everyone expects the storm to be loud,"]


def test_words_said_by_banners_opening_a_paragraph_stay_a_quote(analyse) -> None:
    """Guard for the rule above (passes without it)."""
    a = analyse('Protest\n\nThousands marched.\n\n"Never Again" said the banners at the front.')
    assert "Never Again" in _quoted(a)


def test_a_named_scheme_as_subject_is_no_quote(analyse) -> None:
    a = analyse("Roads\n\nHer department's new \"Smooth Roads Pledge\" will fill potholes within a week.")
    assert not _quoted(a)


def test_a_title_set_beside_its_work_noun_after_a_comma_is_no_quote(analyse) -> None:
    a = analyse('Music\n\nThe columnist Harriet Pemberton-Shaw wrote that the announcement had been "timed with precision" '
                "to coincide with the release of Quinn's new single, \"Undertow\", on Friday.")
    assert _quoted(a) == ["timed with precision"]


def test_a_name_in_apposition_to_the_noun_before_it_is_no_quote(analyse) -> None:
    a = analyse("Lunar lander 'Kestrel' loses contact minutes before touchdown, agency says\n\nThe lander lost contact.")
    assert "Kestrel" not in _quoted(a)


def test_a_long_title_set_beside_the_study_it_names_is_no_quote(analyse) -> None:
    a = analyse('A cited paper\n\nHer 2003 study, "Cold Signals in Deep Water," was widely cited. One reviewer called '
                'it "a curiosity."')
    assert [q.text for q in a.quotes if q.kind in ("direct", "partial")] == ["a curiosity."]
    # a long quotation after a comma is still a quote when no work stands before it
    b = analyse('Harbour\n\nAfter the vote, "We Will Not Give Up On This Harbour," said Mayor Ada Brandt.')
    assert b.quotes and b.quotes[0].speaker.name == "Ada Brandt"
