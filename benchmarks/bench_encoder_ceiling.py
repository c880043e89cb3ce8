"""Where the persuasion encoder's time goes on this CPU, and the fastest it could possibly run.

    python benchmarks/bench_encoder_ceiling.py [--articles 10]

The persuasion stage's speed target (10 articles/s of 1,000 words) was met on some of the
project's machines and not on others. This benchmark says why, from one run on the machine
at hand, on the same invented articles as ``bench_persuasion.py``:

* the stage on one onnxruntime thread and on two (the baseline and its scaling, same run);
* onnxruntime's own profile of the one-thread run, its kernel time by operator type;
* the int8 matrix products' work (multiply-adds, counted from the shipped graph's weight
  shapes and the padded token rows actually run) and the rate the CPU reached on them;
* the ceiling: the articles/s the stage would reach if every other operator (attention,
  layer norms, GELU, tokenizing, decoding) cost nothing, every text token went through the
  encoder once (no window overlap or padding) and two cores scaled perfectly,
  and its ratio to the target. A ceiling under 10/s means no run-time change to this model
  can meet the target on this CPU; only a smaller model (or a CPU with int8 dot-product
  instructions, AVX-512 VNNI or AVX-VNNI) can. A second ceiling counts the attention
  operator too (its float32 arithmetic is the model's, not overhead).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_persuasion import article  # noqa: E402

from unspun.article import Article  # noqa: E402
from unspun.persuasion.model import PersuasionModel  # noqa: E402

# Operators that hold the int8 matrix products after onnxruntime's graph fusions.
GEMM_OPS = {"DynamicQuantizeMatMul", "MatMulIntegerToFloat", "MatMulInteger", "QLinearMatMul"}


def cpu_flags() -> str:
    """The int8-relevant vector extensions this CPU reports (Linux), or 'unknown'."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                have = set(line.split(":", 1)[1].split())
                wanted = ["avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8"]
                return ", ".join(f"{f} {'yes' if f in have else 'no'}" for f in wanted)
    except OSError:
        pass
    return "unknown"


def multiply_adds_per_row(model_path: Path) -> int:
    """Multiply-adds per token row of every quantised matrix product in the graph (sum of K x N)."""
    import onnx

    graph = onnx.load(str(model_path)).graph
    shapes = {i.name: tuple(i.dims) for i in graph.initializer}
    total = 0
    for node in graph.node:
        if node.op_type in GEMM_OPS:
            dims = shapes.get(node.input[1])
            if dims is not None and len(dims) == 2:
                total += dims[0] * dims[1]
    return total


class RecordingSession:
    """Wraps an onnxruntime session and counts the padded token rows it is run on."""

    def __init__(self, session) -> None:
        self.session = session
        self.rows = 0

    def run(self, names, feed):
        self.rows += int(feed["input_ids"].size)
        return self.session.run(names, feed)

    def __getattr__(self, name):
        return getattr(self.session, name)


def stage_seconds(model: PersuasionModel, arts: list[Article]) -> float:
    model.analyse(arts[0].text, [(p.start, p.end) for p in arts[0].paragraphs])  # warm
    t0 = time.perf_counter()
    for a in arts:
        model.analyse(a.text, [(p.start, p.end) for p in a.paragraphs])
    return time.perf_counter() - t0


def main() -> None:
    import onnxruntime as ort

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10)
    args = ap.parse_args()
    arts = [Article.from_text(article(i)) for i in range(args.articles)]
    n = len(arts)
    print(f"{n} invented articles ({sum(len(a.text.split()) for a in arts) / n:.0f} words each); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; CPU flags: {cpu_flags()}")

    one = PersuasionModel(threads=1)
    two = PersuasionModel(threads=2)
    s1, s2 = stage_seconds(one, arts), stage_seconds(two, arts)
    print(f"stage, 1 thread: {n / s1:.2f} articles/s (baseline); 2 threads: {n / s2:.2f} articles/s "
          f"(x{s1 / s2:.2f} the baseline; perfect scaling would be x2.00)")

    model_path = one.model_dir / "model.onnx"
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.enable_profiling = True
    opts.profile_file_prefix = str(Path(os.environ.get("TMPDIR", "/tmp")) / "unspun-encoder-profile")
    recorder = RecordingSession(ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"]))
    one.encoder.session = recorder  # the same model, now profiled; every article below is counted
    t0 = time.perf_counter()
    tokens = sum(len(one.analyse(a.text, [(p.start, p.end) for p in a.paragraphs])[2].offsets) for a in arts)
    profiled_s = time.perf_counter() - t0
    profile = Path(recorder.session.end_profiling())
    events = json.loads(profile.read_text())
    profile.unlink()
    by_op: Counter = Counter()
    for e in events:
        if e.get("cat") == "Node" and e.get("name", "").endswith("_kernel_time"):
            by_op[e["args"]["op_name"]] += e["dur"] * 1e-6
    kernel_total = sum(by_op.values())
    print(f"profiled stage, 1 thread: {n / profiled_s:.2f} articles/s, {kernel_total / profiled_s:.0%} of it in "
          "onnxruntime kernels; kernel time by operator:")
    for op, sec in by_op.most_common(6):
        print(f"  {op:28s} {sec / kernel_total:6.1%}")
    gemm_s = sum(s for op, s in by_op.items() if op in GEMM_OPS)
    gemm_share = gemm_s / kernel_total
    rows = recorder.rows
    macs = multiply_adds_per_row(model_path) * rows
    print(f"int8 matrix products: {gemm_share:.0%} of kernel time; {macs / n / 1e9:.1f} G multiply-adds per article "
          f"({rows / n:,.0f} padded token rows) at {macs / gemm_s / 1e9:.0f} G/s on one core")
    # The ceiling runs each text token once: no window overlap, no padding, no special tokens.
    ceiling_one = n / (gemm_s * tokens / rows)
    ceiling_two = 2 * ceiling_one
    print(f"ceiling with every other operator free and each of the {tokens / n:,.0f} text tokens of an article run once: "
          f"{ceiling_one:.1f} articles/s on one core, {ceiling_two:.1f} on two "
          f"scaling perfectly; target 10/s: ratio {ceiling_two / 10:.2f} (measured stage {n / s2:.2f}/s, "
          f"{(n / s2) / ceiling_two:.0%} of the ceiling)")
    # Attention's own arithmetic (float32 scores and softmax over each window) is part of the model, too.
    attn_s = by_op.get("MultiHeadAttention", 0.0)
    with_attn = 2 * n / ((gemm_s + attn_s) * tokens / rows)
    print(f"the same ceiling counting the attention operator as well (its window length kept): {with_attn:.1f} articles/s "
          f"on two cores; target 10/s: ratio {with_attn / 10:.2f}")


if __name__ == "__main__":
    main()
