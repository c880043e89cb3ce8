"""The terminal report: a readable rich rendering of an Analysis.

The library returns renderables and never prints; the CLI prints them. Each
analysis contributes one section; a section function returns None when its stage
did not run, so the report grows as stages land.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from unspun.analysis import Analysis, stages_line
from unspun.language import describe_language

_KIND_STYLE = {
    "title": "bold",
    "heading": "bold cyan",
    "body": "",
    "social_post": "magenta",
    "caption": "dim italic",
    "boilerplate": "dim",
}
_PREVIEW = 90
# C0 and C1 control characters other than tab and newline. Article text is untrusted: an
# ESC sequence in it would reach the user's terminal, so controls are shown as U+FFFD.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def withheld_panel(analysis: Analysis, stage: str, title: str) -> Panel | None:
    """The reason a stage gave instead of findings (``analysis.withheld``), as its section; None when it judged."""
    reason = analysis.withheld.get(stage)
    if reason is None:
        return None
    return Panel(Text(safe(reason[:1].upper() + reason[1:] + "."), style="dim"), title=title, title_align="left")


def safe(text: str) -> str:
    """Article-derived text made safe for a terminal (control characters replaced)."""
    return _CONTROLS.sub("\ufffd", text)


def article_text(text: str, style: str = "") -> Text:
    """A rich Text of untrusted article text: no markup parsing, no control sequences."""
    return Text(safe(text), style=style)


def _preview(text: str, width: int = _PREVIEW) -> str:
    text = " ".join(safe(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def structure_section(analysis: Analysis) -> RenderableType | None:
    """Paragraph kinds: a count per kind, then every paragraph that is not plain body."""
    article = analysis.article
    counts = Counter(p.kind for p in article.paragraphs)
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("kind")
    table.add_column("text")
    for p in article.paragraphs:
        if p.kind == "body":
            continue
        style = _KIND_STYLE.get(p.kind, "")
        table.add_row(str(p.index), Text(p.kind, style=style), Text(_preview(article.text[p.start : p.end]), style=style))
    return Panel(Group(Text(f"{len(article.paragraphs)} paragraphs: {summary}"), table), title="Structure", title_align="left")


SECTIONS: list[Callable[[Analysis], RenderableType | None]] = [structure_section]

from unspun.report.terminal_quotes import quotes_section  # noqa: E402

SECTIONS.append(quotes_section)

from unspun.report.terminal_claims import claims_section  # noqa: E402

SECTIONS.append(claims_section)

from unspun.report.terminal_persuasion import persuasion_section  # noqa: E402

SECTIONS.append(persuasion_section)

from unspun.report.terminal_framing import FRAMING_SECTIONS  # noqa: E402

SECTIONS.extend(FRAMING_SECTIONS)


def terminal_safe(analysis: Analysis) -> Analysis:
    """A copy of ``analysis`` whose every string has its control characters shown as U+FFFD.

    Sections render names, quotes, explanations and table cells taken from the article; cleaning
    the whole analysis once means no section, present or future, can pass an escape sequence
    through. One character stands for one, so offsets still hold.
    """
    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return safe(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    return Analysis.model_validate(clean(analysis.model_dump()))


def render_terminal(analysis: Analysis) -> RenderableType:
    """The whole report for one analysis, as one rich renderable (article text never reaches it raw)."""
    analysis = terminal_safe(analysis)
    article = analysis.article
    title = article.title or next(
        (article.text[p.start : p.end] for p in article.paragraphs if p.kind == "title"), None
    )
    words = len(article.text.split())
    head = Text.assemble(
        (safe(title or "(untitled)"), "bold"),
        "\n",
        (f"{words:,} words · {len(article.paragraphs)} paragraphs · "
         + (f"{safe(language)} · " if (language := describe_language(analysis.article.language, analysis.article.language_confidence,
                                                analysis.article.language_detected)) else "")
         + f"stages: {stages_line(analysis.analyses, analysis.withheld)}", "dim"),
    )
    meta = [f"{k}: {v}" for k in ("id", "outlet", "published", "url") if (v := getattr(article, k))]
    parts: list[RenderableType] = [head]
    if meta:
        parts.append(article_text(" · ".join(meta), style="dim"))
    parts.extend(section for render in SECTIONS if (section := render(analysis)) is not None)
    return Group(*parts)
