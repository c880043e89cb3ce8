"""The shipped persuasion model loads and runs on an invented article through the stage."""

from __future__ import annotations

import json

import jsonschema
import pytest

from unspun.analysis import Analysis, ArticleRecord, json_schema
from unspun.article import Article
from unspun.nlp import ParsedArticle
from unspun.persuasion.labels import FAMILY_OF, TECHNIQUES
from unspun.persuasion.model import PersuasionModel, default_model_dir
from unspun.persuasion.stage import PersuasionStage
from unspun.report.terminal_persuasion import persuasion_section

ARTICLE = """Harbour plan is a betrayal, say furious residents

The reckless, arrogant council has once again ignored the people of Velmora.
Either we stop the bulldozers today or our children will never see the sea again.
Every true Velmoran knows what the harbour means to us; only traitors would sell it.
Can we really trust a mayor who has changed his mind three times this year?
"""


@pytest.fixture(scope="module")
def model() -> PersuasionModel:
    return PersuasionModel()


def test_shipped_files_are_small_enough() -> None:
    d = default_model_dir()
    for name in ("model.onnx", "tokenizer.json", "config.json"):
        assert (d / name).stat().st_size < 40_000_000
    cfg = json.loads((d / "config.json").read_text())
    assert cfg["techniques"] == list(TECHNIQUES)


def test_stage_writes_spans_and_paragraph_labels(model: PersuasionModel) -> None:
    article = Article.from_text(ARTICLE)
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    stage = PersuasionStage(model)
    stage(ParsedArticle(article, ()), analysis)
    assert analysis.techniques is not None and analysis.paragraph_techniques is not None
    for s in analysis.techniques:
        assert article.text[s.start : s.end] == s.text and s.text.strip() == s.text
        p = article.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        assert s.family == FAMILY_OF[s.technique] and 0.0 <= s.confidence <= 1.0
    for pt in analysis.paragraph_techniques:
        assert 0 <= pt.paragraph < len(article.paragraphs) and pt.techniques
        assert all(t.technique in TECHNIQUES for t in pt.techniques)
    jsonschema.validate(json.loads(analysis.to_json()), json_schema())
    assert persuasion_section(analysis) is not None
    assert stage.last_encoded is not None and stage.last_encoded.pooled.shape == (384,)


def test_paragraph_labels_follow_the_thresholds(model: PersuasionModel) -> None:
    article = Article.from_text(ARTICLE)
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    _, scores, _ = model.analyse(article.text, paragraphs)
    assert scores.shape == (len(paragraphs), 23)
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    PersuasionStage(model)(ParsedArticle(article, ()), analysis)
    labelled = {(pt.paragraph, t.technique) for pt in analysis.paragraph_techniques or [] for t in pt.techniques}
    th = model.thresholds.paragraph
    expected = {(i, TECHNIQUES[k]) for i in range(len(paragraphs)) for k in range(23) if scores[i, k] >= th[k]}
    assert labelled == expected


def test_report_section_is_absent_when_the_stage_did_not_run() -> None:
    article = Article.from_text(ARTICLE)
    assert persuasion_section(Analysis(unspun_version="test", article=ArticleRecord.of(article))) is None


def test_spans_of_sentence_wide_techniques_are_whole_sentences(model: PersuasionModel) -> None:
    from unspun.persuasion.sentences import sentence_bounds

    assert model.sentence_techniques and model.sentence_techniques <= set(TECHNIQUES)
    assert "Doubt" in model.sentence_techniques and "Loaded_Language" not in model.sentence_techniques
    article = Article.from_text(ARTICLE)
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    PersuasionStage(model)(ParsedArticle(article, ()), analysis)
    starts = {s for s, _ in sentence_bounds(article.text)}
    ends = {e for _, e in sentence_bounds(article.text)}
    wide = [s for s in analysis.techniques if s.technique in model.sentence_techniques]
    assert all(s.start in starts and s.end in ends for s in wide)
    by_technique: dict[str, list] = {}
    for s in analysis.techniques:  # relabelled or not, spans of one technique never overlap
        by_technique.setdefault(s.technique, []).append((s.start, s.end))
    for spans in by_technique.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_a_one_sentence_plain_report_gets_no_technique_from_extrapolated_features(model: PersuasionModel) -> None:
    text = "The council met on Tuesday."
    spans, scores, _ = model.analyse(text, [(0, len(text))])
    assert model.paragraph_head is not None and model.paragraph_head.bounds is not None
    assert spans == [] and not (scores >= model.thresholds.paragraph).any()
    assert float(scores.max()) < 0.5
