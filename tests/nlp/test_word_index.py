"""WordIndex: the tokens whose lowercase form passes a test, found from the parse's hashes."""

from __future__ import annotations

from unspun.nlp import load_spacy
from unspun.nlp.words import WordIndex

TEXT = "According to the mayor, the Statement was late. ACCORDING to critics, no statement came."


def test_it_finds_the_same_tokens_as_asking_each_for_its_lowercase_form() -> None:
    doc = load_spacy()(TEXT)
    for words in ({"according"}, {"statement", "mayor"}, {"absent"}):
        index = WordIndex(words.__contains__)
        assert index(doc) == [t.i for t in doc if t.lower_ in words]


def test_a_test_on_the_word_itself_works_too() -> None:
    doc = load_spacy()(TEXT)
    index = WordIndex(lambda w: w.startswith("stat"))
    assert [doc[k].text for k in index(doc)] == ["Statement", "statement"]
    assert index(doc) == [t.i for t in doc if t.lower_.startswith("stat")]  # asked again: from what it kept


def test_an_empty_parse_has_no_words() -> None:
    assert WordIndex(lambda w: True)(load_spacy()("")) == []
