"""The layers of the HTML report: one small function per Analysis key.

A layer function takes the :class:`ReportContext` and returns a :class:`Layer`
(its marks in the article text and its side-panel section), or ``None`` when the
key it renders is absent from the analysis (its stage did not run). Adding an
analysis to the report is adding one function to :data:`LAYERS`.

The functions read the analysis as a plain dict (``Analysis.to_dict()``), so the
report renders keys that other stages add before the pydantic model knows them,
and tolerates small differences in their shape (a label may be a string or a
dict with ``label``/``name``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from jinja2 import Environment
from markupsafe import Markup

from unspun.report.html_spans import Mark

FAMILY_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
"""Okabe-Ito: distinguishable with the common colour-vision deficiencies."""
SPEAKER_COLOURS = ("#77AADD", "#EE8866", "#EEDD88", "#44BB99", "#FFAABB", "#BBCC33", "#99DDFF", "#AAAA00")
"""Paul Tol's 'light' scheme, for quote shading, reordered so neighbours in a roster differ most."""
OTHER_SPEAKER = "#BBBBBB"


def palette_css() -> str:
    """The CSS rules that give each family and speaker class its colour (one source of truth)."""
    fams = " ".join(f".fam{i} {{ --c: {c}; }}" for i, c in enumerate(FAMILY_COLOURS))
    spks = " ".join(f".spk{i} {{ --s: {c}; }}" for i, c in enumerate(SPEAKER_COLOURS))
    return f"{fams}\n{spks} .spk-other {{ --s: {OTHER_SPEAKER}; }}\n"


@dataclass
class ReportContext:
    """What every layer reads: the analysis dict, the text, technique definitions, templates."""

    data: Mapping[str, Any]
    technique_info: Mapping[str, Mapping[str, Any]]
    env: Environment
    script_data: dict[str, Any] = field(default_factory=dict)
    """Data the page's script needs (technique popups); layers add to it."""

    @property
    def text(self) -> str:
        return str(self.data["article"]["text"])

    def macro(self, name: str) -> Callable[..., Markup]:
        """A macro of templates/panels.html.j2 (autoescaped, returns Markup)."""
        return getattr(self.env.get_template("panels.html.j2").module, name)  # type: ignore[no-any-return]


@dataclass
class Layer:
    """What one analysis contributes to the report."""

    key: str
    label: str
    marks: list[Mark] = field(default_factory=list)
    panel: Markup | None = None
    toggle: bool = True
    """Whether the side panel offers a show/hide switch (layers with marks)."""
    paragraph_notes: dict[int, list[str]] = field(default_factory=dict)
    """Short labels shown beside a paragraph (paragraph-level techniques)."""


def label_of(item: Any) -> str:
    """A display label for a string or a dict from a stage whose shape may vary."""
    if isinstance(item, Mapping):
        for key in ("label", "name", "technique", "frame", "narrative", "genre", "entity", "text"):
            if item.get(key):
                return str(item[key])
        return ", ".join(f"{k}: {v}" for k, v in item.items() if isinstance(v, (str, int, float)))
    return str(item)


def score_of(item: Any) -> float | None:
    """The score or confidence of a dict item, if it has one."""
    if isinstance(item, Mapping):
        for key in ("score", "confidence", "probability", "share", "weight"):
            value = item.get(key)
            if isinstance(value, (int, float)):
                return float(value)
    return None


def _speaker_colours(data: Mapping[str, Any]) -> dict[str, int]:
    """Palette index per speaker name, the most quoted first."""
    sources = data.get("sources") or []
    if sources:
        names = [s["name"] for s in sorted(sources, key=lambda s: -float(s.get("share", 0)))]
    else:
        counts = Counter((q.get("speaker") or {}).get("name") for q in data.get("quotes") or [])
        names = [n for n, _ in counts.most_common() if n]
    return {name: i for i, name in enumerate(names) if i < len(SPEAKER_COLOURS)}


_QUOTE_KINDS = {"direct": "Quote", "partial": "Partial quote", "indirect": "Reported speech", "social_post": "Pasted post"}


def withheld_layer(ctx: ReportContext, stage: str, key: str, title: str) -> Layer | None:
    """The reason a stage gave instead of findings (a language it was not built for, a text too short)."""
    reason = (ctx.data.get("withheld") or {}).get(stage)
    if not isinstance(reason, str):
        return None
    return Layer(key, title, panel=ctx.macro("withheld")(key=key, title=title, reason=reason), toggle=False)


