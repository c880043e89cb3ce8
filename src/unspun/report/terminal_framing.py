"""Terminal report blocks of the framing stage: genre, frames, narratives, entity roles.

One function per block; each returns None when the framing stage did not run. Article
text is shown through rich ``Text`` objects, never as markup.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from unspun.analysis import Analysis
from unspun.framing.model import measured_scores

_ROLE_STYLE = {"Protagonist": "green", "Antagonist": "red", "Innocent": "cyan"}


def _measured(finding: str, language: str | None = None) -> Text:
    """A dim line saying how reliable the finding was measured to be: a confident-looking label
    from a head with a macro-F1 of 0.48 is a hint, not a verdict."""
    score = measured_scores(language=language).get(finding)
    return Text(f"How reliable: {score}." if score else "How reliable: not measured.", style="dim")


_PARTS = {"genre": "Genre", "narratives": "Narratives", "entity_roles": "Entity roles"}


def _withheld(analysis: Analysis, key: str) -> RenderableType | None:
    """Why a finding was not judged, shown once under the titles of every finding with the same reason."""
    reason = analysis.withheld[key]
    same = [k for k in _PARTS if analysis.withheld.get(k) == reason]
    if same[-1] != key:  # said once, in the last section with this reason (after the findings that were judged)
        return None
    return Panel(Text(reason[:1].upper() + reason[1:] + ".", style="dim"), title=", ".join(_PARTS[k] for k in same),
                 title_align="left")


def _paragraph_list(indices: list[int]) -> str:
    return ", ".join(f"¶{i}" for i in indices) if indices else "—"


def _not_judged(analysis: Analysis) -> bool:
    """The framing stage ran and withheld its findings (a text too short for its heads)."""
    return "framing" in analysis.withheld


def genre_section(analysis: Analysis) -> RenderableType | None:
    """The genre with the probability of each class (or why there is none)."""
    if _not_judged(analysis):
        reason = analysis.withheld["framing"]
        note = reason[:1].upper() + reason[1:] + "."
        return Panel(Text(note, style="dim"), title="Framing", title_align="left")
    if "genre" in analysis.withheld:
        return _withheld(analysis, "genre")
    if analysis.genre is None:
        return None
    g = analysis.genre
    line = Text.assemble((g.label, "bold"), "  ", (" · ".join(f"{k} {v:.0%}" for k, v in g.scores.items()), "dim"))
    return Panel(Group(line, _measured("genre")), title="Genre", title_align="left")


def frames_section(analysis: Analysis) -> RenderableType | None:
    """Each frame found, its confidence and the paragraphs that carry it most."""
    if _not_judged(analysis):
        return None
    if analysis.frames is None:
        return None
    if not analysis.frames:
        return Panel(Text("No frame over its threshold.", style="dim"), title="Frames", title_align="left")
    table = Table(box=None, pad_edge=False, header_style="bold")
    for col in ("frame", "confidence", "paragraphs"):
        table.add_column(col)
    for f in analysis.frames:
        table.add_row(Text(f.frame.replace("_", " ")), f"{f.confidence:.0%}", _paragraph_list(f.paragraphs))
    return Panel(Group(table, _measured("frames", analysis.article.language)), title="Frames", title_align="left")


def narratives_section(analysis: Analysis) -> RenderableType | None:
    """Narratives and subnarratives with their paragraphs and explanation."""
    if _not_judged(analysis):
        return None
    if analysis.narratives is None:
        return None
    if "narratives" in analysis.withheld:
        return _withheld(analysis, "narratives")
    parts: list[RenderableType] = []
    for n in analysis.narratives:
        head = Text.assemble((n.subnarrative if n.subnarrative != "Other" else n.narrative, "bold"),
                             (f"  {n.confidence:.0%}", "dim"))
        if n.paragraphs:
            head.append(f"  {_paragraph_list(n.paragraphs)}", style="dim")
        parts.append(head)
        parts.append(Text("  " + n.explanation, style="italic"))
    parts.append(_measured("narratives"))
    return Panel(Group(*parts), title="Narratives", title_align="left")


def entity_roles_section(analysis: Analysis) -> RenderableType | None:
    """Each actor's main and fine roles, with the mentions that support them."""
    if _not_judged(analysis):
        return None
    if analysis.entity_roles is None:
        return None
    if "entity_roles" in analysis.withheld:
        return _withheld(analysis, "entity_roles")
    if not analysis.entity_roles:
        return Panel(Text("No named actor is mentioned often enough to be given a role.", style="dim"),
                     title="Entity roles", title_align="left")
    table = Table(box=None, pad_edge=False, header_style="bold")
    for col in ("entity", "role", "fine roles", "mentions"):
        table.add_column(col)
    for r in analysis.entity_roles:
        table.add_row(Text(r.entity), Text(f"{r.main_role} {r.confidence:.0%}", style=_ROLE_STYLE.get(r.main_role, "")),
                      Text(", ".join(r.fine_roles)), str(len(r.mentions)))
    return Panel(Group(table, _measured("entity_roles")), title="Entity roles", title_align="left")


FRAMING_SECTIONS = [genre_section, frames_section, narratives_section, entity_roles_section]


def eval_table(result: dict) -> RenderableType:
    """The cross-validation figures of ``unspun eval framing`` as a table."""
    counts = result.get("articles", {})
    table = Table(title=f"Framing, {result['folds']}-fold cross-validation ({result['encoder']}; "
                        f"{counts.get('semeval2023')} + {counts.get('semeval2025')} articles, {counts.get('mentions')} mentions)")
    repeated = result.get("repeated")
    floors = result.get("constant_baselines", {})
    columns = ["metric", "mean ± std", "target", "per fold", "constant answer"]
    if repeated:
        columns.append(f"mean over {len(repeated['seeds'])} fold seeds (min–max)")
    for col in columns:
        table.add_column(col, justify="left" if col == "metric" else "right")
    for name, m in result["metrics"].items():
        target = result.get("targets", {}).get(name)
        row = [name, f"{m['mean']:.3f} ± {m['std']:.3f}", f"≥ {target:.2f}" if target else "—",
               " ".join(f"{v:.3f}" for v in m["folds"]),
               f"{floors[name]['mean']:.3f}" if name in floors else "—"]
        if repeated:
            r = repeated["metrics"][name]
            row.append(f"{r['mean']:.3f} ({r['min']:.3f}–{r['max']:.3f})")
        table.add_row(*row)
    by_language = result.get("frames_by_language")
    if not by_language:
        return table
    languages = Table(title="Frames micro-F1 on the other languages (their own folds; every English article in training)")
    for col in ("language", "articles", "mean ± std", "per fold", "best constant"):
        languages.add_column(col, justify="left" if col == "language" else "right")
    for lang, row in by_language.items():
        m = row["frames_micro_f1"]
        languages.add_row(lang, str(row["articles"]), f"{m['mean']:.3f} ± {m['std']:.3f}",
                          " ".join(f"{v:.3f}" for v in m["folds"]), f"{row['best_constant_frames_micro_f1']:.3f}")
    return Group(table, languages)
