"""The web app: a form that returns the HTML report, and a JSON API.

``create_app`` builds a FastAPI application. The Analyzer (spaCy and every
stage's model) is loaded once when the app starts; each analysis runs in the
bounded thread pool of :class:`~unspun.web.limits.AnalysisGate`, off the event
loop. Other views (the corpus store's pages) plug in with ``extra_routers`` and
``nav_links``; see docs/web.md.

Routes: ``GET /`` the form · ``POST /analyze`` the report page · ``POST
/api/analyze`` the analysis JSON · ``GET /api/health`` · ``/docs`` (served
without a CDN) and ``/openapi.json``.
"""

from __future__ import annotations

import json
import logging
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Mapping, Protocol, Sequence

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from unspun.article import Article
from unspun.errors import InputError, InputTooLargeError, UnspunError
from unspun.ingest.text import DEFAULT_MAX_BYTES
from unspun.report.html import as_dict, default_technique_info, render_html
from unspun.web.inputs import Submission, read_submission
from unspun.web.limits import AnalysisGate, AnalysisTimeout, BodySizeLimit, BusyError
from unspun.web.pages import as_nav, error_body, error_page, form_message, index_page

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebSettings:
    """How the server runs; every field has a CLI option of ``unspun serve``."""

    host: str = "127.0.0.1"
    port: int = 8000
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest request body (and article) accepted; over it: 413."""
    timeout_s: float = 60.0
    """Longest a request may wait and run; over it: 504."""
    workers: int = 1
    """Analyses that run at once (threads; one is right for two cores)."""
    queue: int = 16
    """Analyses that may wait for a worker; beyond: 503."""
    allow_private: bool = False
    """Allow URLs on private and loopback addresses."""
    spacy_model: str | None = None


class Engine(Protocol):
    """What analyses an article: an :class:`~unspun.pipeline.Analyzer` or anything like it."""

    def analyze(self, item: Article, stop: Callable[[], bool] | None = None) -> Any: ...


class AnalyzeRequest(BaseModel):
    """The JSON body of ``POST /api/analyze``: exactly one of text or url."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The article: title on the first line, a paragraph per line.")
    url: str | None = Field(default=None, description="A public http(s) URL to fetch instead.")
    title: str | None = Field(default=None, description="Optional title for pasted text.")
    language: str | None = Field(default=None, max_length=35, description="ISO 639-1 code of the article's language (e.g. en); default: detected from the text.")


_MULTIPART_SCHEMA = {"type": "object", "properties": {
    "file": {"type": "string", "format": "binary", "description": "A .txt or .html file."},
    "text": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"},
    "language": {"type": "string", "description": "ISO 639-1 code; default: detected."}}}
_API_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": AnalyzeRequest.model_json_schema()},
    "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
    "text/plain": {"schema": {"type": "string"}},
}}}
_API_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "The analysis document (docs/analysis.schema.json)."},
    400: {"description": "The input cannot be analysed (the message says why)."},
    413: {"description": "The request body is over the size limit."},
    415: {"description": "Unsupported content type."},
    503: {"description": "Every analysis slot and queue place is taken; retry later."},
    504: {"description": "The analysis took longer than the per-request timeout."},
}


