"""The PolNeAR scorer, on an invented BRAT standoff fixture written at test time."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspun.errors import InputError
from unspun.quotes.evaluate import Attribution, evaluate_polnear, read_ann, score_article
from unspun.quotes.model import Quote, Speaker
from unspun.spans import Span

TEXT = 'Harbour News\n"The bridge is safe," said Mayor Petra Salo. Engineers think it needs work.\n'


def _write(folder: Path) -> None:
    s = TEXT.index('"') + 1
    e = TEXT.index(',"') + 1
    src = TEXT.index("Mayor")
    cue = TEXT.index("said")
    eng = TEXT.index("Engineers")
    think = TEXT.index("think")
    (folder / "dev" / "text").mkdir(parents=True)
    (folder / "dev" / "attributions").mkdir(parents=True)
    (folder / "dev" / "text" / "harbour_1.txt").write_text(TEXT, encoding="utf-8")
    ann = [
        f"T1\tSource {src} {src + 17}\t{TEXT[src:src + 17]}",
        f"T2\tCue {cue} {cue + 4}\tsaid",
        f"T3\tContent {s - 1} {e + 1}\t{TEXT[s - 1:e + 1]}",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T4\tSource {eng} {eng + 9}\tEngineers",
        f"T5\tContent {think + 6} {len(TEXT) - 2}\t{TEXT[think + 6:len(TEXT) - 2]}",
        "E2\tAttribution:T4 Content:T5 Source:T4",
    ]
    (folder / "dev" / "attributions" / "harbour_1_abcd.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")


def test_reads_brat_attributions(tmp_path: Path) -> None:
    _write(tmp_path)
    atts = read_ann(tmp_path / "dev" / "attributions" / "harbour_1_abcd.ann")
    assert len(atts) == 2 and atts[0].source_text == "Mayor Petra Salo."[:17]


def test_scores_only_quoted_contents_and_checks_the_speaker() -> None:
    s, e = TEXT.index('"') + 1, TEXT.index(',"') + 1
    gold = [Attribution([(s - 1, e + 1)], [(TEXT.index("Mayor"), TEXT.index("Mayor") + 16)], "Mayor Petra Salo"),
            Attribution([(TEXT.index("it needs"), len(TEXT) - 2)], [], "Engineers")]
    m = TEXT.index("Petra")
    right = Quote(start=s, end=e, text=TEXT[s:e], paragraph=1, kind="direct", cue=None, confidence=0.9,
                  speaker=Speaker(name="Petra Salo", mention=Span.of(TEXT, m, m + 10), source_id="S1", resolution="explicit"))
    counts = score_article(TEXT, gold, [right])
    assert counts == {"predicted": 1, "gold": 1, "tp_pred": 1, "tp_gold": 1, "speaker_right": 1,
                      "matched_without_gold_source": 0}
    wrong = right.model_copy(update={"speaker": Speaker(name="Ivo Marsh", mention=None, source_id="S2", resolution="explicit")})
    assert score_article(TEXT, gold, [wrong])["speaker_right"] == 0


def test_evaluates_a_folder_end_to_end(tmp_path: Path) -> None:
    _write(tmp_path)
    scores = evaluate_polnear(tmp_path, "dev")
    assert scores["articles"] == 1 and scores["gold"] == 1
    assert scores["recall"] == 1.0 and scores["speaker_accuracy"] == 1.0


def test_missing_folder_is_a_clear_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="PolNeAR"):
        evaluate_polnear(tmp_path / "nowhere")
    with pytest.raises(InputError, match="dev/text"):
        evaluate_polnear(tmp_path)


def test_a_possessive_gold_source_names_its_owner() -> None:
    s, e = TEXT.index('"') + 1, TEXT.index(',"') + 1
    gold = [Attribution([(s - 1, e + 1)], [(0, 12)], "Salo’s")]
    quote = Quote(start=s, end=e, text=TEXT[s:e], paragraph=1, kind="direct", cue=None, confidence=0.9,
                  speaker=Speaker(name="Petra Salo", mention=None, source_id="S1", resolution="explicit"))
    assert score_article(TEXT, gold, [quote])["speaker_right"] == 1


def test_a_quote_whose_gold_names_no_source_counts_as_a_miss_and_is_reported_apart() -> None:
    s, e = TEXT.index('"') + 1, TEXT.index(',"') + 1
    gold = [Attribution([(s - 1, e + 1)], [], "")]
    m = TEXT.index("Petra")
    quote = Quote(start=s, end=e, text=TEXT[s:e], paragraph=1, kind="direct", cue=None, confidence=0.9,
                  speaker=Speaker(name="Petra Salo", mention=Span.of(TEXT, m, m + 10), source_id="S1", resolution="explicit"))
    counts = score_article(TEXT, gold, [quote])
    assert counts["tp_gold"] == 1 and counts["speaker_right"] == 0 and counts["matched_without_gold_source"] == 1
