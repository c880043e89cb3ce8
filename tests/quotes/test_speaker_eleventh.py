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


def test_a_known_surname_the_tagger_reads_as_a_company_is_the_person(analyse) -> None:
    a = analyse("Results\n\nChief executive Marguerite Olsen-Diaz said the business faced a tough year.\n\n"
                '"Our members have heard that before," said Carol Baxter, the union\'s regional organiser.\n\n'
                "Olsen-Diaz ended the call on a note of defiance.\n\n"
                '"Nobody in this building is pretending the numbers are good," she said.')
    assert find(a, "Nobody in this building").speaker.name == "Marguerite Olsen-Diaz"


def test_a_known_surname_the_parser_makes_the_root_is_the_subject(analyse) -> None:
    a = analyse("Election\n\nThe result gave Deborah Marsh 41.2 per cent against 38.7 per cent for Oluwaseun Adeyemi, "
                "the former head teacher. Turnout was 52 per cent.\n\n"
                "Adeyemi, 47, conceded in a short speech to volunteers at his campaign headquarters on Mill Lane.\n\n"
                '"I called Deborah a few minutes ago to congratulate her," he said.')
    assert find(a, "I called Deborah").speaker.name == "Oluwaseun Adeyemi"


def test_a_surname_two_people_share_is_not_given_to_the_last_named(analyse) -> None:
    """Guard for the two rules above (passes without them): 'Hale' could be either Hale."""
    a = analyse("Family\n\nGeoffrey Hale met Ruth Hale in 1970.\n\n"
                'Hale ended the call. "We were lucky," he said.')
    assert find(a, "We were lucky").speaker.name != "Ruth Hale"


def test_the_role_of_someone_new_is_not_the_person_before(analyse) -> None:
    a = analyse("Caucus\n\nBetsy Ebeling flew in from Chicago on Friday.\n\nEbeling and her husband, Tom, were greeted by an "
                'organizer at a field office. "You are going to be the best messengers," the organizer told them.')
    assert find(a, "best messengers").speaker.name != "Betsy Ebeling"


def test_he_after_the_person_a_sentence_names_with_is_is_that_person(analyse) -> None:
    a = analyse("Theatre\n\nAriel and Caliban are fellow detainees.\n\nThe lead is Femi Adebayo-Clarke. "
                '"Kasia made me see him differently," he said.')
    assert find(a, "Kasia made me").speaker.name == "Femi Adebayo-Clarke"


def test_he_after_according_to_someone_is_that_someone(analyse) -> None:
    a = analyse('Results\n\n"Net debt is fine," said Vikram Chaudhary, the finance director.\n\n'
                "According to Daniel Obi, an analyst at Kestrel Securities, the cut was larger than expected. "
                '"We had pencilled in a trim," he said.')
    assert find(a, "pencilled in").speaker.name == "Daniel Obi"


def test_he_after_the_agent_of_a_passive_is_the_agent(analyse) -> None:
    a = analyse("Theatre\n\nAriel and Caliban are fellow detainees.\n\nProspero is played by Femi Adebayo-Clarke. "
                '"Kasia made me see him differently," he said.')
    assert find(a, "Kasia made me").speaker.name == "Femi Adebayo-Clarke"


def test_a_full_name_the_tagger_reads_as_a_company_is_the_person_named_before(analyse) -> None:
    a = analyse("Obituary\n\nHer death was confirmed by her son, Dr Chidi Hale.\n\nShe married Geoffrey Hale, a civil "
                'engineer, in 1974.\n\nChidi Hale paused. "The grass," he said.')
    assert find(a, "The grass").speaker.name == "Chidi Hale"


def test_a_given_name_and_a_surname_tagged_as_places_are_a_person(analyse) -> None:
    a = analyse('Obituary\n\n"She was a scientist first and last," said Dr Marta Zielińska, the institute\'s director.')
    assert find(a, "scientist first").speaker.name == "Marta Zielińska"


