"""Training and 5-fold cross-validation of the framing heads (``unspun eval framing``).

No dev gold is published for genre, frames, narratives or entity roles, so the heads are
measured by cross-validation over the training articles with fixed folds (stratified by
genre for SemEval-2023, by domain and "Other" for SemEval-2025; every mention of an
article falls in its article's fold). Thresholds are tuned inside each training split
by an inner 3-fold cross-validation, so no score is tuned on the articles it scores.
The shipped heads are then trained the same way on all the articles.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from unspun.article import Article
from unspun.framing.datasets import RoleMention, read_roles, read_semeval2023, read_semeval2025, read_taxonomy
from unspun.framing.decode import NO_DOMAIN, decode_narratives, decode_roles, domains_mentioned
from unspun.framing.encoding import ArticleEncoder, Encoding
from unspun.framing.features import DEFAULT_CACHE, encode_all
from unspun.framing.fit import SEED, fit_sigmoid, fit_sigmoid_rows, fit_softmax, folds, out_of_fold
from unspun.framing.genre import fit_genre
from unspun.framing.heads import LinearHead
from unspun.framing.labels import ALL_FINE_ROLES, FRAMES, GENRES, MAIN_ROLES, OTHER
from unspun.framing.metrics import exact_match, macro_f1, micro_f1, samples_f1, summary
from unspun.framing.model import NARRATIVE_NGRAMS, FramingModel, article_features, genre_features, mention_features, style_features
from unspun.framing.ngrams import NgramVocabulary
from unspun.language.support import SEMEVAL_CODES

MULTI_LANGUAGES = ("fr", "ge", "it", "po", "ru")  # folder names under semeval2023-multi/

log = logging.getLogger(__name__)

C = {"genre": 0.1, "genre_style": 1.0, "genre_ngrams": 10.0, "frames": 0.01, "domain": 0.05,
     "narratives_ngrams": 10.0, "main_role": 0.01, "fine_roles": 0.03}
MAIN_ROLE_C = (0.001, 0.003, 0.01, 0.03)  # candidates for the main role's c, chosen by inner-CV accuracy
NARRATIVE_C = (0.01, 0.02, 0.05)  # candidates for the narrative heads' c, chosen by inner-CV F1-samples


@dataclass
class FramingData:
    """The training articles of both tasks, encoded, with their features and labels."""

    genre_x: np.ndarray
    genres: list[str]
    genre_style_x: np.ndarray  # style rates alone
    genre_texts: list[str]  # for the character n-gram view (vocabulary fitted per training split)
    frame_x: np.ndarray
    frames: np.ndarray
    negatives_x: np.ndarray  # 2023 articles outside both domains
    nar_x: np.ndarray
    nar_texts: list[str]  # for the n-gram view of the narrative heads
    domains: list[str]
    mentioned: list[set[str]]  # domains whose gate words each 2025 article contains
    nar_sets: list[tuple[str, ...]]
    sub_sets: list[tuple[str, ...]]
    narratives: list[str]
    subnarratives: list[str]
    role_x: np.ndarray
    role_doc: np.ndarray  # index of the mention's article in the 2025 list
    roles: list[RoleMention]
    # Other languages' SemEval-2023 articles with frame labels: extra training rows of the frames
    # head (in every training split; the English folds are scored as before).
    multi_frame_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    multi_frames: np.ndarray = field(default_factory=lambda: np.zeros((0, len(FRAMES)), dtype=np.float32))
    multi_languages: list[str] = field(default_factory=list)  # ISO 639-1 code of each multi row


def _multi_hot(sets: list[tuple[str, ...]], labels: list[str]) -> np.ndarray:
    index = {label: i for i, label in enumerate(labels)}
    y = np.zeros((len(sets), len(labels)), dtype=np.float32)
    for i, s in enumerate(sets):
        for label in s:
            if label in index:
                y[i, index[label]] = 1
    return y


def load_multi(multi: Path, encoder: ArticleEncoder, cache: Path | None,
               languages: tuple[str, ...] = MULTI_LANGUAGES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The frame-labelled articles of the other languages' SemEval-2023 folders, encoded."""
    xs: list[np.ndarray] = []
    sets: list[tuple[str, ...]] = []
    codes: list[str] = []
    for lang in languages:
        articles = [a for a in read_semeval2023(multi / lang) if a.frames]
        encodings = encode_all(encoder, [Article.from_text(a.text, id=f"{lang}-{a.id}") for a in articles], cache)
        xs += [article_features(e) for e in encodings]
        sets += [a.frames for a in articles]
        codes += [SEMEVAL_CODES.get(lang, lang)] * len(articles)
    x = np.array(xs, dtype=np.float32) if xs else np.zeros((0, 0), dtype=np.float32)
    return x, _multi_hot(sets, list(FRAMES)), codes