def quotes_layer(ctx: ReportContext) -> Layer | None:
    """Quotes shaded by speaker (name on hover and focus); the source roster as a bar chart."""
    quotes = ctx.data.get("quotes")
    if quotes is None:
        return None
    if (withheld := withheld_layer(ctx, "quotes", "quotes", "Sources")) is not None:
        return withheld
    colour = _speaker_colours(ctx.data)
    marks = []
    for q in quotes:
        name = (q.get("speaker") or {}).get("name") or "unattributed"
        index = colour.get(name)
        kind = str(q.get("kind", "quote"))
        # a non-answer is the reporter's sentence about a refusal, not the source's words: not shaded as a quote
        classes = ("nonanswer",) if kind == "non_answer" else (f"spk{index}" if index is not None else "spk-other",)
        title = f"{name} did not answer" if kind == "non_answer" else f"{_QUOTE_KINDS.get(kind, kind)} by {name}"
        marks.append(Mark(
            q["start"], q["end"], "quote", classes, attrs=(("data-speaker", name), ("title", title)),
            first_attrs=(("tabindex", "0"),),
        ))
    sources = ctx.data.get("sources") or []
    rows = [
        (s["name"], float(s.get("share", 0)), f"{100 * float(s.get('share', 0)):.0f}%",
         SPEAKER_COLOURS[colour[s["name"]]] if s["name"] in colour else OTHER_SPEAKER)
        for s in sorted(sources, key=lambda s: -float(s.get("share", 0)))
    ]
    panel = ctx.macro("roster")(rows=rows, sources=sources, quote_count=len(quotes))
    return Layer("quotes", "Quotes", marks, panel)


def claims_layer(ctx: ReportContext) -> Layer | None:
    """Claims underlined with their check-worthiness score; the claims list, best first."""
    claims = ctx.data.get("claims")
    if claims is None:
        return None
    if (withheld := withheld_layer(ctx, "claims", "claims", "Claims")) is not None:
        return withheld
    marks = []
    for i, c in enumerate(claims):
        score = f"{float(c['score']):.2f}"
        badge = Markup('<sup class="claim-score" aria-label="check-worthiness {0}">{0}</sup>').format(score)
        marks.append(Mark(
            c["start"], c["end"], "claim", attrs=(("data-score", score), ("title", f"Claim, check-worthiness {score}")),
            first_attrs=(("id", f"claim-{i}"), ("tabindex", "0")), suffix=badge, priority=-1,
        ))
    ranked = sorted(enumerate(claims), key=lambda ic: -float(ic[1]["score"]))
    return Layer("claims", "Claims", marks, ctx.macro("claims")(ranked=ranked))


def numbers_layer(ctx: ReportContext) -> Layer | None:
    """Numbers found in claims, marked in the text (no panel)."""
    claims = ctx.data.get("claims")
    if claims is None:
        return None
    marks = [
        Mark(n["start"], n["end"], "num", attrs=(("title", number_title(n)),),
             priority=20)
        for c in claims for n in c.get("quantities") or []
    ]
    return Layer("numbers", "Numbers", marks)


_BOUND_WORDS = {"exact": "", "at_least": "at least ", "at_most": "at most ", "range": ""}


def number_title(n: Mapping[str, Any]) -> str:
    """``Number: at most 40,000 commuters`` or ``Date: 2026-03``: the reading of a number, in words."""
    if n.get("unit") == "date" or n.get("date"):
        return f"Date: {n.get('date') or n.get('text', '')}"

    def shown(v: Any) -> str:
        return f"{v:,.10g}" if isinstance(v, (int, float)) else str(v)

    if n.get("bound") == "range" and n.get("low") is not None and n.get("high") is not None:
        value = f"{shown(n['low'])} to {shown(n['high'])}"
    else:
        value = shown(n.get("value") if n.get("value") is not None else n.get("low", n.get("high", n.get("text", ""))))
    unit = n.get("unit") or ""
    return f"Number: {_BOUND_WORDS.get(str(n.get('bound')), '')}{value} {unit}".strip()


