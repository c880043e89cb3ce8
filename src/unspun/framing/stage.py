"""The framing stage: genre, frames, narratives and entity roles from the shared encoder pass.

The heads read the token states of the persuasion model's encoder (its last layer and,
for heads trained so, its embedding layer beside it). When the persuasion
stage ran just before on the same article and kept its token states, the framing stage
reuses that pass (it then costs only its linear heads); otherwise it runs the shared
encoder itself, asking only for the outputs its heads read.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from unspun.analysis import Analysis
from unspun.article import words_with_letters
from unspun.framing.encoding import ArticleEncoder, Encoding, SharedEncoder, from_encoded
from unspun.framing.entities import find_actors
from unspun.framing.model import MODEL_DIR, FramingModel
from unspun.framing.predict import predict_frames, predict_genre, predict_narratives, predict_roles
from unspun.framing.labels import OTHER
from unspun.framing.schema import EntityRole, FrameFinding, Genre, NarrativeFinding
from unspun.language.support import ENGLISH, unsupported_reason
from unspun.nlp import ParsedArticle
from unspun.stage import Stage

log = logging.getLogger(__name__)

class Findings(NamedTuple):
    """What the stage writes: the four findings, or empty ones and the reason they were withheld."""

    genre: Genre | None
    frames: list[FrameFinding]
    narratives: list[NarrativeFinding]
    entity_roles: list[EntityRole]
    withheld: str | None = None
    parts_withheld: dict[str, str] | None = None
    """Reasons for single findings not judged (``genre``, ``narratives``, ``entity_roles``)."""


# The framing heads learned from whole articles: the shortest in their training sets (SemEval-2023
# and -2025 English) has 88 words, the median 500-700. On a text far shorter nothing they learned
# applies (one sentence got "opinion 0.998" and four frames over 0.93), so under MIN_WORDS words
# the stage says nothing: no genre, and empty frames, narratives and roles.
MIN_WORDS = 50




def too_short(text: str) -> bool:
    """True for a text too short for the framing heads to judge (fewer than MIN_WORDS words)."""
    return words_with_letters(text) < MIN_WORDS


def too_short_reason(text: str) -> str:
    """Why a short text gets no genre, frames, narratives or roles (shown in every report)."""
    n = words_with_letters(text)
    return (f"not judged: the text has {n} word{'s' if n != 1 else ''}; genre, frames, narratives and roles are "
            f"learned from whole articles (88 words and more) and are not given for texts under {MIN_WORDS} words")


def default_encoder(model: FramingModel) -> ArticleEncoder:
    """The encoder the heads were trained on, as named in the model's config."""
    source = model.config.get("encoder_dir", "persuasion_v1")
    folder = MODEL_DIR.parent / source
    encoder = SharedEncoder(folder, outputs=model.encoder_outputs)
    if encoder.name.split("-")[-1] != model.encoder.split("-")[-1]:
        log.warning("framing heads were trained on encoder %s but %s is installed; retrain them "
                    "(unspun eval framing --save) for trustworthy scores", model.encoder, encoder.name)
    return encoder


class FramingStage(Stage):
    """Genre, frames, narratives and entity roles, as light heads on the shared encoder pass.

    ``shared`` is the stage whose ``last_encoded`` holds the encoder pass to reuse (the
    persuasion stage); the model and encoder load on first use.
    """

    name: ClassVar[str] = "framing"
    assigns: ClassVar[tuple[str, ...]] = ("genre", "frames", "narratives", "entity_roles")
    # The frames head learned from the languages its model lists (``frames_languages``); genre,
    # narratives and roles from English only: an article in another language gets frames alone,
    # or nothing, with the reasons (docs/framing.md, "Other languages").
    built_for: ClassVar[str] = ("frames are learned from English, French, German, Italian, Polish and Russian "
                                "articles, genre, narratives and roles from English ones")
    english_only: ClassVar[str] = ("genre, narratives and roles are learned from English articles only (genre's "
                                   "views include English word pieces; narrative topics are found by English words)")

    def __init__(self, model: FramingModel | None = None, encoder: ArticleEncoder | None = None,
                 shared: Any = None, model_dir: Path | None = None) -> None:
        self._model, self._encoder, self.shared, self.model_dir = model, encoder, shared, model_dir
        self.reused = 0  # how many articles reused the shared pass (for the benchmark and tests)

    @property
    def model(self) -> FramingModel:
        if self._model is None:
            self._model = FramingModel.load(self.model_dir or MODEL_DIR)
        return self._model

    @property
    def encoder(self) -> ArticleEncoder:
        if self._encoder is None:
            self._encoder = default_encoder(self.model)
        return self._encoder

    def __getstate__(self) -> dict[str, Any]:
        # onnxruntime sessions do not pickle; a worker process loads its own.
        return {**self.__dict__, "_encoder": None, "_model": None}

    def encode(self, parsed: ParsedArticle) -> Encoding:
        """The shared pass when the persuasion stage kept it for this article, else our own."""
        if self.shared is not None:
            encoding = from_encoded(parsed.article, getattr(self.shared, "last_encoded", None), self.model.encoder_outputs)
            if encoding is not None:
                self.reused += 1
                return encoding
        return self.encoder.encode(parsed.article)

    def predict(self, parsed: ParsedArticle, analysis: Analysis) -> Findings:
        article = parsed.article
        if too_short(article.text):
            return Findings(None, [], [], [], too_short_reason(article.text))
        model = self.model
        english = article.language in (None, "en")
        if not english and (reason := unsupported_reason(self.built_for, model.frames_languages, article)):
            return Findings(None, [], [], [], reason)
        encoding = self.encode(parsed)
        if not len(encoding.tokens):  # no token to read (only control characters): nothing to say
            return Findings(None, [], [], [], "not judged: the text holds no token the encoder can read")
        if not english:
            reason = unsupported_reason(self.english_only, ENGLISH, article) or ""
            return Findings(None, predict_frames(model, encoding), [], [], None,
                            {"genre": reason, "narratives": reason, "entity_roles": reason})
        narratives = predict_narratives(model, encoding, article)
        if all(n.domain == OTHER for n in narratives):
            # The role heads learned from Ukraine-war and climate articles only (SemEval-2025): on a
            # football report they named a club 'Terrorist'. Outside both topics they say nothing.
            roles, parts = [], {"entity_roles": ("not judged: entity roles are learned from articles on the war in "
                                                 "Ukraine and on climate change, and this article is about neither")}
        else:
            roles, parts = predict_roles(model, encoding, article, find_actors(parsed)), None
        return Findings(predict_genre(model, encoding, article), predict_frames(model, encoding), narratives, roles,
                        None, parts)

    def set_annotations(self, analysis: Analysis, predictions: Findings) -> None:
        analysis.genre, analysis.frames, analysis.narratives, analysis.entity_roles = predictions[:4]
        if predictions.withheld:
            analysis.withheld[self.name] = predictions.withheld
        analysis.withheld.update(predictions.parts_withheld or {})
