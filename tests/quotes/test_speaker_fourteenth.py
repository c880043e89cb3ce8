"""Who speaks, from the fourteenth session's blind reviews (election night, a trial, a science story, a debate in
parliament, a product launch, a storm, a transfer saga, an opinion column)."""

from __future__ import annotations

from quotes_helpers import find


def test_the_mayor_elect_is_the_person_the_article_calls_mayor_elect(analyse) -> None:
    a = analyse("Election\n\nMarta Quell, a former teacher, beat Mayor Ivo Brandt on Tuesday. Party chair Len Obi "
                'pledged to "work with Mayor-elect Quell from day one."\n\n'
                '"I am going to sleep for four hours," the mayor-elect said. "Then we go to work."')
    quote = find(a, "I am going to sleep")
    assert quote.speaker.name == "Marta Quell" and quote.speaker.resolution == "descriptor"
    assert find(a, "Then we go to work").speaker.name == "Marta Quell"


def test_an_unnamed_president_elect_is_that_role_not_a_person_called_elect(analyse) -> None:
    a = analyse('Transition\n\nThe cabinet was named on Friday. "We are ready," the president-elect said.')
    assert find(a, "We are ready").speaker.name == "president-elect"


def test_a_common_american_given_name_gives_its_bearer_a_gender(analyse) -> None:
    # 'Darnell' comes from the census lists: 'she' skips the man named between
    a = analyse('Rents\n\n"I cannot afford it anymore," said Janelle Ruiz, a dental hygienist. Her landlord, Darnell '
                'Oakes, raised the rent twice.\n\n"It is a scandal," she said.')
    assert find(a, "It is a scandal").speaker.name == "Janelle Ruiz"


def test_a_name_of_either_sex_gives_no_gender(analyse) -> None:
    # 'Marty' is mostly a man's name, but not enough to say 'she' cannot be Marty Walsh (a guard: a looser census
    # list made her a man, and 'she' went to the woman named before)
    a = analyse("Ballot\n\nOpponents of the measure met on Monday. Marty Walsh approaches it more gently. "
                '"They are trying to defeat opportunity," she said.')
    assert find(a, "They are trying").speaker.name == "Marty Walsh"