def test_a_name_an_unnamed_source_gives_in_a_relative_clause_is_the_speaker(analyse) -> None:
    a = analyse('War\n\n"Nobody goes on that road," said a 34-year-old father of three who gave his name only as Abu '
                'Karim, fearing reprisals. "They shoot at anything," he said.')
    assert find(a, "Nobody goes").speaker.name == "Abu Karim"
    assert find(a, "shoot at anything").speaker.name == "Abu Karim"
    source = next(s for s in a.sources if s.name == "Abu Karim")
    assert "father of three" in (source.description or "")


def test_a_first_name_a_participant_asks_to_be_used_is_the_speaker(analyse) -> None:
    a = analyse('Study\n\n"It is the pattern," said Dr Priya Raman, the lead author.\n\nOne of the participants, now 24, '
                'who asked that only her first name, Zofia, be used, said she had been "shocked" to see her data.\n\n'
                '"I was the kid who was always on my phone," she said.')
    assert find(a, "always on my phone").speaker.name == "Zofia"


def test_she_after_an_unnamed_woman_who_described_something_is_that_woman(analyse) -> None:
    a = analyse('Aid\n\n"This is a lifeline," said Ingrid Solberg, the UN coordinator.\n\nA woman in the town, who did '
                'not want to be identified, described queuing for five hours for bread.\n\n'
                '"By the time I got to the front there was nothing left," she said.')
    assert find(a, "nothing left").speaker.name != "Ingrid Solberg"


def test_it_after_an_untagged_office_that_speaks_is_the_office(analyse) -> None:
    a = analyse('Convoy\n\nThe Ministry of Defence said government forces had "fully facilitated" the convoy\'s passage.\n\n'
                "The UN's human rights office said it had documented at least 86 civilian deaths in the area, a figure it "
                'said was "almost certainly an undercount".')
    assert find(a, "almost certainly").speaker.name != "Ministry of Defence"
    assert "office" in find(a, "almost certainly").speaker.name


