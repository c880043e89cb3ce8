"""``unspun eval persuasion``: the model on SemEval-2023 dev and PTC dev, official formats out.

- SemEval-2023 English dev: span P/R/F1 (partial credit, technique-aware, micro and per
  technique) on the articles with gold spans, and paragraph micro/macro-F1 on the gold
  paragraph file. Optionally the other languages' dev paragraphs too.
- PTC dev: technique classification given the gold spans, the 23 techniques mapped to the
  14 PTC labels (a span's score for a PTC label is the highest mean span probability of
  the 2023 techniques under it). A span listed twice with two labels gets the best label
  first and the second best next, as the task's systems did.
Predictions are written as ``ID<TAB>technique<TAB>start<TAB>end`` (spans, PTC) and
``ID<TAB>line<TAB>T1,T2`` (paragraphs), the formats of the gold files.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from unspun.encoder.runtime import EncodedText
from unspun.persuasion.datasets import GoldArticle, paragraph_ranges, read_ptc, read_semeval, split_halves
from unspun.persuasion.labels import INDEX, NOT_IN_ENGLISH, PTC_LABELS, PTC_TO_2023, TECHNIQUES
from unspun.persuasion.model import PersuasionModel, Thresholds, paragraph_scores, token_paragraphs
from unspun.persuasion.scoring import PRF, score_classification, score_paragraphs, score_spans

log = logging.getLogger(__name__)


@dataclass
class Encoded:
    """One gold article with the model's token outputs and token → line map."""

    article: GoldArticle
    enc: EncodedText
    lines: list[tuple[int, int]]
    line_of_token: np.ndarray


def encode_articles(model: PersuasionModel, articles: list[GoldArticle]) -> list[Encoded]:
    out = []
    for a in articles:
        lines = paragraph_ranges(a.text)
        enc = model.encode(a.text)
        out.append(Encoded(a, enc, lines, token_paragraphs(enc.offsets, lines)))
    return out


def _probs(e: Encoded, key: str) -> np.ndarray:
    if len(e.enc.offsets) == 0:
        return np.zeros((0, len(TECHNIQUES)), dtype=np.float32)
    return e.enc.token_outputs[key]


def predict_spans(
    encoded: list[Encoded], model: PersuasionModel, span_th: np.ndarray, relabel: bool
) -> list[tuple[str, str, int, int]]:
    """Spans of the token heads at ``span_th``, decoded as the stage does (:meth:`PersuasionModel.find_spans`),
    relabelled by the model's span classifier or not."""
    rows = []
    for e in encoded:
        if len(e.enc.offsets):
            for f in model.find_spans(e.enc, e.line_of_token, e.article.text, thresholds=span_th, relabel=relabel):
                rows.append((e.article.id, f.technique, f.start, f.end))
    return rows


def line_scores(e: Encoded, source: str = "para_probs") -> np.ndarray:
    """(n_lines, 23) maxima of one head's token probabilities per line of the article."""
    return paragraph_scores(_probs(e, source), e.line_of_token, len(e.lines))


def predict_paragraphs(
    encoded: list[Encoded], para_th: np.ndarray, source: str | PersuasionModel = "para_probs"
) -> dict[tuple[str, int], set[str]]:
    """Techniques per line: a token head's maxima (``source`` a name), or the model's configured scores."""
    pred: dict[tuple[str, int], set[str]] = {}
    for e in encoded:
        if isinstance(source, PersuasionModel):
            scores = source.paragraph_scores(e.enc, e.line_of_token, e.lines)
        else:
            scores = line_scores(e, source)
        for i, row in enumerate(scores):
            pred[(e.article.id, i + 1)] = {TECHNIQUES[k] for k in np.flatnonzero(row >= para_th)}
    return pred


def gold_spans(articles: list[GoldArticle]) -> list[tuple[str, str, int, int]]:
    return [(a.id, t, s, e) for a in articles for t, s, e in a.spans]


def gold_paragraphs(articles: list[GoldArticle]) -> dict[tuple[str, int], set[str]]:
    return {(a.id, line): set(ts) for a in articles if a.paragraph_labels for line, ts in a.paragraph_labels.items()}