def load_data(semeval2023: Path, semeval2025: Path, encoder: ArticleEncoder, cache: Path | None = DEFAULT_CACHE,
              multi: Path | None = None) -> FramingData:
    """Read both datasets and encode every article (through the on-disk cache).

    ``multi``: the other languages' SemEval-2023 folder (``semeval2023-multi``), whose
    frame-labelled articles the frames head also learns from.
    """
    d23, d25 = read_semeval2023(semeval2023), read_semeval2025(semeval2025)
    taxonomy, roles = read_taxonomy(semeval2025), read_roles(semeval2025)
    a23 = [Article.from_text(d.text, id=d.id) for d in d23]
    a25 = [Article.from_text(d.text, id=d.id) for d in d25]
    e23: list[Encoding] = encode_all(encoder, a23, cache)
    e25: list[Encoding] = encode_all(encoder, a25, cache)
    # 2023 articles that mention neither war nor climate serve as "no domain" examples.
    outside = [i for i, a in enumerate(a23) if not domains_mentioned(a.text)]
    position = {d.id: i for i, d in enumerate(d25)}
    roles = [r for r in roles if r.doc in position]
    narratives = [n for domain in sorted(taxonomy.narratives) for n in taxonomy.narratives[domain]]
    subs = [s for n in narratives for s in taxonomy.subnarratives.get(n, [])]
    return FramingData(
        genre_x=np.array([genre_features(e, a) for e, a in zip(e23, a23)]),
        genres=[d.genre or "opinion" for d in d23],
        genre_style_x=np.array([style_features(a) for a in a23]),
        genre_texts=[a.text for a in a23],
        frame_x=np.array([article_features(e) for e in e23]),
        frames=_multi_hot([d.frames for d in d23], list(FRAMES)),
        negatives_x=np.array([article_features(e23[i]) for i in outside]).reshape(len(outside), -1),
        nar_x=np.array([article_features(e) for e in e25]),
        nar_texts=[a.text for a in a25],
        domains=["URW" if "_UA_" in d.id else "CC" for d in d25],
        mentioned=[domains_mentioned(a.text) for a in a25],
        nar_sets=[d.narratives for d in d25],
        sub_sets=[d.subnarratives for d in d25],
        narratives=narratives,
        subnarratives=subs,
        role_x=np.array([mention_features(e25[position[r.doc]], a25[position[r.doc]], r.start, r.end) for r in roles]),
        role_doc=np.array([position[r.doc] for r in roles], dtype=np.int64),
        roles=roles,
        **(dict(zip(("multi_frame_x", "multi_frames", "multi_languages"), load_multi(multi, encoder, cache)))
           if multi is not None else {}),
    )


def _best_threshold(score: Callable[[float], float]) -> float:
    grid = np.round(np.arange(0.1, 0.951, 0.05), 2)
    values = [score(float(t)) for t in grid]
    return float(grid[int(np.argmax(values))])


def _inner(n: int, seed: int = 7) -> np.ndarray:
    return folds(n, 3, seed=seed)


def fit_frames(x: np.ndarray, y: np.ndarray) -> LinearHead:
    """The frames head on these rows, its one threshold tuned for micro-F1 by inner CV."""
    fit = lambda a, b: fit_sigmoid(a, b, list(FRAMES), c=C["frames"])  # noqa: E731
    oof = out_of_fold(fit, x, y, _inner(len(x)))
    head = fit(x, y)
    head.thresholds = {"*": _best_threshold(lambda t: micro_f1(y, oof >= t))}
    return head


