"""From token probabilities to spans and paragraph labels: thresholds, runs, paragraphs."""

from __future__ import annotations

import numpy as np
import pytest

from unspun.persuasion.labels import INDEX, TECHNIQUES
from unspun.persuasion.model import Thresholds, decode_spans, paragraph_scores, token_paragraphs

TEXT = "Foul traitors ruin us. Vote now!"
#       0    5        14   19   23   28
OFFSETS = np.array([[0, 4], [5, 13], [14, 18], [19, 21], [21, 22], [23, 27], [28, 31], [31, 32]])
PARAS = [(0, 22), (23, 32)]


def probs_for(technique: str, values: list[float]) -> np.ndarray:
    p = np.zeros((len(OFFSETS), len(TECHNIQUES)), dtype=np.float32)
    p[:, INDEX[technique]] = values
    return p


def test_tokens_map_to_their_paragraphs() -> None:
    assert token_paragraphs(OFFSETS, PARAS).tolist() == [0, 0, 0, 0, 0, 1, 1, 1]
    assert token_paragraphs(OFFSETS, [(0, 4)]).tolist() == [0] + [-1] * 7


def test_a_run_above_threshold_becomes_one_span_with_exact_offsets() -> None:
    p = probs_for("Loaded_Language", [0.9, 0.8, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0])
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    spans = decode_spans(p, OFFSETS, token_paragraphs(OFFSETS, PARAS), th)
    assert [(s.technique, s.start, s.end, s.paragraph) for s in spans] == [("Loaded_Language", 0, 13, 0)]
    assert TEXT[spans[0].start : spans[0].end] == "Foul traitors"
    assert spans[0].confidence == 0.85


