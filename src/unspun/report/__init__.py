"""Renderers: every output is a view of one Analysis."""

from unspun.report.terminal import render_terminal

__all__ = ["render_terminal"]
