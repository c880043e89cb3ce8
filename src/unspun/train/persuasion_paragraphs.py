"""Train the stacked paragraph head (:mod:`unspun.persuasion.paragraph_head`) on frozen encoder outputs.

Data: the SemEval-2023 subtask-3 training paragraphs (English training minus the 75
held-out PTC dev articles, plus the French, German, Italian, Polish and Russian training
sets). Thresholds are tuned on the same tuning set as the token heads' (the 75 held-out
English articles and every other fr/ge/it/po/ru dev article), never on English dev.

One scikit-learn ``LogisticRegression`` per technique (lbfgs, one thread, balanced-ish
class weights capped at ``MAX_POS_WEIGHT``) on standardised dense features and, when
``n_buckets`` > 0, the paragraph's hashed n-grams (binary, L2-normalised, as the run-time
head computes them). Weights are exported as plain arrays: run time never loads sklearn.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unspun.persuasion.datasets import GoldArticle, paragraph_ranges
from unspun.persuasion.labels import TECHNIQUES
from unspun.persuasion.model import PersuasionModel, token_paragraphs
from unspun.persuasion.paragraph_head import HEAD_FILE, ParagraphHead, dense_features, feature_names, hashed_ngrams

log = logging.getLogger(__name__)

MAX_POS_WEIGHT = 10.0
DEFAULT_C = 0.002
# Dense feature groups left out (measured on the tuning set: see docs/persuasion.md).
DROP_GROUPS: tuple[str, ...] = ("state_max", "pooled")


@dataclass
class ParagraphSet:
    """Labelled paragraphs: dense features, gold labels (bool), texts and (article id, line) keys."""

    X: np.ndarray
    Y: np.ndarray
    texts: list[str]
    keys: list[tuple[str, int]]


def extract(model: PersuasionModel, articles: list[GoldArticle]) -> ParagraphSet:
    """Features of every labelled line of ``articles`` from one encoder pass per article."""
    X, Y, texts, keys = [], [], [], []
    for n, a in enumerate(articles):
        if not a.paragraph_labels:
            continue
        lines = paragraph_ranges(a.text)
        enc = model.encode(a.text)
        feats = dense_features(enc, token_paragraphs(enc.offsets, lines), len(lines))
        for line, techs in sorted(a.paragraph_labels.items()):
            if not 1 <= line <= len(lines):
                continue
            s, e = lines[line - 1]
            X.append(feats[line - 1])
            Y.append([t in techs for t in TECHNIQUES])
            texts.append(a.text[s:e])
            keys.append((f"{a.language}:{a.id}", line))
        if n % 50 == 0:
            log.info("paragraph features: %d of %d articles", n + 1, len(articles))
    return ParagraphSet(np.asarray(X, np.float32), np.asarray(Y, bool), texts, keys)


def save_set(ps: ParagraphSet, path: Path) -> None:
    np.savez(path, X=ps.X, Y=ps.Y)
    path.with_suffix(".json").write_text(json.dumps({"texts": ps.texts, "keys": ps.keys}), encoding="utf-8")


def load_set(path: Path) -> ParagraphSet:
    z = np.load(path)
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return ParagraphSet(z["X"], z["Y"], meta["texts"], [tuple(k) for k in meta["keys"]])


def hashed_matrix(texts: list[str], n_buckets: int):
    """Sparse (n, n_buckets) binary n-gram matrix, rows L2-normalised, as at run time."""
    from scipy.sparse import csr_matrix

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, t in enumerate(texts):
        idx = hashed_ngrams(t, n_buckets)
        if idx.size == 0:
            continue
        rows += [i] * len(idx)
        cols += idx.tolist()
        vals += [1.0 / np.sqrt(len(idx))] * len(idx)
    return csr_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(texts), n_buckets))


def design_matrix(ps: ParagraphSet, mean: np.ndarray, scale: np.ndarray, n_buckets: int = 0, hash_ratio: float = 1.0,
                  used: np.ndarray | None = None):
    """The matrix the regressions are fitted on: the used standardised dense columns, then scaled hashed n-grams."""
    from scipy.sparse import csr_matrix, hstack

    Xs = ((ps.X - mean) / scale).astype(np.float32)
    if used is not None:
        Xs = Xs[:, used]
    if not n_buckets:
        return Xs
    return hstack([csr_matrix(Xs), hashed_matrix(ps.texts, n_buckets) * hash_ratio]).tocsr()


def feature_columns(drop: tuple[str, ...] = DROP_GROUPS) -> np.ndarray:
    """Indices of the dense columns whose group (name without the trailing number) is not in ``drop``."""
    groups = [n.rsplit("_", 1)[0] if n[-1].isdigit() else n for n in feature_names()]
    return np.asarray([i for i, g in enumerate(groups) if g not in drop], dtype=np.int64)


def fit_head(
    train: ParagraphSet, C: float = DEFAULT_C, n_buckets: int = 0, hash_ratio: float = 1.0,
    columns: np.ndarray | None = None, return_models: bool = False,
):
    """One logistic regression per technique; thresholds set to 0.5 (tune them afterwards).

    ``hash_ratio`` scales the hashed columns before fitting (a larger value regularises
    them less); the exported weights are rescaled so the run-time head needs no factor.
    A technique with fewer than two positive paragraphs gets bias -10 (never fires).
    Only the dense ``columns`` given (default: all) are used; the others get weight 0.
    With ``return_models`` the fitted estimators come back too (None where not fitted).
    """
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    used = np.zeros(train.X.shape[1], bool)
    used[np.arange(train.X.shape[1]) if columns is None else columns] = True
    mean = np.where(used, train.X.mean(0), 0.0).astype(np.float32)
    scale = train.X.std(0)
    scale = np.where(used & (scale >= 1e-6), scale, 1.0).astype(np.float32)
    Xall = design_matrix(train, mean, scale, n_buckets, hash_ratio, used)
    d = int(used.sum())
    W = np.zeros((train.X.shape[1], len(TECHNIQUES)), np.float32)
    WH = np.zeros((n_buckets, len(TECHNIQUES)), np.float32) if n_buckets else None
    b = np.full(len(TECHNIQUES), -10.0, np.float32)
    models: list[LogisticRegression | None] = []
    for k, t in enumerate(TECHNIQUES):
        y = train.Y[:, k]
        if y.sum() < 2 or y.sum() == len(y):
            log.info("%s: %d positive training paragraphs; not fitted", t, int(y.sum()))
            models.append(None)
            continue
        w_pos = float(min(MAX_POS_WEIGHT, (len(y) - y.sum()) / max(1, y.sum())))
        lr = LogisticRegression(C=C, class_weight={0: 1.0, 1: w_pos}, max_iter=500, solver="lbfgs")
        with threadpool_limits(1):  # the CPU is shared: one BLAS thread
            lr.fit(Xall, y)
        coef = lr.coef_[0]
        W[used, k] = coef[:d]
        if WH is not None:
            WH[:, k] = coef[d:] * hash_ratio
        b[k] = lr.intercept_[0]
        models.append(lr)
        log.info("%s: fitted on %d positives (weight %.1f)", t, int(y.sum()), w_pos)
    bounds = (train.X.min(0), train.X.max(0))  # run time clips features to what training saw
    head = ParagraphHead(mean, scale, W, b, np.full(len(TECHNIQUES), 0.5, np.float32), WH, bounds)
    return (head, models) if return_models else head


def tune_head(head: ParagraphHead, tune: ParagraphSet, objective: str = "micro") -> float:
    """Set the head's per-technique thresholds on ``tune`` for ``objective`` (micro-F1 by default,
    the task's measure; see :func:`~unspun.train.persuasion_tune.tune_paragraphs`); return tuned micro-F1."""
    from unspun.train.persuasion_tune import _f1, tune_paragraphs

    S = head.scores(tune.X, tune.texts if head.n_buckets else None)
    th, _ = tune_paragraphs(S, tune.Y, objective=objective)
    head.thresholds = th.astype(np.float32)
    P = S >= th
    return _f1(int((P & tune.Y).sum()), int((P & ~tune.Y).sum()), int((~P & tune.Y).sum()))


