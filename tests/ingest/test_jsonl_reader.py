"""JSON Lines reader: one article per line; a malformed line is reported, the rest still read."""

from unspun.article import Article
from unspun.ingest import ReadFailure, read_source


def test_malformed_lines_are_reported_with_their_line_number(tmp_path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Title one\\nBody one.", "outlet": "Echo", "published": "2026-03-01"}\n'
        "{not json}\n"
        "\n"
        '{"id": "a3", "title": "No text here"}\n'
        '["a", "list"]\n'
        '{"text": "Title five\\nBody five."}\n',
        encoding="utf-8",
    )
    items = list(read_source(str(path)))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.id for a in articles] == ["a1", "line-6"]
    assert articles[0].outlet == "Echo" and articles[0].published == "2026-03-01"
    assert [f.origin for f in failures] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in failures[0].message
    assert "missing or empty 'text'" in failures[1].message


def test_jsonl_is_chosen_by_extension_or_flag(tmp_path) -> None:
    path = tmp_path / "batch.txt"
    path.write_text('{"id": "x", "text": "T\\nB."}\n', encoding="utf-8")
    (as_text,) = list(read_source(str(path)))
    assert as_text.text.startswith('{"id"')
    (as_jsonl,) = list(read_source(str(path), "jsonl"))
    assert as_jsonl.id == "x" and as_jsonl.text == "T\nB."


def test_line_separator_inside_a_string_does_not_split_the_record(tmp_path) -> None:
    # json.dumps(..., ensure_ascii=False) leaves U+2028 raw; only "\n" ends a JSON Lines record
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "Harbour vote\\nA line\u2028that goes on."}\n{"text": "Second\\nBody."}\n', encoding="utf-8")
    items = list(read_source(str(path)))
    assert [type(i) for i in items] == [Article, Article]
    assert items[0].text == "Harbour vote\nA line\u2028that goes on."


def test_byte_order_mark_does_not_cost_the_first_record(tmp_path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "Harbour vote\\nBody."}\r\n{"text": "Second\\nBody."}\r\n')
    items = list(read_source(str(path)))
    assert [type(i) for i in items] == [Article, Article] and items[0].origin == f"{path}:1"
