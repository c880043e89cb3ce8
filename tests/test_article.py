"""Article: paragraphs are non-blank lines with exact offsets into the text."""

import pytest

from unspun.article import Article, split_paragraphs


def test_paragraphs_are_non_blank_lines_without_edge_whitespace() -> None:
    text = "Title here\n\n  First paragraph.  \n\t\nSecond one.\n"
    paragraphs = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paragraphs] == ["Title here", "First paragraph.", "Second one."]
    assert [p.index for p in paragraphs] == [0, 1, 2]


def test_crlf_line_endings_keep_offsets_into_the_original_text() -> None:
    text = "Title\r\n\r\nBody line.\r\n"
    paragraphs = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paragraphs] == ["Title", "Body line."]
    assert paragraphs[1].start == 9


def test_lone_carriage_returns_end_lines_as_in_old_mac_files() -> None:
    text = "Title\r\rBody line.\rSecond line.\r"
    paragraphs = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paragraphs] == ["Title", "Body line.", "Second line."]


def test_sentences_never_cross_a_lone_carriage_return() -> None:
    from unspun.persuasion.sentences import sentence_bounds

    text = "Title\rBody line without a stop\rSecond line."
    assert [text[a:b] for a, b in sentence_bounds(text)] == ["Title", "Body line without a stop", "Second line."]


def test_bom_is_not_part_of_the_first_paragraph_but_offsets_count_it() -> None:
    text = "\ufeffTitle\nBody."
    first = split_paragraphs(text)[0]
    assert (first.start, first.end) == (1, 6)


def test_from_blocks_joins_blocks_with_newlines_and_keeps_hints() -> None:
    article = Article.from_blocks([("My  title", "title"), ("A heading", "heading"), ("Some   text.", None), ("  ", None)])
    assert article.text == "My title\nA heading\nSome text."
    assert [p.hint for p in article.paragraphs] == ["title", "heading", None]
    assert article.paragraph_text(2) == "Some text."


def test_paragraph_at_finds_the_paragraph_holding_an_offset() -> None:
    article = Article.from_text("Ab\ncd\n\nef")
    assert [article.paragraph_at(i) for i in range(len(article.text))] == [0, 0, None, 1, 1, None, None, 2, 2]


def test_article_is_immutable() -> None:
    article = Article.from_text("Some text")
    with pytest.raises(AttributeError):
        article.text = "other"  # type: ignore[misc]


def test_paragraph_outside_the_text_is_refused() -> None:
    from unspun.article import Paragraph

    with pytest.raises(ValueError, match="outside the text"):
        Article(text="short", paragraphs=(Paragraph(0, 0, 50),))