def _frame_rows(data: FramingData, i23: np.ndarray, multi_rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """The frames head's training rows: the given English articles and other languages' rows."""
    rows = np.arange(len(data.multi_languages)) if multi_rows is None else multi_rows
    if not len(rows):
        return data.frame_x[i23], data.frames[i23]
    return (np.vstack([data.frame_x[i23], data.multi_frame_x[rows]]),
            np.vstack([data.frames[i23], data.multi_frames[rows]]))


def fit_heads(data: FramingData, i23: np.ndarray, i25: np.ndarray, encoder: str,
              multi_rows: np.ndarray | None = None) -> FramingModel:
    """Every head trained on the given 2023 and 2025 articles, thresholds tuned by inner CV.

    The frames head also learns from the other languages' rows ``multi_rows`` (default: all).

    Genre: three views (encoder + style, style alone, character n-grams whose vocabulary
    is built from these training articles only), averaged with nothing tuned.
    """
    heads: dict[str, LinearHead] = {}
    vocabulary = NgramVocabulary.fit(data.genre_texts[i] for i in i23)  # training articles only
    xs = {"genre": data.genre_x[i23], "genre_style": data.genre_style_x[i23],
          "genre_ngrams": vocabulary.transform(data.genre_texts[i] for i in i23)}
    fits = {view: (lambda x, y, view=view: fit_softmax(x, y, list(GENRES), c=C[view], standardise=view != "genre_ngrams"))
            for view in xs}
    gold = [data.genres[i] for i in i23]
    genre_heads, combination = fit_genre(fits, xs, gold, list(GENRES))  # every view, nothing tuned
    heads.update(genre_heads)
    heads["frames"] = fit_frames(*_frame_rows(data, i23, multi_rows))

    dom_x = np.vstack([data.nar_x[i25], data.negatives_x])
    dom_y = [data.domains[i] for i in i25] + [NO_DOMAIN] * len(data.negatives_x)
    fit_dom = lambda x, y: fit_softmax(x, y, ["URW", "CC", NO_DOMAIN], c=C["domain"])  # noqa: E731
    nx = data.nar_x[i25]
    ny = _multi_hot([data.nar_sets[i] for i in i25], data.narratives)
    sy = _multi_hot([data.sub_sets[i] for i in i25], data.subnarratives)
    inner = _inner(len(nx))
    oof_d = out_of_fold(fit_dom, dom_x, dom_y, np.concatenate([inner, _inner(len(data.negatives_x), seed=8)]))[: len(nx)]
    heads["domain"] = fit_dom(dom_x, dom_y)
    gold_n = [data.nar_sets[i] for i in i25]
    gold_s = [data.sub_sets[i] for i in i25]
    mentioned = [data.mentioned[j] for j in i25]
    # Second view of narratives: the genre head's character n-grams (same vocabulary, so run
    # time cuts each article into n-grams once), averaged with the encoder head when the inner
    # CV says so. Subnarratives keep the encoder head alone (the view added ~0.002 there, for
    # 7 MB of weights).
    nv = vocabulary.transform(data.nar_texts[i] for i in i25)
    fit_nv = lambda x, y: fit_sigmoid_rows(x, y, data.narratives, c=C["narratives_ngrams"])  # noqa: E731
    oof_nv = out_of_fold(fit_nv, nv, ny, inner)
    # The encoder heads' regularisation is chosen with the view by the inner CV's narrative plus
    # subnarrative F1-samples (as the main role's is): how strongly ~70 labels from ~300 articles
    # must be held back depends on the encoder the states come from; ties go to the stronger.
    best = None
    for c in NARRATIVE_C:
        fit_n = lambda x, y, c=c: fit_sigmoid(x, y, data.narratives, c=c)  # noqa: E731
        fit_s = lambda x, y, c=c: fit_sigmoid(x, y, data.subnarratives, c=c)  # noqa: E731
        oof_n, oof_s = out_of_fold(fit_n, nx, ny, inner), out_of_fold(fit_s, nx, sy, inner)
        heads["narratives"], heads["subnarratives"] = fit_n(nx, ny), fit_s(nx, sy)
        encoder_only = _narrative_thresholds(heads, oof_d, oof_n, oof_s, gold_n, gold_s, mentioned)
        both = _narrative_thresholds(heads, oof_d, (oof_n + oof_nv) / 2, oof_s, gold_n, gold_s, mentioned)
        for use_ngrams, (tn, ts, f1) in ((False, encoder_only), (True, both)):
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, use_ngrams, tn, ts, heads["narratives"], heads["subnarratives"], encoder_only[2], both[2])
    assert best is not None
    _, narrative_c, use_ngrams, tn, ts, heads["narratives"], heads["subnarratives"], inner_encoder, inner_both = best
    heads["narratives"].thresholds, heads["subnarratives"].thresholds = tn, ts
    if use_ngrams:
        heads[NARRATIVE_NGRAMS] = fit_nv(nv, ny)

    mask = np.isin(data.role_doc, i25)
    rx, roles = data.role_x[mask], [r for r, m in zip(data.roles, mask) if m]
    main_y = [r.main_role for r in roles]
    fine_y = _multi_hot([r.fine_roles for r in roles], list(ALL_FINE_ROLES))
    fit_fine = lambda x, y: fit_sigmoid(x, y, list(ALL_FINE_ROLES), c=C["fine_roles"])  # noqa: E731
    role_inner = _inner(len(rx))
    # The main role's regularisation is chosen by inner-CV accuracy (the head is near the majority
    # class, where the strength decides how far it strays from it), ties to the stronger one.
    best_c, best_oof, best_acc = None, None, -1.0
    for c in MAIN_ROLE_C:
        oof = out_of_fold(lambda x, y, c=c: fit_softmax(x, y, list(MAIN_ROLES), c=c, balanced=False), rx, main_y, role_inner)
        acc = float(np.mean([list(MAIN_ROLES)[j] == g for j, g in zip(oof.argmax(1), main_y)]))
        if acc > best_acc + 1e-9:
            best_c, best_oof, best_acc = c, oof, acc
    fit_main = lambda x, y: fit_softmax(x, y, list(MAIN_ROLES), c=best_c, balanced=False)  # noqa: E731
    oof_m, oof_f = best_oof, out_of_fold(fit_fine, rx, fine_y, role_inner)
    heads["main_role"], heads["fine_roles"] = fit_main(rx, main_y), fit_fine(rx, fine_y)

    def emr(t: float) -> float:
        heads["fine_roles"].thresholds = {"*": t}
        pred = [decode_roles(oof_m[i], oof_f[i], heads["main_role"], heads["fine_roles"])[1] for i in range(len(rx))]
        return exact_match([r.fine_roles for r in roles], pred)

    heads["fine_roles"].thresholds = {"*": _best_threshold(emr)}
    config = {"c": {**C, "main_role": best_c, "narratives": narrative_c}, "main_role_inner_accuracy": round(best_acc, 4),
              "narrative_ngrams": use_ngrams,
              "narrative_inner_f1": {"encoder": round(inner_encoder, 4), "encoder+ngrams": round(inner_both, 4)},
              # the languages the frames head learned from (genre, narratives and roles: English only)
              "frames_languages": ["en", *sorted(set(data.multi_languages))]}
    return FramingModel(heads=heads, encoder=encoder, config=config, genre=combination, vocabulary=vocabulary)


