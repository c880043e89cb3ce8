"""Who speaks, from the thirteenth session's blind review (obituary, strike, airline results, wildfire updates,
theatre feature, summit): speakers named only after their words, and people who share a surname."""

from __future__ import annotations

from quotes_helpers import find


def test_a_quote_only_paragraph_goes_to_the_person_named_as_how_it_was_said(analyse) -> None:
    a = analyse("Obituary\n\nHaldor Quist said she kept a notebook every day. \u201cNobody else had that patience,\u201d "
                "he said.\n\n\u201cShe made you feel that the question was bigger than both of you.\u201d\n\n"
                "That was how Anneke Strand, a geochemist who shared her office, remembered her on Monday.")
    assert find(a, "She made you feel").speaker.name == "Anneke Strand"
    assert find(a, "Nobody else had").speaker.name == "Haldor Quist"


def test_words_said_to_come_from_someone_in_the_same_paragraph_are_theirs(analyse) -> None:
    a = analyse("Results\n\nChief executive Marguerite Dallow said demand was strong. \u201cPeople are flying,\u201d she "
                "said.\n\n\u201cFuel alone took a third of our margin.\u201d That figure came from finance chief Oskar "
                "Pelham, who said the airline had hedged its fuel.")
    fuel = find(a, "Fuel alone")
    assert fuel.speaker.name == "Oskar Pelham" and fuel.speaker.resolution == "adjacent"


def test_words_said_to_be_someones_after_the_quote_are_theirs(analyse) -> None:
    a = analyse('Theatre\n\nMs Agnes Pryor said the families would not attend. "We are still here," she said.\n\n'
                '"Nobody in this building wants to hurt those families." The words were Ms Amundsen\'s, spoken in '
                'the foyer on Tuesday.\n\nThe director, Celeste Amundsen, had spoken earlier.')
    assert find(a, "Nobody in this building").speaker.name != "Agnes Pryor"


def test_the_words_came_from_a_person_named_in_the_next_paragraph(analyse) -> None:
    a = analyse('Strike\n\n"I have never once been on strike," said Joanne, a ward sister.\n\n'
                '"They are betting we will get cold and go home. We will not."\n\n'
                "The words came from Bernadette Ruane, a healthcare assistant pouring tea nearby.")
    assert find(a, "They are betting").speaker.name == "Bernadette Ruane"
    assert find(a, "I have never once").speaker.name == "Joanne"


def test_a_sentence_about_people_after_a_quote_does_not_take_it(analyse) -> None:
    a = analyse('Survey\n\n"She needed to split the first two primaries," added Carla Whitlow, a party official.\n\n'
                '"She has done that."\n\nThese are the members of the Caucus panel, not all of whom took part: '
                "Tim Albers, Dana Boyle.")
    assert find(a, "She has done that").speaker.name == "Carla Whitlow"


def test_a_quote_cut_short_before_a_sentence_naming_someone_keeps_its_speaker(analyse) -> None:
    a = analyse('Vote\n\n"We will win this," said Mayor Ida Renn.\n\n"Not today,"\n\nThat was how Olaf Brand, her '
                "rival, answered.")
    assert find(a, "Not today").speaker.name != "Olaf Brand"


def test_a_rank_before_a_shared_surname_picks_the_one_who_holds_it(analyse) -> None:
    a = analyse('Fire grows\n\n"We will not hold the east flank today," said county fire chief Mina Ortiz.\n\n'
                'The company is cooperating fully, said Janine Ortiz, a spokeswoman for Calder Valley Power.\n\n'
                "Chief Ortiz cautioned that damage teams had not yet reached the worst streets.")
    cautioned = find(a, "damage teams had not yet")
    assert cautioned.speaker.name == "Mina Ortiz" and cautioned.speaker.resolution == "surname"



def test_the_carrier_is_the_airline_the_article_named(analyse) -> None:
    a = analyse("Airline results\n\nSablecrest Airways reported a fall in profit on Thursday. Net profit for the quarter "
                "fell to 212 million crowns, the carrier said.")
    assert find(a, "Net profit for the quarter").speaker.name == "Sablecrest Airways"


