"""Speaker rules of the nineteenth session (4 Dec 2026): the one who puts out or holds up a text speaks its
words, a subject inside other quoted words is no speaker, a gerund subject is no opening participle, the
verb that holds a partial quote comes before a verb that merely follows it, and 'protest' is a cue. Each test
failed before its rule (checked against the previous commit)."""

from __future__ import annotations

from quotes_helpers import find


def test_a_video_someone_released_speaks_for_them(analyse) -> None:
    a = analyse('Courses\nIn selling the courses, Marcus Dell released a marketing video that said, "We are going '
                'to have teachers who are absolutely terrific."')
    assert find(a, "We are going to have teachers").speaker.name == "Marcus Dell"


def test_a_sign_someone_holds_up_speaks_for_them(analyse) -> None:
    a = analyse('Rally\nAt the rally in Kettering, 14-year-old Maisie Corran hoisted a sign that read "Vote Dunmore!" '
                "Her father, Brad, 39, cheered.")
    assert find(a, "Vote Dunmore").speaker.name == "Maisie Corran"


def test_banners_the_protesters_hold_are_the_protesters_words(analyse) -> None:
    a = analyse('March\nThe march reached the square at noon. The protesters held banners proclaiming: "Fair pay '
                'now, not later!"')
    q = find(a, "Fair pay now")
    assert q.speaker is not None and "protesters" in q.speaker.name


def test_a_name_inside_earlier_quoted_words_does_not_speak_a_later_partial_quote(analyse) -> None:
    a = analyse('Rates\nIt was only six months ago that Paul Ferris was saying the opposite. Specifically, he thought '
                'that "Okafor is keeping rates too low, too long" and that the result, as he later explained, was an '
                '"economic bubble" that could turn into a "very deep recession" down the line.')
    q = find(a, "very deep recession")
    assert q.speaker is not None and q.speaker.name == "Paul Ferris"


def test_a_gerund_subject_naming_someone_is_not_the_speaker(analyse) -> None:
    a = analyse('Jail\nLena Marsh co-hosts the show. "His show is a form of his activism," she says.\nAnd she is sure '
                'that keeping Pete Morrow in jail will only make his voice louder: "They are creating a monster, as far '
                'as I am concerned."')
    q = find(a, "They are creating a monster")
    assert q.speaker is not None and q.speaker.name != "Pete Morrow"


def test_the_verb_holding_a_partial_quote_comes_before_a_verb_after_it(analyse) -> None:
    a = analyse('Inquiry\nInquiry director Ana Wilde decided not to recommend charges against Voss on Tuesday even '
                'though she found "evidence" that Voss potentially broke the rules.')
    q = find(a, "evidence")
    assert q.speaker.name == "Ana Wilde" and q.speaker.mention.text == "she"


def test_protest_is_a_cue(analyse) -> None:
    a = analyse('Debate\nThe Ruiz campaign protested that the mayor\'s aides were being "disingenuous" about the '
                "permit.")
    q = find(a, "disingenuous")
    assert q.speaker is not None and "Ruiz" in q.speaker.name


def test_speculate_is_a_cue(analyse) -> None:
    a = analyse('Tests\nWeapons experts have discounted the claims, but have speculated that North Valdoria might be able '
                'to boost its "explosive yield" by other means.')
    q = find(a, "explosive yield")
    assert q.speaker is not None and "experts" in q.speaker.name


def test_the_one_who_labels_words_speaks_them_when_by_hangs_on_the_words(analyse) -> None:
    a = analyse('Inquiry\nThe council opened an inquiry into the events around the closure, often labeled as a "witch '
                'hunt" by Democrats, and it seems likely the clerk is right.')
    assert find(a, "witch hunt").speaker.name == "Democrats"


def test_according_to_figures_by_someone_gives_the_one_who_made_them(analyse) -> None:
    a = analyse('Wages\nA "living wage" for a single adult in the county is about $14 an hour, according to '
                "calculations by Amy Glasby of Northfield University.")
    assert find(a, "living wage").speaker.name == "Amy Glasby"


def test_portray_is_a_cue_and_its_object_is_no_speaker(analyse) -> None:
    a = analyse("Convention\nThe speech was a contrast to the sunny introduction by his daughter Nora Vance, who "
                'portrayed him as a generous business executive who would be "the people\'s champion."')
    assert find(a, "the people's champion").speaker.name == "Nora Vance"


def test_the_owner_of_a_dictum_speaks_its_words(analyse) -> None:
    a = analyse('History\nDuring the long standoff, many followed President Orvel\'s dictum that the Northern Pact '
                'was an "iron fist" bent on domination.')
    assert "Orvel" in find(a, "iron fist").speaker.name


