"""What a report shows about each technique: label, family, definition, example and dev score.

The dev scores are the shipped model's measured figures, stored in its config
(``dev_scores``, copied from the per-technique table that ``unspun eval persuasion``
produced for the model card): span F1 on SemEval-2023 English dev where English has
gold spans, otherwise paragraph F1 on the other languages' dev.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from unspun.persuasion.definitions import DEFINITIONS
from unspun.persuasion.labels import FAMILY_OF, TECHNIQUES

MODEL_CONFIG = Path(__file__).resolve().parents[1] / "models" / "persuasion_v1" / "config.json"


@lru_cache(maxsize=1)
def technique_info() -> dict[str, dict[str, Any]]:
    """Per technique: ``label``, ``family``, ``definition``, ``example``, ``dev_score``, ``dev_metric``, ``marks_spans``."""
    try:
        config = json.loads(MODEL_CONFIG.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        config = {}
    dev = config.get("dev_scores", {})
    span_thresholds = config.get("span_thresholds", {})
    info: dict[str, dict[str, Any]] = {}
    for name in TECHNIQUES:
        d = DEFINITIONS[name]
        scores = dev.get(name, {})
        marks_spans = float(span_thresholds.get(name, 0.0)) <= 1.0
        if not marks_spans and scores.get("paragraph_f1_en_dev") is not None:
            score, metric = scores["paragraph_f1_en_dev"], "paragraph F1, SemEval-2023 English dev (spans not marked)"
        elif scores.get("span_f1_en_dev") is not None:
            score, metric = scores["span_f1_en_dev"], "span F1, SemEval-2023 English dev"
        elif scores.get("paragraph_f1_other_languages_dev") is not None:
            score, metric = scores["paragraph_f1_other_languages_dev"], "paragraph F1, fr/ge/it/po/ru dev (no English gold)"
        else:
            score, metric = None, "not measured"
        info[name] = {
            "label": name.replace("_", " ").replace("-", " / "),
            "family": FAMILY_OF[name],
            "definition": d.definition,
            "example": d.example,
            "dev_score": score,
            "dev_metric": metric,
            # False where tuning switched the technique's spans off (too unreliable to mark).
            "marks_spans": marks_spans,
        }
    return info