def test_the_utility_is_the_company_whose_name_tells_its_trade(analyse) -> None:
    a = analyse("Fire\n\nThe Marlow Valley Relief Corps has set up 300 cots. Calder Valley Power said it was "
                "cooperating with every agency.\n\nIn a written statement, the utility said it had cut power to 18,000 "
                "customers.")
    assert find(a, "it had cut power").speaker.name == "Calder Valley Power"


def test_a_role_with_a_house_before_it_is_the_person_introduced_there(analyse) -> None:
    a = analyse('Shares\n\n"The guidance cut was bigger than expected," said Tariq Nandell, an analyst at Crowther & '
                "Vale.\n\nHelena Pelham, who covers airlines at Ashgrove Capital, was more positive.\n\n"
                '"People are still flying," the Ashgrove analyst said.')
    flying = find(a, "People are still flying")
    assert flying.speaker.name == "Helena Pelham" and flying.speaker.resolution == "descriptor"


def test_a_role_with_a_house_no_one_was_introduced_at_keeps_the_role_lookup(analyse) -> None:
    a = analyse('Shares\n\n"The guidance cut was bigger than expected," said Tariq Nandell, an analyst at Crowther & '
                'Vale.\n\n"The market hates an open-ended problem," the Crowther analyst added.')
    assert find(a, "The market hates").speaker.name == "Tariq Nandell"


def test_a_name_beside_a_trade_noun_is_a_company_not_a_person(analyse) -> None:
    a = analyse("Groundings\n\nThe engine maker, Vantor Propulsion, said it expected to clear the backlog by March.")
    source = next(s for s in a.sources if s.name == "Vantor Propulsion")
    assert source.kind == "organisation"


def test_a_person_described_as_a_letter_carrier_stays_a_person(analyse) -> None:
    a = analyse("Rally\n\n\"I have been through the racks trying to find a union label,\" said Bob Mason, a retired "
                "letter carrier who came to hear the speech.")
    assert next(s for s in a.sources if s.name == "Bob Mason").kind == "person"


def test_what_a_statement_said_with_no_that_is_reported_whole(analyse) -> None:
    a = analyse("Groundings\n\nThe engine maker, Vantor Propulsion, said in a statement it expected to clear most of "
                'the inspection backlog by the end of the first quarter and that its engineers were "working around '
                'the clock."')
    reported = find(a, "it expected to clear")
    assert reported.kind == "indirect" and reported.speaker.name == "Vantor Propulsion"
    assert reported.text.startswith("it expected to clear most of the inspection backlog")


def test_a_clause_about_a_message_elaborated_on_is_not_what_was_said(analyse) -> None:
    a = analyse("Sermon\n\nThe pastor elaborated on the message he felt the Lord was seeking to convey to the nation.")
    assert not [q for q in a.quotes if q.text.startswith("he felt")]


def _non_answers(a) -> list:
    return [q for q in a.quotes if q.kind == "non_answer"]


def test_declining_to_give_a_date_is_a_non_answer(analyse) -> None:
    a = analyse("Summit\n\nMr Radovan Sestak said the crossing would reopen before the end of the year. He declined to "
                "give a specific date.")
    assert [q.speaker.name for q in _non_answers(a)] == ["Radovan Sestak"]


def test_declining_to_say_after_a_quote_is_a_non_answer(analyse) -> None:
    a = analyse('Results\n\n"We have a contract, and we intend to rely on it," said finance chief Oskar Pelham, '
                "declining to say how much the airline would claim.")
    assert [q.speaker.name for q in _non_answers(a)] == ["Oskar Pelham"]


def test_declining_to_be_interviewed_is_a_non_answer(analyse) -> None:
    a = analyse("Theatre\n\nThe playwright, Hal Ostrander, declined to be interviewed by phone but answered by email.")
    assert [q.speaker.name for q in _non_answers(a)] == ["Hal Ostrander"]


def test_refusing_to_say_certain_words_is_no_non_answer(analyse) -> None:
    a = analyse('Debate\n\nMinisters refused to say the words "hard border," a silence seized upon by the '
                "opposition.")
    assert not _non_answers(a)


