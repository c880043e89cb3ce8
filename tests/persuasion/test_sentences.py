"""Sentence bounds of persuasion spans, and which techniques are learned to be sentence-wide."""

from __future__ import annotations

from unspun.persuasion.sentences import sentence_bounds, sentence_cover, sentence_like_techniques, widen


def test_sentences_end_at_stops_with_closing_marks_and_never_cross_a_line() -> None:
    text = 'He said it. Why? Because "they lied." Then…\nNo stop on this line\n(Yes.) End'
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "He said it.", "Why?", 'Because "they lied."', "Then…", "No stop on this line", "(Yes.)", "End"]


def test_widen_reaches_every_sentence_a_span_touches_and_leaves_a_gap_alone() -> None:
    text = "One two. Three four. Five."
    bounds = sentence_bounds(text)
    assert widen(4, 7, bounds) == (0, 8)  # "two" -> "One two."
    assert widen(4, 12, bounds) == (0, 20)  # "two. Three" -> both sentences
    assert widen(8, 9, bounds) == (8, 9)  # the space between sentences overlaps none


def test_cover_is_the_largest_share_of_one_sentence() -> None:
    text = "One two. Three four five six."
    assert sentence_cover(text, 0, 8) == 1.0
    assert round(sentence_cover(text, 9, 14), 2) == round(5 / 20, 2)


def test_a_technique_is_sentence_wide_when_most_of_its_training_spans_are_whole_sentences() -> None:
    text = "They lied to you. Who benefits? Disgraceful cowards run the city."
    articles = [(text, [("Doubt", 0, 17), ("Doubt", 18, 31), ("Loaded_Language", 32, 43), ("Loaded_Language", 44, 51),
                        ("Name_Calling-Labeling", 32, 65)])]
    chosen, stats = sentence_like_techniques(articles)
    assert chosen == ["Doubt", "Name_Calling-Labeling"]
    assert stats["Doubt"] == {"spans": 2, "sentence_like_share": 1.0}
    assert stats["Loaded_Language"]["sentence_like_share"] == 0.0


def test_bounds_are_trimmed_like_paragraphs_so_a_widened_span_stays_in_its_paragraph() -> None:
    text = "\ufeffWho really trusts them\r\nThey lied.   \nok"
    assert [text[s:e] for s, e in sentence_bounds(text)] == ["Who really trusts them", "They lied.", "ok"]


def test_a_long_run_of_stops_is_one_sentence_end() -> None:
    text = "a" + "!?" * 100_000 + " b"  # untrusted text: the scan must stay linear
    assert [(s, e) for s, e in sentence_bounds(text)] == [(0, 200_001), (200_002, 200_003)]