def classify_ptc(model: PersuasionModel, data: Path) -> dict[str, tuple[PRF, list[tuple[str, str, int, int]]]]:
    """PTC dev technique classification given the gold spans, in two variants.

    ``normalised`` (the reported one): a technique's mean probability over the span is
    divided by its span threshold (tuned on held-out data), so that techniques the model
    scores high or low across the board (class weights in training) compete on one scale.
    ``raw``: the mean probabilities as they are. Both map only the 19 techniques that
    English annotators used (:data:`~unspun.persuasion.labels.NOT_IN_ENGLISH`);
    ``raw_all23`` maps all 23, for comparison.
    """
    arts, rows = read_ptc(data, "dev")
    enc_of = {a.id: model.encode(a.text) for a in arts}
    english = [[INDEX[t] for t in PTC_TO_2023[p] if t not in NOT_IN_ENGLISH] for p in PTC_LABELS]
    all23 = [[INDEX[t] for t in PTC_TO_2023[p]] for p in PTC_LABELS]
    ones = np.ones(len(TECHNIQUES), np.float32)
    variants = {
        "normalised": (np.maximum(model.thresholds.span, 1e-3), english),
        "raw": (ones, english),
        "raw_all23": (ones, all23),
    }
    results = {}
    if model.span_classifier is not None:
        results["classifier"] = _classify_ptc_stacked(model, enc_of, rows)
    for variant, (div, members) in variants.items():
        scores_of: dict[tuple[str, int, int], np.ndarray] = {}
        for aid, _, s, e in rows:
            key = (aid, s, e)
            if key in scores_of:
                continue
            enc = enc_of[aid]
            sel = (enc.offsets[:, 0] < e) & (enc.offsets[:, 1] > s) if len(enc.offsets) else np.zeros(0, bool)
            tech = enc.token_outputs["span_probs"][sel].mean(0) / div if sel.any() else np.zeros(len(TECHNIQUES))
            scores_of[key] = np.asarray([tech[m].max() for m in members])
        used: dict[tuple[str, int, int], int] = defaultdict(int)
        preds, golds, out_rows = [], [], []
        for aid, lab, s, e in rows:
            key = (aid, s, e)
            order = np.argsort(-scores_of[key])
            pick = PTC_LABELS[order[min(used[key], len(order) - 1)]]
            used[key] += 1
            preds.append(pick)
            golds.append(lab)
            out_rows.append((aid, pick, s, e))
        results[variant] = (score_classification(golds, preds), out_rows)
    return results


def _classify_ptc_stacked(
    model: PersuasionModel, enc_of: dict[str, EncodedText], rows: list[tuple[str, str, int, int]]
) -> tuple[PRF, list[tuple[str, str, int, int]]]:
    """The stacked span classifier's PTC labels for the gold spans (best label first, then the next)."""
    clf = model.span_classifier
    assert clf is not None
    probs_of: dict[tuple[str, int, int], np.ndarray] = {}
    for aid in dict.fromkeys(r[0] for r in rows):
        keys = sorted({(s, e) for a, _, s, e in rows if a == aid})
        for (s, e), p in zip(keys, clf.classify(enc_of[aid], keys)):
            probs_of[(aid, s, e)] = p
    used: dict[tuple[str, int, int], int] = defaultdict(int)
    preds, golds, out_rows = [], [], []
    for aid, lab, s, e in rows:
        key = (aid, s, e)
        order = np.argsort(-probs_of[key], kind="stable")
        pick = clf.labels[order[min(used[key], len(order) - 1)]]
        used[key] += 1
        preds.append(pick)
        golds.append(lab)
        out_rows.append((aid, pick, s, e))
    return score_classification(golds, preds), out_rows


