"""The shipped framing heads: they load, match unspun's label sets, and run on the shared encoder."""

from __future__ import annotations

import pytest

from unspun.framing.labels import ALL_FINE_ROLES, FRAMES, GENRES, MAIN_ROLES
from unspun.framing.model import HEAD_NAMES, MODEL_DIR, FramingModel

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "heads.npz").exists(), reason="framing_v1 not built yet")


def test_shipped_heads_have_unspuns_label_sets() -> None:
    model = FramingModel.load()
    assert set(HEAD_NAMES) <= set(model.heads)
    assert model.heads["genre"].labels == list(GENRES)
    if model.genre is not None:  # the genre views the model averages, each with the genre labels
        assert all(model.heads[m].labels == list(GENRES) for m in model.genre.members)
        assert "genre_ngrams" not in model.genre.members or model.vocabulary is not None
    assert model.heads["frames"].labels == list(FRAMES)
    assert model.heads["main_role"].labels == list(MAIN_ROLES)
    assert model.heads["fine_roles"].labels == list(ALL_FINE_ROLES)
    assert model.heads["domain"].labels == ["URW", "CC", "none"]
    assert all(label.split(":")[0] in ("URW", "CC") for label in model.heads["narratives"].labels)
    assert "cross_validation" in model.config


@pytest.mark.slow
def test_shipped_stage_runs_on_the_shared_encoder() -> None:
    from unspun.framing.stage import FramingStage
    from unspun.pipeline import Analyzer
    from unspun.structure import StructureStage

    text = ("Velmora bakers win the regional bread fair\n"
            "The bakers of Velmora won first prize at the regional bread fair on Saturday, the organisers said.\n"
            "Head baker Ilsa Moor thanked her team. Moor said the rye loaf took three years to perfect.\n"
            "The fair drew bakers from eleven towns, and the judges tasted more than two hundred loaves over "
            "two days before they announced the winners in the market square.\n")
    stage = FramingStage()
    analysis = Analyzer(stages=[StructureStage(), stage]).analyze(text)
    assert analysis.genre is not None and analysis.narratives
    assert analysis.invalid_spans() == []
    # a bread fair is about neither the war in Ukraine nor climate change: no roles, and the JSON says why
    assert [n.narrative for n in analysis.narratives] == ["Other"] and analysis.entity_roles == []
    assert analysis.withheld["entity_roles"].startswith("not judged")


def test_shipped_heads_read_the_outputs_the_shipped_encoder_gives() -> None:
    from unspun.article import Article
    from unspun.framing.encoding import SharedEncoder
    from unspun.framing.model import MODEL_DIR, FramingModel, article_features

    model = FramingModel.load()
    encoder = SharedEncoder(MODEL_DIR.parent / "persuasion_v1", outputs=model.encoder_outputs)
    assert encoder.outputs == model.encoder_outputs
    assert encoder.name == model.encoder  # the heads were trained on this very graph
    encoding = encoder.encode(Article.from_text("A short test\nOne line of text."))
    assert article_features(encoding).shape[-1] == model.heads["frames"].weight.shape[0]
