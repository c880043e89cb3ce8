"""The persuasion model at run time: token probabilities → technique spans and paragraph labels.

The shipped ONNX graph gives, for every token, two sigmoid outputs per technique:
``span_probs`` (is this token inside a span of the technique?) and ``para_probs`` (whose
maximum over a paragraph's tokens says whether the paragraph uses it). Spans are runs of
tokens at or above the technique's span threshold; a paragraph uses a technique when its
maximum ``para_probs`` reaches the technique's paragraph threshold. When the config says
``"paragraph_source": "stacked"`` and ``paragraph_head.npz`` is present, the stacked
paragraph head (:mod:`unspun.persuasion.paragraph_head`) scores paragraphs from the same
pass instead, with its own thresholds. Thresholds come from the model's config JSON
(tuned on held-out data, see the model card). ``span_classifier.npz``, when present, is the
stacked span technique classifier (:mod:`unspun.persuasion.span_classifier`); it relabels
the found spans only when the config's ``span_classifier.relabel_spans`` is true (off in
the shipped model: it lowered English dev span F1).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from unspun.encoder.runtime import EncodedText, Encoder
from unspun.errors import ModelError
from unspun.persuasion.labels import PTC_OF, TECHNIQUES
from unspun.persuasion.paragraph_head import HEAD_FILE, ParagraphHead
from unspun.persuasion.span_classifier import CLASSIFIER_FILE, SpanClassifier, mean_span_probs, to_2023
from unspun.persuasion.sentences import sentence_bounds, widen

MODEL_NAME = "persuasion_v1"


def default_model_dir() -> Path:
    """The folder of the shipped model inside the installed package."""
    return Path(str(resources.files("unspun") / "models" / MODEL_NAME))


@dataclass(frozen=True)
class FoundSpan:
    """A technique found at characters ``[start, end)`` of the text, in paragraph ``paragraph``."""

    technique: str
    start: int
    end: int
    paragraph: int
    confidence: float


@dataclass(frozen=True)
class Thresholds:
    """Per-technique decision thresholds for spans and for paragraphs."""

    span: np.ndarray  # (n_techniques,)
    paragraph: np.ndarray  # (n_techniques,)

    @classmethod
    def from_config(cls, cfg: dict, techniques: tuple[str, ...] = TECHNIQUES) -> "Thresholds":
        def vec(key: str) -> np.ndarray:
            table = cfg.get(key, {})
            default = float(cfg.get("default_threshold", 0.5))
            return np.asarray([float(table.get(t, default)) for t in techniques], dtype=np.float32)

        return cls(vec("span_thresholds"), vec("paragraph_thresholds"))


def token_paragraphs(offsets: np.ndarray, paragraphs: list[tuple[int, int]]) -> np.ndarray:
    """The index of the paragraph holding each token (-1 for a token in none)."""
    if len(offsets) == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.asarray([p[0] for p in paragraphs] or [0], dtype=np.int64)
    ends = np.asarray([p[1] for p in paragraphs] or [0], dtype=np.int64)
    idx = np.searchsorted(starts, offsets[:, 0], side="right") - 1
    ok = (idx >= 0) & (offsets[:, 0] < ends[np.clip(idx, 0, None)]) if paragraphs else np.zeros(len(offsets), bool)
    return np.where(ok, idx, -1)


def decode_spans(
    probs: np.ndarray,
    offsets: np.ndarray,
    para_of_token: np.ndarray,
    thresholds: np.ndarray,
    techniques: tuple[str, ...] = TECHNIQUES,
    max_gap: int = 1,
    text: str | None = None,
    drop_stop_words: bool = True,
    sentence_techniques: frozenset[str] = frozenset(),
    language: str | None = None,
) -> list[FoundSpan]:
    """Runs of tokens at or above threshold, one span per run, never crossing a paragraph.

    Two runs of a technique separated by at most ``max_gap`` tokens below threshold are
    joined (a single weak token inside a phrase should not split it). Confidence is the
    mean probability of the run's tokens at or above threshold (so never below it). With ``text``, a span that starts or ends inside
    a word is widened to the whole word (the tokenizer cuts words into pieces, and a piece
    such as "unter" of "blunter" is no finding a reader can check); spans of one technique
    that then overlap are merged, keeping the higher confidence; and a span that is one lower-case
    or capitalised stop word ("is", "this") is dropped (on the held-out English tuning
    articles: a fifth of the spans, span micro-F1 0.138 -> 0.147 with the shipped thresholds,
    ``benchmarks/bench_span_decoding.py``; 0.6 % of English gold spans are such a word, e.g.
    "our" as Flag_Waving; all-capitals emphasis such as "NO" is kept; ``drop_stop_words``
    False keeps them; the stop words are those of ``language``, English when spaCy has no list for it).
    A span without a letter or digit (a lone comma) is always dropped. Then spans of the ``sentence_techniques`` (those annotators mark as whole
    sentences, learned from training spans: :mod:`unspun.persuasion.sentences`) are widened to
    the sentences they touch and merged again.
    """
    found: list[FoundSpan] = []
    real = offsets[:, 1] > offsets[:, 0] if len(offsets) else np.zeros(0, bool)
    for t, name in enumerate(techniques):
        active = np.flatnonzero((probs[:, t] >= thresholds[t]) & real & (para_of_token >= 0))
        if active.size == 0:
            continue
        run = [int(active[0])]
        for i in active[1:]:
            i = int(i)
            if i - run[-1] <= max_gap + 1 and para_of_token[i] == para_of_token[run[-1]]:
                run.append(i)
            else:
                found.append(_span(name, run, probs[:, t], offsets, para_of_token))
                run = [i]
        found.append(_span(name, run, probs[:, t], offsets, para_of_token))
    if text is not None:
        found = _whole_words(found, text)
        found = [f for f in found if _WORD.search(text, f.start, f.end)]  # punctuation alone (',') is no finding
        if drop_stop_words:
            found = [f for f in found if not _one_stop_word(text[f.start : f.end], language)]
        if sentence_techniques:
            found = widen_to_sentences(found, text, sentence_techniques)
    found.sort(key=lambda s: (s.start, s.end, s.technique))
    return found


_JOINERS = "'’-‐"  # inside a word between two letters: "council's", "so-called", "don't"
_EDGE = " \t,;:"  # never the first or last character of a span


def _joined(text: str, i: int) -> bool:
    """True when text[i - 1] and text[i] belong to one word (directly, or across an apostrophe or hyphen)."""
    if text[i - 1].isalnum() and text[i].isalnum():
        return True
    if text[i] in _JOINERS and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
        return True
    return text[i - 1] in _JOINERS and text[i].isalnum() and i >= 2 and text[i - 2].isalnum()


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened so that it neither starts nor ends inside a word ("council's",
    "so-called" and "don't" are one word each), then trimmed of spaces, commas, semicolons and colons
    at its edges."""
    while 0 < start < len(text) and _joined(text, start):
        start -= 1
    while 0 < end < len(text) and _joined(text, end):
        end += 1
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _whole_words(found: list[FoundSpan], text: str) -> list[FoundSpan]:
    out: list[FoundSpan] = []
    last: dict[str, int] = {}  # technique -> index in ``out`` of its latest span
    for f in sorted(found, key=lambda f: (f.technique, f.start)):
        start, end = snap_to_words(text, f.start, f.end)
        k = last.get(f.technique)
        if k is not None and out[k].paragraph == f.paragraph and start < out[k].end:
            prev = out[k]
            out[k] = FoundSpan(f.technique, prev.start, max(prev.end, end), prev.paragraph, max(prev.confidence, f.confidence))
            continue
        last[f.technique] = len(out)
        out.append(FoundSpan(f.technique, start, end, f.paragraph, f.confidence))
    return out


