"""The corpus store's pages in the web app: browse and search articles, open a report, compare outlets.

``corpus_router(store)`` returns a FastAPI ``APIRouter`` for ``create_app(extra_routers=...)``
(``unspun serve --store STORE``), with ``CORPUS_NAV`` as its navigation link:

- ``GET /corpus``: the articles, newest first; filter by outlet and month, search
  text, speakers and techniques (``q``), 50 per page.
- ``GET /corpus/articles/{id}``: the stored analysis as the HTML report.
- ``GET /corpus/stats``: the statistics of ``corpus stats`` (``by=outlet``/``month``) with charts.
- ``GET /corpus/api/articles``, ``/corpus/api/articles/{id}``, ``/corpus/api/stats``: the same as JSON.

Every page is rendered by an autoescaping Jinja environment inside the app's shell
(``render_page``); the charts are matplotlib SVG embedded as a ``data:`` image, which
the app's Content-Security-Policy allows and which runs no script. Each request opens
the store read-only, so pages work while nothing else writes it; while
``corpus add`` holds the file they answer 503.
"""

from __future__ import annotations

import base64
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import DictLoader, Environment, StrictUndefined
from markupsafe import Markup

from unspun.corpus.browse import filter_values, get_analysis, list_articles
from unspun.corpus.stats import GROUPINGS
from unspun.errors import InputError, UnspunError
from unspun.web.pages import error_page, render_page

CORPUS_NAV: list[tuple[str, str]] = [("Corpus", "/corpus"), ("Corpus stats", "/corpus/stats")]
PAGE_SIZE = 50
_ARTICLE_ID = re.compile(r"^[0-9a-f]{20}$")

