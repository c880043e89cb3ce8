"""Pairing quotation marks on raw text: no spaCy needed."""

from __future__ import annotations

from unspun.article import split_paragraphs
from unspun.quotes.marks import find_quotes


def _quotes(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, split_paragraphs(text))]


def test_straight_double_marks_pair() -> None:
    assert _quotes('He said "we will build it" on Monday.') == ["we will build it"]


def test_curly_double_marks_pair() -> None:
    assert _quotes("“We will build it,” she said.") == ["We will build it,"]


def test_single_marks_pair_but_apostrophes_do_not() -> None:
    text = "The minister's plan is a ‘crazy idea’, critics say, and it isn't 'cheap' either."
    assert _quotes(text) == ["crazy idea", "cheap"]


def test_quote_left_open_continues_in_next_paragraph() -> None:
    text = '"The first part of the plan is sound.\n"The second part is not," she said.'
    found = find_quotes(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in found] == ["The first part of the plan is sound.", "The second part is not,"]
    assert found[0].continues and not found[0].closed
    assert found[1].continued


def test_nested_quote_is_kept_inside_its_outer_quote() -> None:
    text = '"The minister claimed his threats are "not a bluff" and we believe him," said Ona Vitkus.'
    found = find_quotes(text, split_paragraphs(text))
    assert len(found) == 1
    outer = found[0]
    assert text[outer.start : outer.end].startswith("The minister claimed")
    assert [text[s:e] for s, e in outer.inner] == ["not a bluff"]


def test_space_before_closing_mark_still_closes() -> None:
    assert _quotes('"We are ready . " he said. Later she said "no" again.') == ["We are ready . ", "no"]


def test_unbalanced_mark_does_not_derail_later_paragraphs() -> None:
    text = 'The 5" screen costs more.\n"This is fine," he said.\n"So is this," she said.'
    assert _quotes(text) == ["This is fine,", "So is this,"]


def test_marks_inside_html_tags_are_ignored() -> None:
    text = '<tweet author="@someone" id="1">Big day</tweet> "Truly," he said.'
    assert _quotes(text) == ["Truly,"]


def test_german_low_opening_mark_is_closed_by_the_high_one() -> None:
    assert _quotes("Klaus Brenner called the deal „a historic step“ for the region.") == ["a historic step"]
    assert _quotes("„We have waited thirty years for this“, Klaus Brenner said.") == ["We have waited thirty years for this"]


def test_straight_single_mark_after_an_s_closes_a_quote_before_punctuation_or_a_function_word() -> None:
    assert _quotes("Doyle said the offer was 'an insult to workers'.") == ["an insult to workers"]
    assert _quotes("Doyle called it 'an insult to the nurses' on Monday.") == ["an insult to the nurses"]
    assert _quotes("The nurses' union and the porters' union met 'twice' this week.") == ["twice"]


def test_quote_in_single_marks_left_open_continues_in_next_paragraph() -> None:
    text = ("'We were promised a consultation. That never happened.\n"
            "'Instead the decision was taken behind closed doors.\n"
            "'Residents will pay the price,' he said.")
    found = find_quotes(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in found] == [
        "We were promised a consultation. That never happened.",
        "Instead the decision was taken behind closed doors.",
        "Residents will pay the price,"]
    assert found[0].continues and found[1].continues and found[1].continued and found[2].continued
    assert not found[0].closed and found[2].closed