def test_a_paragraph_opened_by_a_colon_is_the_words_of_the_one_introducing_it(analyse) -> None:
    a = analyse('Prayer\nIn the text accompanying the video post, Lance Wallnau wrote:\nI think this prophetic prayer '
                'is timely. But what we should ask is "who has God anointed?"')
    q = find(a, "who has God anointed")
    assert q.speaker is not None and q.speaker.name == "Lance Wallnau"


def test_a_phrase_before_the_cue_saying_where_it_was_written_is_no_report(analyse) -> None:
    a = analyse("Prayer\nIn the text accompanying the video post, Lance Wallnau wrote:\nI think this prophetic prayer "
                "is timely.")
    assert not [q for q in a.quotes if "accompanying" in q.text]


def test_a_surname_the_tagger_reads_as_a_noun_speaks_before_a_colon(analyse) -> None:
    a = analyse('Debate\nBernie Sanders spoke first.\nSanders delivered a snappy retort: "No one is tearing this up. '
                'We are going to go forward."')
    assert find(a, "No one is tearing this up").speaker.name == "Bernie Sanders"


def test_a_name_set_off_after_an_opening_phrase_the_parser_made_the_subject_speaks(analyse) -> None:
    a = analyse("Trial\nThe charity lost money, the court heard.\nOutside court, the charity's chief executive, Gordon "
                "Pellew, said the organisation had since overhauled its accounting.")
    q = next(q for q in a.quotes if "overhauled" in q.text)
    assert q.speaker.name == "Gordon Pellew"


def test_the_team_and_role_name_the_coach_introduced_by_role_alone(analyse) -> None:
    a = analyse('Rovers win\nRedmoor Rovers won on Saturday, and head coach Colm Draper admitted his side had "ridden '
                'our luck" for long spells.\n"Honestly, they battered us," Draper said.\n"Felix was different class '
                'today," said the Rovers coach. "I have told him he is buying the drinks."')
    for words in ("Felix was different class today", "I have told him"):
        assert find(a, words).speaker.name == "Colm Draper"


def test_a_body_named_by_a_common_noun_keeps_its_of_phrase(analyse) -> None:
    a = analyse("Wire\nExports fell by a fifth in March, according to figures from the regional chamber of commerce.")
    q = next(q for q in a.quotes if "Exports fell" in q.text)
    assert q.speaker.name == "regional chamber of commerce"


def test_an_untagged_surname_opening_the_sentence_before_an_aside_speaks(analyse) -> None:
    a = analyse("Endorsements\nSanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about "
                'which of the two Democratic presidential candidates is "prepared to take on the establishment."')
    assert find(a, "prepared to take on the establishment").speaker.name == "Sanders"


def test_a_name_run_into_the_next_by_a_dash_is_its_own_person_and_a_later_she(analyse) -> None:
    a = analyse("Show\nIn an interview, Deborah Jordan Reynolds - Santilli's girlfriend and co-host - said the arrest was "
                '"a setup."\n"They want me!" Ammon Bundy says.\nReynolds says that is what new media is. "His show is a '
                'form of his activism," she says.')
    assert find(a, "a setup").speaker.name == "Deborah Jordan Reynolds"
    assert find(a, "His show is a form").speaker.name == "Deborah Jordan Reynolds"
    described = next(s for s in a.sources if s.name == "Deborah Jordan Reynolds").description or ""
    assert "girlfriend" in described


def test_a_name_given_with_named_is_the_subject_a_later_he_means(analyse) -> None:
    a = analyse('Rally\nOwen Pratt spoke first. "We are here to win," Pratt said.\nAs the crowd thinned, a retired '
                'trucker named Walt Haskell, 72, of Pine Hollow, lingered near the wagon. "I have been waiting twenty '
                'years for somebody to say that out loud," he said, laughing.')
    assert find(a, "I have been waiting twenty years").speaker.name == "Walt Haskell"


def test_the_nouns_a_rank_is_called_by_later_name_its_bearer(analyse) -> None:
    a = analyse('Debate\nFormer Gov. Anita Belcourt of New Mexico called the plan "a fantasy." Rep. Desmond Okafor '
                "(D-Ohio), 38, tried to cast himself as a bridge. Sen. Colin Marwood of Oregon disagreed. Rep. Loretta "
                'Vance spoke too.\nOkafor was not amused. "That is a great line," the congressman said, "but it is not '
                'a plan either."\n"I know which one wins in November," said the former governor.\n"We need a plan," '
                "the congresswoman said.")
    assert find(a, "That is a great line").speaker.name == "Desmond Okafor"
    assert find(a, "I know which one wins").speaker.name == "Anita Belcourt"
    assert find(a, "We need a plan").speaker.name == "Loretta Vance"


