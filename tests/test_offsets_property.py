"""Property: for any input text, every paragraph and span is a valid pair of offsets into it."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unspun.article import Article

# Text with the characters that trip offset bookkeeping: quotes, CR/LF, BOM, emoji, combining marks.
tricky = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"'“”‘’«»\n\r\t \ufeff\u200b@#/():.,—–-é́😀")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    min_size=1,
    max_size=400,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=tricky)
def test_every_span_is_a_valid_slice_of_the_text(analyzer, text: str) -> None:
    article = Article.from_text(text)
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end].strip() != ""
    if not article.paragraphs:
        return
    analysis = analyzer.analyze(article)
    assert analysis.article.text == text
    assert analysis.invalid_spans() == []


def test_invalid_spans_reports_a_broken_span(sample_analysis) -> None:
    broken = sample_analysis.model_copy(deep=True)
    broken.article.paragraphs[0].end = len(broken.article.text) + 5
    assert broken.invalid_spans() and "outside the text" in broken.invalid_spans()[0]
