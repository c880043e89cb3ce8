"""Speaker rules of the ninth session (2 Dec 2026): asides between a name and its cue, cues the lexicon
lacked ('implied', 'keeps talking about'), an age as the parsed root, and the previous quote's own
attribution sentence. Each test fails without its rule."""

from __future__ import annotations

from quotes_helpers import find


def test_a_name_then_an_aside_between_commas_then_the_cue_is_the_names_quote(analyse) -> None:
    a = analyse('County fair\n"We have had better fairs than this one," farmer Bill Ostrander, wearing a straw hat '
                'and "Vote Lund" pins, said matter-of-factly as rain fell.')
    q = find(a, "We have had better fairs")
    assert q.speaker.name == "Bill Ostrander" and q.speaker.resolution == "explicit"


def test_an_adverb_after_the_cue_is_never_the_speaker(analyse) -> None:
    a = analyse('County fair\n"We have had better fairs than this one," farmer Bill Ostrander, wearing a straw hat '
                'and "Vote Lund" pins, said matter-of-factly as rain fell.')
    assert all("factly" not in s.name for s in a.sources)


def test_several_asides_in_a_row_still_lead_back_to_the_name(analyse) -> None:
    a = analyse("Endorsements\nSenator Ida Marsh has 31 endorsements in the chamber, a body in which her rival "
                "Tom Sandor serves. Sandor, meanwhile, who sits at zero such endorsements, said that fact speaks "
                'volumes about which of the two candidates is "ready to take on the bosses."')
    assert find(a, "ready to take on the bosses").speaker.name == "Tom Sandor"


def test_words_inside_what_a_speaker_implied_are_the_speakers(analyse) -> None:
    a = analyse("Radio\nPastor Dale Wickam spoke on his weekly radio show on Monday. He then implied that the club "
                'leaders should be punished, specifically by having "a stone tied" around their necks.')
    q = find(a, "a stone tied")
    assert q.speaker.name == "Dale Wickam" and q.speaker.resolution == "pronoun"


def test_what_someone_keeps_talking_about_is_theirs_not_the_next_clauses_subject(analyse) -> None:
    a = analyse('Port\nMinister Ada Kerr toured the port. She keeps talking about the "power of working together" '
                'and how the ministry wants to be a kind of broker for workers.')
    assert find(a, "power of working together").speaker.name == "Ada Kerr"


def test_an_opportunity_to_talk_is_not_a_cue_so_the_reporter_keeps_the_words(analyse) -> None:
    a = analyse("Convention\nCampaign spokesman Sean Hale said the candidate sees the convention as an opportunity "
                'to talk about her vision in contrast to "the divisive, doom and gloom" offered elsewhere.')
    assert find(a, "the divisive, doom and gloom").speaker.name == "Sean Hale"


def test_an_age_the_parser_made_the_root_still_names_the_person_before(analyse) -> None:
    a = analyse("Clip\nComedian Piotr Lasko, who has starred in two sitcoms, posted the clip online on Thursday.\n"
                '"What if the senator had singing lessons?" the 43-year-old asked in the description.')
    q = find(a, "What if the senator had singing lessons")
    assert "Piotr Lasko" in q.speaker.name and q.speaker.resolution == "descriptor"


def test_a_cue_in_an_aside_of_the_previous_quotes_attribution_does_not_take_the_next_quote(analyse) -> None:
    a = analyse('Coalition\n"And I am not being paid!" Mo Tarrant declared, a point he likes to make after a radio '
                "show during which callers asked how much he was paid. \"I make my own money. I run a business.\"")
    assert find(a, "I make my own money").speaker.name == "Mo Tarrant"


def test_a_scare_quote_under_a_verb_someone_was_invited_to_do_is_the_inviters(analyse) -> None:
    a = analyse('Archive\nMayor Kim Roe spoke at the hall. Roe last week invited Norland to dig up the "missing" files.')
    assert find(a, "missing").speaker.name == "Kim Roe"


def test_an_object_before_the_cue_is_not_taken_for_its_speaker(analyse) -> None:
    a = analyse("Results\nSenator Tomas Reid watched the count at home. Reid posted a message on Twitter reading "
                '"Thank you Ohio" moments after the polls closed.')
    q = find(a, "Thank you Ohio")
    assert q.speaker.name == "Tomas Reid"
    assert all(s.name != "Twitter" for s in a.sources)


def test_a_cue_the_tagger_read_as_a_participle_still_belongs_to_the_name_it_follows(analyse) -> None:
    a = analyse('Debate\nSanders replied evenly, "I think she knows that."\n'
                "O'Malley, who signed sweeping gun laws as governor, interjected to say: "
                '"They have both been inconsistent when it comes to this issue."')
    assert find(a, "both been inconsistent").speaker.name == "O'Malley"


