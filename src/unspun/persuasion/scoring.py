"""Scores for persuasion techniques, in the style of the shared tasks' official scorers.

- Spans (SemEval-2020 Task 11 / SemEval-2021 Task 6 style, technique-aware, partial
  credit by character overlap): precision = Σ over predicted spans of |s ∩ g| / |s| for the
  gold spans g of the same article and technique, divided by the number of predicted spans;
  recall is the same with the roles swapped. Overlapping spans of one technique in one
  article are merged first, so no character counts twice.
- Paragraphs (SemEval-2023 Task 3 subtask 3): multi-label micro-F1 over (paragraph,
  technique) pairs, and macro-F1 = the mean of the per-technique F1 over the techniques
  that occur in the gold labels.
- Technique classification given gold spans (SemEval-2020 Task 11 TC): micro-F1, which is
  the accuracy when every gold span gets one prediction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable


@dataclass
class PRF:
    """Precision, recall and F1 with the counts they come from."""

    precision: float
    recall: float
    f1: float
    n_pred: int = 0
    n_gold: int = 0

    @classmethod
    def of(cls, p_num: float, n_pred: int, r_num: float, n_gold: int) -> "PRF":
        p = p_num / n_pred if n_pred else 0.0
        r = r_num / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(round(p, 4), round(r, 4), round(f, 4), n_pred, n_gold)


@dataclass
class SpanScores:
    micro: PRF
    per_technique: dict[str, PRF] = field(default_factory=dict)


# (article id, technique, start, end)
SpanRow = tuple[str, str, int, int]


def _merge(rows: Iterable[SpanRow]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    groups: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for aid, tech, s, e in rows:
        if e > s:
            groups[(aid, tech)].append((s, e))
    merged: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for key, spans in groups.items():
        spans.sort()
        out = [list(spans[0])]
        for s, e in spans[1:]:
            if s <= out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        merged[key] = [(a, b) for a, b in out]
    return merged


def _credit(spans: list[tuple[int, int]], other: list[tuple[int, int]]) -> float:
    """Σ over ``spans`` of the share of each span covered by ``other`` (both merged)."""
    total = 0.0
    for s, e in spans:
        inter = sum(max(0, min(e, oe) - max(s, os_)) for os_, oe in other)
        total += inter / (e - s)
    return total


def score_spans(gold: Iterable[SpanRow], pred: Iterable[SpanRow], techniques: Iterable[str]) -> SpanScores:
    """Technique-aware span P/R/F1 with partial credit, micro and per technique."""
    g, p = _merge(gold), _merge(pred)
    per: dict[str, list[float]] = {t: [0.0, 0, 0.0, 0] for t in techniques}  # type: ignore[misc]
    for key in set(g) | set(p):
        tech = key[1]
        if tech not in per:
            per[tech] = [0.0, 0, 0.0, 0]
        gs, ps = g.get(key, []), p.get(key, [])
        per[tech][0] += _credit(ps, gs)
        per[tech][1] += len(ps)
        per[tech][2] += _credit(gs, ps)
        per[tech][3] += len(gs)
    scores = {t: PRF.of(v[0], int(v[1]), v[2], int(v[3])) for t, v in per.items()}
    tot = [sum(v[i] for v in per.values()) for i in range(4)]
    return SpanScores(PRF.of(tot[0], int(tot[1]), tot[2], int(tot[3])), scores)


@dataclass
class ParagraphScores:
    micro: PRF
    macro_f1: float
    per_technique: dict[str, PRF] = field(default_factory=dict)


def score_paragraphs(
    gold: dict[tuple[str, int], set[str]], pred: dict[tuple[str, int], set[str]], techniques: Iterable[str]
) -> ParagraphScores:
    """Micro- and macro-F1 over the gold paragraphs (a paragraph missing from ``pred`` has no labels)."""
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in techniques}  # tp, fp, fn
    for key, g in gold.items():
        p = pred.get(key, set())
        for t in g | p:
            c = counts.setdefault(t, [0, 0, 0])
            if t in g and t in p:
                c[0] += 1
            elif t in p:
                c[1] += 1
            else:
                c[2] += 1
    per = {t: PRF.of(c[0], c[0] + c[1], c[0], c[0] + c[2]) for t, c in counts.items()}
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    micro = PRF.of(tp, tp + fp, tp, tp + fn)
    present = [t for t, c in counts.items() if c[0] + c[2] > 0]
    macro = round(sum(per[t].f1 for t in present) / len(present), 4) if present else 0.0
    return ParagraphScores(micro, macro, per)


def score_classification(gold: list[str], pred: list[str]) -> PRF:
    """Micro-F1 of one label per gold span (= accuracy when every span is predicted)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
    right = sum(g == p for g, p in zip(gold, pred))
    return PRF.of(right, len(pred), right, len(gold))
