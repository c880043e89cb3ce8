"""Plain-text reader: exact decoding, and a clear error for every kind of bad input."""

import codecs

import pytest

from unspun.errors import DecodeError, EmptyInputError, InputTooLargeError, NotTextError
from unspun.ingest import read_source
from unspun.ingest.text import read_text


def test_utf8_is_decoded_byte_exactly_with_crlf_kept() -> None:
    article = read_text("Title\r\nCafé costs €3.\r\n".encode("utf-8"), "a.txt")
    assert article.text == "Title\r\nCafé costs €3.\r\n"
    assert article.paragraph_text(1) == "Café costs €3."


def test_utf8_bom_stays_in_the_text_so_dataset_offsets_match() -> None:
    article = read_text(codecs.BOM_UTF8 + b"Title\nBody.", "a.txt")
    assert article.text == "\ufeffTitle\nBody."
    assert article.paragraph_text(0) == "Title"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    article = read_text(bom + "Titel\nÜber alles.".encode(encoding), "a.txt")
    assert article.text == "Titel\nÜber alles."


def test_invalid_utf8_names_the_file_and_the_byte_offset() -> None:
    with pytest.raises(DecodeError, match=r"^bad\.txt: not valid UTF-8 at byte 6"):
        read_text(b"Hello \xff world", "bad.txt")


def test_nul_bytes_mean_not_a_text_file() -> None:
    with pytest.raises(NotTextError, match=r"^blob\.bin: not a text file"):
        read_text(b"abc\x00\x01\x02def", "blob.bin")


def test_mostly_control_characters_mean_not_a_text_file() -> None:
    with pytest.raises(NotTextError, match="not a text file"):
        read_text(bytes(range(1, 8)) * 20 + b"hello", "x.dat")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"\n \n"])
def test_empty_or_whitespace_only_input_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"^e\.txt: the input is empty"):
        read_text(data, "e.txt")


def test_size_limit_is_enforced_with_a_hint(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(InputTooLargeError, match=r"big\.txt: 500 bytes is over the 100-byte limit; raise it with --max-bytes"):
        list(read_source(str(path), max_bytes=100))


def test_read_source_reads_a_text_file(tmp_path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"Headline\n\nFirst line.\n")
    (article,) = list(read_source(str(path)))
    assert article.origin == str(path)
    assert len(article.paragraphs) == 2


def test_missing_file_is_a_clear_error(tmp_path) -> None:
    from unspun.errors import InputError

    with pytest.raises(InputError, match="no such file or folder"):
        list(read_source(str(tmp_path / "missing.txt")))


def test_stdin_is_read_with_the_size_limit() -> None:
    import io

    (article,) = list(read_source("-", stdin=io.BytesIO(b"Title\nFrom a pipe.")))
    assert article.origin == "<stdin>"
    with pytest.raises(InputTooLargeError, match="<stdin>"):
        list(read_source("-", stdin=io.BytesIO(b"x" * 50), max_bytes=10))
