"""Turn a paragraph and its (possibly overlapping) marks into escaped, well-nested HTML.

Layers mark character ranges of the article (a technique, a quote, a claim, a
number). Ranges overlap freely, but HTML elements must nest; so a paragraph is cut
at every mark boundary and each piece is wrapped in one element per mark that
covers it, outermost first. A mark split into several pieces keeps the same
``data-*`` attributes on each piece, so clicking any piece finds the mark; only its
first piece gets the ``first_attrs`` (an ``id``, a ``tabindex``), so keyboard users
tab to each mark once.

Every character of article text and every attribute value goes through
:func:`markupsafe.escape`; nothing from the article reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

MAX_LEVEL = 3
"""Overlapping techniques get stacked underline bars, up to this many levels."""


@dataclass(frozen=True)
class Mark:
    """One highlighted range of the article, rendered as an inline element per piece."""

    start: int
    end: int
    layer: str
    """The layer's key; also the CSS class, so a layer toggle can hide its marks."""
    classes: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()
    """Attributes on every piece (``data-*``, ``title``); values are escaped here."""
    first_attrs: tuple[tuple[str, str], ...] = ()
    """Attributes on the first piece only (``id``, ``tabindex``, ``role``)."""
    suffix: Markup | None = None
    """Markup placed right after the mark's last piece (a claim's score badge)."""
    priority: int = 0
    """Nesting order for marks that cover the same piece: lower is outer."""
    stacked: bool = False
    """Marks of a stacked layer get a level class (``lv0``..) so nested bars stay visible."""
    _order: int = field(default=0, compare=False)


def _attributes(pairs: tuple[tuple[str, str], ...]) -> Markup:
    return Markup("").join(Markup(' {}="{}"').format(Markup(name), escape(value)) for name, value in pairs)


def _open(mark: Mark, first: bool, level: int | None) -> Markup:
    classes = [mark.layer, *mark.classes]
    if level is not None:
        classes.append(f"lv{min(level, MAX_LEVEL)}")
    attrs = mark.attrs + (mark.first_attrs if first else ())
    return Markup('<span class="{}"{}>').format(" ".join(classes), _attributes(attrs))


def render_marked(text: str, start: int, end: int, marks: list[Mark], seen: set[int]) -> Markup:
    """The escaped HTML of ``text[start:end]`` with every mark that overlaps it.

    ``seen`` holds ids (``id(mark)``) of marks whose first piece was already
    written (in an earlier paragraph); it is updated in place.
    """
    clipped = [
        (max(m.start, start), min(m.end, end), m)
        for m in marks
        if m.start < end and m.end > start and m.start < m.end
    ]
    cuts = sorted({start, end, *(a for a, _, _ in clipped), *(b for _, b, _ in clipped)})
    out: list[Markup] = []
    for a, b in zip(cuts, cuts[1:]):
        active = sorted(
            ((ca, cb, m) for ca, cb, m in clipped if ca <= a and cb >= b),
            key=lambda item: (item[2].priority, item[2].start, -item[2].end, item[2]._order),
        )
        stacked = [m for _, _, m in active if m.stacked]
        for _, _, mark in active:
            level = len(stacked) - 1 - stacked.index(mark) if mark.stacked else None
            out.append(_open(mark, id(mark) not in seen, level))
            seen.add(id(mark))
        out.append(escape(text[a:b]))
        for _, _, mark in reversed(active):
            out.append(Markup("</span>"))
            if mark.suffix is not None and b == mark.end:
                out.append(mark.suffix)
    return Markup("").join(out)


def numbered(marks: list[Mark]) -> list[Mark]:
    """The marks with a stable tie-breaking order (their position in the list)."""
    return [
        Mark(m.start, m.end, m.layer, m.classes, m.attrs, m.first_attrs, m.suffix, m.priority, m.stacked, i)
        for i, m in enumerate(marks)
    ]
