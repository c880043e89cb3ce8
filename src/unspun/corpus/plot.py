"""Charts of ``corpus stats``: the main comparisons between groups, as PNG or SVG (matplotlib, no display).

Four panels, one bar per group (outlet, month, language or a combination; the whole corpus when
ungrouped): articles; techniques per 1,000 words; claims per article beside the
unattributed-claim rate; the share of articles carrying each of the commonest frames.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from unspun.corpus.store import StoreError


def _label(group: dict[str, Any], by: list[str]) -> str:
    return " · ".join(str(group[b]) for b in by) if by else "all articles"


def stats_figure(stats: dict[str, Any]) -> Any:
    """A matplotlib Figure of the statistics (the caller saves or closes it)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    by = stats["by"]
    groups = stats["groups"] if by else [stats["overall"]]
    labels = [_label(g, by) for g in groups]
    x = list(range(len(groups)))
    fig = Figure(figsize=(max(8.0, 1.2 * len(groups) + 4), 8), layout="constrained")
    (ax1, ax2), (ax3, ax4) = fig.subplots(2, 2)

    ax1.bar(x, [g.get("articles", 0) for g in groups], color="#4c72b0")
    ax1.set_title("Articles")
    ax2.bar(x, [g.get("techniques_per_1000_words") or 0 for g in groups], color="#dd8452")
    ax2.set_title("Persuasion techniques per 1,000 words")
    width = 0.4
    ax3.bar([i - width / 2 for i in x], [g.get("claims_per_article") or 0 for g in groups], width, label="claims per article",
            color="#55a868")
    ax3b = ax3.twinx()
    ax3b.bar([i + width / 2 for i in x], [g.get("unattributed_claim_rate") or 0 for g in groups], width,
             label="unattributed-claim rate", color="#c44e52")
    ax3b.set_ylim(0, 1)
    ax3.set_title("Claims per article (green) and unattributed share (red)")
    frames = _top_keys(groups, "frame_shares", 4)
    for j, frame in enumerate(frames):
        offset = (j - (len(frames) - 1) / 2) * (0.8 / max(1, len(frames)))
        ax4.bar([i + offset for i in x], [g.get("frame_shares", {}).get(frame, 0) or 0 for g in groups],
                0.8 / max(1, len(frames)), label=frame)
    ax4.set_ylim(0, 1)
    ax4.set_title("Share of articles per frame")
    if frames:
        ax4.legend(fontsize="small")
    for ax in (ax1, ax2, ax3, ax4):
        ax.set_xticks(x, labels, rotation=30 if len(groups) > 3 else 0, ha="right" if len(groups) > 3 else "center",
                      fontsize="small")
    fig.suptitle(f"unspun corpus: {stats['overall'].get('articles', 0)} articles")
    return fig


def _top_keys(groups: list[dict[str, Any]], field: str, n: int) -> list[str]:
    totals: dict[str, float] = {}
    for g in groups:
        for key, value in g.get(field, {}).items():
            totals[key] = totals.get(key, 0.0) + (value or 0.0)
    return [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def plot_stats(stats: dict[str, Any], path: str | Path) -> Path:
    """Save the charts to ``path``; the format follows its suffix (.png or .svg)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"{path}: the plot must be a .png or .svg file")
    fig = stats_figure(stats)
    try:
        fig.savefig(path, format=fmt, dpi=120)
    except OSError as err:
        raise StoreError(f"{path}: cannot write the plot ({err.strerror})") from None
    return path


def stats_svg(stats: dict[str, Any]) -> str:
    """The charts as an SVG document (for the web pages)."""
    buffer = io.StringIO()
    stats_figure(stats).savefig(buffer, format="svg")
    return buffer.getvalue()
