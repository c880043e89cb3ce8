"""The web app: the HTML report for pasted text, uploads and URLs, and a JSON API.

``create_app()`` builds the FastAPI application; ``serve()`` runs it with uvicorn.
Views of other packages plug in through ``create_app(extra_routers=..., nav_links=...)``.
"""

from unspun.web.app import WebSettings, create_app
from unspun.web.pages import render_page
from unspun.web.server import serve

__all__ = ["WebSettings", "create_app", "render_page", "serve"]
