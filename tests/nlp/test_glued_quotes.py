"""A quotation mark glued to the words around it is split off as a token of its own."""

from __future__ import annotations

from unspun.nlp import load_spacy
from unspun.nlp.glued_quotes import split_glued_quotes


def _tokens(text: str) -> list[str]:
    return [t.text for t in load_spacy().tokenizer(text)]


def test_closing_mark_glued_to_the_next_word_is_split_off_with_its_comma() -> None:
    assert _tokens('surprising to me,"Salo said.') == ["surprising", "to", "me", ",", '"', "Salo", "said", "."]
    assert _tokens("surprising to me,”Salo said.") == ["surprising", "to", "me", ",", "”", "Salo", "said", "."]


def test_opening_mark_glued_to_the_cue_before_it_is_split_off() -> None:
    assert _tokens("Bell said,“Look, we tried.")[:4] == ["Bell", "said", ",", "“"]


def test_offsets_still_point_into_the_text_and_spaced_quotes_are_unchanged() -> None:
    text = 'it was fine,"Salo said'
    doc = load_spacy().tokenizer(text)
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    assert _tokens('He said "no." Then left') == ["He", "said", '"', "no", ".", '"', "Then", "left"]
    assert _tokens('a 5"6 man') == ["a", '5"6', "man"]  # a mark between digits is not a quote


def test_adding_the_rule_twice_changes_nothing() -> None:
    nlp = load_spacy()
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    split_glued_quotes(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern


def test_the_stop_of_an_abbreviation_before_a_glued_mark_stays_with_it() -> None:
    assert _tokens('in the U.S."It was late')[:4] == ["in", "the", "U.S.", '"']
