"""The framing stage end to end on an invented article, with a toy model and a fake encoder."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import numpy as np
import pytest

from unspun.article import Article
from unspun.framing.stage import FramingStage
from unspun.pipeline import Analyzer
from unspun.structure import StructureStage

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "analysis.schema.json"


@pytest.fixture()
def analysed(toy_model, make_encoder, article_text):
    encoder = make_encoder()
    stage = FramingStage(model=toy_model, encoder=encoder)
    return Analyzer(stages=[StructureStage(), stage]).analyze(article_text), encoder


def test_stage_writes_all_four_keys_with_valid_offsets(analysed) -> None:
    analysis, _ = analysed
    data = analysis.to_dict()
    assert {"genre", "frames", "narratives", "entity_roles"} <= set(data)
    assert analysis.invalid_spans() == []
    assert set(analysis.genre.scores) == {"opinion", "reporting", "satire"}
    assert abs(sum(analysis.genre.scores.values()) - 1) < 1e-3
    n = len(analysis.article.paragraphs)
    for f in analysis.frames:
        assert f.paragraphs and all(0 <= i < n for i in f.paragraphs)
    assert analysis.narratives and all(x.explanation for x in analysis.narratives)


def test_output_validates_against_the_published_schema(analysed) -> None:
    analysis, _ = analysed
    jsonschema.validate(analysis.to_dict(), json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_entity_roles_are_withheld_for_an_article_outside_both_topics(toy_model, make_encoder, monkeypatch) -> None:
    import unspun.framing.stage as stage_module
    from unspun.framing.schema import NarrativeFinding

    other = NarrativeFinding(domain="Other", narrative="Other", subnarrative="Other", confidence=0.9,
                             paragraphs=[], explanation="No narrative.")
    monkeypatch.setattr(stage_module, "predict_narratives", lambda *a: [other])
    analysis = Analyzer(stages=[StructureStage(), FramingStage(model=toy_model, encoder=make_encoder())]).analyze(
        "Velmora bakers win the bread fair\n" + "The bakers of Velmora won the regional bread fair on Saturday. " * 8)
    assert analysis.entity_roles == [] and analysis.withheld["entity_roles"].startswith("not judged")
    assert analysis.genre is not None  # the other framing findings are still given
    from rich.console import Console

    from unspun.report.html import render_html
    from unspun.report.terminal_framing import entity_roles_section

    console = Console(width=120, record=True)
    console.print(entity_roles_section(analysis))
    assert "Not judged: entity roles are learned from articles on the war" in console.export_text().replace("\n", " ")
    assert "Not judged: entity roles are learned" in render_html(analysis)


def test_a_nationality_adjective_is_not_joined_to_an_organisation() -> None:
    from unspun.framing.entities import find_actors
    from unspun.nlp import load_spacy, parse_articles

    text = ("Drones strike a European city\nThe European Union condemned the attack on Monday.\n"
            "\"We will protect every European city,\" the president said. The European Union will meet again.\n")
    parsed = parse_articles(load_spacy(), [Article.from_text(text)])[0]
    union = next(a for a in find_actors(parsed) if a.name.endswith("European Union"))
    assert all(text[s:e].endswith("Union") for s, e in union.mentions)


def test_actors_group_their_mentions(analysed) -> None:
    analysis, _ = analysed
    names = {r.entity: r for r in analysis.entity_roles}
    fenwick = next(r for name, r in names.items() if "Fenwick" in name)
    assert fenwick.entity == "Ottilie Fenwick"
    assert len(fenwick.mentions) >= 3 and all(m.text.endswith("Fenwick") for m in fenwick.mentions)


def test_stage_reuses_the_shared_pass_instead_of_encoding_again(toy_model, article, make_encoder) -> None:
    own = make_encoder()
    states = own.encode(article)
    shared = SimpleNamespace(last_encoded=SimpleNamespace(text=article.text, offsets=states.offsets,
                                                          token_outputs={"token_states": states.tokens}))
    fresh = make_encoder()
    stage = FramingStage(model=toy_model, encoder=fresh, shared=shared)
    analysis = Analyzer(stages=[StructureStage(), stage]).analyze(article)
    assert stage.reused == 1 and fresh.calls == 0
    alone = Analyzer(stages=[StructureStage(), FramingStage(model=toy_model, encoder=make_encoder())]).analyze(article)
    assert analysis.frames == alone.frames and analysis.genre == alone.genre
    assert np.isclose(sum(analysis.genre.scores.values()), 1, atol=1e-3)


def test_mentions_the_tagger_missed_are_found_by_their_spelling(analysed) -> None:
    analysis, _ = analysed
    text = analysis.article.text
    brindlemouth = [r for r in analysis.entity_roles if r.entity == "Brindlemouth"]
    if brindlemouth:  # the small spaCy model tags it in one paragraph and may miss the other
        assert {m.text for m in brindlemouth[0].mentions} == {"Brindlemouth"}
        assert len(brindlemouth[0].mentions) == text.count("Brindlemouth")


def test_text_without_tokens_gives_empty_findings(toy_model) -> None:
    from unspun.framing.encoding import pool

    class NoTokens:
        name = "none"

        def encode(self, article):
            return pool(article, np.zeros((0, 0), np.float32), np.zeros((0, 2), np.int64))

    analysis = Analyzer(stages=[StructureStage(), FramingStage(model=toy_model, encoder=NoTokens())]).analyze("\x1b")
    assert analysis.frames == [] and analysis.narratives == [] and analysis.entity_roles == []
    assert analysis.genre is None and "framing" in analysis.analyses


def test_text_shorter_than_any_training_article_is_not_judged(toy_model, make_encoder) -> None:
    from unspun.framing.stage import MIN_WORDS

    encoder = make_encoder()
    text = "Harbour Vote\nThe council met on Tuesday and approved the budget for the new pier."
    assert len(text.split()) < MIN_WORDS
    analysis = Analyzer(stages=[StructureStage(), FramingStage(model=toy_model, encoder=encoder)]).analyze(text)
    assert analysis.genre is None and analysis.frames == [] and analysis.narratives == [] and analysis.entity_roles == []
    assert "framing" in analysis.analyses


def test_json_says_framing_was_withheld_for_a_short_text_and_not_for_a_long_one(toy_model, make_encoder, article_text) -> None:
    stage = FramingStage(model=toy_model, encoder=make_encoder())
    short = Analyzer(stages=[StructureStage(), stage]).analyze("Harbour Vote\nThe council met on Tuesday.").to_dict()
    assert short["withheld"]["framing"].startswith("not judged: the text has 7 words")
    assert short["frames"] == []  # empty because withheld, and the JSON says so
    full = Analyzer(stages=[StructureStage(), stage]).analyze(article_text).to_dict()
    assert full["withheld"] == {} and full["genre"] is not None


def test_html_report_says_why_a_short_text_has_no_framing(toy_model, make_encoder) -> None:
    from unspun.report.html import render_html

    stage = FramingStage(model=toy_model, encoder=make_encoder())
    analysis = Analyzer(stages=[StructureStage(), stage]).analyze("Harbour Vote\nThe council met on Tuesday.")
    assert "Framing not judged: the text has 7 words" in render_html(analysis)


def test_terminal_report_says_why_a_short_text_has_no_framing(toy_model, make_encoder) -> None:
    from rich.console import Console

    from unspun.report.terminal_framing import FRAMING_SECTIONS

    text = "Harbour Vote\nThe council met on Tuesday."
    analysis = Analyzer(stages=[StructureStage(), FramingStage(model=toy_model, encoder=make_encoder())]).analyze(text)
    blocks = [b for b in (f(analysis) for f in FRAMING_SECTIONS) if b is not None]
    console = Console(width=100, record=True)
    for b in blocks:
        console.print(b)
    out = console.export_text()
    assert len(blocks) == 1 and "Not judged: the text has 7 words" in out


def test_punctuation_does_not_count_as_words_for_the_length_cutoff() -> None:
    from unspun.framing.stage import MIN_WORDS, too_short

    assert too_short("Harbour vote. " + "— " * (2 * MIN_WORDS))
    assert not too_short(" ".join(["word"] * MIN_WORDS))


def test_reports_say_how_reliable_each_framing_finding_was_measured_to_be(analysed) -> None:
    from rich.console import Console

    from unspun.framing.model import measured_scores
    from unspun.report.html import render_html
    from unspun.report.terminal_framing import FRAMING_SECTIONS

    analysis, _ = analysed
    scores = measured_scores()
    assert scores["genre"].startswith("macro-F1 ") and "5-fold cross-validation" in scores["genre"]
    console = Console(width=120, record=True)
    for section in FRAMING_SECTIONS:
        block = section(analysis)
        if block is not None:
            console.print(block)
    out = console.export_text()
    assert f"How reliable: {scores['genre']}." in out and f"How reliable: {scores['frames']}." in out
    assert f"Measured: genre {scores['genre']}" in render_html(analysis)