def test_a_name_the_tagger_ran_on_into_the_verb_after_it_is_cut_back_to_the_name(analyse) -> None:
    a = analyse("Levy\nMayor Kim Roe spoke at the hall. Roe defended the levy, calling the seizure of land for "
                'public use an "absolute necessity" for the city.')
    q = find(a, "absolute necessity")
    assert q.speaker.name == "Kim Roe" and q.speaker.mention.text == "Roe"


def test_what_someone_cannot_say_is_not_theirs_but_the_reporters(analyse) -> None:
    a = analyse("Hearing\nAide Cole Ward spoke after the hearing. Judge Amy Kern cannot say that "
                '"from her perspective," Ward added, saying it should be up to the prosecutor.')
    assert find(a, "from her perspective").speaker.name == "Cole Ward"


def test_a_reporter_who_accuses_him_is_the_speaker_not_the_man_reported_on(analyse) -> None:
    a = analyse("Rally\nMayor Lena Ruiz, also campaigning in the north, said Holt is responsible for what happens "
                'at his events and accused him of "inciting violent behavior, aggressive behavior."')
    assert find(a, "inciting violent behavior").speaker.name == "Lena Ruiz"


def test_the_asker_of_a_passive_was_asked_by_is_the_speaker(analyse) -> None:
    a = analyse('Interview\nSenator Tim Sand was asked by host Bill Maher, who backs Sand, "Now, you famously said '
                'in one of the debates that you were tired of hearing about the emails. Has that changed?"')
    assert find(a, "you famously said").speaker.name == "Bill Maher"


def test_sniped_is_a_cue_though_the_lemmatizer_reads_snip(analyse) -> None:
    a = analyse('Boardroom\nWalter Hewitt sniped that Farina, a first-time chief executive, was "learning on the job," '
                "while Farina wrote letters to him.")
    assert find(a, "learning on the job").speaker.name == "Walter Hewitt"


def test_words_after_a_possessed_speech_noun_and_that_are_the_possessors(analyse) -> None:
    a = analyse("Union\nRosa Vint toured the works in March. The Glass Union is unlikely to back Rosa Vint after her "
                'comment in March that, "We are going to close a lot of glass plants."')
    assert find(a, "close a lot of glass plants").speaker.name == "Rosa Vint"


def test_a_closing_reporting_clause_wins_over_a_cue_inside_a_relative_clause(analyse) -> None:
    a = analyse("Speech\nSenator Mark Rubin spoke right after the speech and said the president failed to address the "
                'threat. Nothing the president said "will calm people\'s fears," the Ohio senator said.')
    assert find(a, "will calm people's fears").speaker.name == "Mark Rubin"


def test_a_closing_report_by_a_newspaper_does_not_take_a_quote_from_its_speaker(analyse) -> None:
    a = analyse('Visit\nAsked about the ban, Mayor Tom Reiss said: "There will always be exceptions," the Daily Ledger '
                "reported.")
    assert find(a, "There will always be exceptions").speaker.name == "Tom Reiss"


def test_the_name_after_calling_is_the_one_named_not_the_speaker(analyse) -> None:
    a = analyse("Heckled\nGovernor Chris Hale was heckled outside a coffee shop. Holding signs calling Hale "
                '"the state\'s Biggest Loser," the protesters chanted his name.')
    assert find(a, "Biggest Loser").speaker.name != "Chris Hale"


def test_a_verb_governing_the_words_gives_the_speaker_when_the_nearby_cue_has_no_subject(analyse) -> None:
    a = analyse('Resign\nMayor Tom Reiss said the governor lacks "the strength or the stamina" to run the state.\n'
                'Reiss further summed up the governor as "terrible," denounced her record and said she should resign.')
    assert find(a, "terrible").speaker.name == "Tom Reiss"


def test_someone_who_cut_in_after_a_quote_speaks_the_next_quote(analyse) -> None:
    a = analyse('Picnic\n"Tell her I promised you a picture," Betsy Ebling said, and her husband, Tom Ebling, cut in. '
                '"Do not forget me. I have been friends with her since school."')
    assert find(a, "Tell her I promised").speaker.name == "Betsy Ebling"
    assert find(a, "Do not forget me").speaker.name == "Tom Ebling"


def test_a_word_quoted_in_passing_does_not_carry_its_speaker_into_the_next_full_quote(analyse) -> None:
    a = analyse('Glasses\nPrivacy campaigners raised concerns about the camera, reviving memories of the "glasshole" '
                'backlash. Maya Okonjo leads the digital rights group OpenLens. "People in a cafe have a right to know '
                'whether they are being filmed."')
    assert find(a, "People in a cafe").speaker.name == "Maya Okonjo"


