"""Score the quotes stage on PolNeAR (BRAT standoff attribution relations).

PolNeAR marks every attribution (speech, beliefs, intentions). We score the
relations whose content carries a quotation mark, against the stage's direct and
partial quotes:

* a predicted quote matches a gold content when they overlap by at least half of
  the shorter of the two; precision counts predicted quotes that match a gold
  content, recall counts gold contents matched by a predicted quote;
* speaker accuracy, among matched pairs: the predicted speaker mention overlaps
  the gold source span, or the predicted name and the gold source share a word
  (possessive endings dropped: a gold source "Ryan’s view" names Ryan).

An article annotated by several annotators is scored against the annotation file
whose name sorts first. The data are read from the folder given (never copied).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from unspun.article import Article
from unspun.errors import InputError

_QUOTED = re.compile(r"[\"“”«»]|‘[^’]+’")
_POSSESSIVE = re.compile(r"[’']s$")
_STOP = frozenset("the a an of and to in for on mr mrs ms dr sen rep gov his her their its 's".split())


@dataclass
class Attribution:
    """One gold attribution: content segments and source segments (article offsets)."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""


def _segments(spec: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in spec.split(";"))]


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one ``.ann`` file (T lines joined by their E line)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, spec = parts[1].partition(" ")
            spans[parts[0]] = (label, _segments(spec), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out: list[Attribution] = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        source = spans.get(ev.get("Source", ""))
        out.append(Attribution(spans[ev["Content"]][1], source[1] if source else [], source[2] if source else ""))
    return out


def load_split(folder: Path, split: str = "dev") -> Iterator[tuple[str, str, list[Attribution]]]:
    """(name, text, attributions) for every article of a PolNeAR split."""
    text_dir, ann_dir = folder / split / "text", folder / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(
            f"{folder}: no PolNeAR {split} split here (expected {split}/text and {split}/attributions); "
            "pass the PolNeAR folder, e.g. ../shared/datasets/polnear"
        )
    for text_path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{text_path.stem}_*.ann")) or sorted(ann_dir.glob(f"{text_path.stem}.ann"))
        if not anns:
            continue
        yield text_path.stem, text_path.read_text(encoding="utf-8"), read_ann(anns[0])


def is_quoted(text: str, attribution: Attribution) -> bool:
    """True when the attribution's content carries a quotation mark."""
    return any(_QUOTED.search(text[a:b]) for a, b in attribution.content)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(pred: tuple[int, int], gold: list[tuple[int, int]]) -> bool:
    shorter = min(pred[1] - pred[0], sum(b - a for a, b in gold))
    return shorter > 0 and sum(_overlap(pred, seg) for seg in gold) >= 0.5 * shorter


def _name_words(text: str) -> set[str]:
    """Lower-cased words of a name; a possessive ending is dropped (gold "Ryan’s" names Ryan)."""
    words = (w.lower().strip(".,’'\"“”()") for w in text.split())
    return {_POSSESSIVE.sub("", w) for w in words} - _STOP - {""}


def _speaker_ok(quote: Any, gold: Attribution) -> bool:
    sp = quote.speaker
    if sp is None or not gold.source:
        return False
    if sp.mention is not None and any(_overlap((sp.mention.start, sp.mention.end), s) > 0 for s in gold.source):
        return True
    return bool(_name_words(sp.name) & _name_words(gold.source_text))


def score_article(text: str, gold: list[Attribution], quotes: list[Any]) -> dict[str, int]:
    """Counts for one article: predicted, gold, matched predictions, matched gold, right speakers."""
    gold_q = [g for g in gold if is_quoted(text, g)]
    preds = [q for q in quotes if q.kind in ("direct", "partial")]
    tp_pred = sum(1 for q in preds if any(_matches((q.start, q.end), g.content) for g in gold_q))
    tp_gold = 0
    right = 0
    sourceless = 0
    for g in gold_q:
        hits = [q for q in preds if _matches((q.start, q.end), g.content)]
        if hits:
            tp_gold += 1
            sourceless += not g.source
            best = max(hits, key=lambda q: sum(_overlap((q.start, q.end), s) for s in g.content))
            right += _speaker_ok(best, g)
    return {"predicted": len(preds), "gold": len(gold_q), "tp_pred": tp_pred, "tp_gold": tp_gold, "speaker_right": right,
            "matched_without_gold_source": sourceless}


def evaluate_polnear(folder: Path, split: str = "dev", limit: int | None = None, spacy_model: str | None = None) -> dict[str, Any]:
    """Precision, recall, F1 and speaker accuracy of the quotes stage on a PolNeAR split."""
    from unspun.pipeline import Analyzer
    from unspun.quotes.stage import QuoteStage
    from unspun.structure import StructureStage

    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: PolNeAR folder not found; pass its path, e.g. ../shared/datasets/polnear")
    items = list(load_split(folder, split))[:limit]
    if not items:
        raise InputError(f"{folder}: no annotated articles in the {split} split")
    analyzer = Analyzer(stages=[StructureStage(), QuoteStage()], spacy_model=spacy_model)
    totals = {"predicted": 0, "gold": 0, "tp_pred": 0, "tp_gold": 0, "speaker_right": 0, "matched_without_gold_source": 0}
    started = time.perf_counter()
    articles = [Article.from_text(text, id=name) for name, text, _ in items]
    for (name, text, gold), analysis in zip(items, analyzer.pipe(articles)):
        counts = score_article(text, gold, analysis.quotes or [])
        for k, v in counts.items():
            totals[k] += v
    p = totals["tp_pred"] / totals["predicted"] if totals["predicted"] else 0.0
    r = totals["tp_gold"] / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = totals["speaker_right"] / totals["tp_gold"] if totals["tp_gold"] else 0.0
    # Gold attributions with no source span can never be judged right: the measure counts
    # them as misses (``speaker_accuracy``); the figure among those that name a source is given beside it.
    with_source = totals["tp_gold"] - totals["matched_without_gold_source"]
    acc_with_source = totals["speaker_right"] / with_source if with_source else 0.0
    return {"split": split, "articles": len(items), **totals, "precision": p, "recall": r, "f1": f1,
            "speaker_accuracy": acc, "speaker_accuracy_where_gold_names_a_source": acc_with_source,
            "seconds": round(time.perf_counter() - started, 2)}
