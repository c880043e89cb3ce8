"""Terminal sections for persuasion: techniques per family, top spans, definitions; eval tables."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from unspun.analysis import Analysis
from unspun.persuasion.definitions import DEFINITIONS
from unspun.persuasion.labels import FAMILIES, FAMILY_OF
from unspun.report.terminal import safe

TOP_SPANS = 10
_PREVIEW = 100


def persuasion_section(analysis: Analysis) -> RenderableType | None:
    """Counts per family and technique, the most confident spans, and what each technique is."""
    if analysis.techniques is None:
        return None
    if "persuasion" in analysis.withheld:
        reason = analysis.withheld["persuasion"]
        return Panel(Text(reason[:1].upper() + reason[1:] + ".", style="dim"), title="Persuasion techniques")
    spans = analysis.techniques
    para_counts: Counter[str] = Counter(
        t.technique for p in (analysis.paragraph_techniques or []) for t in p.techniques
    )
    span_counts: Counter[str] = Counter(s.technique for s in spans)
    if not spans and not para_counts:
        return Panel(Text("No persuasion technique found."), title="Persuasion techniques")
    table = Table(show_header=True, header_style="bold", box=None)
    table.add_column("family / technique")
    table.add_column("spans", justify="right")
    table.add_column("paragraphs", justify="right")
    for family, techs in FAMILIES.items():
        fam_spans = sum(span_counts[t] for t in techs)
        fam_paras = sum(para_counts[t] for t in techs)
        if not fam_spans and not fam_paras:
            continue
        table.add_row(Text(family, style="bold"), str(fam_spans), str(fam_paras))
        for t in techs:
            if span_counts[t] or para_counts[t]:
                table.add_row(Text("  " + t), str(span_counts[t]), str(para_counts[t]))
    quotes_unknown = "quotes" in analysis.withheld  # no quotes looked for: whose words they are is not known
    top = Table(show_header=True, header_style="bold", box=None)
    top.add_column("technique")
    top.add_column("conf.", justify="right")
    top.add_column("text")
    top.add_column("whose words")
    for s in sorted(spans, key=lambda s: -s.confidence)[:TOP_SPANS]:
        text = safe(s.text.replace("\n", " "))
        if len(text) > _PREVIEW:
            text = text[: _PREVIEW - 1] + "…"
        whose = f"quoting {safe(s.quoted_from)}" if s.quoted_from else "not known" if quotes_unknown else "the article"
        top.add_row(Text(s.technique), f"{s.confidence:.2f}", Text(text, style="italic"), Text(whose, style="dim"))
    found = [t for techs in FAMILIES.values() for t in techs if span_counts[t] or para_counts[t]]
    defs = Group(
        *(
            Text.assemble((t, "bold"), f" ({FAMILY_OF[t]}): {DEFINITIONS[t].definition} ", ("e.g. " + DEFINITIONS[t].example, "dim"))
            for t in found
        )
    )
    parts: list[RenderableType] = [table]
    if "techniques" in analysis.withheld:  # paragraph labels only (spans not measured in this language)
        reason = analysis.withheld["techniques"]
        parts.append(Text(safe("Spans " + reason + "."), style="dim"))
    quoted = sum(1 for s in spans if s.quoted_from)
    if quoted:
        parts.append(Text(f"{quoted} of {len(spans)} spans are in quoted words: the sources' language, not the article's.",
                          style="dim"))
    if spans:
        parts += [Text("Most confident spans", style="bold"), top]
    parts += [Text("What they are", style="bold"), defs]
    return Panel(Group(*parts), title="Persuasion techniques")


def eval_tables(result: dict[str, Any]) -> RenderableType:
    """The scores of ``unspun eval persuasion`` as tables."""
    head = Text()
    m, p = result["span_micro"], result["paragraph_micro"]
    head.append(
        f"SemEval-2023 English dev ({result['n_articles']} articles)\n"
        f"spans (partial credit): P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}\n"
        f"paragraphs: micro-F1 {p['f1']:.3f} (P {p['precision']:.3f} R {p['recall']:.3f})  macro-F1 {result['paragraph_macro_f1']:.3f}\n"
    )
    if result.get("ptc_tc"):
        head.append(f"PTC dev technique classification (gold spans): micro-F1 {result['ptc_tc']['f1']:.3f}\n")
    for lang, sc in result.get("other_languages", {}).items():
        head.append(f"{lang} dev paragraphs: micro-F1 {sc['micro']['f1']:.3f}  macro-F1 {sc['macro_f1']:.3f}\n")
    table = Table(show_header=True, header_style="bold", box=None)
    for col in ("technique", "span P", "span R", "span F1", "gold spans", "para F1", "gold paras"):
        table.add_column(col, justify="left" if col == "technique" else "right")
    for t in result["span_per_technique"]:
        s = result["span_per_technique"][t]
        q = result["paragraph_per_technique"].get(t, {"f1": 0.0, "n_gold": 0})
        table.add_row(t, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["n_gold"]), f"{q['f1']:.3f}", str(q["n_gold"]))
    return Group(head, table)
