"""`unspun eval claims` and `unspun train claims`: clear failures without the dataset folder."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from unspun.cli import app

runner = CliRunner()


def test_eval_claims_names_the_missing_dataset_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "claims", "--data", str(tmp_path)])
    assert result.exit_code == 3
    assert "claimbuster-crowdsourced.csv" in result.output and "--data" in result.output


def test_eval_claims_rejects_an_unknown_cross_validation_variant(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "claims", "--data", str(tmp_path), "--cv", "bogus"])
    assert result.exit_code == 3 and "frozen or finetuned" in result.output


def test_train_claims_names_the_missing_dataset_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "claims", "--data", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3 and "claimbuster-crowdsourced.csv" in result.output


def test_eval_claims_reports_holdout_and_per_block_scores_on_invented_data(tmp_path: Path) -> None:
    import json

    factual = "The city spent {} million dollars on roads in 2019."
    chatter = "Thank you, and good evening number {}."
    rows = [(i, 1, factual.format(i + 10)) if i % 2 else (i, 0, chatter.format(i)) for i in range(1, 21)]
    (tmp_path / "claimbuster-crowdsourced.csv").write_text(
        "sentence_id,screening,label,text\n" + "".join(f'{i},-3,{y},"{t}"\n' for i, y, t in rows), encoding="utf-8")
    (tmp_path / "clef2020-task5-train.tsv").write_text(
        "text\tlabel\n" + "".join(f"{t}\t{y}\n" for _, y, t in rows), encoding="utf-8")
    result = runner.invoke(app, ["eval", "claims", "--data", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["claimbuster_holdout"]["rows"] == 4
    assert len(scores["clef"]["blocks"]) == 5 and sum(b["rows"] for b in scores["clef"]["blocks"]) == 20
    assert 0.0 <= scores["clef"]["map"] <= 1.0


def test_eval_claims_rejects_a_validation_share_outside_zero_to_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "claims", "--data", str(tmp_path), "--cv", "finetuned", "--validation-share", "1.5"])
    assert result.exit_code != 0
    assert "--validation-share 1.5" in result.output and "Traceback" not in result.output


def test_train_claims_screen_rejects_a_band_that_is_not_two_numbers(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "claims-screen", "--model-dir", str(tmp_path), "--screen", "claims_v1",
                                 "--band", "wide", "--data", str(tmp_path)])
    assert result.exit_code == 3 and "--band wide" in result.output and "Traceback" not in result.output


def test_train_claims_screen_names_a_folder_without_a_model(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "claims-screen", "--model-dir", str(tmp_path), "--screen", "claims_v1",
                                 "--band", "0.2,0.8", "--data", str(tmp_path)])
    assert result.exit_code != 0 and str(tmp_path) in result.output and "Traceback" not in result.output
