"""Fixes from the eleventh session (3 Dec 2026): PolNeAR train misses and the eleventh blind review, each
rewritten as an invented article. Each test fails without its fix."""

from __future__ import annotations

from quotes_helpers import find


def test_a_letter_asking_is_its_writer_not_its_addressee(analyse) -> None:
    a = analyse('Polls\n\nMayor Tobias Venn wrote a letter to Attorney General Ruth Okafor asking the department to '
                'investigate the "shambles."')
    assert find(a, "shambles").speaker.name == "Tobias Venn"
