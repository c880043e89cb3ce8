"""Throughput and peak memory of the whole pipeline against a spaCy parse alone, same articles.

    python benchmarks/bench_pipeline.py [--articles 200] [--data ../shared/datasets]

Articles are read at run time from the SemEval-2023 English training folder when
``--data`` points at the shared datasets (never copied), otherwise generated from
the shipped invented sample. Each mode runs in a fresh process so that its peak
RSS is its own. Prints articles/s and peak memory for both, and their ratio; the parse
is also run on the pipeline as thinc builds it by default (matrix products through BLIS,
the baseline of unspun's numpy-gemm ops, see ``unspun.nlp``) and with spaCy's own
attribute ruler (the baseline of ``unspun.nlp.attributes``); then, from a last process,
the CPU seconds per article of the parse and of each stage on one thread (the way a
corpus worker runs them).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "unspun" / "data" / "sample_article.txt"


def load_texts(n: int, data: Path | None) -> tuple[list[str], str]:
    folder = data / "semeval2023-en" / "train-articles-subtask-3" if data else None
    if folder and folder.is_dir():
        files = sorted(folder.glob("article*.txt"))[:n]
        return [f.read_text(encoding="utf-8") for f in files], f"{len(files)} SemEval-2023 train articles"
    base = SAMPLE.read_text(encoding="utf-8")
    texts = [base.replace("Port Elsby", f"Port Elsby {i}") for i in range(n)]
    return texts, f"{n} copies of the shipped sample article (varied)"


def run_mode(mode: str, texts: list[str]) -> dict[str, float]:
    """Run in this process (called in a child): parse or full analysis; return timings and peak RSS."""
    from unspun.article import Article
    from unspun.nlp import load_spacy
    from unspun.pipeline import Analyzer

    articles = [Article.from_text(t) for t in texts]
    if mode in ("spacy", "spacy-blis", "spacy-ruler"):
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # as parse_articles runs it
        if mode == "spacy":
            nlp = load_spacy()
        elif mode == "spacy-ruler":  # unspun's pipeline but with spaCy's AttributeRuler (its Matcher)
            import spacy

            from unspun.nlp import _numpy_gemm_ops, spacy_model_name

            with _numpy_gemm_ops():
                nlp = spacy.load(spacy_model_name(), disable=["lemmatizer"])
        else:  # the same pipeline as thinc builds it by default: matrix products through BLIS
            import spacy

            from unspun.nlp import spacy_model_name

            nlp = spacy.load(spacy_model_name(), disable=["lemmatizer"])
        warm = list(nlp.pipe([articles[0].paragraph_text(0)]))
        del warm
        start = time.perf_counter()
        paragraphs = [a.text[p.start : p.end] for a in articles for p in a.paragraphs]
        for _ in nlp.pipe(paragraphs, batch_size=64):
            pass
    elif mode == "stages":
        return stage_cpu_seconds(articles)
    else:
        analyzer = Analyzer()
        analyzer.analyze(articles[0])
        start = time.perf_counter()
        for _ in analyzer.pipe(articles, batch_size=16):
            pass
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": elapsed, "articles_per_s": len(articles) / elapsed, "peak_rss_mb": peak_mb}


def stage_cpu_seconds(articles: list) -> dict[str, float]:
    """CPU seconds per article of the parse and of each stage, on one thread (as a corpus worker runs)."""
    import os

    os.environ["UNSPUN_THREADS"] = "1"
    from unspun.analysis import Analysis, ArticleRecord
    from unspun.nlp import parse_articles
    from unspun.pipeline import Analyzer, __version__

    analyzer = Analyzer()
    analyzer.analyze(articles[0])
    start = time.process_time()
    parsed = parse_articles(analyzer.nlp, articles)
    cpu = {"spacy parse": time.process_time() - start}
    for p in parsed:
        analysis = Analysis(unspun_version=__version__, article=ArticleRecord.of(p.article))
        for stage in analyzer.stages:
            start = time.process_time()
            stage(p, analysis)
            cpu[stage.name] = cpu.get(stage.name, 0.0) + time.process_time() - start
    return {name: seconds / len(articles) for name, seconds in cpu.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--child", choices=["spacy", "spacy-blis", "spacy-ruler", "full", "stages"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts, described = load_texts(args.articles, args.data)
    if args.child:
        print(json.dumps(run_mode(args.child, texts)))
        return
    words = sum(len(t.split()) for t in texts)
    results = {}
    for mode in ("spacy-blis", "spacy-ruler", "spacy", "full", "stages"):
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--articles", str(args.articles), "--data", str(args.data)],
            check=True, capture_output=True, text=True,
        )
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    from unspun.pipeline import default_stages

    print(f"articles: {described}, {words / len(texts):.0f} words on average")
    print(f"stages: {', '.join(s.name for s in default_stages())}")
    print(f"{'mode':<22}{'articles/s':>12}{'peak RSS MB':>14}")
    print(f"{'spaCy parse alone':<22}{results['spacy']['articles_per_s']:>12.1f}{results['spacy']['peak_rss_mb']:>14.0f}")
    print(f"{'parse, thinc BLIS ops':<22}{results['spacy-blis']['articles_per_s']:>12.1f}{results['spacy-blis']['peak_rss_mb']:>14.0f}"
          f"   (numpy-gemm ops, both with spaCy's ruler: x{results['spacy-blis']['seconds'] / results['spacy-ruler']['seconds']:.2f} faster)")
    print(f"{'parse, spaCy ruler':<22}{results['spacy-ruler']['articles_per_s']:>12.1f}{results['spacy-ruler']['peak_rss_mb']:>14.0f}"
          f"   (unspun's attribute lookup x{results['spacy-ruler']['seconds'] / results['spacy']['seconds']:.2f} faster)")
    print(f"{'whole pipeline':<22}{results['full']['articles_per_s']:>12.1f}{results['full']['peak_rss_mb']:>14.0f}")
    ratio = results["full"]["seconds"] / results["spacy"]["seconds"]
    print(f"time ratio whole/parse: {ratio:.2f}x; memory ratio: {results['full']['peak_rss_mb'] / results['spacy']['peak_rss_mb']:.2f}x")
    per_stage = results["stages"]
    total = sum(per_stage.values())
    print(f"CPU seconds per article on one thread (as a corpus worker runs): {total:.3f} in all, so at most "
          f"{2 / total:.1f} articles/s on 2 free cores")
    for name, seconds in per_stage.items():
        print(f"  {name:<14}{seconds:.3f} s  ({seconds / total:.0%})")


if __name__ == "__main__":
    main()