def _narrative_thresholds(heads: dict[str, LinearHead], oof_d: np.ndarray, oof_n: np.ndarray, oof_s: np.ndarray,
                          gold_n: list, gold_s: list, mentioned: list[set[str]]) -> tuple[dict, dict, float]:
    """Per-domain narrative and subnarrative thresholds tuned on inner out-of-fold scores.

    Returns both threshold maps and the inner F1-samples of narratives plus subnarratives
    at those thresholds (what decides whether the n-gram view is used).
    """
    def narrative_f1(tn: dict[str, float], ts: dict[str, float], fine: bool) -> float:
        heads["narratives"].thresholds, heads["subnarratives"].thresholds = dict(tn), dict(ts)
        pred = [decode_narratives(oof_d[i], oof_n[i], oof_s[i], heads["domain"], heads["narratives"], heads["subnarratives"],
                                  mentioned[i]) for i in range(len(oof_n))]
        if fine:
            return samples_f1(gold_s, [{d.subnarrative for d in p} for p in pred])
        return samples_f1(gold_n, [{d.narrative for d in p} for p in pred])

    # One threshold per domain (the heads score the two domains' narratives on different
    # scales), tuned after a shared one: narratives first, then subnarratives.
    tn = {"*": _best_threshold(lambda t: narrative_f1({"*": t}, {"*": 0.5}, False))}
    for domain in ("URW", "CC"):
        tn[domain] = _best_threshold(lambda t: narrative_f1({**tn, domain: t}, {"*": 0.5}, False))
    ts = {"*": _best_threshold(lambda t: narrative_f1(tn, {"*": t}, True))}
    for domain in ("URW", "CC"):
        ts[domain] = _best_threshold(lambda t: narrative_f1(tn, {**ts, domain: t}, True))
    return tn, ts, narrative_f1(tn, ts, False) + narrative_f1(tn, ts, True)


