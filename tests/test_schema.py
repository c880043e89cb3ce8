"""The published JSON Schema: checked in, up to date, and every output validates against it."""

import json
from pathlib import Path

import jsonschema
import pytest

import unspun

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "analysis.schema.json"


def test_checked_in_schema_matches_the_models() -> None:
    # Regenerate with: unspun schema -o docs/analysis.schema.json
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == unspun.json_schema()


def test_sample_analysis_validates_against_the_schema(sample_analysis) -> None:
    jsonschema.validate(sample_analysis.to_dict(), json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_stage_keys_are_left_out_when_their_stage_did_not_run(analyzer) -> None:
    from unspun.pipeline import Analyzer
    from unspun.structure import StructureStage

    analysis = Analyzer(stages=[StructureStage()]).analyze("Title\nBody.")
    data = analysis.to_dict()
    assert data["analyses"] == ["structure"]
    assert not {"quotes", "sources", "claims"} & set(data)


def test_schema_rejects_a_span_with_a_negative_offset(sample_analysis) -> None:
    data = sample_analysis.to_dict()
    data["article"]["paragraphs"][0]["start"] = -1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_analysis_round_trips_through_json(sample_analysis) -> None:
    again = unspun.Analysis.model_validate_json(sample_analysis.to_json())
    assert again.to_dict() == sample_analysis.to_dict()
