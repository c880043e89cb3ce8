"""``unspun eval claims``: the shipped scorer on CLEF blocks, cross-validation, and quantity fixtures.

* :func:`evaluate_shipped` scores the shipped ONNX model (trained on all of
  ClaimBuster, so every CLEF sentence is unseen) on each contiguous CLEF block:
  positive-class F1 at the model's threshold and average precision of the ranking.
* :func:`unspun.claims.train.cross_validate` (train extra) refits a candidate on
  the fixed ClaimBuster folds; ``unspun eval claims --cv frozen|finetuned`` runs it.
* :func:`score_quantity_fixtures` measures quantity extraction against a JSON
  Lines file of hand-labelled sentences: a found quantity counts as correct only
  when its span, value, low, high, unit and bound all equal the label.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from unspun.claims.data import claimbuster_folds, contiguous_blocks, read_claimbuster, read_clef
from unspun.claims.metrics import average_precision, positive_f1
from unspun.errors import InputError


def evaluate_shipped(data: Path, model_dir: Path | None = None) -> dict[str, Any]:
    """F1 and AP of the shipped model on every CLEF block, and their means (MAP)."""
    from unspun.claims.scorer import MODEL_DIR, ClaimScorer

    scorer = ClaimScorer(model_dir or MODEL_DIR, threads=2)
    clef = read_clef(data)
    scores = scorer.score(clef.texts)
    blocks = contiguous_blocks(len(clef.texts))
    rows = []
    for k in range(max(blocks) + 1):
        idx = [i for i, b in enumerate(blocks) if b == k]
        labels = [clef.labels[i] for i in idx]
        block_scores = [scores[i] for i in idx]
        f1 = positive_f1(labels, [int(s >= scorer.threshold) for s in block_scores])
        rows.append({"block": k, "rows": len(idx), "positives": f1.support, "precision": round(f1.precision, 4),
                     "recall": round(f1.recall, 4), "f1": round(f1.f1, 4),
                     "average_precision": round(average_precision(labels, block_scores), 4)})
    return {"set": "clef2020-task5-train (contiguous blocks, all unseen)", "threshold": scorer.threshold,
            "blocks": rows, "mean_f1": round(sum(r["f1"] for r in rows) / len(rows), 4),
            "map": round(sum(r["average_precision"] for r in rows) / len(rows), 4)}


def evaluate_holdout(data: Path, model_dir: Path | None = None) -> dict[str, Any] | None:
    """The shipped model on the ClaimBuster fold it was not trained on (None if it saw every fold).

    For a cascade, also each of its two models alone and the share of sentences scored twice.
    """
    from unspun.claims.scorer import MODEL_DIR, ClaimScorer

    scorer = ClaimScorer(model_dir or MODEL_DIR, threads=2)
    fold = scorer.config.get("holdout_fold")
    if fold is None:
        return None
    cb = read_claimbuster(data)
    idx = [i for i, f in enumerate(claimbuster_folds(cb.labels)) if f == fold]
    labels = [cb.labels[i] for i in idx]
    texts = [cb.texts[i] for i in idx]

    def figures(scores: list[float]) -> dict[str, Any]:
        f1 = positive_f1(labels, [int(s >= scorer.threshold) for s in scores])
        return {"precision": round(f1.precision, 4), "recall": round(f1.recall, 4), "f1": round(f1.f1, 4),
                "average_precision": round(average_precision(labels, scores), 4)}

    result = {"set": f"claimbuster fold {fold} (held out from training)", "rows": len(idx),
              "positives": sum(labels), **figures(scorer.score(texts))}
    if scorer.screen is not None:  # a cascade: each of its models alone too, and the share it scores twice
        screened = scorer.screen.score(texts)
        low, high = scorer.band
        result["screen_alone"] = figures(screened)
        result["model_alone"] = figures(scorer.score_alone(texts))
        result["rescored_share"] = round(sum(low < p < high for p in screened) / len(texts), 4)
    return result


def evaluate_claims(data: Path, cv: str | None = None, quantities: Path | None = None,
                    validation_share: float | None = None, cv_clef: bool = True,
                    base_model: Path | None = None) -> dict[str, Any]:
    """Everything ``unspun eval claims`` reports: shipped model on the held-out ClaimBuster fold and on
    CLEF blocks; optionally a cross-validation run (``cv``: frozen or finetuned; needs the train extra)
    and the quantity fixture scores.

    ``validation_share`` replaces the recipe's share of training rows kept out for the threshold
    figures (0: train on every row of the training folds); ``cv_clef`` False skips the CLEF part of
    the cross-validation (for the fine-tuned candidate, one more training run on all of ClaimBuster);
    ``base_model`` fine-tunes that checkpoint folder instead of all-MiniLM-L6-v2.
    """
    if cv is not None and cv not in {"frozen", "finetuned"}:
        raise InputError(f"--cv {cv}: expected frozen or finetuned")
    if validation_share is not None and not 0.0 <= validation_share < 1.0:
        raise InputError(f"--validation-share {validation_share}: expected a share from 0 up to (not including) 1")
    if base_model is not None and cv != "finetuned":
        raise InputError("--base-model: only the finetuned cross-validation (--cv finetuned) fine-tunes a base model")
    result: dict[str, Any] = {"claimbuster_holdout": evaluate_holdout(data), "clef": evaluate_shipped(data)}
    if cv is not None:
        from dataclasses import replace

        from unspun.claims.train import RECIPE, cross_validate

        recipe = RECIPE if validation_share is None else replace(RECIPE, validation_share=validation_share)
        if base_model is not None:
            recipe = replace(recipe, base_model=str(base_model))
        sets = ("claimbuster", "clef") if cv_clef else ("claimbuster",)
        result["cross_validation"] = cross_validate(data, cv, sets=sets, recipe=recipe)  # type: ignore[arg-type]
    if quantities is not None:
        result["quantities"] = score_quantity_fixtures(quantities)
    return result


def _key(start: int, end: int, q: dict[str, Any]) -> tuple[Any, ...]:
    def num(v: Any) -> float | None:
        return None if v is None else round(float(v), 6)

    return (start, end, num(q["value"]), num(q["low"]), num(q["high"]), q["unit"], q["bound"])


def score_quantity_fixtures(path: Path) -> dict[str, Any]:
    """Precision and recall of quantity extraction on a labelled JSON Lines fixture file."""
    from unspun.claims.quantities import extract_quantities
    from unspun.nlp import load_spacy

    if not Path(path).is_file():
        raise InputError(f"{path}: fixture file not found; pass a JSON Lines file of labelled sentences")
    nlp = load_spacy()
    tp = fp = fn = 0
    errors: list[str] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        gold = set()
        for q in item["quantities"]:
            start = text.find(q["text"])
            if start < 0:
                raise InputError(f"{path}:{number}: {q['text']!r} is not in the sentence")
            gold.add(_key(start, start + len(q["text"]), q))
        found = extract_quantities(text, list(nlp(text)), 0)
        predicted = {_key(q.start, q.end, q.__dict__) for q in found}
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        errors += [f"extra {text[k[0]:k[1]]!r} {k[2:]}" for k in predicted - gold]
        errors += [f"missed {text[k[0]:k[1]]!r} {k[2:]}" for k in gold - predicted]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"file": str(path), "labelled": tp + fn, "found": tp + fp, "correct": tp,
            "precision": round(precision, 4), "recall": round(recall, 4), "errors": errors}
