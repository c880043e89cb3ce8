"""Terminal section of the claims stage: claims by check-worthiness, who asserts them, their numbers.

Unattributed claims (the outlet's own assertions) are marked in bold yellow: they
are the ones a reader cannot trace to anyone but the article. Repeated numbers
follow, inconsistent ones in red.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from unspun.analysis import Analysis
from unspun.claims.model import AssertedBy, Claim, Quantity
from unspun.report.terminal import safe, withheld_panel

_SHOWN = 25
_CERTAINTY_STYLE = {"low": "cyan", "medium": "", "high": "bold magenta"}


def _who(who: AssertedBy) -> Text:
    if who.kind == "article":
        return Text("the article (unattributed)", style="bold yellow")
    label = {"source": "source", "collective": "collective", "outlet": "outlet"}[who.kind]
    return Text(f"{label}: {safe(who.name or 'unnamed')}")


def _number(q: Quantity) -> str:
    years = q.unit == "date"  # '2026–27', 'between 2021 and 2023': years carry no thousands separator

    def fmt(v: float | None) -> str:
        return "?" if v is None else f"{v:.12g}" if years else f"{v:,.12g}"

    if q.bound == "range":
        value = f"{fmt(q.low)}–{fmt(q.high)}"
    elif q.bound == "at_least":
        value = f"≥ {fmt(q.value)}"
    elif q.bound == "at_most":
        value = f"≤ {fmt(q.value)}"
    else:
        value = q.date if q.unit == "date" and q.date else fmt(q.value)
    return f"{value} {safe(q.unit)}" if q.unit and q.unit != "date" else value


def _claim_cell(claim: Claim) -> Text:
    text = Text(safe(" ".join(claim.text.split())))
    if claim.hedges:
        text.append("\nhedged: " + ", ".join(safe(h.text) for h in claim.hedges), style="cyan")
    if claim.certainty_markers:
        text.append("\ncertain: " + ", ".join(safe(m.text) for m in claim.certainty_markers), style="magenta")
    return text


def claims_section(analysis: Analysis) -> RenderableType | None:
    """The claims ordered by score, then repeated numbers; None when the claims stage did not run."""
    if analysis.claims is None:
        return None
    if (withheld := withheld_panel(analysis, "claims", "Claims")) is not None:
        return withheld
    claims = sorted(analysis.claims, key=lambda c: -c.score)
    unattributed = sum(1 for c in claims if c.asserted_by.kind == "article")
    head = Text(f"{len(claims)} check-worthy claims, {unattributed} asserted by the article itself")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
    table.add_column("score", justify="right", style="dim", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("asserted by", ratio=1)
    table.add_column("numbers", ratio=1)
    table.add_column("certainty", no_wrap=True)
    for claim in claims[:_SHOWN]:
        table.add_row(f"{claim.score:.2f}", _claim_cell(claim), _who(claim.asserted_by),
                      Text("\n".join(_number(q) for q in claim.quantities)),
                      Text(claim.certainty, style=_CERTAINTY_STYLE[claim.certainty]))
    parts: list[RenderableType] = [head, table]
    if len(claims) > _SHOWN:
        parts.append(Text(f"… and {len(claims) - _SHOWN} more (see the JSON output)", style="dim"))
    for group in analysis.repeated_quantities or []:
        style = "" if group.consistent else "bold red"
        verdict = "consistent" if group.consistent else "INCONSISTENT"
        mentions = "; ".join(f"{safe(m.text)} (¶{m.paragraph})" for m in group.mentions)
        parts.append(Text(f"repeated {safe(group.unit)}, {verdict}: {mentions}", style=style))
    return Panel(Group(*parts), title="Claims", title_align="left")
