"""Speaker rules found by a review on invented articles in wire, feature, sports and court styles
(seventh session of 2 Dec 2026); each test fails without its rule."""

from __future__ import annotations

from quotes_helpers import find


def test_he_or_she_after_a_name_in_apposition_to_the_subject_is_that_name(analyse) -> None:
    a = analyse('Floods hit the valley\n"We will not sign," said Fire Officer Denise Mbeki.\n'
                'His neighbour, Priya Lal, said she had moved her children upstairs. "We\'re fine," she said.')
    assert find(a, "We're fine").speaker.name == "Priya Lal"


def test_a_given_name_tells_the_gender_so_she_skips_the_man_quoted_before(analyse) -> None:
    a = analyse('Shops on Castle Street\n"Every policy looks like a failure in its first year," said Councillor Gareth Pryce.\n'
                "I spoke to Kemi Adebayo, who runs a florist's on Castle Street. \"My customers used to pop in,\" she told me.")
    assert find(a, "My customers used to pop in").speaker.name == "Kemi Adebayo"


def test_an_untagged_name_that_is_the_subject_of_a_speech_verb_is_there_for_a_later_he(analyse) -> None:
    a = analyse('Match report\n"It was a penalty all day," said coach Stuart Gillies.\n'
                'Hale, 31, said he had apologised to his team-mates. "I know I got the ball," he said.')
    assert find(a, "I know I got the ball").speaker.name == "Hale"


def test_the_name_after_a_role_subject_is_the_speaker_and_the_role_its_description(analyse) -> None:
    a = analyse("Robot maker expands\nNorvane's Chief Operating Officer, Marcus Lind, said the plant would "
                'open in May and called the site "our best bet".')
    q = find(a, "our best bet")
    assert q.speaker.name == "Marcus Lind"
    source = next(s for s in a.sources if s.id == q.speaker.source_id)
    assert "Chief Operating Officer" in (source.description or "")
    assert [s.name for s in a.sources] == ["Marcus Lind"]


def test_a_role_with_a_prepositional_phrase_before_the_name(analyse) -> None:
    a = analyse("Prize shortlist\nThe prize's chair of judges, Professor Lionel Asher, said the shortlist was "
                '"the strongest in a decade".')
    assert find(a, "the strongest in a decade").speaker.name == "Lionel Asher"


def test_a_surname_of_several_words_is_the_person_named_in_full_before(analyse) -> None:
    a = analyse('Talks\n"We are ready to sit here all week," said Commission spokesman Pieter Van Daele.\n'
                'Van Daele said the Commission was "ready to compromise".')
    q = find(a, "ready to compromise")
    assert q.speaker.name == "Pieter Van Daele" and q.speaker.resolution == "surname"
    assert [s.name for s in a.sources] == ["Pieter Van Daele"]


def test_a_shared_surname_goes_to_the_relative_introduced_before_not_after(analyse) -> None:
    a = analyse("Ferry house\nMargaret Doyle has run the ferry house for forty years.\n"
                '"You read the gulls," Doyle told me.\n'
                'Her son, Ciarán Doyle, 38, said he would take over "when she lets me".')
    assert find(a, "You read the gulls").speaker.name == "Margaret Doyle"
    assert find(a, "when she lets me").speaker.name == "Ciarán Doyle"


def test_a_british_quote_in_single_marks_keeps_a_quote_in_double_marks_inside_it(analyse) -> None:
    a = analyse("School inspection\nInspector Ruth Cole visited the school in March.\n"
                "'When I asked him what he meant, he said, \"You know what I mean,\" and walked off,' she said.")
    outer = find(a, "When I asked him")
    assert outer.text.endswith("and walked off,") and outer.speaker.name == "Ruth Cole"
    inner = [q for q in a.quotes if q.text.startswith("You know what I mean")]
    assert len(inner) == 1 and outer.start < inner[0].start and inner[0].end < outer.end


def test_a_british_quote_of_several_sentences_with_a_scare_quote_inside_is_one_quote(analyse) -> None:
    a = analyse("School row\nJenny Ashworth, a parent, said: 'This is a school that works. A report that calls it "
                "\"inadequate\" after 36 hours is not worth the paper it's printed on.'")
    q = find(a, "This is a school that works")
    assert q.kind == "direct" and q.text.endswith("printed on.") and q.speaker.name == "Jenny Ashworth"


def test_a_participle_clause_parsed_as_subject_gives_way_to_the_person_named_before_the_verb(analyse) -> None:
    a = analyse("Trial opens\nOpening the case for the Crown, prosecutor Oliver Strand KC told the court that the "
                'defendant had "lied from the start".')
    assert find(a, "lied from the start").speaker.name == "Oliver Strand"


def test_a_dateline_is_no_company_for_a_later_the_company_said(analyse) -> None:
    a = analyse("Robots\nTALLBERG, 14 March 2027 — Norvane Robotics AG will open a second plant in the city.\n"
                'The company said it had hired 140 employees and called the site "our best bet".')
    assert find(a, "our best bet").speaker.name == "Norvane Robotics AG"
    assert all(s.name != "TALLBERG" for s in a.sources)


def test_a_live_blog_timestamp_is_not_part_of_reported_speech(analyse) -> None:
    a = analyse("Live: storm\n17:50 — Power cuts are now affecting around 38,000 homes, according to Westline Power.")
    q = find(a, "Power cuts")
    assert q.kind == "indirect" and q.text.startswith("Power cuts") and q.speaker.name == "Westline Power"


def test_the_company_named_after_a_dateline_is_the_one_a_later_the_company_said_means(analyse) -> None:
    a = analyse("Robots\nTALLBERG, 14 March 2027 — Norvane Robotics AG, a maker of warehouse robots, today announced "
                "a new plant.\nThe company said it had already hired 140 employees for the site.")
    assert find(a, "hired 140 employees").speaker.name == "Norvane Robotics AG"


def test_a_first_name_alone_as_subject_is_the_person_named_before_for_a_later_he(analyse) -> None:
    a = analyse("Ferry\nHer husband, Tomás Doyle, has skippered the ferry since 1991.\n"
                'A council spokesman, Declan Rourke, rejected that. "We have met islanders," Rourke said.\n'
                'In the evening, Tomás brought the ferry in. He checked the ropes twice. "Habit," he said.')
    assert find(a, "Habit").speaker.name == "Tomás Doyle"


def test_a_person_described_by_nationality_or_age_is_the_person_named_before(analyse) -> None:
    a = analyse('Football\nLuca Brandão scored twice. "I am happy for the team," the Brazilian said.\n'
                'Maya Lund came off the bench. "I just wanted the ball," the 19-year-old said.')
    assert find(a, "happy for the team").speaker.name == "Luca Brandão"
    assert find(a, "wanted the ball").speaker.name == "Maya Lund"
    assert all(s.kind == "person" for s in a.sources)