_TEMPLATES = {
    "list.html.j2": """
<h1>Corpus</h1>
<form method="get" action="/corpus" class="filters">
  <label for="q">Search text, speakers and techniques</label>
  <input type="search" id="q" name="q" value="{{ q }}" style="width:100%;padding:6px 8px;font:inherit;box-sizing:border-box">
  <label for="outlet">Outlet</label>
  <select id="outlet" name="outlet"><option value="">all outlets</option>
  {% for o in outlets %}<option value="{{ o }}"{% if o == outlet %} selected{% endif %}>{{ o }}</option>{% endfor %}</select>
  <label for="month">Month</label>
  <select id="month" name="month"><option value="">all months</option>
  {% for m in months %}<option value="{{ m }}"{% if m == month %} selected{% endif %}>{{ m }}</option>{% endfor %}</select>
  <button type="submit">Show</button>
</form>
<p class="hint">{{ total }} article{{ "" if total == 1 else "s" }}{% if pages > 1 %}, page {{ page }} of {{ pages }}{% endif %}.
<a href="/corpus/stats">Statistics by outlet</a> · <a href="/corpus/stats?by=month">by month</a></p>
<table class="articles" style="border-collapse:collapse;width:100%;font-size:15px">
<thead><tr><th align="left">article</th><th align="left">outlet</th><th align="left">date</th>
<th align="right">words</th><th align="right">quotes</th><th align="right">claims</th><th align="right">techniques</th></tr></thead>
<tbody>
{% for a in articles %}<tr style="border-top:1px solid #e0e0e6">
<td><a href="/corpus/articles/{{ a.article_id }}">{{ a.title }}</a></td><td>{{ a.outlet or "–" }}</td>
<td>{{ a.published or "–" }}</td><td align="right">{{ a.words }}</td><td align="right">{{ a.quotes }}</td>
<td align="right">{{ a.claims }}</td><td align="right">{{ a.techniques }}</td></tr>
{% else %}<tr><td colspan="7">No article matches.</td></tr>{% endfor %}
</tbody></table>
<p>{% if prev_url %}<a href="{{ prev_url }}">← newer</a>{% endif %}
{% if next_url %} <a href="{{ next_url }}">older →</a>{% endif %}</p>
""",
    "stats.html.j2": """
<h1>Corpus statistics</h1>
<p class="hint">Group by: <a href="/corpus/stats">outlet</a> · <a href="/corpus/stats?by=month">month</a> ·
<a href="/corpus/stats?by=outlet&amp;by=month">outlet and month</a> · <a href="/corpus/stats?by=language">language</a> · <a href="/corpus/stats?by=none">whole corpus</a> ·
<a href="{{ json_url }}">JSON</a></p>
{% if not stats.overall.articles %}<p>The store holds no articles yet.</p>{% else %}
<table style="border-collapse:collapse;width:100%;font-size:14px">
<thead><tr><th align="left">{{ by | join(" · ") or "group" }}</th><th align="right">articles</th><th align="right">words</th>
<th align="right">claims / article</th><th align="right">unattributed claims</th><th align="right">single-source</th>
<th align="right">techniques / 1k words</th><th align="left">most quoted</th></tr></thead>
<tbody>
{% for label, g in rows %}<tr style="border-top:1px solid #e0e0e6"><td>{{ label }}</td><td align="right">{{ g.articles }}</td>
<td align="right">{{ g.words }}</td><td align="right">{{ num(g.claims_per_article) }}</td>
<td align="right">{{ pct(g.unattributed_claim_rate) }}</td><td align="right">{{ pct(g.single_source_share) }}</td>
<td align="right">{{ num(g.techniques_per_1000_words) }}</td>
<td>{% for s in g.top_sources[:3] %}{{ s.name }} ({{ s.quotes }}){% if not loop.last %}, {% endif %}{% else %}–{% endfor %}</td></tr>
{% endfor %}</tbody></table>
<h2>Charts</h2>
<img alt="Articles, techniques per 1,000 words, claims per article and unattributed share, frame shares, per group"
     src="{{ chart }}" style="max-width:100%">
<h2>Commonest techniques, frames and narratives</h2>
{% for label, g in rows %}<h3>{{ label }}</h3><ul>
<li>techniques per 1k words: {% for k, v in g.technique_rates.items() %}{{ k }} {{ num(v) }}{% if not loop.last %}, {% endif %}{% else %}–{% endfor %}</li>
<li>frames: {% for k, v in g.frame_shares.items() %}{{ k }} {{ pct(v) }}{% if not loop.last %}, {% endif %}{% else %}–{% endfor %}</li>
<li>narratives: {% for k, v in g.narrative_shares.items() %}{{ k }} {{ pct(v) }}{% if not loop.last %}, {% endif %}{% else %}–{% endfor %}</li>
</ul>{% endfor %}
{% endif %}
""",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=DictLoader(_TEMPLATES), autoescape=True, undefined=StrictUndefined)
    env.globals["num"] = lambda v: "–" if v is None else f"{v:.2f}"
    env.globals["pct"] = lambda v: "–" if v is None else f"{v:.0%}"
    return env


def _nav(request: Request) -> list[tuple[str, str]]:
    return list(getattr(request.app.state, "nav", [("New analysis", "/"), *CORPUS_NAV]))


def _page(request: Request, title: str, template: str, **context: Any) -> HTMLResponse:
    content = Markup(_env().get_template(template).render(**context))
    return render_page(title, content, _nav(request))


def _groupings(by: list[str]) -> list[str]:
    if by == ["none"]:
        return []
    return [b for b in by if b in GROUPINGS] or ["outlet"]


