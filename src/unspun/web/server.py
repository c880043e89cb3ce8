"""Run the web app with uvicorn (the ``unspun serve`` command calls :func:`serve`)."""

from __future__ import annotations

import ipaddress
import logging
from typing import Any, Sequence

from fastapi import APIRouter

from unspun.web.app import WebSettings, create_app

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is only reachable from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    settings: WebSettings,
    *,
    extra_routers: Sequence[APIRouter] = (),
    nav_links: Sequence[tuple[str, str]] = (),
    **uvicorn_options: Any,
) -> None:
    """Load the models, then serve until interrupted (blocking)."""
    import uvicorn

    if not is_loopback(settings.host):
        log.warning("serving on %s: anyone who can reach this address can use the server", settings.host)
    app = create_app(settings, extra_routers=extra_routers, nav_links=nav_links)
    uvicorn.run(app, host=settings.host, port=settings.port, timeout_keep_alive=5,
                log_level=uvicorn_options.pop("log_level", "info"), **uvicorn_options)
