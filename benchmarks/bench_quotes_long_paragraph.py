"""Does the quotes stage stay linear on one very long paragraph?

Usage: python benchmarks/bench_quotes_long_paragraph.py [--sentences N]

A pasted transcript or a page with no paragraph breaks can put thousands of quotes in one
paragraph. The stage once looked at every token of the paragraph for every quote (a square
of the paragraph's length: about 12 s for 1,600 sentences whose parse takes 6 s). Here the
same invented sentences are timed two ways in one run: as one paragraph, and split into
paragraphs of ten sentences (the baseline). The ratio of the two quotes-stage times should
stay near 1; the stage's share of the parse is printed beside it.
"""

from __future__ import annotations

import argparse
import time

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.nlp import load_spacy, parse_articles
from unspun.quotes.stage import extract_quotes
from unspun.structure import StructureStage

SENTENCES = (
    'Mayor Dana Reyes said the bridge is safe and "it will be great," adding that the costs are high. ',
    '"We will not close it," the mayor told reporters on Tuesday. ',
    "She said that inspectors had found no cracks in the deck. ",
    'Engineer Tom Hale disagreed, calling the survey "rushed and thin." ',
    '"I would not drive a bus over it," he said. ',
)


def _timed(text: str) -> tuple[float, float, int]:
    """(parse seconds, quotes-stage seconds, quotes found) for one article."""
    article = Article.from_text(text)
    nlp = load_spacy(None)
    started = time.perf_counter()
    parsed = parse_articles(nlp, [article])[0]
    parsed_at = time.perf_counter()
    analysis = Analysis(unspun_version="bench", article=ArticleRecord.of(article))
    StructureStage()(parsed, analysis)
    kinds = [p.kind for p in analysis.article.paragraphs]
    stage_started = time.perf_counter()
    quotes, _ = extract_quotes(parsed, kinds)
    return parsed_at - started, time.perf_counter() - stage_started, len(quotes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1600, help="sentences in the long paragraph")
    args = parser.parse_args()
    body = [SENTENCES[k % len(SENTENCES)] for k in range(args.sentences)]
    one = "Bridge\n\n" + "".join(body).strip() + "\n"
    split = "Bridge\n\n" + "\n\n".join("".join(body[k : k + 10]).strip() for k in range(0, len(body), 10)) + "\n"
    load_spacy(None)  # loaded once before timing
    base_parse, base_stage, base_n = _timed(split)
    long_parse, long_stage, long_n = _timed(one)
    print(f"{args.sentences} sentences split into paragraphs of 10: parse {base_parse:.2f} s, quotes stage "
          f"{base_stage:.2f} s ({base_stage / base_parse:.1%} of the parse), {base_n} quotes")
    print(f"the same as one paragraph:             parse {long_parse:.2f} s, quotes stage "
          f"{long_stage:.2f} s ({long_stage / long_parse:.1%} of the parse), {long_n} quotes")
    print(f"ratio one paragraph / split: {long_stage / base_stage:.2f}x (target: near 1, not growing with --sentences)")


if __name__ == "__main__":
    main()
