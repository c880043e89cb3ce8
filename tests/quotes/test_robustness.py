"""Odd quotation marks never crash the stage, and every span stays exact."""

from __future__ import annotations

import pytest

ODD = [
    '""',
    '"',
    '“”‘’«»',
    'He said "',
    '"Open\n"\n"',
    "'tis the season' and the students' books' covers",
    'A "b" c "d" e "f',
    '<a href="x">"link"</a> “',
    "— Someone (@some_one) March 3, 2026",
    '"He said, \'she said "what?"\'" they said.',
]


@pytest.mark.parametrize("text", ODD)
def test_odd_marks_do_not_crash(analyse, text: str) -> None:
    analysis = analyse("Odd Marks\n" + text)
    assert analysis.quotes is not None and analysis.sources is not None
    ids = {s.id for s in analysis.sources}
    for q in analysis.quotes:
        assert 0 <= q.start <= q.end <= len(analysis.article.text)
        if q.speaker is not None and q.speaker.source_id is not None:
            assert q.speaker.source_id in ids


def test_an_emoji_between_a_subject_and_its_verb_never_becomes_a_source(analyse) -> None:
    a = analyse('Bridge\nThe mayor \U0001F469\U0001F3FD\u200d\u2696\ufe0f said the bridge would open in May. '
                '"This is great," said Jane Doe.')
    assert all(any(ch.isalnum() for ch in s.name) for s in a.sources)