def test_who_after_a_name_and_its_role_in_apposition_is_the_named_person(analyse) -> None:
    a = analyse('Council\nThen came Cllr Aled Morgan, the Member for Castle Ward, who has made recycling his personal '
                'crusade and calls it "a duty".\n\n"I have here," he announced, "a piece of evidence."')
    assert find(a, "a duty").speaker.name == "Aled Morgan"
    assert find(a, "I have here").speaker.name == "Aled Morgan"


def test_a_lone_first_name_with_an_age_is_a_person_for_the_next_quote_and_pronoun(analyse) -> None:
    a = analyse('Fire\nMargit, 71, sat wrapped in a blanket near the entrance. "My tablets are still on the kitchen '
                'table."\nFarouk, 34, a student, had filmed the flames. He said that the fire "jumped the valley".\n'
                'Her son, Paulo, 30, disagreed. "She remembers the old days," he said.')
    assert find(a, "My tablets").speaker.name == "Margit"
    assert find(a, "jumped the valley").speaker.name == "Farouk"
    assert find(a, "She remembers the old days").speaker.name == "Paulo"


def test_letters_after_a_name_do_not_make_it_an_organisation(analyse) -> None:
    a = analyse("Trial\nOpening the case for the prosecution, Rebecca Anand KC told Harcastle Crown Court that the "
                'cyclist had been hurt. "Mr Forsythe knew he had hit something," she said.\n'
                'Ms Anand said the mirror was "hanging off".')
    assert find(a, "knew he had hit something").speaker.name == "Rebecca Anand"
    assert find(a, "hanging off").speaker.name == "Rebecca Anand"
    assert [s.kind for s in a.sources] == ["person"]


def test_a_hyphenated_surname_tagged_as_an_organisation_is_the_person_named_before(analyse) -> None:
    a = analyse("Survey\nThe Liberal group leader, Cllr Fiona Drummond-Hale, asked about the survey. Drummond-Hale "
                'said afterwards that her group would "call it in" for scrutiny.')
    assert find(a, "call it in").speaker.name == "Fiona Drummond-Hale"


def test_the_officer_is_the_person_named_with_a_police_rank(analyse) -> None:
    a = analyse("Trial\nMr Oduya asked PC Daniel Hurst whether the cyclist had worn reflective clothing. PC Hurst said "
                'he had not. "That does not change where the impact happened," the officer added.')
    assert find(a, "does not change where the impact").speaker.name == "Daniel Hurst"


def test_his_barrister_is_the_barrister_named_before(analyse) -> None:
    a = analyse("Trial\nForsythe's barrister, Martin Oduya, questioned the witness. His barrister has told the court "
                'that Forsythe "panicked".')
    assert find(a, "panicked").speaker.name == "Martin Oduya"


def test_a_release_quoting_its_own_officer_gives_the_words_to_the_officer(analyse) -> None:
    a = analyse('Launch\nThe release quoted its chief technology officer, Ingrid Salvesen: "Every gram mattered."\n'
                'A student quoted Leonardo da Vinci: "Simplicity is the ultimate sophistication."')
    assert find(a, "Every gram mattered").speaker.name == "Ingrid Salvesen"
    assert find(a, "Simplicity is the ultimate").speaker.name != "Leonardo da Vinci"  # the student uses his words


def test_a_surname_with_a_title_as_subject_is_the_he_of_the_next_quote(analyse) -> None:
    a = analyse("Trial\nDeclan Forsythe denies dangerous driving.\nMr Ellery said he had no memory of the crash. "
                '"The last thing I remember is the church," he told the court.')
    assert find(a, "The last thing I remember").speaker.name == "Ellery"


def test_a_nickname_given_by_people_in_a_relative_clause_is_theirs_not_the_sentence_subjects(analyse) -> None:
    a = analyse('Fire\nEvacuees spent the night at the leisure centre, which volunteers have nicknamed "the Ark".')
    assert find(a, "the Ark").speaker.name == "volunteers"


def test_an_unnamed_person_introduced_in_the_sentence_before_is_she(analyse) -> None:
    a = analyse('Care home\nLorna Baptiste left the company in September. She said that she had "raised every concern".\n'
                'A former night carer who asked not to be named described her shifts. "You would hear a buzzer '
                'upstairs," she said.\nA reporter asked Sanders how he was feeling. He replied: "The bigger the '
                'turnout, the better I feel."')
    assert find(a, "You would hear a buzzer").speaker.name == "A former night carer"
    assert find(a, "The bigger the turnout").speaker.name == "Sanders"


def test_a_party_before_mp_is_not_taken_for_a_person_with_letters_after_the_name(analyse) -> None:
    a = analyse('Vote\nLabour MP Jo Rowe said the plan was "dead in the water." The Labour MP said it "cannot pass."')
    assert find(a, "dead in the water").speaker.name == "Jo Rowe"
    assert all(s.name != "Labour" for s in a.sources)
