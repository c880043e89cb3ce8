"""The framing model: its heads, the features they read, and loading it from package data.

Training (:mod:`unspun.framing.train`) and run time (:mod:`unspun.framing.stage`) build
features with the same functions here, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from unspun.article import Article
from unspun.errors import ModelError
from unspun.framing.encoding import Encoding
from unspun.framing.genre import GenreCombination, log_probs
from unspun.framing.heads import LinearHead
from unspun.framing.ngrams import NgramVocabulary
from unspun.framing.style import style_vector

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "framing_v1"
HEAD_NAMES = ("genre", "frames", "domain", "narratives", "subnarratives", "main_role", "fine_roles")
NGRAMS_FILE = "genre_ngrams.json"
NO_DOMAIN = "none"
NARRATIVE_NGRAMS = "narratives_ngrams"  # optional second view of the narrative head (subnarratives: not worth 7 MB)


_MEASURES = {
    "genre": ("genre_macro_f1", "macro-F1"),
    "frames": ("frames_micro_f1", "micro-F1"),
    "narratives": ("narratives_f1_samples", "F1 (samples)"),
    "subnarratives": ("subnarratives_f1_samples", "F1 (samples)"),
    "entity_roles": ("main_role_accuracy", "main-role accuracy"),
}

# What the constant answer of ``cross_validation_constant_baselines`` is, in a report's words.
_CONSTANT = {
    "genre_macro_f1": "always answering the commonest genre",
    "frames_micro_f1": "always answering the commonest frames",
    "main_role_accuracy": "always answering the commonest role",
}


@lru_cache(maxsize=4)
def measured_scores(model_dir: Path = MODEL_DIR, language: str | None = None) -> dict[str, str]:
    """How well each finding was measured to work, in words for a report ('macro-F1 0.48 ± 0.10'), read
    from the shipped model's cross-validation; empty when the model folder has none.

    For an article in another language the frames line gives that language's figure.
    """
    try:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    cv = config.get("cross_validation", {})
    floors = config.get("cross_validation_constant_baselines", {})
    out = {}
    for finding, (key, name) in _MEASURES.items():
        if isinstance(cv.get(key), dict) and "mean" in cv[key]:
            out[finding] = f"{name} {cv[key]['mean']:.2f} ± {cv[key].get('std', 0):.2f} in 5-fold cross-validation"
            floor = floors.get(key)
            if isinstance(floor, dict) and "mean" in floor:
                out[finding] += f"; {_CONSTANT[key]} scores {floor['mean']:.2f}"
                if cv[key]["mean"] <= floor["mean"]:
                    out[finding] += ": no better than that"
    other = (config.get("frames_by_language") or {}).get(language or "en")
    if isinstance(other, dict) and isinstance(other.get("frames_micro_f1"), dict):
        m = other["frames_micro_f1"]
        from unspun.language import language_name

        out["frames"] = (f"micro-F1 {m['mean']:.2f} ± {m.get('std', 0):.2f} in 5-fold cross-validation on "
                         f"{language_name(str(language))} articles")
        if isinstance(other.get("best_constant_frames_micro_f1"), (int, float)):
            out["frames"] += f"; the best constant set of frames scores {other['best_constant_frames_micro_f1']:.2f}"
    return out


def genre_features(encoding: Encoding, article: Article) -> np.ndarray:
    """Article vector, the maximum over paragraph vectors, and surface style.

    Genre is about how an article is written more than what it is about: the style rates
    and the most extreme paragraph say more of that than the mean alone (measured:
    macro-F1 0.38 with mean + style, 0.46 with the maximum added, on persuasion_v1-360cbc2f).
    """
    peak = encoding.paragraphs.max(0) if len(encoding.paragraphs) else encoding.article
    return np.concatenate([encoding.article, peak, style_vector(article)])


def style_features(article: Article) -> np.ndarray:
    """The style rates alone: the input of the ``genre_style`` view."""
    return style_vector(article)


def article_features(encoding: Encoding) -> np.ndarray:
    """The article vector alone: frames, domain and narratives (linear in the paragraph vectors)."""
    return encoding.article


def mention_features(encoding: Encoding, article: Article, start: int, end: int) -> np.ndarray:
    """One entity mention in context: its tokens, its paragraph, the whole article."""
    index = article.paragraph_at(start)
    para = encoding.paragraphs[index] if index is not None and len(encoding.paragraphs) else encoding.article
    return np.concatenate([encoding.span_vector(start, end), para, encoding.article])


@dataclass
class FramingModel:
    """All heads of the framing stage plus the settings they were trained with."""

    heads: dict[str, LinearHead]
    encoder: str
    config: dict = field(default_factory=dict)
    genre: GenreCombination | None = None  # None: the ``genre`` head alone decides (models before the views)
    vocabulary: NgramVocabulary | None = None  # of the ``genre_ngrams`` view
    # The last article's n-gram row: the genre and narrative heads read the same one.
    _last_ngrams: tuple[str, np.ndarray] | None = field(default=None, init=False, repr=False, compare=False)

    def ngram_row(self, text: str) -> np.ndarray:
        """The TF-IDF row (1 x n-grams) of ``text`` in the model's vocabulary, computed once per article."""
        if self.vocabulary is None:
            raise ModelError(f"framing model reads the n-gram view but has no {NGRAMS_FILE}; retrain it")
        last = self._last_ngrams  # read once: another thread may store its own article meanwhile
        if last is None or last[0] != text:
            last = (text, self.vocabulary.transform([text]))
            self._last_ngrams = last
        return last[1]

    def genre_probabilities(self, views: dict[str, np.ndarray]) -> np.ndarray:
        """Genre probabilities (one row per article) from each view's features.

        ``views`` maps head names to feature rows; only the combination's members are read.
        """
        if self.genre is None:
            return self.heads["genre"].scores(views["genre"])
        return self.genre.combine({m: log_probs(self.heads[m], views[m]) for m in self.genre.members})

    @property
    def frames_languages(self) -> tuple[str, ...]:
        """ISO 639-1 codes of the languages the frames head learned from (English alone for older heads)."""
        return tuple(self.config.get("frames_languages", ["en"]))

    @property
    def encoder_outputs(self) -> tuple[str, ...]:
        """The shared encoder's per-token outputs the heads read, side by side (as trained)."""
        return tuple(self.config.get("encoder_outputs", ["token_states"]))

    @property
    def narrative_ngrams(self) -> bool:
        """Whether the narrative head has the character n-gram view (chosen by inner CV in training)."""
        return NARRATIVE_NGRAMS in self.heads

    def narrative_scores(self, x: np.ndarray, ngrams: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Narrative and subnarrative scores; narratives averaged with the n-gram head when the model has it.

        ``ngrams`` holds the rows of the (genre) n-gram vocabulary's TF-IDF for the same articles.
        """
        n, s = self.heads["narratives"].scores(x), self.heads["subnarratives"].scores(x)
        if not self.narrative_ngrams:
            return n, s
        if ngrams is None:
            raise ModelError("framing model's narrative head reads the n-gram view; pass its rows")
        return (n + self.heads[NARRATIVE_NGRAMS].scores(ngrams)) / 2, s

    def genre_views(self, encoding: Encoding, article: Article) -> dict[str, np.ndarray]:
        """The features of each genre view the model uses, for one article (rows of one)."""
        members = self.genre.members if self.genre is not None else ["genre"]
        views: dict[str, np.ndarray] = {}
        if "genre" in members:
            views["genre"] = genre_features(encoding, article)[None]
        if "genre_style" in members:
            views["genre_style"] = style_features(article)[None]
        if "genre_ngrams" in members:
            views["genre_ngrams"] = self.ngram_row(article.text)
        return views

    def save(self, folder: Path) -> None:
        """Write ``heads.npz`` and ``config.json`` into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        for name, head in self.heads.items():
            arrays.update(head.arrays(name))
        config = {**self.config, "encoder": self.encoder, "heads": {n: h.config() for n, h in self.heads.items()}}
        if self.genre is not None:
            config["genre_combination"] = self.genre.config()
        if self.vocabulary is not None:
            arrays["genre_ngrams.idf"] = self.vocabulary.idf
            (folder / NGRAMS_FILE).write_text(json.dumps(self.vocabulary.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        np.savez_compressed(folder / "heads.npz", **arrays)
        (folder / "config.json").write_text(json.dumps(config, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> "FramingModel":
        """Read a saved model, or raise ModelError saying what is missing."""
        config_path, heads_path = folder / "config.json", folder / "heads.npz"
        for path in (config_path, heads_path):
            if not path.exists():
                raise ModelError(f"{path}: framing model file missing; reinstall unspun or retrain with `unspun eval framing --save`")
        config = json.loads(config_path.read_text(encoding="utf-8"))
        genre = GenreCombination.from_config(config["genre_combination"]) if "genre_combination" in config else None
        vocabulary = None
        with np.load(heads_path) as arrays:
            try:
                heads = {name: LinearHead.load(name, arrays, spec) for name, spec in config["heads"].items()}
            except KeyError as err:
                raise ModelError(f"{heads_path}: weights {err} missing; reinstall unspun or retrain the framing model") from None
            ngrams_path = folder / NGRAMS_FILE
            if ngrams_path.exists() and "genre_ngrams.idf" in arrays:
                spec = json.loads(ngrams_path.read_text(encoding="utf-8"))
                vocabulary = NgramVocabulary.from_json(spec, arrays["genre_ngrams.idf"])
        # Narrative thresholds were tuned on the averaged views: a model trained with the n-gram view needs it.
        needed = list(HEAD_NAMES) + (genre.members if genre is not None else []) + (
            [NARRATIVE_NGRAMS] if config.get("narrative_ngrams") else [])
        missing = [n for n in dict.fromkeys(needed) if n not in heads]
        if missing:
            raise ModelError(f"{config_path}: heads {', '.join(missing)} missing; retrain the framing model")
        uses_ngrams = (genre is not None and "genre_ngrams" in genre.members) or NARRATIVE_NGRAMS in heads
        if uses_ngrams and vocabulary is None:
            raise ModelError(f"{folder / NGRAMS_FILE}: n-gram vocabulary of the genre and narrative heads missing; reinstall unspun or retrain")
        return cls(heads=heads, encoder=config["encoder"], genre=genre, vocabulary=vocabulary,
                   config={k: v for k, v in config.items() if k not in ("heads", "encoder", "genre_combination")})
