"""Fixes from the eleventh session (3 Dec 2026): PolNeAR train misses and the eleventh blind review, each
rewritten as an invented article. Each test fails without its fix."""

from __future__ import annotations

from quotes_helpers import find


def test_a_letter_asking_is_its_writer_not_its_addressee(analyse) -> None:
    a = analyse('Polls\n\nMayor Tobias Venn wrote a letter to Attorney General Ruth Okafor asking the department to '
                'investigate the "shambles."')
    assert find(a, "shambles").speaker.name == "Tobias Venn"


def test_a_name_set_off_after_according_to_a_description_speaks(analyse) -> None:
    a = analyse("Energy\n\nAccording to a spokesperson for the operator, Mikhail Dorran, the plant will reopen next week.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.speaker.name == "Mikhail Dorran"
    assert a.article.text[q.start : q.end] == "the plant will reopen next week"


def test_they_after_a_couple_named_together_is_the_couple(analyse) -> None:
    a = analyse('Flood\n\nStephen and Joanne Marsh lost their kitchen to the water. "We had ten minutes to get out," '
                "they said.")
    assert find(a, "ten minutes").speaker.name == "Stephen and Joanne Marsh"


def test_it_after_a_couple_named_together_is_not_the_couple(analyse) -> None:
    """Guard for the rule above (passes without it): a couple is never the "it" of a lawsuit or a report."""
    a = analyse('Lawsuit\n\nPatricia Hale and Charles Dunmore filed a lawsuit on Monday. It says the agency was '
                '"grossly negligent" in its handling of the case.')
    q = find(a, "grossly negligent")
    assert q.speaker is None or "Hale" not in q.speaker.name


def test_if_asked_is_no_cue_for_the_next_quote(analyse) -> None:
    a = analyse("Race\n\nAdmiral Ross Belton distanced himself from the movement by saying he would be willing to bring "
                'his expertise to the Harlan Administration if asked. "I\'m going to support him, and support him '
                'enthusiastically."')
    assert find(a, "going to support him").speaker.name == "Ross Belton"


def test_of_two_names_parsed_as_subjects_the_nearer_one_speaks(analyse) -> None:
    a = analyse('Race\n\n"Mainstream voters are running out of time," said Irene Calloway, a pollster. Or maybe Jonah '
                'Pratt, digital consultant Phil Musgrave says. "Several surveys suggest a second look is occurring '
                'for Pratt in the state."')
    assert find(a, "Several surveys").speaker.name == "Phil Musgrave"
