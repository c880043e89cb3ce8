"""Speaker resolution: full names, surnames, descriptors, pronouns, adjacency, organisations, groups, anonymity."""

from __future__ import annotations

import pytest

from quotes_helpers import find


def test_speaker_after_the_quote_in_inverted_order(analyse) -> None:
    a = analyse('Toll Deal\nEconomist Sara Lind studied the deal.\n"It is a bad deal," says Lind.')
    q = find(a, "It is a bad deal")
    assert q.speaker.name == "Sara Lind" and q.speaker.mention.text == "Lind"


def test_long_descriptor_before_the_name(analyse) -> None:
    text = 'Toll Deal\n"The clauses are unusual," says Nordic Transit Council (NTC) director Maren Holt, who studied the deal.'
    a = analyse(text)
    q = find(a, "The clauses are unusual")
    assert q.speaker.name == "Maren Holt" and q.speaker.resolution == "explicit"
    source = next(s for s in a.sources if s.id == q.speaker.source_id)
    assert source.description == "director, Nordic Transit Council (NTC)"


def test_surname_only_mention_resolves_to_full_name_introduced_earlier(analyse) -> None:
    text = 'Toll Deal\nMaren Holt has studied toll roads for years.\n"Nobody reads the annex," Holt said.'
    q = find(analyse(text), "Nobody reads the annex")
    assert q.speaker.name == "Maren Holt" and q.speaker.resolution == "surname"
    assert q.speaker.mention.text == "Holt"


def test_descriptive_mention_resolves_to_the_person_introduced_earlier(analyse) -> None:
    text = (
        "Party Line\n"
        "Party spokesman Wei Chen opened the meeting.\n"
        '"The numbers are invented," said the party\'s mouthpiece Chen.'
    )
    q = find(analyse(text), "The numbers are invented")
    assert q.speaker.name == "Wei Chen" and q.speaker.resolution == "descriptor"


def test_role_mention_resolves_to_the_person_with_that_role(analyse) -> None:
    text = 'Toll Deal\nMayor Petra Salo signed the deal.\n"It was the only option," the mayor said.'
    q = find(analyse(text), "the only option")
    assert q.speaker.name == "Petra Salo" and q.speaker.resolution == "descriptor"


def test_pronoun_resolves_to_most_recent_compatible_speaker(analyse) -> None:
    text = (
        "Toll Deal\n"
        '"We were ignored," said Mr. Tomas Berg.\n'
        '"The figures do not add up," said Ms. Anna Vik.\n'
        '"I voted against it," he adds.\n'
        '"So did I," she wrote.'
    )
    a = analyse(text)
    he, she = find(a, "I voted against it"), find(a, "So did I")
    assert he.speaker.name == "Tomas Berg" and he.speaker.resolution == "pronoun"
    assert she.speaker.name == "Anna Vik" and she.speaker.resolution == "pronoun"


def test_quote_only_paragraph_takes_the_speaker_of_the_previous_paragraph(analyse) -> None:
    text = (
        "Toll Deal\n"
        '"We will fight this in court," said union leader Jo Park.\n'
        '"And we will win."\n'
        "The council has not replied."
    )
    q = find(analyse(text), "And we will win")
    assert q.speaker.name == "Jo Park" and q.speaker.resolution == "adjacent"


def test_quote_only_paragraph_takes_the_person_named_in_the_next_sentence(analyse) -> None:
    text = (
        "Toll Deal\n"
        "The council met on Monday.\n"
        '"Nobody asked the drivers."\n'
        "That was the verdict of bus driver Ola Nygaard after the meeting."
    )
    q = find(analyse(text), "Nobody asked the drivers")
    assert q.speaker.name == "Ola Nygaard" and q.speaker.resolution == "adjacent"


def test_organisation_as_speaker(analyse) -> None:
    a = analyse('Border Talks\n"The exercises are routine," the Kremlin said on Tuesday.')
    q = find(a, "The exercises are routine")
    assert q.speaker.name == "Kremlin"
    assert next(s for s in a.sources if s.id == q.speaker.source_id).kind == "organisation"


def test_group_as_speaker(analyse) -> None:
    a = analyse('Night Raid\n"Two men were arrested," police said.')
    q = find(a, "Two men were arrested")
    assert q.speaker.name.lower() == "police"
    assert next(s for s in a.sources if s.id == q.speaker.source_id).kind == "group"


def test_anonymous_source(analyse) -> None:
    a = analyse('Border Talks\n"Nobody expects a deal this year," a senior official said.')
    q = find(a, "Nobody expects a deal")
    assert q.speaker.name == "a senior official"
    assert next(s for s in a.sources if s.id == q.speaker.source_id).kind == "anonymous"


@pytest.mark.parametrize(
    "cue", ["says", "said", "adds", "warns", "writes", "notes", "tweeted", "declared", "insisted", "argued", "claimed"]
)
def test_the_range_of_cue_verbs(analyse, cue: str) -> None:
    a = analyse(f'Toll Deal\n"The deal must be stopped," {cue} Maren Holt.')
    q = find(a, "The deal must be stopped")
    assert q.speaker.name == "Maren Holt" and q.cue.text == cue


def test_quote_only_paragraph_introduced_by_a_colon_line(analyse) -> None:
    text = (
        "Toll Deal\n"
        "Councillor Jonas Berg put it bluntly in a radio interview:\n"
        '"This contract will haunt the city for thirty years."\n'
        "The council has not replied."
    )
    q = find(analyse(text), "This contract will haunt")
    assert q.speaker.name == "Jonas Berg" and q.speaker.resolution == "adjacent"