def _technique_entry(item: Mapping[str, Any], info: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    known = info.get(str(item.get("technique")), {})
    return {
        "technique": str(item.get("technique")),
        "family": str(item.get("family") or "other"),
        "text": str(item.get("text", "")),
        "confidence": item.get("confidence"),
        "definition": known.get("definition", item.get("definition")),
        "example": known.get("example", item.get("example")),
        "dev_score": known.get("dev_score", item.get("dev_score")),
        "dev_metric": known.get("dev_metric", item.get("dev_metric", "F1")),
        "label": known.get("label", item.get("label", str(item.get("technique")))),
        "quoted_from": item.get("quoted_from"),
        "whose_words_known": True,
    }


def family_colours(present: set[str]) -> dict[str, int]:
    """Palette index per family: fixed for the known families (same colour in every report)."""
    try:
        from unspun.persuasion.labels import FAMILIES

        known = list(FAMILIES)
    except ImportError:
        known = []
    order = known + sorted(present - set(known))
    return {f: order.index(f) % len(FAMILY_COLOURS) for f in present}


def techniques_layer(ctx: ReportContext) -> Layer | None:
    """Persuasion spans, a colour per family; a click shows definition, confidence, dev score."""
    techniques = ctx.data.get("techniques")
    if techniques is None:
        return None
    if (withheld := withheld_layer(ctx, "persuasion", "techniques", "Persuasion techniques")) is not None:
        return withheld
    entries = [_technique_entry(t, ctx.technique_info) for t in techniques]
    if "quotes" in (ctx.data.get("withheld") or {}) or ctx.data.get("quotes") is None:
        for entry in entries:  # no quotes looked for: whether a span is a source's words is not known
            entry["whose_words_known"] = False
    fam_index = family_colours({e["family"] for e in entries})
    marks = [
        Mark(t["start"], t["end"], "tech", (f"fam{fam_index[e['family']]}",),
             attrs=(("data-t", str(i)), ("title", f"{e['label']} ({e['family']})")),
             first_attrs=(("tabindex", "0"), ("role", "button")), priority=10, stacked=True)
        for i, (t, e) in enumerate(zip(techniques, entries))
    ]
    ctx.script_data["techniques"] = entries
    counts = Counter(e["family"] for e in entries)
    rows = [(f, float(n), str(n), FAMILY_COLOURS[fam_index[f]]) for f, n in counts.most_common()]
    notes: dict[int, list[str]] = {}
    def chip(x: Any) -> str:
        """'Loaded language 0.90': the technique's display name (as in its popup) and confidence."""
        name = label_of(x)
        shown = str(ctx.technique_info.get(name, {}).get("label", name.replace("_", " ")))
        score = score_of(x)
        return f"{shown} {score:.2f}" if score is not None else shown

    for item in ctx.data.get("paragraph_techniques") or []:
        if isinstance(item, Mapping) and "paragraph" in item:
            labels = item.get("techniques") or item.get("labels") or [item.get("technique")]
            notes.setdefault(int(item["paragraph"]), []).extend(chip(x) for x in labels if x)
    spans_withheld = (ctx.data.get("withheld") or {}).get("techniques")
    return Layer("techniques", "Persuasion techniques", marks,
                 ctx.macro("techniques")(rows=rows, total=len(entries),
                                         spans_withheld=spans_withheld if isinstance(spans_withheld, str) else None),
                 paragraph_notes=notes)


FRAMING_KEYS = ("genre", "frames", "narratives", "entity_roles")


def _framing_reliability(language: Any = None) -> dict[str, str]:
    """How well each framing finding was measured to work (empty without the framing model)."""
    try:
        from unspun.framing.model import measured_scores
    except ImportError:
        return {}
    return measured_scores(language=language if isinstance(language, str) else None)


def _genre_rows(genre: Any) -> list[tuple[str, float | None]]:
    """(label, probability) for every genre, the chosen one first, as the terminal report shows them."""
    if isinstance(genre, Mapping) and isinstance(genre.get("scores"), Mapping):
        label = str(genre.get("label", ""))
        rows = [(str(k), float(v)) for k, v in genre["scores"].items() if isinstance(v, (int, float))]
        return sorted(rows, key=lambda r: (r[0] != label, -r[1]))
    return [(label_of(genre).replace("_", " "), score_of(genre))]


def _parts_withheld(withheld: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(findings, reason) for the framing findings not judged, one row per distinct reason."""
    groups: dict[str, list[str]] = {}
    for key, name in (("genre", "Genre"), ("narratives", "Narratives"), ("entity_roles", "Entity roles")):
        if isinstance(withheld.get(key), str):
            groups.setdefault(withheld[key], []).append(name)
    return [(", ".join(names), reason) for reason, names in groups.items()]


def framing_layer(ctx: ReportContext) -> Layer | None:
    """The summary: genre, top frames, narratives and entity roles (no marks in the text)."""
    present = {k: ctx.data[k] for k in FRAMING_KEYS if ctx.data.get(k) is not None}
    if not present:
        return None

    def ranked(items: Any, top: int = 5) -> list[tuple[str, float | None]]:
        rows = [(label_of(x).replace("_", " "), score_of(x)) for x in (items if isinstance(items, list) else [items])]
        return sorted(rows, key=lambda r: -(r[1] or 0.0))[:top]

    roles = []
    for item in present.get("entity_roles") or []:
        if isinstance(item, Mapping):
            role = item.get("role") or item.get("main_role") or ""
            if isinstance(role, list):
                role = ", ".join(label_of(r) for r in role)
            roles.append((str(item.get("entity") or item.get("name") or label_of(item)), label_of(role) if role else ""))
        else:
            roles.append((label_of(item), ""))
    panel = ctx.macro("summary")(
        genre=_genre_rows(present["genre"]) if "genre" in present else [],
        frames=ranked(present.get("frames") or []), narratives=ranked(present.get("narratives") or []),
        roles=roles, withheld=(ctx.data.get("withheld") or {}).get("framing"),
        parts_withheld=_parts_withheld(ctx.data.get("withheld") or {}),
        measured=_framing_reliability((ctx.data.get("article") or {}).get("language")),
    )
    return Layer("framing", "Summary", panel=panel, toggle=False)


LAYERS: list[Callable[[ReportContext], Layer | None]] = [
    framing_layer, quotes_layer, techniques_layer, claims_layer, numbers_layer,
]
"""Layers in side-panel order; append a function to add one."""
