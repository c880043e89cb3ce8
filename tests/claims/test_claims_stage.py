"""The claims stage: exact offsets, what is left out, and the JSON it writes."""

from __future__ import annotations

from unspun.article import Article
from unspun.analysis import Analysis, ArticleRecord
from unspun.claims.stage import ClaimStage
from unspun.nlp import load_spacy, parse_articles

TEXT = ("Arvenia lost 200 tanks, officials said.\n"
        "Will the 40 bridges hold?\n"
        "  The port clearly handled 9 million tonnes in 2023.  \n"
        "Nobody knows.")


def test_every_span_is_exact_offsets_into_the_article(claims_of) -> None:
    analysis = claims_of(TEXT)
    text = analysis.article.text
    for claim in analysis.claims:
        assert text[claim.start : claim.end] == claim.text
        for span in [*claim.hedges, *claim.quantities, *claim.certainty_markers]:
            assert text[span.start : span.end] == span.text
            assert claim.start <= span.start < span.end <= claim.end


def test_claims_are_trimmed_sentences_with_their_paragraph(claims_of) -> None:
    claims = claims_of(TEXT).claims
    assert [(c.paragraph, c.text) for c in claims] == [
        (0, "Arvenia lost 200 tanks, officials said."),
        (2, "The port clearly handled 9 million tonnes in 2023."),
    ]


def test_questions_are_not_claims(claims_of) -> None:
    assert all(not c.text.endswith("?") for c in claims_of(TEXT).claims)


def test_the_stage_works_without_the_quotes_stage(claims_of) -> None:
    analysis = claims_of(TEXT, quotes=None, sources=None)
    assert analysis.quotes is None and analysis.claims


def test_json_holds_the_claims_keys_only_when_the_stage_ran(claims_of) -> None:
    data = claims_of(TEXT).to_dict()
    assert {"claims", "repeated_quantities"} <= set(data)
    claim = data["claims"][0]
    assert set(claim) >= {"start", "end", "text", "paragraph", "score", "asserted_by", "hedges", "certainty",
                          "quantities"}
    article = Article.from_text(TEXT)
    bare = Analysis(unspun_version="test", article=ArticleRecord.of(article)).to_dict()
    assert "claims" not in bare and "repeated_quantities" not in bare


def test_boilerplate_paragraphs_are_not_scored() -> None:
    class Recorder:
        threshold = 0.5
        seen: list[str] = []

        def score(self, sentences):
            self.seen.extend(sentences)
            return [0.9] * len(sentences)

    article = Article.from_text("Subscribe for 3 free months.\nThe army lost 200 tanks.")
    parsed = parse_articles(load_spacy(), [article])[0]
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    analysis.article.paragraphs[0].kind = "boilerplate"
    recorder = Recorder()
    ClaimStage(scorer=recorder)(parsed, analysis)
    assert recorder.seen == ["The army lost 200 tanks."]
    assert analysis.analyses == ["claims"]


def test_the_stage_pickles_without_its_loaded_model() -> None:
    import pickle

    from unspun.claims.scorer import load_scorer

    stage = ClaimStage()
    assert stage.scorer is load_scorer()
    copy = pickle.loads(pickle.dumps(stage))
    assert copy._scorer is None and copy.scorer is load_scorer()