def test_quoted_him_as_saying_is_the_man_quoted_before(analyse) -> None:
    a = analyse("Alert\n\nThe state news agency quoted the defence minister, General Yusuf Barakat, as saying the "
                "army was ready. The agency also quoted him as saying that units had been placed on alert.")
    assert find(a, "units had been placed").speaker.name == "Yusuf Barakat"


def test_a_woman_named_inside_a_mans_report_does_not_hide_him_from_he(analyse) -> None:
    a = analyse('Talks\n\n"It went well," said Pavel Drach, a spokesman for the president.\n\n"It is a framework for '
                'more meetings," one European diplomat said, speaking because he was not authorised to brief.\n\n'
                "The diplomat said one delegation had threatened to walk out. It was the foreign minister, Liesel "
                "Brandvold, who talked them back to the table, he said.")
    talked = find(a, "It was the foreign minister")
    assert talked.speaker.name == "one European diplomat"


def test_a_possessive_inside_an_organisations_name_is_kept(analyse) -> None:
    a = analyse("Fire\n\nAbout 6,000 people are now under evacuation orders, according to the Marlow County Sheriff’s "
                "Office, up from 2,500 at sunrise.")
    assert find(a, "About 6,000 people").speaker.name == "Marlow County Sheriff’s Office"


def test_a_possessive_before_a_persons_name_inside_an_entity_is_still_dropped(analyse) -> None:
    a = analyse('Column\n\nThe New Republic’s Jeet Heer called it "aristocratic conservatism," obscured by a mask.')
    assert "’s" not in find(a, "aristocratic conservatism").speaker.name


def test_dr_and_a_shared_surname_is_the_scientist_not_her_daughter(analyse) -> None:
    a = analyse("Obituary\n\nEdda Varnholt, a chemist who read old air in polar ice, died on Saturday. She was 84.\n\n"
                'Her daughter, Lise Varnholt, said the cause was heart failure. "She could not leave a bad graph '
                'alone," Lise Varnholt said.\n\nDr Varnholt described those years as "the time I learned that numbers '
                'have enemies." She said she had never considered softening a conclusion.')
    assert find(a, "the time I learned").speaker.name == "Edda Varnholt"
    assert find(a, "she had never considered").speaker.name == "Edda Varnholt"
    assert find(a, "She could not leave").speaker.name == "Lise Varnholt"


def test_a_birth_name_in_an_obituary_is_the_same_woman(analyse) -> None:
    a = analyse("Obituary\n\nEdda Varnholt, a chemist, died on Saturday at her home. She was 84.\n\nBorn in 1940 in "
                "the fishing town of Brennick, the daughter of a harbour pilot, Edda Marit Holm studied chemistry at "
                "Calder Vale on a scholarship. She married Tomas Varnholt, a violinist, in 1964; he died in 2011.\n\n"
                "Her route into glaciology was, by her own account, an accident. She once told a radio interviewer that "
                "she had taken a summer job washing glassware for a polar expedition.")
    assert find(a, "she had taken a summer job").speaker.name == "Edda Varnholt"
    assert not [s for s in a.sources if s.name == "Edda Marit Holm"]


def test_a_different_first_name_in_a_birth_sentence_is_someone_else(analyse) -> None:
    a = analyse("Obituary\n\nEdda Varnholt, a chemist, died on Saturday.\n\nBorn in 1940, Greta Holm, her cousin, said "
                "the family had always been close.")
    assert find(a, "the family had always been close").speaker.name == "Greta Holm"


def test_a_clause_whose_subject_the_parser_made_the_cues_object_starts_at_that_subject(analyse) -> None:
    a = analyse("Results\n\nDallow said forward bookings for November through January were 6 percent higher than a "
                "year ago, and that average fares were holding up.")
    reported = find(a, "were 6 percent higher")
    assert reported.text.startswith("forward bookings for November") and reported.speaker.name == "Dallow"


def test_an_addressee_of_the_cue_is_not_taken_into_what_was_said(analyse) -> None:
    a = analyse("Results\n\nThe chief executive, Marguerite Dallow, told investors the airline was in good shape.")
    assert not find(a, "the airline was in good shape").text.startswith("investors")


