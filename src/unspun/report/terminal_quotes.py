"""Terminal report section of the quotes stage: the source roster, then the quotes by speaker."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from unspun.analysis import Analysis
from unspun.report.terminal import withheld_panel

_KIND_LABEL = {
    "direct": "“ ”",
    "partial": "‘…’",
    "indirect": "said",
    "social_post": "post",
    "non_answer": "no answer",
}
_PREVIEW = 110


def _preview(text: str, width: int = _PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def quotes_section(analysis: Analysis) -> RenderableType | None:
    """A sources table (name, description, quotes, share) and every quote, grouped by speaker."""
    if analysis.quotes is None:
        return None
    if (withheld := withheld_panel(analysis, "quotes", "Quotes and sources")) is not None:
        return withheld
    sources = analysis.sources or []
    quotes = analysis.quotes
    if not quotes:
        return Panel(Text("No quotes found."), title="Quotes and sources", title_align="left")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column, justify in (("source", "left"), ("kind", "left"), ("description", "left"), ("quotes", "right"), ("share", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for s in sources:
        share = Text(f"{s.share:.0%}", style="bold red" if s.single_source_reliance else "")
        table.add_row(Text(s.name, style="bold"), Text(s.kind, style="dim"), Text(s.description or ""), str(s.quote_count), share)
    spoken = [q for q in quotes if q.kind != "non_answer"]  # a refusal to answer is no quote (as in quote_count)
    refused = len(quotes) - len(spoken)
    quoting = sum(1 for s in sources if s.quote_count)
    head = f"{len(spoken)} quote{'s' if len(spoken) != 1 else ''} from {quoting} source{'s' if quoting != 1 else ''}"
    if refused:
        head += f"; {refused} did not answer"
    parts: list[RenderableType] = [Text(head)]
    reliant = [s for s in sources if s.single_source_reliance]
    if reliant:
        parts.append(Text(f"Single-source reliance: {reliant[0].name} has {reliant[0].share:.0%} of the quoted words.", style="bold red"))
    parts.append(table)
    names = {s.id: s.name for s in sources}
    order = [s.id for s in sources] + [None]
    for sid in order:
        mine = [q for q in quotes if (q.speaker.source_id if q.speaker else None) == sid]
        if not mine:
            continue
        parts.append(Text(f"\n{names.get(sid, 'unattributed') if sid else 'unattributed'}", style="bold cyan"))
        for q in mine:
            line = Text("  ")
            line.append(f"[{_KIND_LABEL.get(q.kind, q.kind)}] ", style="magenta")
            line.append(_preview(q.text))
            if q.speaker is not None and q.speaker.resolution not in ("explicit", "handle"):
                line.append(f"  ({q.speaker.resolution})", style="dim")
            parts.append(line)
    return Panel(Group(*parts), title="Quotes and sources", title_align="left")