def widen_to_sentences(found: list[FoundSpan], text: str, techniques: frozenset[str]) -> list[FoundSpan]:
    """Spans of ``techniques`` widened to their sentences; then spans of one technique that overlap,
    in one paragraph, merged (keeping the higher confidence), whatever their technique. Sorted."""
    bounds = sentence_bounds(text) if any(f.technique in techniques for f in found) else []
    widened = [FoundSpan(f.technique, *widen(f.start, f.end, bounds), f.paragraph, f.confidence)
               if f.technique in techniques else f for f in found]
    out: list[FoundSpan] = []
    for f in sorted(widened, key=lambda f: (f.technique, f.start)):
        prev = out[-1] if out else None
        if prev is not None and prev.technique == f.technique and prev.paragraph == f.paragraph and f.start < prev.end:
            out[-1] = FoundSpan(f.technique, prev.start, max(prev.end, f.end), prev.paragraph, max(prev.confidence, f.confidence))
        else:
            out.append(f)
    out.sort(key=lambda s: (s.start, s.end, s.technique))
    return out


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


@lru_cache(maxsize=8)
def _stop_words(language: str | None = None) -> frozenset[str]:
    """spaCy's stop words of ``language`` (English when it has none), imported on first use.

    The lists ship in spaCy itself (``spacy.lang.fr.stop_words``, ...), no pipeline needed:
    on a French article "ne" and "et" are the stop words a lone span must not be.
    """
    import importlib

    code = language if language and language.isalpha() else "en"
    try:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        module = importlib.import_module("spacy.lang.en.stop_words")
    return frozenset(module.STOP_WORDS)


