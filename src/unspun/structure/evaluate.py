"""Measure the structure stage on labelled lines: precision, recall and F1 per kind.

A fixture is a ``.tsv`` file, one paragraph per line: ``kind<TAB>text``. The
fixtures are invented articles written for unspun (``tests/fixtures/structure``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from unspun.article import PARAGRAPH_KINDS
from unspun.errors import InputError
from unspun.structure.classify import classify_lines


def read_fixture(path: Path) -> tuple[list[str], list[str]]:
    """The gold kinds and the lines of one fixture file."""
    kinds, lines = [], []
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not row.strip():
            continue
        kind, sep, line = row.partition("\t")
        if not sep or kind not in PARAGRAPH_KINDS or not line.strip():
            raise InputError(f"{path}:{number}: expected 'kind<TAB>text' with kind one of {', '.join(PARAGRAPH_KINDS)}")
        kinds.append(kind)
        lines.append(line.strip())
    return kinds, lines


def score(gold: list[str], predicted: list[str]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per kind."""
    result: dict[str, dict[str, float]] = {}
    for kind in PARAGRAPH_KINDS:
        tp = sum(1 for g, p in zip(gold, predicted) if g == p == kind)
        n_pred = sum(1 for p in predicted if p == kind)
        n_gold = sum(1 for g in gold if g == kind)
        precision = tp / n_pred if n_pred else 1.0
        recall = tp / n_gold if n_gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
    return result


def evaluate_folder(folder: Path) -> dict[str, Any]:
    """Score every fixture in ``folder`` together; also list the lines that were wrong."""
    files = sorted(folder.glob("*.tsv"))
    if not files:
        raise InputError(f"{folder}: no .tsv fixture files")
    gold: list[str] = []
    predicted: list[str] = []
    errors: list[dict[str, str]] = []
    for path in files:
        kinds, lines = read_fixture(path)
        guess = classify_lines(lines)
        gold += kinds
        predicted += guess
        errors += [
            {"file": path.name, "gold": k, "predicted": g, "line": line[:80]}
            for k, g, line in zip(kinds, guess, lines)
            if k != g
        ]
    return {"files": len(files), "lines": len(gold), "per_kind": score(gold, predicted), "errors": errors}
