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