def train_paragraph_head(data: Path, model_dir: Path | None = None, cache: Path | None = None,
                         C: float = DEFAULT_C, n_buckets: int = 0, objective: str = "micro") -> dict:
    """Extract features (cached in ``cache`` if given), fit, tune, write the head into ``model_dir``.

    Writes ``model_dir/paragraph_head.npz`` (weights and tuned thresholds) and sets
    ``paragraph_source: stacked`` in its config; the token-head paragraph thresholds stay
    there as the fallback. Cached features are named by the ONNX file's hash, so a
    retrained encoder never reuses stale ones. Returns the config's ``paragraph_head``.
    """
    from unspun.train.persuasion_data import load_training_articles
    from unspun.train.persuasion_tune import multilingual_halves

    model = PersuasionModel(model_dir)
    digest = hashlib.sha256((model.model_dir / "model.onnx").read_bytes()).hexdigest()[:12]
    sets: dict[str, ParagraphSet] = {}
    train_arts, held, _ = load_training_articles(data, ("en", "fr", "ge", "it", "po", "ru"))
    tune_multi, _ = multilingual_halves(data)
    for name, arts in (("train", train_arts), ("tune", held + tune_multi)):
        path = cache / f"{name}-{digest}.npz" if cache else None
        if path is not None and path.exists():
            sets[name] = load_set(path)
            continue
        sets[name] = extract(model, arts)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_set(sets[name], path)
    head = fit_head(sets["train"], C=C, n_buckets=n_buckets, columns=feature_columns())
    f1 = tune_head(head, sets["tune"], objective)
    head.save(model.model_dir / HEAD_FILE)
    cfg_path = model.model_dir / "config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["paragraph_source"] = "stacked"
    fallback = cfg.get("paragraph_head", {}).get("fallback_source") or cfg.get("paragraph_source")
    cfg["paragraph_head"] = {  # the fallback rule is the one threshold tuning chose (kept when the head is retrained)
        "file": HEAD_FILE, "fallback_source": fallback if fallback in ("para_probs", "span_probs") else "span_probs", "C": C, "n_buckets": n_buckets,
        "dropped_feature_groups": list(DROP_GROUPS), "max_positive_weight": MAX_POS_WEIGHT,
        "tuning_paragraph_micro_f1": round(f1, 4), "threshold_objective": objective,
        "trained_on": f"{len(sets['train'].Y)} SemEval-2023 training paragraphs (en minus the 75 held out, fr, ge, it, po, ru)",
        "thresholds_tuned_on": f"{len(sets['tune'].Y)} paragraphs: the 75 held-out English training articles and "
        f"{len(tune_multi)} fr/ge/it/po/ru dev articles (every other one); not SemEval-2023 English dev",
    }
    cfg_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    log.info("paragraph head written: tuned micro-F1 %.4f on %d tuning paragraphs", f1, len(sets["tune"].Y))
    return cfg["paragraph_head"]
