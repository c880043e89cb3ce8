"""The single-file HTML report: the article as published, with every analysis layered on it.

:func:`render_html` returns one self-contained page (inline CSS, JS and SVG; no
request leaves it, which its Content-Security-Policy enforces), so it opens from
disk offline, prints, and is what the web app serves. Each analysis key is drawn
by one small layer function (:mod:`unspun.report.html_layers`); a key absent from
the analysis is a layer absent from the page.

Everything taken from the article is escaped: the templates autoescape, the span
renderer escapes each piece, and the data the script reads is JSON with ``<``,
``>`` and ``&`` written as ``\\u00XX``, so it cannot close its ``<script>`` tag.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from unspun.analysis import stages_line
from unspun.language import describe_language
from unspun.report.html_layers import LAYERS, Layer, ReportContext, palette_css
from unspun.report.html_spans import Mark, numbered, render_marked

log = logging.getLogger(__name__)

TechniqueInfo = Mapping[str, Mapping[str, Any]]
"""Per technique name: ``definition``, ``dev_score``, ``dev_metric`` (e.g. "F1"), ``label``."""

_KIND_TAGS = {
    "title": ("<h1 id=\"p{i}\" class=\"kind-title\">", "</h1>"),
    "heading": ("<h2 id=\"p{i}\" class=\"kind-heading\">", "</h2>"),
    "social_post": ("<figure id=\"p{i}\" class=\"social\"><figcaption>Social post</figcaption><p>", "</p></figure>"),
    "caption": ("<p id=\"p{i}\" class=\"caption\">", "</p>"),
    "boilerplate": ("<p id=\"p{i}\" class=\"boilerplate\">", "</p>"),
    "body": ("<p id=\"p{i}\">", "</p>"),
}


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("unspun.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=False,
    )


@lru_cache(maxsize=1)
def _static() -> tuple[str, str]:
    folder = files("unspun.report") / "static"
    css = (folder / "report.css").read_text(encoding="utf-8") + palette_css()
    return css, (folder / "report.js").read_text(encoding="utf-8")


def script_json(value: Any) -> Markup:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(value, ensure_ascii=False)
    for ch, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return Markup(text)


def content_security_policy(script: str) -> str:
    """The page's CSP: no network at all; only our own inline script (by its hash) runs."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def as_dict(analysis: Any) -> dict[str, Any]:
    """The analysis as a JSON-ready dict: an Analysis model, or a dict already."""
    if hasattr(analysis, "to_dict"):
        return dict(analysis.to_dict())
    if isinstance(analysis, Mapping):
        return dict(analysis)
    raise TypeError(f"expected an Analysis or a dict, got {type(analysis).__name__}")


def default_technique_info() -> dict[str, dict[str, Any]]:
    """Definitions and dev scores from the persuasion package, when it provides them.

    When the persuasion package exposes ``technique_info() -> {name: {definition,
    dev_score, dev_metric, label}}`` that is used; otherwise its ``definitions.DEFINITIONS``
    (definition and invented example, no dev score). Popups also read these fields
    from each technique item, and say so when a definition or score is missing.
    """
    try:
        from unspun import persuasion
    except ImportError:
        return {}
    provider: Callable[[], Any] | None = getattr(persuasion, "technique_info", None)
    try:
        if provider is not None:
            return {str(k): dict(v) for k, v in provider().items()}
        from unspun.persuasion.definitions import DEFINITIONS

        return {name: {"definition": d.definition, "example": d.example} for name, d in DEFINITIONS.items()}
    except Exception:  # noqa: BLE001 - a report without definitions beats no report
        log.warning("could not read technique definitions from unspun.persuasion", exc_info=True)
        return {}


def _render_paragraph(text: str, record: Mapping[str, Any], marks: list[Mark], seen: set[int], notes: list[str]) -> Markup:
    opening, closing = _KIND_TAGS.get(str(record.get("kind", "body")), _KIND_TAGS["body"])
    inner = render_marked(text, int(record["start"]), int(record["end"]), marks, seen)
    html = Markup(opening.format(i=int(record["index"]))) + inner + Markup(closing)
    if notes:
        items = Markup("").join(Markup("<li>{}</li>").format(n) for n in notes)
        html += Markup('<ul class="pnotes" aria-label="Techniques the model finds in this paragraph, with its confidence">{}</ul>').format(items)
    return html


def render_html(
    analysis: Any,
    *,
    technique_info: TechniqueInfo | None = None,
    nav: Sequence[tuple[str, str]] = (),
    layers: Sequence[Callable[[ReportContext], Layer | None]] | None = None,
    filename: str | None = None,
) -> str:
    """The report page for one analysis (an :class:`~unspun.analysis.Analysis` or its dict).

    ``technique_info`` gives technique definitions and dev scores (default: from the
    persuasion package); ``nav`` adds links above the report (the web app's "New
    analysis"); ``layers`` replaces :data:`~unspun.report.html_layers.LAYERS`.
    """
    data = as_dict(analysis)
    article = data["article"]
    text: str = article["text"]
    env = _environment()
    info = technique_info if technique_info is not None else default_technique_info()
    ctx = ReportContext(data=data, technique_info=info, env=env)
    built = [layer for fn in (layers if layers is not None else LAYERS) if (layer := fn(ctx)) is not None]
    marks = numbered([m for layer in built for m in layer.marks if 0 <= m.start < m.end <= len(text)])
    notes: dict[int, list[str]] = {}
    for layer in built:
        for index, labels in layer.paragraph_notes.items():
            notes.setdefault(index, []).extend(labels)
    seen: set[int] = set()
    paragraphs = [_render_paragraph(text, p, marks, seen, notes.get(int(p["index"]), [])) for p in article["paragraphs"]]

    title_paragraph = next((p for p in article["paragraphs"] if p.get("kind") == "title"), None)
    title = article.get("title") or (text[title_paragraph["start"]:title_paragraph["end"]] if title_paragraph else "(untitled)")
    url = article.get("url")
    css, js = _static()
    script_data = {"analysis": data, "filename": filename or article.get("id") or "analysis", **ctx.script_data}
    page = env.get_template("report.html.j2").render(
        lang=(article.get("language") or "en"),
        csp=content_security_policy(js),
        version=data.get("unspun_version", ""),
        title=title,
        has_title_paragraph=title_paragraph is not None,
        nav=list(nav),
        meta=[(k, article[k]) for k in ("id", "outlet", "published") if article.get(k)],
        url=url,
        url_is_link=bool(url) and urlsplit(str(url)).scheme in ("http", "https"),
        words=f"{len(text.split()):,}",
        language=describe_language(
            article.get("language") if isinstance(article.get("language"), str) else None,
            float(c) if isinstance(c := article.get("language_confidence"), (int, float)) else None,
            d if isinstance(d := article.get("language_detected"), str) else None),
        paragraph_count=len(article["paragraphs"]),
        stages=stages_line(list(data.get("analyses") or []), dict(data.get("withheld") or {})),
        paragraphs=paragraphs,
        layers=built,
        toggles=[layer for layer in built if layer.toggle and layer.marks],
        kinds=Counter(str(p.get("kind", "body")) for p in article["paragraphs"]).most_common(),
        data_json=script_json(script_data),
        css=Markup(css),
        js=Markup(js),
    )
    return page