def per_label_f1(gold: list[str], pred: list[str]) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 of each gold or predicted label (one label per row)."""
    out = {}
    for lab in sorted(set(gold) | set(pred)):
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        out[lab] = asdict(PRF.of(tp, sum(p == lab for p in pred), tp, sum(g == lab for g in gold)))
    return out


@dataclass
class PersuasionEval:
    span_micro: dict[str, Any]
    span_per_technique: dict[str, dict[str, Any]]
    paragraph_micro: dict[str, Any]
    paragraph_macro_f1: float
    paragraph_per_technique: dict[str, dict[str, Any]]
    ptc_tc: dict[str, Any] | None = None
    ptc_tc_unnormalised: dict[str, Any] | None = None
    ptc_tc_all23: dict[str, Any] | None = None
    ptc_tc_source: str | None = None
    ptc_tc_threshold_rule: dict[str, Any] | None = None
    ptc_tc_per_label: dict[str, dict[str, Any]] | None = None
    span_micro_alternative: dict[str, Any] | None = None
    other_languages: dict[str, dict[str, Any]] = field(default_factory=dict)
    n_articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _write(path: Path, rows: list[tuple]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join("\t".join(str(x) for x in r) + "\n" for r in rows), encoding="utf-8")


def evaluate_persuasion(
    data: Path,
    model_dir: Path | None = None,
    out: Path | None = None,
    languages: tuple[str, ...] = (),
    ptc: bool = True,
    thresholds: Thresholds | None = None,
) -> PersuasionEval:
    """Score the model on SemEval-2023 English dev (+ other languages' dev paragraphs) and PTC dev.

    For a language other than English only the reporting half of its dev articles is
    scored (see :func:`unspun.persuasion.datasets.split_halves`).
    """
    model = PersuasionModel(model_dir)
    th = thresholds or model.thresholds
    dev = read_semeval(Path(data), "en", "dev")
    encoded = encode_articles(model, dev)
    with_spans = [e for e in encoded if e.article.spans]
    span_pred = predict_spans(with_spans, model, th.span, model.relabel_spans)
    spans = score_spans(gold_spans([e.article for e in with_spans]), span_pred, TECHNIQUES)
    alternative = None
    if model.span_classifier is not None:  # the other choice of span labels, for comparison
        other = predict_spans(with_spans, model, th.span, not model.relabel_spans)
        alternative = {"relabelled_by_span_classifier": not model.relabel_spans,
                       **asdict(score_spans(gold_spans([e.article for e in with_spans]), other, TECHNIQUES).micro)}
    para_pred = predict_paragraphs(encoded, th.paragraph, model)
    gold_p = gold_paragraphs(dev)
    paras = score_paragraphs(gold_p, para_pred, TECHNIQUES)
    result = PersuasionEval(
        asdict(spans.micro), {t: asdict(v) for t, v in spans.per_technique.items()},
        asdict(paras.micro), paras.macro_f1, {t: asdict(v) for t, v in paras.per_technique.items()},
        n_articles=len(dev), span_micro_alternative=alternative,
    )
    if out is not None:
        _write(out / "semeval2023-en-dev-spans.tsv", sorted(span_pred))
        _write(out / "semeval2023-en-dev-paragraphs.tsv", [(k[0], k[1], ",".join(sorted(v))) for k, v in sorted(para_pred.items()) if k in gold_p])
    for lang in languages:
        arts = read_semeval(Path(data), lang, "dev")
        if lang != "en":
            arts = split_halves(arts)[1]  # the other half tunes the thresholds
        enc_l = encode_articles(model, arts)
        pred_l = predict_paragraphs(enc_l, th.paragraph, model)
        gold_l = gold_paragraphs(arts)
        sc = score_paragraphs(gold_l, pred_l, TECHNIQUES)
        result.other_languages[lang] = {"micro": asdict(sc.micro), "macro_f1": sc.macro_f1, "per_technique": {t: asdict(v) for t, v in sc.per_technique.items()}}
        if out is not None:
            _write(out / f"semeval2023-{lang}-dev-paragraphs.tsv", [(k[0], k[1], ",".join(sorted(v))) for k, v in sorted(pred_l.items()) if k in gold_l])
    if ptc:
        tc = classify_ptc(model, Path(data))
        # The stacked span classifier when the model has one; the threshold-normalised rule
        # of the token heads otherwise (kept under ptc_tc_threshold_rule for comparison).
        source = "span_classifier" if "classifier" in tc else "threshold_rule"
        chosen = tc["classifier" if source == "span_classifier" else "normalised"]
        result.ptc_tc = asdict(chosen[0])
        result.ptc_tc_source = source
        result.ptc_tc_threshold_rule = asdict(tc["normalised"][0])
        result.ptc_tc_unnormalised = asdict(tc["raw"][0])
        result.ptc_tc_all23 = asdict(tc["raw_all23"][0])
        rows = chosen[1]
        _, gold_rows = read_ptc(Path(data), "dev")
        result.ptc_tc_per_label = per_label_f1([r[1] for r in gold_rows], [r[1] for r in rows])
        if out is not None:
            _write(out / "ptc-dev-tc.tsv", rows)
    return result
