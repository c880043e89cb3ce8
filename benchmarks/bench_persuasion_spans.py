"""Cost of the stacked span classifier at run time, against the persuasion stage's own pass.

    python benchmarks/bench_persuasion_spans.py [--articles 20] [--threads 2]

Invented 1,000-word articles (the templates of ``bench_persuasion.py``). Timed in this
run, on the same encodings: the encoder pass + span decoding per article (the baseline),
and the span classifier labelling every span the token heads found (features + numpy
logistic regression). Prints both, the classifier's share, and the machine's load.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_persuasion import article  # noqa: E402
from unspun.article import Article  # noqa: E402
from unspun.persuasion.model import PersuasionModel, decode_spans, token_paragraphs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    model = PersuasionModel(threads=args.threads)
    if model.span_classifier is None:
        sys.exit("the model folder has no span_classifier.npz; run 'unspun train persuasion-spans' first")
    texts = [article(i) for i in range(args.articles)]
    t0 = time.perf_counter()
    passes = []
    for text in texts:
        paragraphs = [(p.start, p.end) for p in Article.from_text(text).paragraphs]
        enc = model.encode(text)
        found = decode_spans(enc.token_outputs["span_probs"], enc.offsets, token_paragraphs(enc.offsets, paragraphs),
                             model.thresholds.span, text=text)  # whole words, as the stage decodes them before relabelling
        passes.append((enc, found))
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_spans = 0
    for enc, found in passes:
        n_spans += len(found)
        model.relabel(enc, found)
    extra = time.perf_counter() - t0
    n = len(texts)
    print(f"load average {os.getloadavg()[0]:.1f}; {n} articles, {n_spans} spans found ({n_spans / n:.1f} per article)")
    print(f"encoder pass + span decoding: {1000 * base / n:.1f} ms per article (baseline)")
    print(f"span classifier over the found spans: {1000 * extra / n:.2f} ms per article, {extra / base:.2%} of the baseline")


if __name__ == "__main__":
    main()