def test_a_cue_closing_the_sentence_after_a_comma_reports_what_went_before(analyse) -> None:
    a = analyse("Fire\n\nDeputies went door to door overnight on Fenwick Road and in the Aldergrove subdivision, the "
                "sheriff's office said in a statement.")
    reported = find(a, "Deputies went door to door")
    assert reported.kind == "indirect" and reported.cue.text == "said"
    assert reported.text.endswith("Aldergrove subdivision")


def test_a_verb_with_more_after_it_closing_the_sentence_is_no_closing_cue(analyse) -> None:
    a = analyse("Tour\n\nMarta Lund spent Wednesday on a victory tour in the capital, filming television shows and "
                "meeting with church leaders as part of an outreach effort.")
    assert not a.quotes


def test_a_title_beside_a_described_work_is_no_quote(analyse) -> None:
    a = analyse('Obituary\n\nHer 1997 book for general readers, "The Memory of Snow," was translated into 14 '
                "languages.")
    assert not [q for q in a.quotes if q.text.startswith("The Memory of Snow")]


def test_asking_that_something_be_done_is_reported(analyse) -> None:
    a = analyse("Theatre\n\nThe families' association wrote to the board last month. It asked that the scene be "
                "rewritten and that the programme name each of the victims.")
    asked = find(a, "the scene be rewritten")
    assert asked.kind == "indirect" and asked.cue.text == "asked"


def test_asking_that_a_name_be_withheld_or_asking_questions_is_not_reported(analyse) -> None:
    a = analyse("Fire\n\nRosa, 67, asked that her last name not be used because her house had been burgled. Readers "
                "have asked questions about the mayor's assertion that the road was safe.")
    assert not [q for q in a.quotes if q.text.startswith("her last name")]
    assert not [q for q in a.quotes if q.cue is not None and q.cue.text == "asked"]


def test_the_association_is_the_one_named_in_passing_before(analyse) -> None:
    a = analyse("Theatre\n\nThe objection comes largely from the Bellmoor Flood Families Association, which represents "
                "relatives of those who died.\n\nThe association says the pub scene is an invention.")
    assert find(a, "the pub scene is an invention").speaker.name == "Bellmoor Flood Families Association"


def test_an_organisation_named_in_passing_is_no_antecedent_for_it(analyse) -> None:
    a = analyse('Talks\n\nCaroline Freund, a senior fellow at the Peterson Institute for International Economics, said '
                'the figures were rough. "But the estimates have value, because it tells us what is rewarding," she '
                "said.")
    assert not [q for q in a.quotes if q.speaker is not None and "Peterson" in q.speaker.name]


def test_a_boards_it_after_a_sentence_about_the_board_is_the_board(analyse) -> None:
    a = analyse('Play row\n\nThe families\' association objected to the play. "We are still here," said its secretary, '
                "Agnes Pryor.\n\nThe Playhouse's board has so far backed the production. In a statement issued on "
                'Monday, it said it "stands behind the artists and the work."')
    backed = find(a, "stands behind the artists")
    assert "board" in backed.speaker.name and backed.speaker.resolution == "pronoun"


def test_a_role_at_another_house_is_not_the_role_named_before(analyse) -> None:
    a = analyse('Match report\n\nPort Kellan manager Gary Hollins called it "the worst decision I have seen".\n\n'
                "Rovers captain Niall Garvey went down under a challenge.\n\n"
                '"If he is out for three weeks, then maybe Mr Hollins will believe it," the Rovers manager said.')
    said = find(a, "If he is out for three weeks")
    assert said.speaker.name not in ("Gary Hollins", "Niall Garvey")


def test_a_state_before_a_role_is_no_house(analyse) -> None:
    a = analyse('Race\n\nCruz warned against a brokered convention. "I think that would be a disaster," the Texas '
                "senator said.\n\nTed Cruz, the senator from Texas, spoke later.")
    assert find(a, "I think that would be a disaster").speaker.name in ("Cruz", "Ted Cruz")


def test_the_judge_is_mr_justice_named_before(analyse) -> None:
    a = analyse("Sentencing\n\nSentencing him on Friday, Mr Justice Harlow said the driver had made selfish choices.\n\n"
                '"You were watching a video clip," the judge told him.')
    assert find(a, "You were watching").speaker.name == "Harlow"


