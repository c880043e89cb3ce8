"""Characters the tagger never learned are parsed as their common twin, one for one, so offsets hold."""

from __future__ import annotations

from unspun.article import Article
from unspun.nlp import load_spacy, parse_articles

TEXT = ("When Baker noted that Cook paid no tax \u2015 as was true for the years his returns were made public "
        "\u2015 Cook boasted about it.")


def test_a_horizontal_bar_is_parsed_as_a_dash_not_a_noun() -> None:
    article = Article.from_text(TEXT)
    (doc,) = parse_articles(load_spacy(), [article])[0].docs
    bars = [t for t in doc if TEXT[t.idx] == "\u2015"]
    assert len(bars) == 2
    assert all(t.pos_ == "PUNCT" and t.dep_ != "nsubj" for t in bars)


def test_every_token_keeps_its_offset_into_the_original_text() -> None:
    article = Article.from_text(TEXT)
    (doc,) = parse_articles(load_spacy(), [article])[0].docs
    for t in doc:
        if t.text != "\u2014":
            assert TEXT[t.idx : t.idx + len(t)] == t.text
    assert article.text == TEXT  # the article itself is untouched
