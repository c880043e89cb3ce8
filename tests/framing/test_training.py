"""Training the framing heads end to end on invented folders laid out like the published data.

The fake word encoder of conftest gives each word a fixed vector, so articles that share
their telling words are close: every head has something real to learn.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from unspun.framing import train
from unspun.framing.fit import fit_sigmoid

GENRE_WORDS = {"opinion": "outrageous shameful disgrace", "reporting": "announced figures statement",
               "satire": "hilarious banana clown"}
NARRATIVE_WORDS = {
    ("CC", "CC: Doubt the thermometers", "CC: Doubt the thermometers: Broken gauges"): "climate gauges broken faulty",
    ("CC", "CC: Praise the windmills", "CC: Praise the windmills: Other"): "climate windmills clean bright",
    ("URW", "URW: Blame the neighbour", "URW: Blame the neighbour: It started it"): "kremlin provoked attacked first",
}


def _semeval2023(folder) -> None:
    docs = folder / "train-articles-subtask-1"
    docs.mkdir(parents=True)
    genres, frames = [], []
    for i in range(30):
        genre = ("opinion", "opinion", "reporting", "satire", "opinion", "reporting")[i % 6]
        frame = "Economic" if i % 2 else "Political"
        docs.joinpath(f"article{i}.txt").write_text(
            f"Title {i}\n\nThe town {GENRE_WORDS[genre]} today. Budget {(frame.lower() + ' ') * 4}matters {i}.\n", encoding="utf-8")
        genres.append(f"{i}\t{genre}\n")
        frames.append(f"{i}\t{frame}\n")
    folder.joinpath("train-labels-subtask-1.txt").write_text("".join(genres), encoding="utf-8")
    folder.joinpath("train-labels-subtask-2.txt").write_text("".join(frames), encoding="utf-8")


def _semeval2025(folder) -> None:
    docs = folder / "raw-documents"
    docs.mkdir(parents=True)
    narratives, roles = [], []
    taxonomy: dict[str, dict[str, int]] = {"CC": {"Other": 0}, "URW": {"Other": 0}}
    subs: dict[str, dict[str, int]] = {}
    kinds = list(NARRATIVE_WORDS.items())
    for i in range(45):
        (domain, narrative, sub), words = kinds[i % 3]
        name = f"EN_{'CC' if domain == 'CC' else 'UA'}_{i}.txt"
        hero, villain = ("Mayor Quill", "Baron Vex") if i % 2 else ("Warden Osei", "Duke Marrow")
        text = f"{hero} spoke. The report says {words} again {i}. {villain} sneered at everyone."
        docs.joinpath(name).write_text(text, encoding="utf-8")
        narratives.append(f"{name}\t{narrative}\t{sub}\n")
        taxonomy[domain][narrative] = 1
        subs.setdefault(narrative, {})[sub] = 0
        h0, v0 = text.index(hero.split()[1]), text.index(villain.split()[1])
        # end inclusive, as published
        roles.append(f"{name}\t{hero}\t{h0}\t{h0 + len(hero.split()[1]) - 1}\tProtagonist\tGuardian\n")
        roles.append(f"{name}\t{villain}\t{v0}\t{v0 + len(villain.split()[1]) - 1}\tAntagonist\tTyrant\n")
    folder.joinpath("subtask-1-annotations.txt").write_text("".join(roles), encoding="utf-8")
    folder.joinpath("subtask-2-annotations.txt").write_text("".join(narratives), encoding="utf-8")
    folder.joinpath("subtask2_narratives.json").write_text(json.dumps(taxonomy), encoding="utf-8")
    folder.joinpath("subtask2_subnarratives.json").write_text(json.dumps(subs), encoding="utf-8")


@pytest.fixture()
def data(tmp_path, make_encoder) -> train.FramingData:
    _semeval2023(tmp_path / "en23")
    _semeval2025(tmp_path / "en25")
    return train.load_data(tmp_path / "en23", tmp_path / "en25", make_encoder(), cache=None)


def test_cross_validation_learns_what_the_invented_articles_make_plain(data) -> None:
    result = train.cross_validate(data, "fake-words", k=3)
    metrics = {name: value["mean"] for name, value in result["metrics"].items()}
    assert result["articles"] == {"semeval2023": 30, "semeval2025": 45, "mentions": 90}
    assert metrics["narratives_f1_samples"] >= 0.9
    assert metrics["subnarratives_f1_samples"] >= 0.9
    assert metrics["main_role_accuracy"] >= 0.9
    assert metrics["frames_micro_f1"] >= 0.9


def test_narrative_heads_are_refitted_with_the_regularisation_the_inner_cv_chose(data) -> None:
    model = train.train_all(data, "fake-words")
    chosen = model.config["c"]["narratives"]
    assert chosen in train.NARRATIVE_C
    ny = train._multi_hot(data.nar_sets, data.narratives)
    again = fit_sigmoid(data.nar_x, ny, data.narratives, c=chosen)
    np.testing.assert_allclose(model.heads["narratives"].weight, again.weight, rtol=1e-5, atol=1e-6)
    others = [c for c in train.NARRATIVE_C if c != chosen]
    assert all(not np.allclose(model.heads["narratives"].weight,
                               fit_sigmoid(data.nar_x, ny, data.narratives, c=c).weight, atol=1e-6) for c in others)
    assert set(model.config["narrative_inner_f1"]) == {"encoder", "encoder+ngrams"}


def test_constant_baselines_answer_what_the_training_split_holds_most_and_score_it_on_the_held_out_one(data) -> None:
    everything = np.arange(len(data.genres))
    reporting = np.flatnonzero(np.array(data.genres) == "reporting")
    mentions = np.arange(len(data.domains))
    # Trained on the 10 reporting articles, the constant is 'reporting': on all 30 its F1 is
    # P 10/30, R 1 -> 0.5, and opinion and satire score 0, so macro-F1 is 0.5 / 3.
    floor = train.constant_baselines(data, reporting, everything, mentions, mentions)
    assert floor["genre_macro_f1"] == pytest.approx(0.5 / 3)
    # Trained on all 30 (15 opinion), the constant is 'opinion': P 15/30, R 1 -> 2/3, macro 2/9.
    assert train.constant_baselines(data, everything, everything, mentions, mentions)["genre_macro_f1"] == pytest.approx(2 / 9)
    # Frames: 15 Economic, 15 Political; both frames for every article (P 0.5, R 1) beat either alone (0.5).
    assert floor["frames_micro_f1"] == pytest.approx(2 / 3)
    # Roles: one hero and one villain per article, so the commonest role is right for half the mentions.
    assert floor["main_role_accuracy"] == pytest.approx(0.5)


def test_cross_validation_puts_the_constant_answer_beside_every_head_it_applies_to(data) -> None:
    result = train.cross_validate(data, "fake-words", k=3)
    floors = result["constant_baselines"]
    assert set(floors) == {"genre_macro_f1", "frames_micro_f1", "main_role_accuracy"}
    assert len(floors["genre_macro_f1"]["folds"]) == 3
    # The invented articles carry their labels in their words: every head beats its floor.
    for name, floor in floors.items():
        assert result["metrics"][name]["mean"] > floor["mean"]