def test_threshold_is_inclusive_and_per_technique() -> None:
    p = probs_for("Doubt", [0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    th = np.full(len(TECHNIQUES), 0.9, np.float32)
    assert decode_spans(p, OFFSETS, token_paragraphs(OFFSETS, PARAS), th) == []
    th[INDEX["Doubt"]] = 0.5
    assert len(decode_spans(p, OFFSETS, token_paragraphs(OFFSETS, PARAS), th)) == 1


def test_one_weak_token_inside_a_phrase_does_not_split_it() -> None:
    p = probs_for("Loaded_Language", [0.9, 0.2, 0.9, 0.0, 0.0, 0.0, 0.0, 0.0])
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    spans = decode_spans(p, OFFSETS, token_paragraphs(OFFSETS, PARAS), th)
    assert [(s.start, s.end) for s in spans] == [(0, 18)]


def test_spans_never_cross_paragraphs() -> None:
    p = probs_for("Slogans", [0, 0, 0, 0.9, 0.9, 0.9, 0.9, 0.9])
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    spans = decode_spans(p, OFFSETS, token_paragraphs(OFFSETS, PARAS), th)
    assert [(s.start, s.end, s.paragraph) for s in spans] == [(19, 22, 0), (23, 32, 1)]


def test_paragraph_score_is_the_maximum_over_its_tokens() -> None:
    p = probs_for("Slogans", [0.1, 0.3, 0.2, 0, 0, 0.7, 0.4, 0])
    sc = paragraph_scores(p, token_paragraphs(OFFSETS, PARAS), 3)
    k = INDEX["Slogans"]
    assert sc[:, k].tolist() == [np.float32(0.3), np.float32(0.7), 0.0]


def test_thresholds_fall_back_to_the_default() -> None:
    th = Thresholds.from_config({"default_threshold": 0.4, "span_thresholds": {"Doubt": 0.7}})
    assert th.span[INDEX["Doubt"]] == np.float32(0.7)
    assert th.span[INDEX["Slogans"]] == np.float32(0.4)
    assert (th.paragraph == np.float32(0.4)).all()


def test_a_span_that_starts_inside_a_word_is_widened_to_the_whole_word() -> None:
    text = "A blunter plan."
    offsets = np.array([[0, 1], [2, 4], [4, 9], [10, 14], [14, 15]])  # "bl" + "unter" are one word
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[2, INDEX["Name_Calling-Labeling"]] = 0.9  # only the piece "unter"
    p[1, INDEX["Loaded_Language"]] = 0.8  # "bl" ...
    p[3, INDEX["Loaded_Language"]] = 0.6  # ... and "plan", joined across the weak piece
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    paras = token_paragraphs(offsets, [(0, 15)])
    raw = decode_spans(p, offsets, paras, th)
    assert [(s.technique, text[s.start : s.end]) for s in raw] == [("Loaded_Language", "blunter plan"), ("Name_Calling-Labeling", "unter")]
    snapped = decode_spans(p, offsets, paras, th, text=text)
    assert [(s.technique, text[s.start : s.end]) for s in snapped] == [("Name_Calling-Labeling", "blunter"), ("Loaded_Language", "blunter plan")]


def test_spans_of_one_technique_that_meet_in_a_word_are_merged() -> None:
    text = "Disgraceful"
    offsets = np.array([[0, 3], [3, 5], [5, 8], [8, 11]])
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[[0, 3], INDEX["Loaded_Language"]] = [0.7, 0.9]  # two runs, two weak pieces between them
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    spans = decode_spans(p, offsets, token_paragraphs(offsets, [(0, 11)]), th, text=text)
    assert [(s.start, s.end, s.confidence) for s in spans] == [(0, 11, 0.9)]


def test_a_span_of_one_stop_word_is_dropped_but_capitals_emphasis_is_kept() -> None:
    text = "This is NO deal"
    offsets = np.array([[0, 4], [5, 7], [8, 10], [11, 15]])
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[1, INDEX["Flag_Waving"]] = 0.9  # "is"
    p[2, INDEX["Loaded_Language"]] = 0.9  # "NO"
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    paras = token_paragraphs(offsets, [(0, 15)])
    spans = decode_spans(p, offsets, paras, th, text=text)
    assert [(s.technique, text[s.start : s.end]) for s in spans] == [("Loaded_Language", "NO")]
    assert len(decode_spans(p, offsets, paras, th)) == 2  # without the text nothing is judged


def test_stop_words_are_those_of_the_article_language() -> None:
    text = "Ils ne cèdent pas"
    offsets = np.array([[0, 3], [4, 6], [7, 13], [14, 17]])
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[1, INDEX["Exaggeration-Minimisation"]] = 0.9  # "ne": a French stop word, no English one
    p[2, INDEX["Loaded_Language"]] = 0.9  # "cèdent"
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    paras = token_paragraphs(offsets, [(0, len(text))])
    french = decode_spans(p, offsets, paras, th, text=text, language="fr")
    assert [text[s.start : s.end] for s in french] == ["cèdent"]
    english = decode_spans(p, offsets, paras, th, text=text)  # read as English, "ne" is a word like any
    assert [text[s.start : s.end] for s in english] == ["ne", "cèdent"]
    unknown = decode_spans(p, offsets, paras, th, text=text, language="xx")  # no list for it: English's
    assert [text[s.start : s.end] for s in unknown] == ["ne", "cèdent"]


def test_a_span_of_a_sentence_wide_technique_is_widened_to_its_sentence_and_merged() -> None:
    text = "Who honestly trusts these officials? Nobody knows. Shameful lies."
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|[?.]", text)]
    offsets = np.array(words)
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[[1, 4], INDEX["Doubt"]] = 0.9  # "honestly" and "officials": two runs in one sentence
    p[9, INDEX["Loaded_Language"]] = 0.9  # "Shameful": a word-level technique keeps its word
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    paras = token_paragraphs(offsets, [(0, len(text))])
    spans = decode_spans(p, offsets, paras, th, text=text, sentence_techniques=frozenset({"Doubt"}))
    assert [(s.technique, text[s.start : s.end]) for s in spans] == [("Doubt", "Who honestly trusts these officials?"),
                                                                     ("Loaded_Language", "Shameful")]
    plain = decode_spans(p, offsets, paras, th, text=text)
    assert [text[s.start : s.end] for s in plain if s.technique == "Doubt"] == ["honestly", "officials"]


def test_a_span_of_punctuation_alone_is_dropped() -> None:
    text = "Reckless , arrogant"
    offsets = np.array([[0, 8], [9, 10], [11, 19]])
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[1, INDEX["Name_Calling-Labeling"]] = 0.9  # the comma alone
    p[2, INDEX["Loaded_Language"]] = 0.9
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    paras = token_paragraphs(offsets, [(0, len(text))])
    spans = decode_spans(p, offsets, paras, th, text=text, drop_stop_words=False)
    assert [(s.technique, text[s.start : s.end]) for s in spans] == [("Loaded_Language", "arrogant")]


def test_a_widened_span_never_leaves_its_paragraph_with_windows_line_ends() -> None:
    text = "Who really trusts them\r\nThey lied."
    offsets = np.array([[0, 3], [4, 10], [11, 17], [18, 22], [24, 28], [29, 33], [33, 34]])
    p = np.zeros((len(offsets), len(TECHNIQUES)), dtype=np.float32)
    p[2, INDEX["Doubt"]] = 0.9  # "trusts", in the title line
    th = np.full(len(TECHNIQUES), 0.5, np.float32)
    paras = token_paragraphs(offsets, [(0, 22), (24, 34)])
    spans = decode_spans(p, offsets, paras, th, text=text, sentence_techniques=frozenset({"Doubt"}))
    assert [(s.start, s.end) for s in spans] == [(0, 22)]


def test_spans_of_one_technique_that_overlap_are_merged_whatever_made_them() -> None:
    from unspun.persuasion.model import FoundSpan, widen_to_sentences

    text = "A shameful, disgraceful deal."
    found = [FoundSpan("Loaded_Language", 2, 23, 0, 0.6), FoundSpan("Loaded_Language", 12, 23, 0, 0.9),
             FoundSpan("Name_Calling-Labeling", 12, 23, 0, 0.5)]
    merged = widen_to_sentences(found, text, frozenset())
    assert [(s.technique, s.start, s.end, s.confidence) for s in merged] == [
        ("Loaded_Language", 2, 23, 0.9), ("Name_Calling-Labeling", 12, 23, 0.5)]


@pytest.mark.parametrize(("fragment", "word"), [
    ("s spineless", "council\u2019s spineless"),
    ("-hall parasites", "city-hall parasites"),
    ("called", "so-called"),
    ("don", "don't"),
    (", our homes, our", "our homes, our"),
])
def test_spans_snap_to_whole_words_across_apostrophes_and_hyphens(fragment: str, word: str) -> None:
    from unspun.persuasion.model import snap_to_words

    text = "The council\u2019s spineless city-hall parasites, so-called experts, don't care, our homes, our lives."
    start = text.index(fragment)
    s, e = snap_to_words(text, start, start + len(fragment))
    assert text[s:e] == word


def test_a_text_of_a_word_or_two_is_not_judged() -> None:
    from unspun.persuasion.stage import MIN_WORDS, PersuasionStage
    from unspun.pipeline import Analyzer
    from unspun.structure import StructureStage

    class NoModel:  # the stage must not reach the model for such a text
        def analyse(self, *args):
            raise AssertionError("encoded a one-word text")

    analysis = Analyzer(stages=[StructureStage(), PersuasionStage(model=NoModel())]).analyze("Hi.")
    assert analysis.techniques == [] and analysis.paragraph_techniques == []
    assert analysis.withheld["persuasion"].startswith("not judged: the text has 1 word;")
    assert MIN_WORDS == 5


def test_terminal_report_says_why_a_tiny_text_has_no_techniques() -> None:
    from rich.console import Console

    from unspun.analysis import Analysis, ArticleRecord
    from unspun.article import Article
    from unspun.report.terminal_persuasion import persuasion_section

    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(Article.from_text("Hi.")), analyses=["persuasion"],
                        techniques=[], paragraph_techniques=[], withheld={"persuasion": "not judged: the text has 1 word"})
    console = Console(width=100, record=True)
    console.print(persuasion_section(analysis))
    assert "Not judged: the text has 1 word." in console.export_text()


def test_a_technique_inside_a_quote_is_the_quoted_speakers() -> None:
    from types import SimpleNamespace

    from unspun.persuasion.stage import quoted_from

    quote = SimpleNamespace(kind="direct", start=10, end=40, speaker=SimpleNamespace(name="Ivo Brandel"))
    unnamed = SimpleNamespace(kind="partial", start=50, end=60, speaker=None)
    reported = SimpleNamespace(kind="indirect", start=70, end=90, speaker=SimpleNamespace(name="Ivo Brandel"))
    assert quoted_from([quote, unnamed, reported], 12, 20) == "Ivo Brandel"
    assert quoted_from([quote, unnamed, reported], 52, 58) == "unknown"
    assert quoted_from([quote, unnamed, reported], 72, 80) is None  # a paraphrase is the outlet's wording
    assert quoted_from([quote], 35, 48) is None  # mostly outside the quote
    assert quoted_from(None, 12, 20) is None


def test_terminal_report_says_whose_words_each_span_is() -> None:
    from rich.console import Console

    from unspun.analysis import Analysis, ArticleRecord
    from unspun.article import Article
    from unspun.persuasion.schema import TechniqueSpan
    from unspun.report.terminal_persuasion import persuasion_section

    text = 'Vote\n"Spineless cowards," said Ivo Brandel. The deal is a disgrace.'
    art = Article.from_text(text)

    def span(needle: str, who: str | None) -> TechniqueSpan:
        s = text.index(needle)
        return TechniqueSpan(start=s, end=s + len(needle), text=needle, technique="Loaded_Language",
                             family="Manipulative wording", paragraph=1, confidence=0.8, quoted_from=who)

    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(art), analyses=["persuasion"],
                        techniques=[span("Spineless cowards", "Ivo Brandel"), span("disgrace", None)], paragraph_techniques=[])
    console = Console(width=140, record=True)
    console.print(persuasion_section(analysis))
    out = console.export_text()
    assert "1 of 2 spans are in quoted words" in out and "quoting Ivo Brandel" in out and "the article" in out


def test_a_spans_confidence_is_never_below_its_threshold() -> None:
    probs = np.zeros((4, len(TECHNIQUES)), dtype=np.float32)
    probs[:, 0] = [0.6, 0.05, 0.6, 0.0]  # a weak token bridged between two strong ones
    offsets = np.array([[0, 4], [5, 7], [8, 12], [13, 15]])
    found = decode_spans(probs, offsets, np.zeros(4, dtype=int), np.full(len(TECHNIQUES), 0.5))
    assert len(found) == 1 and found[0].confidence == 0.6  # not the 0.42 mean that counted the bridged token