def test_a_pronoun_saying_a_nested_quote_is_the_person_spoken_of_not_the_speaker(analyse) -> None:
    a = analyse('Emails\nHe described a conversation with Rosalind Acheson in early November. "She looked at me and '
                "said, 'Gabe, I am not doing it. I did not get into this to become somebody else,'\" Gabriel Stroud "
                "recalled.\nMaria Lenz, whose son died, met Senator Clara Voss at the ceremony. \"She lied to me,\" Lenz "
                "said. \"She told me it was the weather. She says 'yes, that is what it was.'\"")
    assert find(a, "Gabe, I am not doing it").speaker.name == "Rosalind Acheson"
    assert find(a, "yes, that is what it was").speaker.name == "Clara Voss"


def test_a_report_that_found_the_words_holds_them_for_its_maker(analyse) -> None:
    a = analyse("Check\nA report released in March by the Center for Fiscal Clarity, a nonpartisan think tank, found that "
                'the tax package had "a modest, positive effect" on employment.')
    assert find(a, "a modest, positive effect").speaker.name == "Center for Fiscal Clarity"


def test_a_hyphenated_surname_the_tagger_splits_is_still_the_subject_a_later_she_means(analyse) -> None:
    a = analyse("Debate\nThe moderator, Janelle Ruiz-Tanaka of the Granite Public Network, pressed Marwood on cost.\n"
                'Former Gov. Anita Belcourt accused Okafor of "voting like a hawk."\nRuiz-Tanaka then turned to '
                'Halvorsen. "Mayor, for what, exactly?" she asked.')
    assert find(a, "Mayor, for what, exactly").speaker.name == "Janelle Ruiz-Tanaka"


def test_a_state_and_party_descriptor_names_the_member_of_that_party_and_state(analyse) -> None:
    a = analyse('Hill\nSen. Rand Pole (R-Ky.) and Rep. Gregory Meeks (D-N.Y.) met Sen. Ann Lee, a Kentucky Democrat, on '
                'Tuesday. Mayor Tom Hill left early.\n"We need a plan," the Kentucky Republican said.\n"We need votes," '
                'the New York Democrat said.\n"We need time," the Kentucky Democrat said.')
    assert find(a, "We need a plan").speaker.name == "Rand Pole"
    assert find(a, "We need votes").speaker.name == "Gregory Meeks"
    assert find(a, "We need time").speaker.name == "Ann Lee"


def test_an_i_saying_a_nested_quote_is_the_outer_speaker(analyse) -> None:
    a = analyse("Boxes\nThat customer, Benedict Amaro, now sits on the board. Reached by phone, he recalled the moment: \"I "
                "said to my operations manager, 'Either this thing is broken or we have been idiots for a decade.' It "
                'turned out we had been idiots."')
    assert find(a, "Either this thing is broken").speaker.name == "Benedict Amaro"


def test_in_his_words_gives_the_words_to_the_one_spoken_of_not_the_reader(analyse) -> None:
    a = analyse("Shop\nThe owner, Leonard Kessler, 63, was hurt. His nephew, Daniel Kessler, read a statement.\n\"Our "
                "family is grateful to the public,\" he read. \"He is in good spirits. In his words: 'Nobody is chasing "
                "me out of Fenwick Street.' We ask for privacy.\"\nMaureen Ashdown is a councillor. In her words: "
                '"Nobody is safe here any more."')
    assert find(a, "Nobody is chasing me out").speaker.name == "Leonard Kessler"
    assert find(a, "Nobody is safe here").speaker.name == "Maureen Ashdown"


def test_a_one_word_person_in_a_place_phrase_is_the_place_not_a_later_she(analyse) -> None:
    a = analyse("Marisol Endrava: the painter who learned to see in the dark\nMarisol Endrava's studio in an old rope works "
                'on the edge of Tollcaster is almost completely dark. The only light comes from a lamp.\n"I paint at night '
                'because the day is too loud," she says.')
    assert find(a, "I paint at night").speaker.name == "Marisol Endrava"


def test_a_name_set_beside_a_superlative_subject_speaks(analyse) -> None:
    a = analyse("Boxes\nThe biggest of those rivals, Stackwise, said it welcomed competition.")
    q = next(q for q in a.quotes if "welcomed competition" in q.text)
    assert q.speaker.name == "Stackwise"


def test_a_british_police_rank_before_a_surname_is_a_title(analyse) -> None:
    a = analyse('Police\nDetective Inspector Rhiannon Tait appealed for witnesses. "This was a frightening attack," she '
                'said.\nOfficers want to trace a woman. "She may not realise how important she could be," said DI Tait.')
    assert find(a, "She may not realise").speaker.name == "Rhiannon Tait"