def test_the_company_after_a_company_named_in_passing_is_that_company(analyse) -> None:
    a = analyse("Results\n\nShares in Halcyon Foods fell 11 per cent on Tuesday.\n\n"
                "The company said adjusted operating profit fell 18 per cent.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.speaker.name == "Halcyon Foods"


def test_they_is_not_a_company_named_in_passing(analyse) -> None:
    """Fails with the rule above unless "they" takes an organisation only as a subject."""
    a = analyse("Deal\n\nThe deal with Pellan Pharma Inc sparked criticism from lawmakers in both parties. They "
                'slammed the loophole, calling it "a scandal".')
    q = find(a, "a scandal")
    assert q.speaker is None or "Pellan" not in q.speaker.name


def test_a_maiden_name_and_a_double_barrelled_name_are_one_person(analyse) -> None:
    a = analyse("Obituary\n\nNgozi Okafor-Hale, the marine biologist, has died. She was 79.\n\nBorn in Enugu in 1945, Ngozi "
                "Okafor moved to Britain at 17 to study zoology.\n\nAt one hearing in 2012 she described a proposed "
                'harbour extension as "vandalism with a planning permit".')
    assert find(a, "vandalism").speaker.name == "Ngozi Okafor-Hale"


def test_a_cue_hung_on_the_first_of_two_coordinated_clauses_belongs_to_the_nearer(analyse) -> None:
    a = analyse("Speech\n\nIn the days before the visit, a group of rabbis called for a boycott of his speech, and the "
                "prominent civil rights organization the Harlow League strongly denounced his rhetoric and said it would "
                '"redirect" all of his past donations to the league.')
    assert find(a, "redirect").speaker.name == "Harlow League"


def test_a_partial_quote_far_from_according_to_is_still_that_source(analyse) -> None:
    a = analyse('Health\n\nAccording to his longtime personal physician, the businessman had "astonishingly excellent" '
                'results in his latest exam and "will be the healthiest individual ever elected."')
    assert find(a, "healthiest individual").speaker.name == "his longtime personal physician"


def test_called_by_someone_when_the_parser_hangs_by_on_the_words(analyse) -> None:
    a = analyse('Schools\n\nThis feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, a '
                "professor at Loyola University.")
    assert find(a, "strategic ambiguity").speaker.name == "Joshua Hendrick"


def test_a_name_coordinated_with_the_title_before_it_speaks(analyse) -> None:
    a = analyse('Radio\n\nSirius XM Vice President for news and talk Dave Gorab called the show "the conservative news '
                'show of record."')
    assert find(a, "news show of record").speaker.name == "Dave Gorab"


def test_words_quoted_in_one_list_share_the_first_ones_speaker(analyse) -> None:
    a = analyse("Court\n\nThe defendant's attorney, Thomas Coan, argued that his client was not to be taken seriously: "
                'His words were the bloviations of a "shock jock," "an entertainer," but also a "new-media journalist."')
    assert {find(a, w).speaker.name for w in ("shock jock", "an entertainer", "new-media")} == {"Thomas Coan"}


def test_a_pronoun_after_a_shared_surname_picks_the_person_of_its_gender(analyse) -> None:
    a = analyse("Rally\n\nSenator Bernard Sandoval spoke first. His wife, Jane Sandoval, introduced him.\n\n"
                '"We really can win on Tuesday," said Sandoval as he closed out.')
    assert find(a, "We really can win").speaker.name == "Bernard Sandoval"


def test_a_shared_surname_without_a_pronoun_keeps_the_last_named(analyse) -> None:
    """Guard for the rule above (passes without it)."""
    a = analyse("Rally\n\nSenator Bernard Sandoval spoke first. His wife, Jane Sandoval, introduced him.\n\n"
                '"We really can win on Tuesday," said Sandoval.')
    assert find(a, "We really can win").speaker.name == "Jane Sandoval"


def test_an_it_that_names_nothing_is_no_speaker(analyse) -> None:
    a = analyse("Film\n\nIt is the most fateful moment in a movie that purports to present an accurate account of the "
                "attacks: a scene in which the highest-ranking operative at a secret compound orders his security team to "
                '"stand down" rather than rush off.')
    q = find(a, "stand down")
    assert q.speaker is None or q.speaker.name != "unnamed (it)"


def test_the_rt_hon_is_no_part_of_the_name(analyse) -> None:
    a = analyse('Debate\n\nThe Roads Minister, the Rt Hon Caroline Adebayo-Lewis, opened the debate. "This is the largest '
                'programme ever," she told the House.')
    assert find(a, "largest programme").speaker.name == "Caroline Adebayo-Lewis"


def test_a_double_barrelled_surname_after_a_title_is_whole(analyse) -> None:
    a = analyse("Debate\n\nThe committee chair, Nkechi Obi-Wallace, spoke next. \"We did not write that report for fun,\" "
                "Ms Obi-Wallace said.")
    assert find(a, "report for fun").speaker.name == "Nkechi Obi-Wallace"


def test_the_minister_is_not_the_shadow_minister(analyse) -> None:
    a = analyse("Debate\n\nThe Roads Minister, Caroline Adebayo-Lewis, opened the debate. The shadow minister, Declan "
                "O'Rourke, waved a chunk of tarmac. The minister conceded that the funding had been \"reprofiled\".")
    assert find(a, "reprofiled").speaker.name == "Caroline Adebayo-Lewis"


def test_the_minister_after_a_cabinet_secretary_is_that_secretary(analyse) -> None:
    a = analyse("Strike\n\nTransport Secretary Kwame Jones said the offer was fair.\n\nJones has been speaking on the "
                'radio. Asked whether he would meet the union, the minister said: "My door is open."')
    assert find(a, "My door is open").speaker.name == "Kwame Jones"


def test_she_after_the_minister_as_subject_is_the_minister(analyse) -> None:
    a = analyse("Debate\n\nThe Roads Minister, Caroline Adebayo-Lewis, opened the debate. Her deputy, Priya "
                'Venkataraman, asked about money. The minister smiled thinly. "I would be delighted to visit," she said.')
    assert find(a, "delighted to visit").speaker.name == "Caroline Adebayo-Lewis"


def test_the_source_is_not_a_sign(analyse) -> None:
    a = analyse('Strike\n\nA sign on the barrier reads: "No trains today." According to a senior government source, '
                'ministers are worried. "Patience is running out," the source said.')
    assert find(a, "Patience is running out").speaker.name == "a senior government source"


def test_she_after_one_unnamed_person_who_reports_is_that_person(analyse) -> None:
    a = analyse("Moon\n\nDr Rachel Goldberg said half of all landings had failed. One flight controller, who asked not "
                'to be named, said colleagues had stayed late. "Nobody wanted to leave," she said.')
    assert find(a, "Nobody wanted to leave").speaker.name == "One flight controller"


def test_a_surname_inside_what_someone_reports_is_not_the_next_she(analyse) -> None:
    a = analyse("Split\n\nSinger Mara Quinn has split from her partner. His mother, Rosa Villalobos, told a radio station "
                'that she would always consider Quinn "part of our family". "Mara cooked in my kitchen," she said.')
    assert find(a, "Mara cooked").speaker.name == "Rosa Villalobos"


def test_she_after_for_a_known_surname_is_that_person(analyse) -> None:
    a = analyse("Housing\n\nAdaeze Nwosu, a tenant organiser, said evictions were the biggest fear. \"Rents will rise more "
                'slowly than wages," said Dr Niamh Gallagher, an economist. For Nwosu, that is not good enough. "Slower '
                'increases are still increases," she said.')
    assert find(a, "Slower increases").speaker.name == "Adaeze Nwosu"


def test_a_korean_name_with_an_age_tagged_as_a_place_is_a_person(analyse) -> None:
    a = analyse('Strike\n\nCommuter Min-jun Park, 34, said he had left home at 5am. "I\'ve been standing here for forty '
                'minutes," he said.')
    assert find(a, "forty minutes").speaker.name == "Min-jun Park"


def test_she_after_a_name_the_tagger_reads_as_a_company_with_a_given_name_of_hers(analyse) -> None:
    a = analyse("Roads\n\nIt fell to the chair, Nkechi Obi, to explain the delay. The report, she reminded the House, had "
                "made fourteen recommendations.")
    q = next(q for q in a.quotes if q.kind == "indirect" and "recommendations" in a.article.text[q.start : q.end])
    assert q.speaker.name == "Nkechi Obi"


def test_a_live_blog_label_is_no_part_of_the_speaker(analyse) -> None:
    a = analyse("Strike live\n\n14:05 Breaking: Acas, the conciliation service, says both sides have agreed to attend talks.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.speaker.name == "Acas"


def test_a_refusal_hung_on_quoted_words_is_the_speakers(analyse) -> None:
    a = analyse('Strike live\n\nIn a short statement, Acas said it was "pleased that the parties have accepted our '
                'invitation" and would not comment further.')
    q = next(q for q in a.quotes if q.kind == "non_answer")
    assert q.speaker.name == "Acas"


def test_the_one_asked_answers_not_a_noun_in_the_question(analyse) -> None:
    a = analyse('Strike\n\nDriver Kofi Mensah said: "It\'s a start." Asked whether the strike could be called off, he '
                'shrugged. "That\'s above my pay grade."')
    assert find(a, "pay grade").speaker.name == "Kofi Mensah"


def test_the_second_half_of_a_split_quote_is_direct(analyse) -> None:
    a = analyse('Commons\n\nSir Graham Pettifer rose. "Then I invite her to do so," he said, "preferably in a vehicle '
                'she is fond of."')
    assert find(a, "preferably in a vehicle").kind == "direct"


def test_she_after_an_unnamed_worker_the_parser_left_without_a_verb_is_that_worker(analyse) -> None:
    a = analyse("Care\n\nA care worker who asked not to be named described night shifts at a home in Leeds. "
                "“Nobody had been in since ten,” she said.")
    assert find(a, "Nobody had been in").speaker.name == "A care worker"


def test_one_described_by_an_apposition_is_that_unnamed_person(analyse) -> None:
    a = analyse('Verdict\n\n"I have been in that courtroom every single day," said Loretta Rhodes.\n\nTwo jurors spoke to '
                'reporters. One, a retired schoolteacher, said the reports were decisive. "The warnings were in plain '
                'English," she said.')
    assert find(a, "plain English").speaker.name == "a retired schoolteacher"


def test_he_after_the_second_juror_is_that_juror(analyse) -> None:
    a = analyse('Verdict\n\n"I never doubted it," said Marco Salinas.\n\nThe second juror, a man in his 30s who works in '
                'logistics, said the panel had struggled. "We weren\'t sure," he said.')
    assert find(a, "weren't sure").speaker.name != "Marco Salinas"


def test_she_after_a_name_set_beside_a_described_role_is_that_name(analyse) -> None:
    a = analyse('Brussels\n\n"This is a stealth rewrite of the law," said MEP Joris van der Stappen.\n\nHis colleague, the '
                'Italian socialist Chiara Benedetti, was blunter. "Someone has been spending too much time with '
                'lobbyists," she said.')
    assert find(a, "lobbyists").speaker.name == "Chiara Benedetti"


def test_a_cue_the_parser_hangs_on_the_clause_after_it_reports_the_sentence(analyse) -> None:
    a = analyse('Brussels\n\n"The Commission has no power to suspend an obligation," said Prof Ingrid Solberg. Any change '
                "would require the agreement of both Parliament and member states, she noted, which could take months.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert a.article.text[q.start : q.end].startswith("Any change would require")


def test_according_to_him_is_whoever_he_is(analyse) -> None:
    a = analyse("Care\n\nA former deputy manager at a sister home said the pressure came from above. According to him, "
                "weekly calls focused almost entirely on occupancy.")
    q = next(q for q in a.quotes if q.kind == "indirect" and "weekly calls" in a.article.text[q.start : q.end])
    assert q.speaker.name == "A former deputy manager at a sister home"


def test_figures_from_the_service_are_the_services(analyse) -> None:
    a = analyse("Fires\n\nThe province has recorded 612 fires since April 1, according to figures from the wildfire service.")
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert q.speaker.name == "wildfire service"


def test_the_second_official_is_not_the_first(analyse) -> None:
    a = analyse("Brussels\n\nOne senior Commission official, speaking on condition of anonymity, said the memo had been "
                'drafted by a working group.\n\nAnother official was less categorical. "There is a real debate '
                'happening," the second official said.')
    assert find(a, "real debate").speaker.name != "One senior Commission official"


def test_it_after_a_document_that_argues_is_the_document(analyse) -> None:
    a = analyse("EU lawmakers clash over delay to AI rules\n\nThe six-page document argues that \"legal certainty for "
                'deployers" matters. It warns that applying the rules on schedule risks "a fragmented enforcement '
                'landscape".')
    assert find(a, "fragmented enforcement").speaker.name == "six-page document"


def test_he_after_a_punjabi_name_tagged_as_a_company_is_that_man(analyse) -> None:
    a = analyse('Wildfire\n\n"Crews were pulled back twice," said incident commander Marguerite Lavallee.\n\n'
                "Harjit Dhaliwal said they had loaded their trailer in about 20 minutes.\n\n"
                '"You could see the glow over the ridge by four o\'clock," he said.')
    assert find(a, "glow over the ridge").speaker.name == "Harjit Dhaliwal"


def test_her_husband_is_the_one_man_of_her_family_name(analyse) -> None:
    a = analyse("Wildfire\n\nHarjit Dhaliwal, who runs an orchard with his wife, Sukhpreet, said they had loaded their "
                "trailer in 20 minutes.\n\nSukhpreet Dhaliwal said she was more worried about her neighbours.\n\n"
                "Her husband said a volunteer firefighter had later driven the back road with a loudspeaker.")
    q = next(q for q in a.quotes if "volunteer firefighter" in a.article.text[q.start : q.end])
    assert q.speaker.name == "Harjit Dhaliwal"
