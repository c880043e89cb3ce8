"""SemEval/PTC folders: article<ID>.txt files, read byte-exactly, in id order."""

import pytest

from unspun.article import Article
from unspun.errors import InputError
from unspun.ingest import ReadFailure, read_source


def test_semeval_folder_yields_articles_with_ids_and_exact_text(tmp_path) -> None:
    (tmp_path / "article222.txt").write_bytes("\ufeffSecond title\n\nIts body.\n".encode("utf-8"))
    (tmp_path / "article111.txt").write_bytes(b"First title\n\nBody one.\n")
    (tmp_path / "README.md").write_text("not an article")
    items = list(read_source(str(tmp_path)))
    assert [a.id for a in items] == ["111", "222"]
    assert items[1].text == "\ufeffSecond title\n\nIts body.\n"


def test_a_bad_file_in_the_folder_is_reported_and_the_rest_read(tmp_path) -> None:
    (tmp_path / "article1.txt").write_bytes(b"Title\nBody.")
    (tmp_path / "article2.txt").write_bytes(b"Title \xfd\xfc not utf8 \xc3")
    items = list(read_source(str(tmp_path), "semeval"))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], ReadFailure) and items[1].origin.endswith("article2.txt")


def test_plain_folder_reads_txt_and_html_recursively(tmp_path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A title\nA body.")
    (tmp_path / "sub" / "b.txt").write_text("B title\nB body.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [a.paragraph_text(0) for a in read_source(str(tmp_path))] == ["A title", "B title"]


def test_semeval_format_needs_a_folder(tmp_path) -> None:
    path = tmp_path / "article1.txt"
    path.write_text("T\nB")
    with pytest.raises(InputError, match="takes a folder"):
        list(read_source(str(path), "semeval"))


def test_empty_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(InputError, match=r"holds no article files \(.txt, .text, .md, .html, .htm or .xhtml\)"):
        list(read_source(str(tmp_path)))
