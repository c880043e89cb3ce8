"""Claims stage speed: the ONNX int8 scorer against the fp32 PyTorch model, and the stage's cost per article.

    python benchmarks/bench_claims.py [--sentences 400] [--torch-model DIR] [--compare-model DIR]

Sentences are invented here (templates with numbers, sources and hedges), never
read from a dataset. Figures printed:

* scorer throughput (sentences/s) of the shipped int8 ONNX model, 1 thread, scoring
  article-sized groups of 32 sentences with the shipped batch size against batches of
  32 (the earlier default) in the same run;
* with ``--torch-model`` (a saved fine-tuned model, e.g. from
  ``unspun train claims``' work folder; needs the train extra), the same
  sentences through PyTorch fp32, 1 thread, measured in the same run: the ratio
  is the int8 export's speed-up;
* with ``--compare-model`` (another exported claims model folder, e.g. an earlier
  ``models/claims_v1`` checked out from git), that model's throughput on the same
  sentences in the same run, and the shipped model's speed as a ratio of it;
* how much a sentence's score moves with its batch-mates (batches of the shipped size
  against one sentence per run, which is also timed);
* per-article time of the pipeline with and without the claims stage on a
  generated 40-paragraph article (the ratio is the stage's share of the run).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unspun.claims.scorer import BATCH_SIZE, ClaimScorer  # noqa: E402
from unspun.claims.stage import ClaimStage  # noqa: E402
from unspun.pipeline import Analyzer  # noqa: E402
from unspun.structure import StructureStage  # noqa: E402

PLACES = ["Arvenia", "Dorn", "Kell", "Marlow", "Ostrava", "Tarn"]
TEMPLATES = [
    "{place} mobilised {n:,} reservists in {month}, the ministry said.",
    "International analysts estimate that the army lost more than {n} tanks.",
    "We have always believed that {place} deserves better leaders.",
    "Will the {n} bridges of {place} hold through the winter?",
    "Turnout in {place} reached {p}%, up from {q}% four years ago.",
    "The port deal is worth ${n} million, Reuters is reporting.",
    "I think the mayor of {place} is doing a wonderful job.",
    "Between {n} and {m} families have reportedly left {place} since {month} 2022.",
]


def sentences(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    months = ["January", "March", "May", "October"]
    out = []
    for _ in range(count):
        n = rng.randint(10, 400_000)
        out.append(rng.choice(TEMPLATES).format(place=rng.choice(PLACES), n=n, m=n + rng.randint(1, 5000),
                                                p=rng.randint(20, 80), q=rng.randint(20, 80),
                                                month=rng.choice(months)))
    return out


def rate(fn, items: list[str]) -> float:
    fn(items[:16])  # warm up
    started = time.perf_counter()
    fn(items)
    return len(items) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--torch-model", type=Path, default=None)
    parser.add_argument("--compare-model", type=Path, default=None)
    args = parser.parse_args()
    items = sentences(args.sentences)

    scorer = ClaimScorer(threads=1)

    def by_article(batch_size: int, model: ClaimScorer = scorer):
        def run(xs: list[str]) -> None:
            for start in range(0, len(xs), 32):
                model.score(xs[start : start + 32], batch_size=batch_size)
        return run

    # News sentences range from a few words to several clauses: join one to four templates.
    rng = random.Random(3)
    varied = [" and ".join(items[i : i + rng.randint(1, 4)]) for i in range(len(items))]
    rates = {bs: rate(by_article(bs), varied) for bs in (32, BATCH_SIZE, 32, BATCH_SIZE)}  # second pass is kept
    onnx_rate = rates[BATCH_SIZE]
    print(f"int8 ONNX scorer: {onnx_rate:,.0f} sentences/s (1 thread, batches of {BATCH_SIZE}); "
          f"batches of 32: {rates[32]:,.0f} sentences/s; x{onnx_rate / rates[32]:.2f}")
    if args.compare_model is not None:
        other = ClaimScorer(args.compare_model, threads=1)
        pair = [rate(by_article(BATCH_SIZE, m), varied) for m in (other, scorer, other, scorer)][2:]
        print(f"{args.compare_model} ({other.config.get('base', '?')}): {pair[0]:,.0f} sentences/s; "
              f"shipped ({scorer.config.get('base', '?')}): {pair[1]:,.0f} sentences/s; x{pair[1] / pair[0]:.2f}")
    # Dynamic int8 quantisation scales a batch's activations together: the same sentence
    # scores a little differently with other batch-mates. One sentence per run is the reference.
    import numpy as np

    alone = np.array([scorer.score([x])[0] for x in varied])
    batched = np.concatenate([scorer.score(varied[i : i + 32]) for i in range(0, len(varied), 32)])
    one_rate = rate(by_article(1), varied)
    flips = int(((alone >= scorer.threshold) != (batched >= scorer.threshold)).sum())
    print(f"batches of {BATCH_SIZE} against one sentence per run: mean |score difference| {np.abs(alone - batched).mean():.4f}, "
          f"max {np.abs(alone - batched).max():.4f}, {flips} of {len(varied)} decisions differ; "
          f"one per run: {one_rate:,.0f} sentences/s (x{onnx_rate / one_rate:.2f} slower than batches of {BATCH_SIZE})")
    if args.torch_model is not None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        from unspun.claims.train import predict_finetuned

        torch.set_num_threads(1)
        model = AutoModelForSequenceClassification.from_pretrained(args.torch_model).eval()
        tokenizer = AutoTokenizer.from_pretrained(args.torch_model)
        torch_rate = rate(lambda xs: predict_finetuned(model, tokenizer, xs, batch_size=32), items)
        print(f"fp32 PyTorch baseline: {torch_rate:,.0f} sentences/s (1 thread); int8 ONNX is {onnx_rate / torch_rate:.2f}x")

    article = "\n".join(" ".join(sentences(3, seed=i)) for i in range(40))
    timings = {}
    for name, stages in (("structure only", [StructureStage()]), ("structure + claims", [StructureStage(), ClaimStage()])):
        analyzer = Analyzer(stages=stages)
        analyzer.analyze(article)
        started = time.perf_counter()
        for _ in range(3):
            analyzer.analyze(article)
        timings[name] = (time.perf_counter() - started) / 3
        print(f"{name}: {timings[name] * 1000:,.0f} ms per 40-paragraph article")
    ratio = timings["structure + claims"] / timings["structure only"]
    print(f"claims stage adds {(timings['structure + claims'] - timings['structure only']) * 1000:,.0f} ms "
          f"({ratio:.2f}x the structure-only run)")


if __name__ == "__main__":
    main()
