"""sentence_of: a token's sentence from cached bounds, the same span spaCy's token.sent gives."""

from __future__ import annotations

import gc

from unspun.nlp import load_spacy
from unspun.nlp.sentences import _SENTENCE_BOUNDS, sentence_of

TEXT = ("The council met on Tuesday. \"We will not close the library,\" the mayor said, and the room cheered. "
        "Critics were unconvinced! Will the plan survive the budget?")


def test_every_token_gets_the_sentence_spacy_gives() -> None:
    doc = load_spacy()(TEXT)
    assert len(list(doc.sents)) == 4
    for tok in doc:
        mine, theirs = sentence_of(tok), tok.sent
        assert (mine.start, mine.end) == (theirs.start, theirs.end)
        assert mine.text == theirs.text and mine.root.i == theirs.root.i


def test_the_bounds_are_dropped_with_their_parse() -> None:
    doc = load_spacy()(TEXT)
    sentence_of(doc[0])
    assert doc in _SENTENCE_BOUNDS
    before = len(_SENTENCE_BOUNDS)
    del doc
    gc.collect()
    assert len(_SENTENCE_BOUNDS) == before - 1