def test_declining_to_speak_to_reporters_and_refusing_to_be_drawn_are_non_answers(analyse) -> None:
    a = analyse("Court\n\nMr Tom Voss declined to speak to reporters as he left the building.\n\nManager Stefano "
                "Ravelli refused to be drawn on his future.")
    assert sorted(q.speaker.name for q in _non_answers(a)) == ["Stefano Ravelli", "Tom Voss"]


def test_a_first_name_beside_a_relative_takes_the_relatives_surname(analyse) -> None:
    a = analyse("Sentencing\n\nEleanor Voss died in the crash. In a statement read to the court by Ms Dunmore, Ms "
                "Voss’s husband, Daniel, described the moment officers arrived.\n\n"
                '"I knew before they said a word," he wrote.')
    assert find(a, "I knew before they said").speaker.name == "Daniel Voss"


def test_a_bare_surname_is_not_the_relative_the_article_calls_by_first_name(analyse) -> None:
    a = analyse("Speech\n\nThe father of a boy killed at the school introduced the speech. Mark Barden's son, Daniel, "
                "was one of 20 children killed.\n\nBarden now leads a campaign. Far too many lives have been lost, "
                "Barden says.")
    assert find(a, "Far too many lives").speaker.name == "Mark Barden"


def test_what_the_letter_reads_is_the_words_of_who_wrote_in_it(analyse) -> None:
    a = analyse("School closed\n\nIn a letter to parents on Wednesday evening, the head teacher, Helen Oduya, wrote that "
                "the decision had not been taken lightly.\n\n\u201cI know how difficult a sudden closure is,\u201d the "
                "letter reads.")
    assert find(a, "I know how difficult").speaker.name == "Helen Oduya"


def test_a_letter_written_far_earlier_does_not_speak_for_a_later_statement(analyse) -> None:
    a = analyse("Victims\n\nIn a statement, the minister, Pascale Boistard, wrote that the passenger had been on board."
                + "\n\nHe worked in logistics and travelled often for meetings abroad." * 12
                + '\n\nHe was "a greatly respected colleague," the statement added.')
    assert find(a, "a greatly respected colleague").speaker.name != "Pascale Boistard"


def test_those_words_from_someone_after_a_quote_are_theirs(analyse) -> None:
    a = analyse('Rents\n\n"Landlords need stability," said its chief executive, Susan Gale.\n\n"We are not going '
                'anywhere, and we are not going to pay 14% more for mould." Those words, from Kemi Adeyinka, who '
                "chairs the tenants' association, drew applause.")
    assert find(a, "We are not going anywhere").speaker.name == "Kemi Adeyinka"


def test_a_message_posted_by_someone_reads_in_their_words(analyse) -> None:
    a = analyse('Rents\n\nOne message, posted in January by a tenant on the seventh floor, reads: "Water coming '
                'through the light fitting in the kitchen again."')
    assert find(a, "Water coming through").speaker.name == "a tenant on the seventh floor"


def test_letters_seen_by_a_newspaper_are_not_the_newspapers_words(analyse) -> None:
    a = analyse("Rents\n\nThe landlord has told residents that rents will rise by 14% from April, according to "
                "letters seen by this newspaper.")
    assert not [q for q in a.quotes if q.speaker is not None and q.speaker.name.endswith("newspaper")]


def test_a_quote_going_on_over_a_paragraph_break_after_a_pasted_post_is_found(analyse) -> None:
    a = analyse("Probe arrives\n\nMinutes later the agency posted on its official account:\n\n"
                "Lantern is home. Science starts soon. #LanternArrives — Meridian Space Agency (@MeridianSpace) 3 June\n\n"
                "The project scientist, Dr Hannah Kessler, spoke next.\n\n"
                '"Every image brings a surprise," she said. "That chain of craters is what I will think about tonight.\n\n'
                '"If it is what we suspect, then Corvessa was hit recently."')
    assert find(a, "That chain of craters").speaker.name == "Hannah Kessler"


def test_a_condition_before_a_cue_in_the_middle_stays_in_what_was_said(analyse) -> None:
    a = analyse("Probe\n\nIf the valve does not clear, he warned, controllers will have to rely on the three healthy "
                "thrusters for the rest of the mission.")
    reported = find(a, "controllers will have to rely")
    assert reported.text.startswith("If the valve does not clear")


