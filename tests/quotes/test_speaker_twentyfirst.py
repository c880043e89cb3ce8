"""Speaker rules of the twenty-first session (5 Dec 2026), from a blind review on invented sports, health and
business stories: a hyphenated surname as a subject, the one asked in 'X, asked about Y, said', a person set at the
head of a sentence with 'For', a name the parser made an adverb of its sentence, a company named again without its
corporate word, 'the company' after another company that was just a subject, a clause the parser made the
object of 'said', a report of its own joined on after a clause a cue interrupts; and, from a second review (climate,
entertainment and crime stories), bare 'Police' where one force is named, 'one of Callum's friends' handed a quote
and 'a witness who gave her name only as Shannon'. Each rule's test failed before the rule; the last test
guards its reach."""

from __future__ import annotations

from quotes_helpers import find


def test_a_hyphenated_surname_as_a_subject_is_who_the_next_he_is(analyse) -> None:
    a = analyse("Rovers win late\n\nSubstitute Jonah Okafor-Brennan scored twice in the last nine minutes. Manager "
                "Dermot Kilbride had sent him on at half-time.\n\n\"He's been knocking on the door for weeks,\" "
                "Kilbride said.\n\nOkafor-Brennan, still soaked in the tunnel, struggled to describe the winner. "
                "\"I just closed my eyes and hit it,\" he said.")
    assert find(a, "knocking on the door").speaker.name == "Dermot Kilbride"
    assert find(a, "closed my eyes").speaker.name == "Jonah Okafor-Brennan"


def test_the_one_asked_in_an_aside_before_the_cue_speaks(analyse) -> None:
    a = analyse("Quillmark shares slide\n\nQuillmark chief executive Sanna Oyelaran-Voss told analysts that the "
                "company had enough stock.\n\nAn investor criticised the board online.\n\nOyelaran-Voss, asked about "
                "the post, said she \"respected all of our shareholders\" but that the board had full confidence "
                "in its managers.")
    assert find(a, "respected all of our shareholders").speaker.name == "Sanna Oyelaran-Voss"
    reported = find(a, "the board had full confidence")
    assert reported.kind == "indirect" and reported.text.startswith("she")
    assert not any(q.text.startswith("Oyelaran-Voss, asked") for q in a.quotes)  # the aside is no report


def test_a_person_set_at_the_head_of_a_sentence_with_for_is_who_she_is(analyse) -> None:
    a = analyse("Winter swimmers report fewer colds\n\nA hospital spokesperson, Teresa Lindqvist, said the unit had "
                "treated 14 cases. \"Nobody should rush in,\" Lindqvist said.\n\nFor Gwen Tallis, a 67-year-old "
                "retired teacher who took part in the study, the benefits are obvious.\n\n\"I haven't had so much as "
                "a sniffle in two winters,\" she said.")
    assert find(a, "Nobody should rush in").speaker.name == "Teresa Lindqvist"
    assert find(a, "so much as a sniffle").speaker.name == "Gwen Tallis"


def test_a_name_opening_its_sentence_that_the_parser_made_an_adverb_is_its_subject(analyse) -> None:
    a = analyse("Quillmark shares slide\n\nDevraj Pennington, an analyst at Halloway Crane Securities, said the "
                "sell-off looked overdone.\n\nOskar Delahunt, founder of the activist fund Fernhollow Capital, posted "
                "a long complaint online.\n\nPennington, in a note to clients later on Thursday, cut his price target "
                "on the stock. The real question, he wrote, was whether Quillmark could find a new supplier "
                "\"before the holiday peak.\"")
    assert find(a, "before the holiday peak").speaker.name == "Devraj Pennington"


def test_a_company_named_again_without_its_corporate_word_is_the_same_source(analyse) -> None:
    a = analyse("Quillmark shares slide after chip deal collapses\n\nShares in Quillmark Systems fell 18 percent on "
                "Thursday after the company confirmed that a supply agreement with Brightfen Semiconductor had been "
                "terminated.\n\nBrightfen, which is based in Olmsted Harbour, said the decision was mutual.\n\n"
                "Quillmark said it expected to announce a new supplier within six weeks.")
    assert find(a, "the decision was mutual").speaker.name == "Brightfen Semiconductor"
    assert find(a, "a new supplier within six weeks").speaker.name == "Quillmark Systems"
    kinds = {s.name: s.kind for s in a.sources}
    assert kinds == {"Quillmark Systems": "organisation", "Brightfen Semiconductor": "organisation"}


