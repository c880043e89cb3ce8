"""Speed of the quotes stage against the spaCy parse it runs on (target: at most 15 %).

Usage: python benchmarks/bench_quotes_speed.py [POLNEAR_DIR] [--repeat N]

Without a folder it times the shipped sample article (repeated); with the PolNeAR
folder it times its dev articles. Both figures come from the same run: the
spaCy parse (one Doc per paragraph, as the Analyzer does) and the structure and
quotes stages on those parses, taking turns over chunks of ten articles.
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
    parser.add_argument("--chunk", type=int, default=10,
                        help="articles parsed (in one batched pass) before the stages run on them, in turn")
    args = parser.parse_args()
    label, articles = _articles(args.polnear, args.repeat)
    nlp = load_spacy()
    parse_articles(nlp, articles[:2])  # warm up
    structure, quotes = StructureStage(), QuoteStage()
    ratios = []
    step = max(1, args.chunk)
    for run in range(1, max(1, args.runs) + 1):
        # Fresh parses every run: the stage pays for the lemmas it asks for (the parse leaves them
        # to be computed on demand), so a second pass over the same parses would flatter it.
        # Parse and stage alternate in chunks of articles (each chunk still parsed in one batched
        # pass): a slow spell of a shared machine then falls on both sides of the ratio alike,
        # where timing all the parses and then all the stages let it land on one of them.
        parse_s = quotes_s = 0.0
        n_quotes = 0
        for c0 in range(0, len(articles), step):
            t0 = time.perf_counter()
            parsed = parse_articles(nlp, articles[c0 : c0 + step])
            parse_s += time.perf_counter() - t0
            analyses = [Analysis(unspun_version="bench", article=ArticleRecord.of(p.article)) for p in parsed]
            for p, a in zip(parsed, analyses):
                structure(p, a)
            t0 = time.perf_counter()
            for p, a in zip(parsed, analyses):
                quotes(p, a)
                n_quotes += len(a.quotes or [])
            quotes_s += time.perf_counter() - t0
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
