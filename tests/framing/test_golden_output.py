"""The shipped heads on the shipped encoder give the recorded scores for an invented article.

Regenerate after retraining: python tests/framing/golden/make_golden.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from unspun.framing.model import MODEL_DIR

GOLDEN = Path(__file__).resolve().parent / "golden" / "framing_v1.json"


def _maker():
    spec = importlib.util.spec_from_file_location("make_golden", GOLDEN.parent / "make_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.skipif(not GOLDEN.exists() or not (MODEL_DIR / "heads.npz").exists(), reason="no golden file yet")
def test_scores_match_the_recorded_golden_output() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    maker = _maker()
    assert golden["text"] == maker.TEXT
    now = maker.outputs()
    assert now["encoder"] == golden["encoder"], "heads retrained: regenerate the golden file"
    for key in ("genre", "frames", "domain", "narratives"):
        assert np.allclose(now[key], golden[key], atol=2e-3), key