def test_the_company_after_another_company_was_just_the_subject_is_that_company(analyse) -> None:
    a = analyse("Quillmark shares slide after chip deal collapses\n\nShares in Quillmark Systems fell 18 percent on "
                "Thursday after the company confirmed that a supply agreement with Brightfen Semiconductor had been "
                "terminated.\n\nBrightfen, which is based in Olmsted Harbour, said the decision was mutual. \"Both "
                "parties agreed that the partnership no longer served their interests,\" the company said in a "
                "statement.")
    assert find(a, "a supply agreement with").speaker.name == "Quillmark Systems"  # the article's company
    assert find(a, "Both parties agreed").speaker.name == "Brightfen Semiconductor"


def test_a_clause_the_parser_made_the_object_of_said_is_what_was_said(analyse) -> None:
    a = analyse("Quillmark shares slide\n\nDevraj Pennington, an analyst at Halloway Crane Securities who covers "
                "industrial automation, said the sell-off looked overdone. \u201cQuillmark has switched suppliers "
                "before,\u201d he said.")
    q = find(a, "the sell-off looked overdone")
    assert q.kind == "indirect" and q.speaker.name == "Devraj Pennington"
    assert find(a, "switched suppliers before").speaker.name == "Devraj Pennington"


def test_a_report_of_its_own_joined_after_an_interrupted_clause_is_not_the_speakers(analyse) -> None:
    a = analyse("Winter swimmers\n\nLead author Ingrid Halvorsen-Reyes stressed that the study was no medical advice. "
                "People with heart conditions, she said, should speak to a doctor before trying cold-water swimming, "
                "and the report recommends that beginners limit their first swims to a few minutes.")
    q = find(a, "should speak to a doctor")
    assert q.speaker.name == "Ingrid Halvorsen-Reyes"
    assert q.text.endswith("cold-water swimming") and "recommends" not in q.text


CRIME = ("Teenager killed in street attack\n\nPolice said officers were called to Fenwick Parade at about 10.40pm. "
         "Callum Reddy, 17, died in hospital.\n\nDetective Superintendent Angela Morrow, of Westmarch Police, said "
         "the investigation was moving quickly.\n\nIn a statement, the force said a man had been charged with "
         "murder.\n\n\"We were just kids standing outside a chippy.\"\n\nThat was how one of Callum's friends, who "
         "did not want to be named, described the moments before the attack.\n\nPolice said they were still keen "
         "to trace a man in a grey top.")


def test_bare_police_in_an_article_naming_one_force_is_that_force(analyse) -> None:
    a = analyse(CRIME)
    assert find(a, "officers were called").speaker.name == "Westmarch Police"
    assert find(a, "still keen to trace").speaker.name == "Westmarch Police"
    assert [s.name for s in a.sources].count("Westmarch Police") == 1 and "Police" not in [s.name for s in a.sources]


def test_a_quote_handed_to_one_of_someones_friends_is_the_friends_not_theirs(analyse) -> None:
    a = analyse(CRIME)
    assert find(a, "standing outside a chippy").speaker.name == "one of Callum's friends"


def test_the_friend_a_quote_was_handed_to_is_the_next_he(analyse) -> None:
    a = analyse("Teenager killed\n\nNeighbour Graham Tully said he heard shouting and ran downstairs.\n\n\"We were just "
                "kids standing outside a chippy.\"\n\nThat was how one of Callum's friends, who did not want to be "
                "named, described the moments before the attack. He said the group had never seen the men before.")
    assert find(a, "never seen the men before").speaker.name == "one of Callum's friends"  # not Graham Tully


def test_a_witness_who_gave_her_name_as_shannon_is_shannon(analyse) -> None:
    a = analyse("Street attack\n\nA witness who gave her name only as Shannon said she had seen two men arguing with a "
                "group of teenagers. \"One of them kept pushing the boy in the chest,\" she said. \"Then everyone was "
                "running.\"")
    assert find(a, "kept pushing the boy").speaker.name == "Shannon"
    assert [(s.name, s.kind, s.quote_count) for s in a.sources] == [("Shannon", "person", 3)]


def test_a_plain_object_of_said_is_still_no_report(analyse) -> None:
    a = analyse("Vigil\n\nThe priest said a short prayer for the families before the names were read.")
    assert not any(q.kind == "indirect" for q in a.quotes)
