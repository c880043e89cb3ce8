"""HTML reader: main text, title and headings via trafilatura, without page furniture."""

import pytest

from unspun.errors import InputError, NotTextError
from unspun.ingest import read_source, sniff_format
from unspun.ingest.html import read_html

PAGE = """<!DOCTYPE html>
<html><head><title>Port Elsby votes on the bridge | The Elsby Echo</title>
<meta property="og:title" content="Port Elsby votes on the bridge"></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Port Elsby votes on the bridge</h1>
<p>The city council voted seven to four on Tuesday to hand the Harbour Bridge toll contract to a private operator for thirty years, a decision that critics say will double the cost of crossing.</p>
<h2>What the contract says</h2>
<p>"We found clauses that let the operator raise tolls every year without a vote," said Anna Lindqvist, director of the Baltic Policy Institute, who has studied toll concessions in twelve cities.</p>
<p>The mayor, Helena Brandt, said the deal was the best the city had ever negotiated and that maintenance would otherwise cost 45 million euros a year.</p>
</article>
<footer><p>Copyright 2026 The Elsby Echo. All rights reserved.</p></footer>
</body></html>"""


def test_html_gives_title_headings_and_paragraphs_without_furniture() -> None:
    article = read_html(PAGE.encode(), "page.html")
    lines = [article.paragraph_text(i) for i in range(len(article.paragraphs))]
    assert lines[0] == "Port Elsby votes on the bridge"
    assert article.paragraphs[0].hint == "title"
    assert "What the contract says" in lines
    assert article.paragraphs[lines.index("What the contract says")].hint == "heading"
    assert any(line.startswith('"We found clauses') for line in lines)
    assert not any("Sport" in line or "All rights reserved" in line for line in lines)
    assert article.title == "Port Elsby votes on the bridge"


def test_html_offsets_refer_to_the_extracted_text() -> None:
    article = read_html(PAGE.encode(), "page.html")
    for p in article.paragraphs:
        assert article.text[p.start : p.end].strip() == article.text[p.start : p.end]
        assert "\n" not in article.text[p.start : p.end]


def test_html_without_article_text_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"^empty\.html: no article text found in the HTML"):
        read_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html")


def test_binary_file_named_html_is_refused() -> None:
    with pytest.raises(NotTextError):
        read_html(b"\x89PNG\x00\x00\x01", "image.html")


def test_auto_format_detects_html_by_extension_and_content(tmp_path) -> None:
    assert sniff_format("a.htm", b"whatever") == "html"
    assert sniff_format("a.txt", b"  <!DOCTYPE html><html>") == "html"
    assert sniff_format("notes", b"Just some text") == "text"
    path = tmp_path / "page"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_source(str(path)))
    assert article.paragraphs[0].hint == "title"


_BODY = ("<article><h1>Harbour vote</h1><p>The council met in 2022 to discuss the harbour bridge and its future "
         "for many years to come, with residents attending.</p><p>Residents said the tolls were too high and that "
         "the deal would cost them dearly over the next decade.</p></article>")


def test_publication_date_comes_from_metadata_not_from_a_year_in_the_body() -> None:
    undated = read_html(f"<html><head><title>Harbour vote</title></head><body>{_BODY}</body></html>", "undated.html")
    assert undated.published is None
    dated = read_html('<html><head><title>Harbour vote</title><meta property="article:published_time" '
                      f'content="2026-03-03T10:00:00Z"></head><body>{_BODY}</body></html>', "dated.html")
    assert dated.published == "2026-03-03"


def test_the_page_declared_language_is_read_from_the_html_tag() -> None:
    page = PAGE.replace("<html>", '<html class="no-js" lang="en-GB">')
    assert read_html(page.encode(), "page.html").language == "en-GB"  # normalised to "en" by the pipeline


def test_the_content_language_meta_tag_is_read_when_the_html_tag_has_none() -> None:
    page = PAGE.replace("<head>", '<head><meta http-equiv="Content-Language" content="en">')
    assert read_html(page.encode(), "page.html").language == "en"


def test_a_page_without_a_declared_language_leaves_it_to_detection() -> None:
    assert read_html(PAGE.encode(), "page.html").language is None


def test_an_h1_that_repeats_the_title_is_not_read_twice() -> None:
    article = read_html(PAGE.encode(), "page.html")
    lines = [article.paragraph_text(i) for i in range(len(article.paragraphs))]
    assert lines.count("Port Elsby votes on the bridge") == 1


def test_a_post_pasted_as_a_plain_blockquote_keeps_its_signature_on_a_line_of_its_own() -> None:
    page = ("<html><head><title>Storm batters Pellow Bay</title></head><body><article><h1>Storm batters Pellow Bay</h1>"
            "<p>Waves of up to nine metres hit the harbour wall on Sunday night, the coastguard said in a statement.</p>"
            "<blockquote><p>We lost everything in 20 minutes. The insurers say they will pay a fraction at most.</p>"
            "&mdash; Mo Renner (@moren) <a href='https://x.example/moren/status/1'>May 3, 2025</a></blockquote>"
            "<p>Power was restored to four thousand homes by Monday afternoon, the network operator said.</p>"
            "</article></body></html>")
    article = read_html(page.encode(), "storm.html")
    lines = [article.paragraph_text(i) for i in range(len(article.paragraphs))]
    assert "We lost everything in 20 minutes. The insurers say they will pay a fraction at most." in lines
    assert any(line.startswith("— Mo Renner (@moren)") for line in lines)