def corpus_router(store: str | Path) -> APIRouter:
    """The corpus pages over the DuckDB store at ``store``."""
    store = Path(store)
    if not store.is_file():
        raise InputError(f"{store}: no such corpus store; create it with `unspun corpus add {store} SOURCE`")
    router = APIRouter(prefix="/corpus", tags=["corpus"])

    def failed(request: Request, err: UnspunError) -> HTMLResponse:
        status = 404 if isinstance(err, InputError) else 503
        return error_page(status, str(err), _nav(request))

    @router.get("", response_class=HTMLResponse, include_in_schema=False)
    def corpus_list(request: Request, q: str = "", outlet: str = "", month: str = "",
                    page: int = Query(1, ge=1, le=100_000)) -> HTMLResponse:
        try:
            total, articles = list_articles(store, outlet=outlet or None, month=month or None, query=q,
                                            limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
            values = filter_values(store)
        except UnspunError as err:
            return failed(request, err)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        base = {k: v for k, v in (("q", q), ("outlet", outlet), ("month", month)) if v}
        link = lambda p: "/corpus?" + urlencode({**base, "page": p})  # noqa: E731
        return _page(request, "Corpus", "list.html.j2", q=q, outlet=outlet, month=month, total=total, page=page,
                     pages=pages, articles=articles, outlets=values["outlets"], months=values["months"],
                     prev_url=link(page - 1) if page > 1 else None, next_url=link(page + 1) if page < pages else None)

    @router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def corpus_article(request: Request, article_id: str) -> HTMLResponse:
        from unspun.report.html import render_html

        try:
            data = get_analysis(store, article_id) if _ARTICLE_ID.match(article_id) else None
        except UnspunError as err:
            return failed(request, err)
        if data is None:
            return error_page(404, f"no article {article_id!r} in the corpus store", _nav(request))
        info = getattr(request.app.state, "technique_info", None) or {}
        return HTMLResponse(render_html(data, technique_info=info, nav=_nav(request), filename=f"{article_id}.json"))

    @router.get("/stats", response_class=HTMLResponse, include_in_schema=False)
    def corpus_stats_page(request: Request, by: list[str] = Query(["outlet"])) -> HTMLResponse:
        from unspun.corpus.plot import stats_svg
        from unspun.corpus.stats import corpus_stats

        groupings = _groupings(by)
        try:
            stats = corpus_stats(store, by=groupings)
        except UnspunError as err:
            return failed(request, err)
        rows = [("all articles", stats["overall"])] + [(" · ".join(str(g[b]) for b in groupings), g) for g in stats["groups"]]
        chart = ""
        if stats["overall"].get("articles"):
            chart = "data:image/svg+xml;base64," + base64.b64encode(stats_svg(stats).encode("utf-8")).decode("ascii")
        json_url = "/corpus/api/stats?" + urlencode([("by", b) for b in groupings] or [("by", "none")])
        return _page(request, "Corpus statistics", "stats.html.j2", stats=stats, by=groupings, rows=rows, chart=chart,
                     json_url=json_url)

    @router.get("/api/articles", summary="Corpus articles, filtered and paged")
    def corpus_api_articles(q: str = "", outlet: str = "", month: str = "", page: int = Query(1, ge=1, le=100_000),
                            ) -> JSONResponse:
        try:
            total, articles = list_articles(store, outlet=outlet or None, month=month or None, query=q,
                                            limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        except UnspunError as err:
            return JSONResponse({"detail": str(err)}, status_code=404 if isinstance(err, InputError) else 503)
        return JSONResponse({"total": total, "page": page, "articles": [a.to_dict() for a in articles]})

    @router.get("/api/articles/{article_id}", summary="One stored analysis")
    def corpus_api_article(article_id: str) -> JSONResponse:
        try:
            data = get_analysis(store, article_id) if _ARTICLE_ID.match(article_id) else None
        except UnspunError as err:
            return JSONResponse({"detail": str(err)}, status_code=503)
        if data is None:
            return JSONResponse({"detail": f"no article {article_id!r} in the corpus store"}, status_code=404)
        return JSONResponse(data)

    @router.get("/api/stats", summary="Corpus statistics (as `unspun corpus stats --format json`)")
    def corpus_api_stats(by: list[str] = Query(["outlet"])) -> JSONResponse:
        from unspun.corpus.stats import corpus_stats

        try:
            return JSONResponse(corpus_stats(store, by=_groupings(by)))
        except UnspunError as err:
            return JSONResponse({"detail": str(err)}, status_code=404 if isinstance(err, InputError) else 503)

    return router
