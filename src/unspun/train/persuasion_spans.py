"""Train the stacked span classifier (:mod:`unspun.persuasion.span_classifier`) on PTC train.

Data: the gold technique spans of PTC train (``train-task2-TC.labels``, 14 labels as
given), features from one pass of the frozen persuasion encoder per article. PTC dev is
never used here: it is the reported set (its 75 articles are also held out of the token
heads' training). A span listed with two labels gives two training rows.

Model: one scikit-learn multinomial ``LogisticRegression`` (lbfgs, one thread) on the
standardised dense features and, when ``n_buckets`` > 0, the span's hashed word n-grams
(binary, L2-normalised, as at run time), scaled by ``hash_ratio``. C and the n-gram
setting are chosen by 5-fold cross-validation on PTC train grouped by article
(:func:`cross_validate`). Weights are exported as plain arrays: run time never loads sklearn.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unspun.persuasion.datasets import GoldArticle, read_ptc
from unspun.persuasion.labels import PTC_LABELS
from unspun.persuasion.span_classifier import CLASSIFIER_FILE, SpanClassifier, dense_features, feature_names
from unspun.train.persuasion_paragraphs import hashed_matrix

log = logging.getLogger(__name__)

# Chosen by 5-fold CV on PTC train (grouped by article); the grid is in docs/persuasion.md.
DEFAULT_C = 0.002
DEFAULT_BUCKETS = 32768
DEFAULT_HASH_RATIO = 30.0
DROP_GROUPS: tuple[str, ...] = ()


@dataclass
class SpanSet:
    """Labelled spans: dense features, label indices, span texts and (article id, start, end) keys."""

    X: np.ndarray
    y: np.ndarray
    texts: list[str]
    keys: list[tuple[str, int, int]]


def extract(model, articles: list[GoldArticle], rows: list[tuple[str, str, int, int]]) -> SpanSet:
    """Features of every labelled span in ``rows`` (id, label, start, end), one encoder pass per article.

    ``model`` is anything with ``encode(text) -> EncodedText`` (the persuasion model).
    Rows keep their file order, so a span listed twice stays listed twice.
    """
    by_id: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for aid, lab, s, e in rows:
        by_id[aid].append((lab, s, e))
    feats: dict[tuple[str, int, int], np.ndarray] = {}
    text_of: dict[str, str] = {}
    for n, a in enumerate(articles):
        if a.id not in by_id:
            continue
        text_of[a.id] = a.text
        keys = sorted({(s, e) for _, s, e in by_id[a.id]})
        X = dense_features(model.encode(a.text), keys)
        feats.update({(a.id, s, e): x for (s, e), x in zip(keys, X)})
        if n % 50 == 0:
            log.info("span features: %d of %d articles", n + 1, len(articles))
    index = {lab: i for i, lab in enumerate(PTC_LABELS)}
    kept = [r for r in rows if (r[0], r[2], r[3]) in feats]
    return SpanSet(
        np.asarray([feats[(a, s, e)] for a, _, s, e in kept], np.float32).reshape(len(kept), -1),
        np.asarray([index[lab] for _, lab, _, _ in kept], np.int64),
        [text_of[a][s:e] for a, _, s, e in kept],
        [(a, s, e) for a, _, s, e in kept],
    )


def save_set(ss: SpanSet, path: Path) -> None:
    np.savez(path, X=ss.X, y=ss.y)
    path.with_suffix(".json").write_text(json.dumps({"texts": ss.texts, "keys": ss.keys}), encoding="utf-8")


def load_set(path: Path) -> SpanSet:
    z = np.load(path)
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return SpanSet(z["X"], z["y"], meta["texts"], [tuple(k) for k in meta["keys"]])


def subset(ss: SpanSet, idx: np.ndarray) -> SpanSet:
    return SpanSet(ss.X[idx], ss.y[idx], [ss.texts[i] for i in idx], [ss.keys[i] for i in idx])


def assign(probs: np.ndarray, keys: list) -> np.ndarray:
    """One label per row: a span's best label, its second best for its second row, and so on.

    This is how the SemEval-2020 TC systems answered a span listed with two labels.
    """
    used: dict = defaultdict(int)
    out = np.zeros(len(keys), np.int64)
    for i, k in enumerate(keys):
        order = np.argsort(-probs[i], kind="stable")
        out[i] = order[min(used[k], len(order) - 1)]
        used[k] += 1
    return out


def feature_columns(drop: tuple[str, ...] = DROP_GROUPS) -> np.ndarray:
    """Indices of the dense columns whose group (name without the trailing number) is not in ``drop``."""
    groups = [n.rsplit("_", 1)[0] if n[-1].isdigit() else n for n in feature_names()]
    return np.asarray([i for i, g in enumerate(groups) if g not in drop], dtype=np.int64)


def design_matrix(ss: SpanSet, clf: SpanClassifier, used: np.ndarray, n_buckets: int, hash_ratio: float):
    """The matrix the regression is fitted on: used standardised dense columns, then scaled n-grams."""
    from scipy.sparse import csr_matrix, hstack

    Xs = ((ss.X - clf.mean) / clf.scale).astype(np.float32)[:, used]
    if not n_buckets:
        return Xs
    return hstack([csr_matrix(Xs), hashed_matrix(ss.texts, n_buckets) * hash_ratio]).tocsr()


def fit(train: SpanSet, C: float = DEFAULT_C, n_buckets: int = DEFAULT_BUCKETS, hash_ratio: float = DEFAULT_HASH_RATIO,
        columns: np.ndarray | None = None, return_model: bool = False):
    """Fit the multinomial regression; return the run-time :class:`SpanClassifier` (and the sklearn model)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    d_all = train.X.shape[1]
    used = np.zeros(d_all, bool)
    used[np.arange(d_all) if columns is None else columns] = True
    mean = np.where(used, train.X.mean(0), 0.0).astype(np.float32)
    scale = train.X.std(0)
    scale = np.where(used & (scale >= 1e-6), scale, 1.0).astype(np.float32)
    n_lab = len(PTC_LABELS)
    shell = SpanClassifier(mean, scale, np.zeros((d_all, n_lab)), np.zeros(n_lab))
    X = design_matrix(train, shell, used, n_buckets, hash_ratio)
    lr = LogisticRegression(C=C, max_iter=1000, solver="lbfgs")
    with threadpool_limits(1):  # the CPU is shared: one BLAS thread
        lr.fit(X, train.y)
    W = np.zeros((d_all, n_lab), np.float32)
    b = np.full(n_lab, -30.0, np.float32)  # a label absent from training never wins
    WH = np.zeros((n_buckets, n_lab), np.float32) if n_buckets else None
    d = int(used.sum())
    for j, cls in enumerate(lr.classes_):
        W[used, cls] = lr.coef_[j, :d]
        b[cls] = lr.intercept_[j]
        if WH is not None:
            WH[:, cls] = lr.coef_[j, d:] * hash_ratio
    clf = SpanClassifier(mean, scale, W, b, WH, bounds=(train.X.min(0), train.X.max(0)))  # run time clips to these
    return (clf, lr) if return_model else clf