def test_a_condition_opening_a_reported_clause_keeps_its_if(analyse) -> None:
    a = analyse("Race\n\nSenator Ted Mora said if we nominate the governor, the party loses in November.")
    assert find(a, "the party loses").text.startswith("if we nominate")


def test_urging_someone_described_at_length_to_act_is_reported(analyse) -> None:
    a = analyse("Crash\n\nDetective Inspector Lydia Marsh said the sentence sent a message. She urged anyone who had "
                "witnessed dangerous driving to report it.")
    urged = find(a, "anyone who had witnessed")
    assert urged.kind == "indirect" and urged.speaker.name == "Lydia Marsh" and urged.text.endswith("to report it")


def test_the_force_is_the_police_named_before(analyse) -> None:
    a = analyse("Crash\n\nSpeaking outside court, Detective Inspector Lydia Marsh, of Wexley Police's collision unit, "
                "said the sentence was fair.\n\nThe force said officers had spent more than 2,000 hours on the case.")
    assert find(a, "officers had spent").speaker.name == "Wexley Police"


def test_its_statement_is_the_organisations_words(analyse) -> None:
    a = analyse('Appeal\n\nPort Kellan Athletic confirmed that it had written to the board. "The club respects the '
                'job officials do," its statement read.')
    assert find(a, "The club respects").speaker.name == "Port Kellan Athletic"


def test_a_plurals_possessive_mark_inside_a_name_is_kept(analyse) -> None:
    a = analyse("Fans\n\nThe Port Kellan Supporters’ Trust said more than 400 members had contacted it.")
    assert find(a, "more than 400 members").speaker.name == "Port Kellan Supporters’ Trust"


def test_the_elder_of_a_family_is_the_parent(analyse) -> None:
    a = analyse('Family bakery\n\nAnton Novak founded the bakery in 1961. His son Pavel Novak now runs it. "We bake the '
                'same bread," Pavel Novak said.\n\nThe elder Novak, now 91, said he still visits every morning. "I cannot '
                'stay away," the elder Novak said.')
    assert find(a, "he still visits every morning").speaker.name == "Anton Novak"
    assert find(a, "I cannot stay away").speaker.name == "Anton Novak"
    assert find(a, "We bake the same bread").speaker.name == "Pavel Novak"


def test_the_older_brother_is_the_one_described_so(analyse) -> None:
    a = analyse('Derby\n\nThe penalty came after a challenge from Dean Whitlock, the older brother of the home side\'s '
                'striker.\n\n"Dean is my big brother," Jamal Whitlock said.\n\nThe older Whitlock was less amused. '
                '"I got the ball first," he said.')
    assert find(a, "I got the ball first").speaker.name == "Dean Whitlock"


def test_a_report_written_by_a_named_director_is_in_his_words(analyse) -> None:
    a = analyse("School\n\nThe report, written by the council's director of education, Martin Hale, concludes that the "
                'building "is not a sustainable long-term asset" and recommends that it be sold.')
    assert find(a, "is not a sustainable long-term asset").speaker.name == "Martin Hale"


def test_a_sentence_by_someones_own_account_is_their_report(analyse) -> None:
    a = analyse("Obituary\n\nEdda Varnholt, a chemist, died on Saturday. She was 84.\n\nHer route into glaciology was, "
                "by her own account, an accident.")
    told = find(a, "Her route into glaciology")
    assert told.kind == "indirect" and told.speaker.name == "Edda Varnholt"


def test_by_all_accounts_is_no_ones_report(analyse) -> None:
    a = analyse("Obituary\n\nEdda Varnholt, a chemist, died on Saturday. By all accounts she was a fine teacher.")
    assert not [q for q in a.quotes if "fine teacher" in q.text]


def test_a_name_the_tagger_cut_to_a_place_keeps_its_first_word(analyse) -> None:
    a = analyse("Recall\n\nHomeSafe UK, a charity that campaigns on household safety, said the case exposed how poorly "
                "recalls reach the public.")
    assert find(a, "the case exposed").speaker.name == "HomeSafe UK"
