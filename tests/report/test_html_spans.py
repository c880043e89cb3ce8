"""Overlapping marks become well-nested HTML that still reads as the exact article text."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.report.html_spans import Mark, numbered, render_marked


class _Walker(HTMLParser):
    """Collects the text and checks that every closing tag matches the open one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.stack.append(tag)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self.balanced &= bool(self.stack) and self.stack.pop() == tag

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


def _walk(html: str) -> _Walker:
    walker = _Walker()
    walker.feed(html)
    walker.close()
    return walker


def test_overlapping_marks_nest_and_keep_the_text() -> None:
    text = 'He said "we will win" today.'
    marks = numbered([Mark(9, 20, "tech", stacked=True), Mark(12, 27, "tech", stacked=True), Mark(0, 28, "quote")])
    html = render_marked(text, 0, len(text), marks, set())
    walker = _walk(html)
    assert walker.balanced and not walker.stack
    assert "".join(walker.text) == text
    # the piece covered by both techniques carries two stacked bars
    assert 'class="tech lv1"' in html and 'class="tech lv0"' in html


def test_a_mark_gets_its_first_attributes_once_across_paragraphs() -> None:
    text = "one two\nthree four"
    mark = Mark(4, 13, "claim", first_attrs=(("id", "claim-0"),))
    seen: set[int] = set()
    first = render_marked(text, 0, 7, [mark], seen)
    second = render_marked(text, 8, 18, [mark], seen)
    assert first.count('id="claim-0"') == 1 and 'id="claim-0"' not in second
    assert "three" in second and "<span" in second


def test_suffix_follows_the_last_piece_only() -> None:
    from markupsafe import Markup

    text = "alpha beta gamma"
    marks = numbered([Mark(0, 10, "claim", suffix=Markup("<sup>0.9</sup>")), Mark(6, 16, "tech")])
    html = render_marked(text, 0, len(text), marks, set())
    assert html.count("<sup>0.9</sup>") == 1
    assert html.index("<sup>0.9</sup>") > html.index("beta")


def test_attribute_values_and_text_are_escaped() -> None:
    text = '<b>"x"</b>'
    mark = Mark(0, len(text), "quote", attrs=(("data-speaker", '"><img src=x onerror=alert(1)>'),))
    html = render_marked(text, 0, len(text), [mark], set())
    assert "<b>" not in html and "<img" not in html and "&lt;b&gt;" in html


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet='ab <>&"\'é\n', min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans()), max_size=8),
)
def test_any_marks_render_balanced_html_with_the_exact_text(text: str, raw: list[tuple[int, int, bool]]) -> None:
    marks = numbered([Mark(min(a, b), max(a, b), "tech" if s else "quote", stacked=s) for a, b, s in raw])
    html = render_marked(text, 0, len(text), marks, set())
    walker = _walk(html)
    assert walker.balanced and not walker.stack
    assert "".join(walker.text) == text