def score_heads(model: FramingModel, data: FramingData, i23: np.ndarray, i25: np.ndarray) -> dict[str, float]:
    """The issue's metrics of ``model`` on the given (held-out) articles."""
    h = model.heads
    views = {"genre": data.genre_x[i23], "genre_style": data.genre_style_x[i23]}
    if model.vocabulary is not None:
        views["genre_ngrams"] = model.vocabulary.transform(data.genre_texts[i] for i in i23)
    g = model.genre_probabilities(views).argmax(1)
    out = {"genre_macro_f1": macro_f1([data.genres[i] for i in i23], [h["genre"].labels[j] for j in g], list(GENRES))}
    fs = h["frames"].scores(data.frame_x[i23])
    out["frames_micro_f1"] = micro_f1(data.frames[i23], fs >= h["frames"].threshold("*"))
    x = data.nar_x[i25]
    ngrams = None
    if model.narrative_ngrams and model.vocabulary is not None:
        ngrams = model.vocabulary.transform(data.nar_texts[i] for i in i25)
    d = h["domain"].scores(x)
    n, s = model.narrative_scores(x, ngrams)
    pred = [decode_narratives(d[k], n[k], s[k], h["domain"], h["narratives"], h["subnarratives"], data.mentioned[j])
            for k, j in enumerate(i25)]
    out["narratives_f1_samples"] = samples_f1([data.nar_sets[i] for i in i25], [{p.narrative for p in ps} for ps in pred])
    out["subnarratives_f1_samples"] = samples_f1([data.sub_sets[i] for i in i25], [{p.subnarrative for p in ps} for ps in pred])
    mask = np.isin(data.role_doc, i25)
    roles = [r for r, m in zip(data.roles, mask) if m]
    ms, fsc = h["main_role"].scores(data.role_x[mask]), h["fine_roles"].scores(data.role_x[mask])
    decided = [decode_roles(ms[k], fsc[k], h["main_role"], h["fine_roles"]) for k in range(len(roles))]
    out["main_role_accuracy"] = float(np.mean([p[0] == r.main_role for p, r in zip(decided, roles)]))
    out["fine_roles_exact_match"] = exact_match([r.fine_roles for r in roles], [p[1] for p in decided])
    return out


def constant_baselines(data: FramingData, train23: np.ndarray, test23: np.ndarray, train25: np.ndarray,
                       test25: np.ndarray) -> dict[str, float]:
    """What answering the same thing for every article scores on the held-out fold: the floor a head must beat.

    The constant is chosen on the training split only, as a head's weights are: its
    commonest genre, its commonest main role, and the set of its k most frequent frames
    with k chosen for micro-F1 on the training split. A head scoring near its floor says
    little about the article in front of it, however confident it looks; reports say so.
    """
    from unspun.framing.languages import best_constant_frames

    genre = Counter(data.genres[i] for i in train23).most_common(1)[0][0]
    test_genres = [data.genres[i] for i in test23]
    out = {"genre_macro_f1": macro_f1(test_genres, [genre] * len(test_genres), list(GENRES))}
    train_frames = [tuple(f for f, on in zip(FRAMES, data.frames[i]) if on) for i in train23]
    chosen, _ = best_constant_frames(train_frames, list(FRAMES))
    constant = np.tile([f in chosen for f in FRAMES], (len(test23), 1))
    out["frames_micro_f1"] = micro_f1(data.frames[test23], constant)
    in_train, in_test = np.isin(data.role_doc, train25), np.isin(data.role_doc, test25)
    role = Counter(r.main_role for r, m in zip(data.roles, in_train) if m).most_common(1)[0][0]
    out["main_role_accuracy"] = float(np.mean([r.main_role == role for r, m in zip(data.roles, in_test) if m]))
    return out


