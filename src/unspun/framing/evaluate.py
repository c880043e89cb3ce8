"""``unspun eval framing``: 5-fold cross-validation of the framing heads, and optionally retraining.

The encoder is the shared one (the persuasion model's, ``models/persuasion_v1`` unless
another folder is named); its token states are cached under ``--cache`` so that a
second run only refits the heads.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path

from unspun.framing.encoding import SharedEncoder
from unspun.framing.features import DEFAULT_CACHE
from unspun.framing.model import MODEL_DIR
from unspun.framing.fit import SEED
from unspun.framing.train import cross_validate, cross_validate_languages, load_data, repeated_summary, train_all

log = logging.getLogger(__name__)

TARGETS = {
    "genre_macro_f1": 0.70,
    "frames_micro_f1": 0.62,
    "narratives_f1_samples": 0.55,
    "subnarratives_f1_samples": 0.45,
    "main_role_accuracy": 0.88,
    "fine_roles_exact_match": None,
}


def evaluate_framing(semeval2023: Path, semeval2025: Path, encoder_dir: Path | None = None, folds: int = 5,
                     cache: Path | None = DEFAULT_CACHE, save: Path | None = None, repeats: int = 1,
                     multi: Path | None = None) -> dict:
    """Cross-validated scores (mean, std, per fold) of every framing head; ``save`` retrains on all.

    With ``multi`` (the other languages' SemEval-2023 folder) the frames head also learns
    from their frame-labelled articles, and ``result["frames_by_language"]`` holds its
    cross-validated micro-F1 on each of those languages.

    With ``repeats`` > 1 the cross-validation is run again with the folds dealt by other
    seeds (``SEED + 1``, ...) and ``result["repeated"]`` holds each metric's mean over all
    runs; the main figures stay those of the fixed folds.
    """
    started = time.time()
    with _one_blas_thread():
        return _evaluate(semeval2023, semeval2025, encoder_dir, folds, cache, save, started, repeats, multi)


def _one_blas_thread():
    """Single-threaded BLAS: the heads' small products run ~10x faster without thread spinning."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(1)


def _evaluate(semeval2023: Path, semeval2025: Path, encoder_dir: Path | None, folds: int,
              cache: Path | None, save: Path | None, started: float, repeats: int = 1,
              multi: Path | None = None) -> dict:
    encoder = SharedEncoder(encoder_dir or MODEL_DIR.parent / "persuasion_v1")
    data = load_data(semeval2023, semeval2025, encoder, cache, multi=multi)
    result = cross_validate(data, encoder.name, folds)
    if data.multi_languages:
        result["articles"]["semeval2023_other_languages"] = len(data.multi_languages)
        result["frames_by_language"] = cross_validate_languages(data, folds)
    result["targets"] = TARGETS
    if repeats > 1:
        others = [cross_validate(data, encoder.name, folds, seed=SEED + r) for r in range(1, repeats)]
        result["repeated"] = repeated_summary([result, *others])
    if save is not None:
        model = train_all(data, encoder.name)
        model.config["encoder_dir"] = "persuasion_v1"  # the shipped shared encoder the stage loads
        model.config["encoder_outputs"] = list(encoder.outputs)
        model.config["trained_on"] = result["articles"]
        model.config["cross_validation"] = result["metrics"]
        model.config["cross_validation_constant_baselines"] = result["constant_baselines"]
        if "frames_by_language" in result:
            model.config["frames_by_language"] = result["frames_by_language"]
        model.save(save)
        result["saved"] = str(save)
    result["seconds"] = round(time.time() - started, 1)
    return result