class _Failure(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


async def _submission(request: Request, max_bytes: int) -> Submission:
    """Read text, a file or a URL from a JSON, form or plain-text body."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            body = AnalyzeRequest.model_validate(json.loads(await request.body()))
        except (ValueError, ValidationError) as err:
            if isinstance(err, ValidationError):
                first = err.errors()[0]
                field = ".".join(str(part) for part in first.get("loc", ()))
                if field:  # a known field with a bad value: name it
                    raise _Failure(400, f"request: {field}: {first['msg']}") from None
                message = first["msg"]
            else:
                message = "the body is not valid JSON"
            raise _Failure(400, f"request: {message}; send {{\"text\": \"...\"}} or {{\"url\": \"...\"}}") from None
        return Submission(text=body.text, url=body.url, title=body.title, language=body.language)
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form(max_files=1, max_fields=8, max_part_size=max_bytes)
        upload = form.get("file")
        data, name = (await upload.read(), upload.filename) if isinstance(upload, UploadFile) else (None, None)
        text, url, title, language = (form.get(k) for k in ("text", "url", "title", "language"))
        return Submission(text=text if isinstance(text, str) else None, data=data, filename=name,
                          url=url if isinstance(url, str) else None, title=title if isinstance(title, str) and title else None,
                          language=language if isinstance(language, str) and language else None)
    if ctype == "text/plain":
        try:
            return Submission(text=(await request.body()).decode("utf-8"))
        except UnicodeDecodeError:
            raise _Failure(400, "request: the text is not valid UTF-8") from None
    raise _Failure(415, f"request: unsupported content type {ctype or '(none)'!r}; send JSON, a form, or text/plain")


def create_app(
    settings: WebSettings | None = None,
    *,
    analyzer: Engine | None = None,
    extra_routers: Sequence[APIRouter] = (),
    nav_links: Sequence[tuple[str, str]] = (),
    technique_info: Mapping[str, Mapping[str, Any]] | None = None,
) -> FastAPI:
    """The web application. Pass ``analyzer`` to reuse a loaded one (tests, the corpus store).

    ``extra_routers`` are included as they are; ``nav_links`` ((label, path) pairs)
    appear in every page's navigation.
    """
    settings = settings or WebSettings()
    nav = as_nav(nav_links)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.analyzer is None:
            from unspun.pipeline import Analyzer

            app.state.analyzer = await run_in_threadpool(Analyzer, spacy_model=settings.spacy_model)
            from unspun.language.detect import warm_up

            await run_in_threadpool(warm_up)  # the language detector's model: not on the first request
        if app.state.technique_info is None:
            app.state.technique_info = default_technique_info()
        log.info("unspun web: models loaded; %d worker(s), queue %d", settings.workers, settings.queue)
        yield
        app.state.gate.shutdown()

    from unspun.pipeline import __version__

    app = FastAPIOffline(title="unspun", version=__version__, lifespan=lifespan,
                         description="See how a news article is made: structure, quotes, claims, persuasion, framing.")
    app.state.settings = settings
    app.state.analyzer = analyzer
    app.state.technique_info = technique_info
    app.state.gate = AnalysisGate(settings.workers, settings.queue, settings.timeout_s)
    app.state.nav = nav
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_bytes,
                       render=lambda path, message: error_body(path, message, 413, nav))

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/docs", "/static-offline-docs", "/redoc")):
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def analyse(sub: Submission, as_page: bool, stop: threading.Event) -> tuple[dict[str, Any], str | None]:
        article = read_submission(sub, max_bytes=settings.max_bytes, allow_private=settings.allow_private)
        data = as_dict(app.state.analyzer.analyze(article, stop=stop.is_set))
        page = render_html(data, technique_info=app.state.technique_info or {}, nav=nav) if as_page else None
        return data, page

    async def run(request: Request, as_page: bool, sub: Submission | None = None) -> tuple[dict[str, Any], str | None]:
        sub = sub if sub is not None else await _submission(request, settings.max_bytes)
        try:
            stop = threading.Event()
            return await app.state.gate.run(analyse, sub, as_page, stop, stop=stop)
        except BusyError as err:
            raise _Failure(503, str(err), {"Retry-After": "2"}) from None
        except AnalysisTimeout as err:
            raise _Failure(504, str(err)) from None
        except InputTooLargeError as err:
            raise _Failure(413, str(err)) from None
        except InputError as err:
            raise _Failure(400, str(err)) from None
        except UnspunError as err:
            log.exception("analysis failed")
            raise _Failure(500, str(err)) from None

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        return index_page(nav, settings.max_bytes)

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_page(request: Request) -> HTMLResponse:
        sub: Submission | None = None
        try:
            sub = await _submission(request, settings.max_bytes)
            _, page = await run(request, as_page=True, sub=sub)
        except _Failure as fail:
            if sub is not None and fail.status in (400, 413):
                # the form again, with what the reader wrote kept and the reason in words for a reader
                return index_page(nav, settings.max_bytes, error=form_message(fail.message), text=sub.text or "",
                                  url=sub.url or "", status=fail.status, language=sub.language or "")
            return error_page(fail.status, fail.message, nav, fail.headers)
        return HTMLResponse(page or "")

    @app.post("/api/analyze", openapi_extra=_API_BODY, responses=_API_RESPONSES, summary="Analyse one article")
    async def analyze_api(request: Request) -> JSONResponse:
        """Analyse pasted text (JSON ``{"text": ...}`` or ``text/plain``), an uploaded file
        (multipart field ``file``) or a URL (``{"url": ...}``); returns the analysis JSON."""
        try:
            data, _ = await run(request, as_page=False)
        except _Failure as fail:
            return JSONResponse({"detail": fail.message}, status_code=fail.status, headers=fail.headers)
        return JSONResponse(data)

    @app.get("/api/health", summary="Liveness, version, stages and load")
    async def health() -> dict[str, Any]:
        gate: AnalysisGate = app.state.gate
        engine = app.state.analyzer
        return {
            "status": "ok" if engine is not None else "starting",
            "version": __version__,
            "stages": list(getattr(engine, "stage_names", [])),
            "spacy_model": getattr(engine, "spacy_model", None),
            "pending": gate.pending,
            "limits": {"max_bytes": settings.max_bytes, "timeout_s": settings.timeout_s,
                       "workers": settings.workers, "queue": settings.queue},
        }

    for router in extra_routers:
        app.include_router(router)
    return app
