"""Speed of the quotes stage against the spaCy parse it runs on (target: at most 15 %).

Usage: python benchmarks/bench_quotes_speed.py [POLNEAR_DIR] [--repeat N]

Without a folder it times the shipped sample article (repeated); with the PolNeAR
folder it times its dev articles. Both figures come from the same run: first the
spaCy parse of every article (one Doc per paragraph, as the Analyzer does), then
the structure and quotes stages on those parses.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.nlp import load_spacy, parse_articles
from unspun.quotes.stage import QuoteStage
from unspun.structure import StructureStage

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "unspun" / "data" / "sample_article.txt"


def _articles(folder: Path | None, repeat: int) -> tuple[str, list[Article]]:
    if folder is None:
        text = SAMPLE.read_text(encoding="utf-8")
        return f"sample article x{repeat}", [Article.from_text(text) for _ in range(repeat)]
    from unspun.quotes.evaluate import load_split

    items = list(load_split(folder, "dev"))
    return f"PolNeAR dev ({len(items)} articles)", [Article.from_text(t) for _, t, _ in items]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", nargs="?", type=Path, help="PolNeAR folder (optional)")
    parser.add_argument("--repeat", type=int, default=50, help="copies of the sample article when no folder is given")
    parser.add_argument("--runs", type=int, default=3,
                        help="parse-then-stage cycles, each on fresh parses; the median ratio is the figure")
    args = parser.parse_args()
    label, articles = _articles(args.polnear, args.repeat)
    nlp = load_spacy()
    parse_articles(nlp, articles[:2])  # warm up
    structure, quotes = StructureStage(), QuoteStage()
    ratios = []
    for run in range(1, max(1, args.runs) + 1):
        # Fresh parses every run: the stage pays for the lemmas it asks for (the parse leaves them
        # to be computed on demand), so a second pass over the same parses would flatter it.
        t0 = time.perf_counter()
        parsed = parse_articles(nlp, articles)
        parse_s = time.perf_counter() - t0
        analyses = [Analysis(unspun_version="bench", article=ArticleRecord.of(p.article)) for p in parsed]
        for p, a in zip(parsed, analyses):
            structure(p, a)
        t0 = time.perf_counter()
        n_quotes = 0
        for p, a in zip(parsed, analyses):
            quotes(p, a)
            n_quotes += len(a.quotes or [])
        quotes_s = time.perf_counter() - t0
        ratios.append(quotes_s / parse_s)
        if run == 1:
            words = sum(len(a.text.split()) for a in articles)
            print(f"{label}: {words:,} words, {n_quotes} quotes found")
        print(f"run {run}: spaCy parse {parse_s:7.3f} s, quotes stage {quotes_s:6.3f} s, ratio {quotes_s / parse_s:6.1%}")
    # The first run also fills the lemmatizer's cache (word forms it has not seen yet in this process),
    # as a one-off command-line run does; later runs show a long-running process (corpus, web app).
    print(f"ratio: first run {ratios[0]:.1%}, median of {len(ratios)} runs {statistics.median(ratios):.1%} "
          "of the parse (target <= 15%)")


if __name__ == "__main__":
    main()
