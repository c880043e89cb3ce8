"""The framing blocks of the terminal report: one each, absent when the stage did not run."""

from __future__ import annotations

from rich.console import Console

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.framing.schema import EntityRole, FrameFinding, Genre, NarrativeFinding
from unspun.report.terminal import render_terminal
from unspun.report.terminal_framing import FRAMING_SECTIONS, eval_table
from unspun.spans import Span


def _render(renderable) -> str:
    console = Console(width=120, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def _analysis() -> Analysis:
    text = "Title [bold]markup[/bold]\nThe Mayor of Quillby spoke."
    a = Analysis(unspun_version="0", article=ArticleRecord.of(Article.from_text(text)))
    a.genre = Genre(label="satire", scores={"opinion": 0.2, "reporting": 0.1, "satire": 0.7})
    a.frames = [FrameFinding(frame="Quality_of_life", confidence=0.61, paragraphs=[1, 0])]
    a.narratives = [NarrativeFinding(domain="CC", narrative="CC: Invented", subnarrative="CC: Invented: Other",
                                     confidence=0.55, paragraphs=[1], explanation="Explained in one [red]sentence[/red].")]
    a.entity_roles = [EntityRole(entity="Quillby", mentions=[Span.of(text, 46, 53)], main_role="Innocent",
                                 fine_roles=["Victim"], confidence=0.8)]
    return a


def test_each_block_shows_its_findings_and_keeps_brackets_literal() -> None:
    out = _render(render_terminal(_analysis()))
    for expected in ("Genre", "satire", "Frames", "Quality of life", "¶1, ¶0", "Narratives", "CC: Invented",
                     "[red]sentence[/red]", "Entity roles", "Quillby", "Innocent 80%", "Victim"):
        assert expected in out


def test_blocks_are_left_out_when_the_stage_did_not_run() -> None:
    a = Analysis(unspun_version="0", article=ArticleRecord.of(Article.from_text("Just text.")))
    assert all(section(a) is None for section in FRAMING_SECTIONS)


def test_eval_table_shows_mean_std_and_target() -> None:
    result = {"folds": 5, "encoder": "fake", "articles": {"semeval2023": 3, "semeval2025": 2, "mentions": 1},
              "targets": {"frames_micro_f1": 0.62},
              "metrics": {"frames_micro_f1": {"mean": 0.6512, "std": 0.0213, "folds": [0.6, 0.7]}}}
    out = _render(eval_table(result))
    assert "0.651 ± 0.021" in out and "≥ 0.62" in out


def test_eval_table_puts_the_mean_over_fold_seeds_beside_the_fixed_folds() -> None:
    result = {"folds": 5, "encoder": "fake", "articles": {}, "targets": {"genre_macro_f1": 0.7},
              "metrics": {"genre_macro_f1": {"mean": 0.4762, "std": 0.097, "folds": [0.4, 0.5]}},
              "repeated": {"seeds": [13, 14, 15],
                           "metrics": {"genre_macro_f1": {"mean": 0.4321, "min": 0.3965, "max": 0.4762,
                                                          "per_seed": [0.4762, 0.3965, 0.4236]}}}}
    out = _render(eval_table(result))
    assert "mean over 3 fold seeds" in out and "0.432 (0.397–0.476)" in out
