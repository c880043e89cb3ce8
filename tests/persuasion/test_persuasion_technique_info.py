"""Every technique shown in a report has a definition, an example and the shipped model's dev score."""

from unspun.persuasion import TECHNIQUES, technique_info
from unspun.report.html import default_technique_info


def test_all_23_techniques_have_definition_example_and_a_measured_dev_score() -> None:
    info = technique_info()
    assert set(info) == set(TECHNIQUES) and len(info) == 23
    for name, entry in info.items():
        assert entry["definition"] and entry["example"], name
        assert entry["dev_metric"] != "not measured", name
        assert 0.0 <= entry["dev_score"] <= 1.0, name


def test_techniques_without_english_gold_report_the_other_languages_score() -> None:
    assert "no English gold" in technique_info()["Appeal_to_Values"]["dev_metric"]
    assert technique_info()["Loaded_Language"]["dev_metric"].startswith("span F1")


def test_the_html_report_uses_these_scores() -> None:
    assert default_technique_info()["Loaded_Language"]["dev_score"] == technique_info()["Loaded_Language"]["dev_score"]


def test_techniques_whose_spans_are_switched_off_say_so_and_report_paragraph_f1() -> None:
    off = [name for name, entry in technique_info().items() if not entry["marks_spans"]]
    assert off, "the shipped config switches off the spans of its least reliable techniques"
    for name in off:
        assert "spans not marked" in technique_info()[name]["dev_metric"], name