def micro_f1(clf: SpanClassifier, ss: SpanSet) -> float:
    """Micro-F1 (every gold row gets one label, so accuracy) with the duplicate-span protocol."""
    probs = clf.probabilities(ss.X, ss.texts if clf.n_buckets else None)
    return float((assign(probs, ss.keys) == ss.y).mean()) if len(ss.y) else 0.0


def cross_validate(ss: SpanSet, C: float, n_buckets: int, hash_ratio: float = DEFAULT_HASH_RATIO,
                   columns: np.ndarray | None = None, folds: int = 5) -> float:
    """Mean micro-F1 over ``folds`` folds grouped by article (no article in two folds)."""
    from sklearn.model_selection import GroupKFold

    groups = np.asarray([k[0] for k in ss.keys])
    scores = []
    for tr, va in GroupKFold(n_splits=folds).split(ss.X, ss.y, groups):
        clf = fit(subset(ss, tr), C, n_buckets, hash_ratio, columns)
        scores.append(micro_f1(clf, subset(ss, va)))
    return float(np.mean(scores))


def train_span_classifier(data: Path, model_dir: Path | None = None, cache: Path | None = None,
                          C: float = DEFAULT_C, n_buckets: int = DEFAULT_BUCKETS, hash_ratio: float = DEFAULT_HASH_RATIO,
                          cv: bool = True) -> dict:
    """Extract PTC train span features (cached in ``cache``), cross-validate, fit, write the classifier.

    Writes ``model_dir/span_classifier.npz`` and a ``span_classifier`` entry in its config
    (the run-time relabelling switch ``relabel_spans`` is kept as it is: it is chosen on the
    tuning articles by :func:`~unspun.train.persuasion_tune.choose_relabelling`). Cached features
    are named by the ONNX file's hash, so a retrained encoder never reuses stale ones.
    """
    from unspun.persuasion.model import PersuasionModel

    model = PersuasionModel(model_dir)
    digest = hashlib.sha256((model.model_dir / "model.onnx").read_bytes()).hexdigest()[:12]
    path = cache / f"ptc-train-spans-{digest}.npz" if cache else None
    if path is not None and path.exists():
        train = load_set(path)
    else:
        arts, rows = read_ptc(Path(data), "train")
        train = extract(model, arts, rows)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_set(train, path)
    columns = feature_columns()
    cv_f1 = cross_validate(train, C, n_buckets, hash_ratio, columns) if cv else None
    clf = fit(train, C, n_buckets, hash_ratio, columns)
    clf.save(model.model_dir / CLASSIFIER_FILE)
    cfg_path = model.model_dir / "config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    old = cfg.get("span_classifier", {})
    cfg["span_classifier"] = {
        "file": CLASSIFIER_FILE, "labels": "PTC (14)", "C": C, "n_buckets": n_buckets, "hash_ratio": hash_ratio,
        "dropped_feature_groups": list(DROP_GROUPS),
        "cv_micro_f1_ptc_train": None if cv_f1 is None else round(cv_f1, 4),
        "trained_on": f"{len(train.y)} PTC train spans ({len({k[0] for k in train.keys})} articles); PTC dev unused",
        "relabel_spans": bool(old.get("relabel_spans", False)),
        "relabel_min_confidence": float(old.get("relabel_min_confidence", 0.5)),
    }
    cfg_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    log.info("span classifier written: %d spans, CV micro-F1 %s", len(train.y), cv_f1)
    return cfg["span_classifier"]
