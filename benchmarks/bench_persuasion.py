"""Persuasion stage speed on 1,000-word articles, and its share of the whole pipeline.

    python benchmarks/bench_persuasion.py [--articles 30] [--threads 2] [--processes 2]

Articles are invented here (sentences assembled from templates, about 1,000 words in
about 16 paragraphs), never read from a dataset. Figures printed, all measured in this run:

* persuasion stage alone (tokenize, int8 ONNX encoder over windows, decode): articles/s,
  and its ratio to the 10 articles/s target, in one process (onnxruntime threads over the
  cores) and over ``--processes`` worker processes of one thread each (how corpus mode runs);
* the paragraph head's cost per article (stacked head from the encoder pass) against the
  span-maximum rule it replaced, both timed on the same encodings (``--head-only`` stops here);
* the baseline in the same run: the default pipeline without the persuasion stage
  (spaCy parse + the other stages), articles/s;
* the whole default pipeline with persuasion: articles/s, and the persuasion stage's
  share of its time.
The machine's load is printed too: on a shared CPU the figures move with it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unspun.article import Article  # noqa: E402
from unspun.persuasion.model import PersuasionModel, paragraph_scores, token_paragraphs  # noqa: E402
from unspun.persuasion.stage import PersuasionStage  # noqa: E402
from unspun.pipeline import Analyzer, default_stages  # noqa: E402

SUBJECTS = ["The council", "Mayor Orlan", "The harbour board", "Critics", "Residents of Velmora", "The ministry", "Our rivals"]
VERBS = ["promised", "denied", "announced", "rejected", "questioned", "defended", "ignored"]
OBJECTS = [
    "a reckless plan to sell the old ferry",
    "the shameful betrayal of every family in the valley",
    "a modest budget for the new bridge",
    "claims that the tunnel would cost twice as much",
    "the report of the independent auditors",
    "a proposal that nobody in their right mind would accept",
]
TAILS = [
    "on Tuesday.", "despite months of protests.", "as the deadline approached.",
    "and the whole town knows why.", "according to officials.", "once again.",
]


def article(seed: int, words: int = 1000) -> str:
    rng = random.Random(seed)
    paras, count = [], 0
    while count < words:
        sents = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}" for _ in range(rng.randint(3, 6))]
        para = " ".join(sents)
        paras.append(para)
        count += len(para.split())
    return "Harbour row deepens\n\n" + "\n\n".join(paras) + "\n"


def paragraph_head_cost(model: PersuasionModel, arts: list[Article], encodings: list, stage_s: float) -> None:
    """Paragraph scoring from an encoder pass: the configured head vs the span-maximum rule (baseline), same run."""
    paras = [[(p.start, p.end) for p in a.paragraphs] for a in arts]
    of_token = [token_paragraphs(e.offsets, ps) for e, ps in zip(encodings, paras)]

    def timed(fn) -> float:
        t0 = time.perf_counter()
        for _ in range(3):
            for e, pt, ps in zip(encodings, of_token, paras):
                fn(e, pt, ps)
        return (time.perf_counter() - t0) / (3 * len(arts))

    base = timed(lambda e, pt, ps: paragraph_scores(e.token_outputs["span_probs"], pt, len(ps)))
    ours = timed(model.paragraph_scores)
    per_article = stage_s / len(arts)
    print(f"paragraph scores ({model.paragraph_source}): {ours * 1e3:.2f} ms per article; span-maximum rule (baseline) "
          f"{base * 1e3:.2f} ms; extra {(ours - base) * 1e3:.2f} ms = {(ours - base) / per_article:.1%} of the stage's "
          f"{per_article * 1e3:.0f} ms per article")


_worker_model: PersuasionModel | None = None


def _init_worker() -> None:
    global _worker_model
    _worker_model = PersuasionModel(threads=1)


def _analyse_in_worker(job: tuple[str, list[tuple[int, int]]]) -> int:
    assert _worker_model is not None
    return len(_worker_model.analyse(*job)[2].offsets)


def processes_rate(texts: list[str], arts: list[Article], processes: int) -> float:
    """Articles/s of the stage over ``processes`` worker processes, one thread each (models loaded first)."""
    import multiprocessing

    jobs = [(t, [(p.start, p.end) for p in a.paragraphs]) for t, a in zip(texts, arts)]
    with multiprocessing.get_context("fork").Pool(processes, initializer=_init_worker) as pool:
        pool.map(_analyse_in_worker, jobs[:processes], chunksize=1)  # every worker loaded and warm
        t0 = time.perf_counter()
        pool.map(_analyse_in_worker, jobs, chunksize=1)
        return len(jobs) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--head-only", action="store_true", help="Stop after the stage and paragraph-head figures.")
    ap.add_argument("--processes", type=int, default=2,
                    help="Also time the stage over N worker processes of one thread each (0: skip).")
    args = ap.parse_args()
    texts = [article(i) for i in range(args.articles)]
    arts = [Article.from_text(t) for t in texts]
    print(f"{len(texts)} invented articles, {sum(len(t.split()) for t in texts) / len(texts):.0f} words each on average;"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    model = PersuasionModel(threads=args.threads)
    model.analyse(texts[0], [(p.start, p.end) for p in arts[0].paragraphs])  # warm up
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    encodings = []
    for a in arts:
        _, _, enc = model.analyse(a.text, [(p.start, p.end) for p in a.paragraphs])
        tokens += len(enc.offsets)
        encodings.append(enc)
    stage_s, stage_cpu = time.perf_counter() - t0, time.process_time() - c0
    rate = len(arts) / stage_s
    threads = model.encoder.session.get_session_options().intra_op_num_threads
    print(f"persuasion stage alone: {rate:.1f} articles/s wall ({tokens / stage_s:,.0f} tokens/s); target 10/s: ratio {rate / 10:.2f}")
    # On a shared CPU the wall clock counts other people's work; CPU time does not.
    cpu_rate = len(arts) / (stage_cpu / threads)
    print(f"  CPU time {stage_cpu / len(arts):.3f} s per article over {threads} threads: "
          f"{cpu_rate:.1f} articles/s if those {threads} cores were free (ratio to target {cpu_rate / 10:.2f})")

    if args.processes:
        multi = processes_rate(texts, arts, args.processes)
        print(f"persuasion stage over {args.processes} processes x 1 thread (as `Analyzer.pipe(n_process=...)` and "
              f"`corpus add --workers` run it): {multi:.1f} articles/s; target 10/s: ratio {multi / 10:.2f}; "
              f"x{multi / rate:.2f} the one-process figure")
    paragraph_head_cost(model, arts, encodings, stage_s)
    if args.head_only:
        return
    others = [s for s in default_stages() if not isinstance(s, PersuasionStage)]
    base = Analyzer(stages=others)
    base.analyze(texts[0])
    t0 = time.perf_counter()
    for t in texts:
        base.analyze(t)
    base_s = time.perf_counter() - t0
    print(f"baseline, pipeline without persuasion ({', '.join(s.name for s in others)}): {len(texts) / base_s:.1f} articles/s")

    full = Analyzer(stages=others + [PersuasionStage(model)])
    full.analyze(texts[0])
    t0 = time.perf_counter()
    for t in texts:
        full.analyze(t)
    full_s = time.perf_counter() - t0
    print(f"whole pipeline with persuasion: {len(texts) / full_s:.1f} articles/s; persuasion's share of its time "
          f"{stage_s / full_s:.0%} (stage alone {stage_s:.1f} s of {full_s:.1f} s)")


if __name__ == "__main__":
    main()