def _one_stop_word(span_text: str, language: str | None = None) -> bool:
    words = _WORD.findall(span_text)
    return (len(words) == 1 and words[0].lower() in _stop_words(language)
            and not (words[0].isupper() and len(words[0]) > 1))


def _span(name: str, run: list[int], p: np.ndarray, offsets: np.ndarray, para: np.ndarray) -> FoundSpan:
    first, last = run[0], run[-1]
    conf = float(p[run].mean())  # the tokens over threshold: a weak token bridged inside the run does not pull it below
    return FoundSpan(name, int(offsets[first, 0]), int(offsets[last, 1]), int(para[first]), round(conf, 4))


def paragraph_scores(probs: np.ndarray, para_of_token: np.ndarray, n_paragraphs: int) -> np.ndarray:
    """(n_paragraphs, n_techniques): the maximum probability over each paragraph's tokens."""
    out = np.zeros((n_paragraphs, probs.shape[1] if probs.ndim == 2 else len(TECHNIQUES)), dtype=np.float32)
    for p in range(n_paragraphs):
        sel = para_of_token == p
        if sel.any():
            out[p] = probs[sel].max(0)
    return out


class PersuasionModel:
    """The shipped (or a given) persuasion model: one encoder pass, spans and paragraph labels."""

    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        cfg_path = self.model_dir / "config.json"
        if not cfg_path.is_file():
            raise ModelError(f"{cfg_path}: persuasion model config missing; reinstall unspun or run 'unspun train persuasion'")
        try:
            self.config = json.loads(cfg_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ModelError(f"{cfg_path}: not valid JSON ({exc}); reinstall unspun") from exc
        self.techniques = tuple(self.config.get("techniques", TECHNIQUES))
        if self.techniques != TECHNIQUES:
            raise ModelError(f"{cfg_path}: the model's techniques differ from unspun's 23; use a matching unspun version")
        self.thresholds = Thresholds.from_config(self.config)
        # Techniques whose spans are widened to whole sentences (learned from training spans; none in older models)
        self.sentence_techniques = frozenset(self.config.get("span_sentence_techniques", {}).get("techniques", []))
        # Which head gives the paragraph labels (chosen by measurement): the stacked
        # paragraph head when its file is there, else a token head's maximum per paragraph.
        self.paragraph_source = str(self.config.get("paragraph_source", "para_probs"))
        self.paragraph_head: ParagraphHead | None = None
        if self.paragraph_source == "stacked":
            head_cfg = self.config.get("paragraph_head", {})
            head_path = self.model_dir / str(head_cfg.get("file", HEAD_FILE))
            if head_path.is_file():
                self.paragraph_head = ParagraphHead.load(head_path)
                self.thresholds = Thresholds(self.thresholds.span, self.paragraph_head.thresholds)
            else:  # the token-head rule and its thresholds (config paragraph_thresholds)
                self.paragraph_source = str(head_cfg.get("fallback_source", "span_probs"))
        # The stacked span classifier (PTC labels from the same pass), when its file is there;
        # with ``relabel_spans`` it gives each found span its technique where it is confident.
        # Loaded on first use: with relabelling off (the shipped setting) only the evaluation reads it.
        sc_cfg = self.config.get("span_classifier", {})
        self._span_classifier_path = self.model_dir / str(sc_cfg.get("file", CLASSIFIER_FILE))
        self.relabel_spans = bool(sc_cfg.get("relabel_spans", False)) and self._span_classifier_path.is_file()
        self.relabel_min_confidence = float(sc_cfg.get("relabel_min_confidence", 0.5))
        if self.relabel_spans:
            self.span_classifier  # noqa: B018 - load now, so that a bad file fails at start-up
        if self.paragraph_source not in ("para_probs", "span_probs", "stacked"):
            raise ModelError(f"{cfg_path}: paragraph_source must be stacked, para_probs or span_probs")
        self.encoder = Encoder(
            self.model_dir / "model.onnx",
            self.model_dir / "tokenizer.json",
            window=int(self.config.get("window", 254)),
            overlap=int(self.config.get("overlap", 32)),
            # embedding_states (when the graph has it) is for the framing heads sharing this pass
            outputs=("span_probs", "para_probs", "pooled", "token_states", "embedding_states"),
            threads=threads,
        )

    @cached_property
    def span_classifier(self) -> SpanClassifier | None:
        """The stacked span technique classifier, or None when the model folder has none."""
        path = self._span_classifier_path
        return SpanClassifier.load(path) if path.is_file() else None

    def encode(self, text: str) -> EncodedText:
        """The encoder pass over ``text`` (token offsets and per-token probabilities)."""
        return self.encoder.encode(text)

    def analyse(
        self, text: str, paragraphs: list[tuple[int, int]], encoded: EncodedText | None = None,
        language: str | None = None,
    ) -> tuple[list[FoundSpan], np.ndarray, EncodedText]:
        """Spans found, paragraph scores (n_paragraphs x 23), and the encoder pass itself.

        ``language`` (ISO 639-1; None reads as English) chooses the stop words no span may be alone.
        """
        enc = encoded if encoded is not None else self.encode(text)
        n_t = len(TECHNIQUES)
        if len(enc.offsets) == 0:
            return [], np.zeros((len(paragraphs), n_t), dtype=np.float32), enc
        para_of_token = token_paragraphs(enc.offsets, paragraphs)
        spans = self.find_spans(enc, para_of_token, text, language=language)
        return spans, self.paragraph_scores(enc, para_of_token, paragraphs), enc

    def find_spans(self, enc: EncodedText, para_of_token: np.ndarray, text: str,
                   thresholds: np.ndarray | None = None, relabel: bool | None = None,
                   language: str | None = None) -> list[FoundSpan]:
        """The technique spans of one encoder pass, decoded as the stage shows them.

        Runs over threshold become whole-word spans; the span classifier relabels them (when
        ``relabel_spans``); only then are the spans of the sentence-wide techniques widened to
        their sentences, so a span's extent always follows its final technique, and spans of
        one technique that overlap are merged.
        """
        th = self.thresholds.span if thresholds is None else thresholds
        spans = decode_spans(enc.token_outputs["span_probs"], enc.offsets, para_of_token, th, text=text, language=language)
        if self.relabel_spans if relabel is None else relabel:
            spans = self.relabel(enc, spans)
        return widen_to_sentences(spans, text, self.sentence_techniques)

    def paragraph_scores(self, enc: EncodedText, para_of_token: np.ndarray, paragraphs: list[tuple[int, int]]) -> np.ndarray:
        """(n_paragraphs, 23) paragraph scores from the configured source, to compare with ``thresholds.paragraph``."""
        if len(enc.offsets) == 0:
            return np.zeros((len(paragraphs), len(TECHNIQUES)), dtype=np.float32)
        if self.paragraph_head is not None:
            return self.paragraph_head.paragraph_scores(enc, para_of_token, paragraphs)
        return paragraph_scores(enc.token_outputs[self.paragraph_source], para_of_token, len(paragraphs))

    def relabel(self, enc: EncodedText, spans: list[FoundSpan], min_confidence: float | None = None) -> list[FoundSpan]:
        """Give each span the span classifier's technique where it is confident (a duplicate is dropped).

        The classifier names a PTC label; a span whose technique already falls under it keeps
        its technique, otherwise it gets the member technique the token heads score highest
        over the span (:func:`~unspun.persuasion.span_classifier.to_2023`), with the
        classifier's probability as confidence.
        """
        if self.span_classifier is None or not spans:
            return spans
        floor = self.relabel_min_confidence if min_confidence is None else min_confidence
        probs = self.span_classifier.classify(enc, [(f.start, f.end) for f in spans])
        out: dict[tuple[str, int, int], FoundSpan] = {}
        for f, row in zip(spans, probs):
            best = int(np.argmax(row))
            ptc = self.span_classifier.labels[best]
            if row[best] >= floor and PTC_OF.get(f.technique) != ptc:
                f = FoundSpan(to_2023(ptc, mean_span_probs(enc, f.start, f.end)), f.start, f.end, f.paragraph, round(float(row[best]), 4))
            key = (f.technique, f.start, f.end)
            if key not in out or out[key].confidence < f.confidence:
                out[key] = f
        return sorted(out.values(), key=lambda s: (s.start, s.end, s.technique))