def split(data: FramingData, k: int = 5, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The fixed folds: 2023 stratified by genre, 2025 by domain and 'Other' (``seed`` deals them)."""
    f23 = folds(len(data.genres), k, data.genres, seed=seed)
    strata = [d + ("-other" if s == (OTHER,) else "") for d, s in zip(data.domains, data.nar_sets)]
    return f23, folds(len(data.domains), k, strata, seed=seed)


def cross_validate(data: FramingData, encoder: str, k: int = 5, seed: int = SEED) -> dict:
    """Mean, standard deviation and per-fold values of every metric over ``k`` fixed folds.

    ``seed`` deals the articles to the folds; the reported figures use the default one,
    and :func:`repeated_summary` puts other seeds' runs beside it.
    """
    f23, f25 = split(data, k, seed)
    per_fold: list[dict[str, float]] = []
    floors: list[dict[str, float]] = []
    for f in range(k):
        tr23, te23, tr25, te25 = (np.flatnonzero(f23 != f), np.flatnonzero(f23 == f),
                                  np.flatnonzero(f25 != f), np.flatnonzero(f25 == f))
        model = fit_heads(data, tr23, tr25, encoder)
        per_fold.append(score_heads(model, data, te23, te25))
        floors.append(constant_baselines(data, tr23, te23, tr25, te25))
        log.info("fold %d: %s", f, {m: round(v, 3) for m, v in per_fold[-1].items()})
    return {
        "encoder": encoder,
        "folds": k,
        "seed": seed,
        "articles": {"semeval2023": len(data.genres), "semeval2025": len(data.domains), "mentions": len(data.roles)},
        "metrics": {m: summary([p[m] for p in per_fold]) for m in per_fold[0]},
        "constant_baselines": {m: summary([p[m] for p in floors]) for m in floors[0]},
    }


def cross_validate_languages(data: FramingData, k: int = 5, seed: int = SEED) -> dict:
    """Frames micro-F1 per other language: ``k`` folds over their rows (stratified by language).

    Each fold's frames head learns from every English article and the other folds' rows of
    all languages, as the shipped head does, and is scored on each language's held-out rows.
    Beside it, the floor a head must beat: the best constant set of frames of that language
    (chosen on its own rows, so optimistic for the floor).
    """
    from unspun.framing.languages import best_constant_frames

    languages = data.multi_languages
    fold_of = folds(len(languages), k, languages, seed=seed)
    every_english = np.arange(len(data.genres))
    scores: dict[str, list[float]] = {lang: [] for lang in sorted(set(languages))}
    for f in range(k):
        head = fit_frames(*_frame_rows(data, every_english, np.flatnonzero(fold_of != f)))
        for lang in scores:
            rows = np.flatnonzero((fold_of == f) & (np.array(languages) == lang))
            scores[lang].append(micro_f1(data.multi_frames[rows], head.scores(data.multi_frame_x[rows]) >= head.threshold("*")))
    out = {}
    for lang, values in scores.items():
        rows = np.flatnonzero(np.array(languages) == lang)
        gold = [tuple(f for f, on in zip(FRAMES, data.multi_frames[r]) if on) for r in rows]
        out[lang] = {"articles": int(len(rows)), "frames_micro_f1": summary(values),
                     "best_constant_frames_micro_f1": round(best_constant_frames(gold, list(FRAMES))[1], 4)}
    return out


def repeated_summary(runs: list[dict]) -> dict:
    """Each metric's mean over several cross-validation runs that deal the folds with different seeds.

    With 10 satire and 41 reporting articles, which two satire articles land in a test
    fold moves genre macro-F1 by several points, so one fixed split can be a lucky (or
    unlucky) draw: the mean over seeds, and its range, say how far to trust it.
    """
    names = list(runs[0]["metrics"])
    out: dict[str, dict[str, object]] = {}
    for name in names:
        means = [float(r["metrics"][name]["mean"]) for r in runs]
        out[name] = {"mean": round(float(np.mean(means)), 4), "min": round(min(means), 4), "max": round(max(means), 4),
                     "per_seed": [round(m, 4) for m in means]}
    return {"seeds": [r.get("seed") for r in runs], "metrics": out}


def train_all(data: FramingData, encoder: str) -> FramingModel:
    """The shipped heads: trained on every article of both datasets."""
    return fit_heads(data, np.arange(len(data.genres)), np.arange(len(data.domains)), encoder)
