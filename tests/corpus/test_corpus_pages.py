"""The corpus pages of the web app: list, filter and search articles, open a report, stats with a chart."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unspun.corpus import CorpusStore, content_id
from unspun.errors import InputError
from unspun.web import create_app
from unspun.web.corpus_pages import CORPUS_NAV, corpus_router
from hand_corpus import A_TEXT, hand_corpus

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = tmp_path / "hand.duckdb"
    hostile = copy.deepcopy(hand_corpus()[3])
    hostile["article"]["text"] = "A hostile outlet\nIts name holds markup."
    hostile["article"]["outlet"] = HOSTILE
    with CorpusStore(store) as s:
        s.add_analyses(hand_corpus() + [hostile])
    app = create_app(analyzer=object(), extra_routers=[corpus_router(store)], nav_links=CORPUS_NAV)  # type: ignore[arg-type]
    return TestClient(app)


def test_list_shows_every_article_with_its_counts(client: TestClient) -> None:
    page = client.get("/corpus")
    assert page.status_code == 200
    assert "5 articles" in page.text and "Bridge to close in May" in page.text
    assert 'href="/corpus/stats"' in page.text  # the navigation link of the app shell


def test_filters_and_search_narrow_the_list(client: TestClient) -> None:
    assert "2 articles" in client.get("/corpus", params={"outlet": "North Star"}).text
    assert "2 articles" in client.get("/corpus", params={"month": "2025-01"}).text
    by_speaker = client.get("/corpus/api/articles", params={"q": "holt"}).json()
    assert [a["title"] for a in by_speaker["articles"]] == ["Bridge to close in May"]
    by_technique = client.get("/corpus/api/articles", params={"q": "exaggeration"}).json()
    assert [a["title"] for a in by_technique["articles"]] == ["Ferry fares rise again"]
    by_text = client.get("/corpus/api/articles", params={"q": "harbour wall", "outlet": "Valley Times"}).json()
    assert by_text["total"] == 1 and by_text["articles"][0]["claims"] == 2


def test_markup_in_stored_fields_is_escaped(client: TestClient) -> None:
    for path in ("/corpus", "/corpus/stats"):
        text = client.get(path).text
        assert HOSTILE not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in client.get("/corpus").text


def test_article_page_is_the_html_report_of_the_stored_analysis(client: TestClient) -> None:
    page = client.get(f"/corpus/articles/{content_id(A_TEXT)}")
    assert page.status_code == 200
    assert "Residents said nobody had told them" in page.text and "Jan Holt" in page.text
    assert client.get("/corpus/articles/0123456789abcdef0123").status_code == 404
    assert client.get("/corpus/articles/not-an-id").status_code == 404
    assert client.get(f"/corpus/api/articles/{content_id(A_TEXT)}").json()["article"]["text"] == A_TEXT


def test_stats_page_has_the_table_and_an_svg_chart(client: TestClient) -> None:
    page = client.get("/corpus/stats")
    assert page.status_code == 200
    assert "North Star" in page.text and "data:image/svg+xml;base64," in page.text
    months = client.get("/corpus/api/stats", params={"by": "month"}).json()
    assert {g["month"] for g in months["groups"]} == {"2025-01", "2025-02", "(unknown)"}


def test_stats_page_groups_by_language(client: TestClient) -> None:
    page = client.get("/corpus/stats", params={"by": "language"})
    assert page.status_code == 200 and 'href="/corpus/stats?by=language"' in page.text
    languages = client.get("/corpus/api/stats", params={"by": "language"}).json()
    assert languages["by"] == ["language"] and {g["language"] for g in languages["groups"]} == {"en"}


def test_a_missing_store_is_refused_when_the_router_is_built(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such corpus store"):
        corpus_router(tmp_path / "missing.duckdb")
