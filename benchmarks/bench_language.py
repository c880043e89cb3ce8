"""Cost of detecting each article's language, against the spaCy parse of the same articles.

Usage: python benchmarks/bench_language.py [--repeat N]

Times, in one run: loading the detector's model (once per process), detecting the language of
the shipped sample article and of an invented French text N times each, and the spaCy parse of
the sample N times (the Analyzer's one pass per article), then prints ms per article and the
detection's share of the parse.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from unspun.article import Article
from unspun.language.detect import detect_language, warm_up
from unspun.nlp import load_spacy, parse_articles

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "unspun" / "data" / "sample_article.txt"
FRENCH = ("La mairie gèle les aides aux boulangers\n"
          "« C'est une honte absolue », a déclaré Marie Dupont, présidente de l'Union des artisans.\n"
          "Selon la mairie, les aides baisseront de douze pour cent dès l'année prochaine, "
          "et quatre cents boutiques familiales pourraient fermer avant l'été.\n") * 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    sample = SAMPLE.read_text(encoding="utf-8")

    started = time.perf_counter()
    warm_up()
    load_s = time.perf_counter() - started

    timings = {}
    for name, text in (("sample article (418 words)", sample), ("French text (175 words)", FRENCH)):
        started = time.perf_counter()
        for _ in range(args.repeat):
            guess = detect_language(text)
        timings[name] = ((time.perf_counter() - started) / args.repeat, guess)

    nlp = load_spacy(None)
    articles = [Article.from_text(sample) for _ in range(args.repeat)]
    started = time.perf_counter()
    parse_articles(nlp, articles)
    parse_s = (time.perf_counter() - started) / args.repeat

    print(f"detector model load (once per process): {load_s * 1000:.0f} ms")
    for name, (seconds, guess) in timings.items():
        print(f"detect, {name}: {seconds * 1000:.2f} ms per article -> {guess}")
    print(f"spaCy parse of the sample article (baseline, same run): {parse_s * 1000:.1f} ms per article")
    sample_s = timings["sample article (418 words)"][0]
    print(f"detection / parse: {sample_s / parse_s:.1%}")


if __name__ == "__main__":
    main()
