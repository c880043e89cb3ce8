"""The claims stage: check-worthy sentences with who asserts them, how hedged, and their numbers.

Every sentence of the article's title, headings, body and pasted posts is scored
by the check-worthiness model (:mod:`unspun.claims.scorer`); sentences at or over
the threshold are claims, except questions (a question asserts nothing). Numbers
are read from every sentence, so a figure repeated outside the claims still
counts for ``repeated_quantities``. When the quotes stage ran first, a claim
inside a quote is asserted by the quote's speaker; without it the sentence's own
attribution ("according to ...", "X said") is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, Sequence

from unspun.analysis import Analysis
from unspun.claims.attribution import asserted_by
from unspun.claims.hedges import certainty_level, find_certainty_markers, find_hedges
from unspun.claims.model import Claim, Quantity, QuantityMention, RepeatedQuantity
from unspun.claims.quantities import extract_quantities
from unspun.claims.repetition import Mention, repeated
from unspun.nlp import ParsedArticle, lemma_of
from unspun.spans import Span
from unspun.language.support import ENGLISH
from unspun.stage import Stage
from unspun.structure.rules import GLUED_SIGNATURE

SKIPPED_KINDS = {"boilerplate", "caption"}


class Scorer(Protocol):
    """Anything that scores sentences 0..1 and has a threshold (the ONNX scorer, or a test double)."""

    threshold: float

    def score(self, sentences: Sequence[str]) -> list[float]: ...


@dataclass
class ClaimsFound:
    """What :meth:`ClaimStage.predict` returns."""

    claims: list[Claim] = field(default_factory=list)
    repeated: list[RepeatedQuantity] = field(default_factory=list)


@dataclass(frozen=True)
class _Sentence:
    paragraph: int
    start: int
    end: int
    tokens: Sequence[Any]


def _is_question(sentence: str) -> bool:
    """True when the sentence ends in a question mark (before closing quotes or brackets)."""
    return sentence.rstrip("\"'”’ )").endswith("?")


def _sentences(parsed: ParsedArticle, kinds: list[str]) -> list[_Sentence]:
    text = parsed.article.text
    found = []
    for paragraph, sent in parsed.sentences():
        if kinds[paragraph] in SKIPPED_KINDS:
            continue
        base = parsed.offset(paragraph)
        start, end = base + sent.start_char, base + sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if kinds[paragraph] == "social_post" and (glued := GLUED_SIGNATURE.search(text, start, end)) and glued.start() > start:
            end = glued.start()  # '... at most.— Mo Renner (@moren) May 3': the post's words, not its signature
        if end > start:
            found.append(_Sentence(paragraph, start, end, [t for t in sent if base + t.idx < end]))
    return found


def _quantity_key(q: Any, tokens: Sequence[Any], base: int) -> str:
    """What a quantity counts, as a lemma ('reservists' -> 'reservist'); '' when it counts no noun.

    Only counted things are compared for repetition: two sums of money or two
    distances in one article are usually different things, two counts of
    "reservists" are usually the same one.
    """
    for tok in tokens:
        if tok.idx - base >= q.start and tok.text == q.unit and tok.idx - base + len(tok.text) == q.end:
            return lemma_of(tok).lower()
    return ""


class ClaimStage(Stage):
    """Scores sentences for check-worthiness and describes each claim."""

    name: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("claims", "repeated_quantities")
    languages: ClassVar[tuple[str, ...] | None] = ENGLISH
    built_for: ClassVar[str] = ("claims, their numbers and hedges are read with an English parser, English word "
                                "lists and a scorer trained on English sentences")

    def __init__(self, scorer: Scorer | None = None, threshold: float | None = None) -> None:
        self._scorer = scorer
        self._threshold = threshold

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the loaded model (an onnxruntime session cannot be pickled; workers reload it)."""
        state = dict(self.__dict__)
        from unspun.claims.scorer import ClaimScorer

        if isinstance(state.get("_scorer"), ClaimScorer):
            state["_scorer"] = None
        return state

    @property
    def scorer(self) -> Scorer:
        """The check-worthiness scorer (the shipped model, loaded on first use)."""
        if self._scorer is None:
            from unspun.claims.scorer import load_scorer

            self._scorer = load_scorer()
        return self._scorer

    def predict(self, parsed: ParsedArticle, analysis: Analysis) -> ClaimsFound:
        text = parsed.article.text
        sentences = _sentences(parsed, [p.kind for p in analysis.article.paragraphs])
        if not sentences:
            return ClaimsFound()
        texts = [text[s.start : s.end] for s in sentences]
        # A question asserts nothing: it is never a claim, so it is not scored (its numbers still count).
        statements = [i for i, t in enumerate(texts) if not _is_question(t)]
        scores: list[float | None] = [None] * len(texts)
        for i, score in zip(statements, self.scorer.score([texts[i] for i in statements])):
            scores[i] = score
        threshold = self._threshold if self._threshold is not None else self.scorer.threshold
        mentions: list[Mention] = []
        claims: list[Claim] = []
        for number, (sentence, score) in enumerate(zip(sentences, scores)):
            sentence_text = texts[number]
            # tok.idx is relative to the paragraph's Doc; "base" maps it onto sentence_text.
            base = sentence.start - parsed.offset(sentence.paragraph)
            found = extract_quantities(sentence_text, sentence.tokens, base)
            quantities = [
                Quantity(start=sentence.start + q.start, end=sentence.start + q.end,
                         text=sentence_text[q.start : q.end], value=q.value, low=q.low, high=q.high,
                         unit=q.unit, bound=q.bound, date=q.date)  # type: ignore[arg-type]
                for q in found
            ]
            for q, raw in zip(quantities, found):
                key = _quantity_key(raw, sentence.tokens, base)
                mentions.append(Mention(QuantityMention(**q.model_dump(), paragraph=sentence.paragraph), number, key))
            if score is None or score < threshold:
                continue
            hedges = find_hedges(sentence_text, sentence.tokens, base)
            markers = find_certainty_markers(sentence_text)
            who = asserted_by(sentence.start, sentence.end, sentence.tokens, sentence_text,
                              analysis.quotes, analysis.sources)
            in_quote = any(q.start < sentence.end and sentence.start < q.end and q.kind in {"direct", "partial"}
                           for q in analysis.quotes or ())
            claims.append(Claim(
                start=sentence.start, end=sentence.end, text=sentence_text, paragraph=sentence.paragraph,
                score=round(score, 4), asserted_by=who,
                hedges=[Span.of(text, sentence.start + h.start, sentence.start + h.end) for h in hedges],
                certainty=certainty_level(hedges, markers), quantities=quantities,
                certainty_markers=[Span.of(text, sentence.start + m.start, sentence.start + m.end) for m in markers],
                is_quote=in_quote,
            ))
        return ClaimsFound(claims=claims, repeated=repeated(mentions))

    def set_annotations(self, analysis: Analysis, predictions: ClaimsFound) -> None:
        analysis.claims = predictions.claims
        analysis.repeated_quantities = predictions.repeated
