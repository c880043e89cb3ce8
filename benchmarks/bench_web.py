"""Load test of the web API on loopback: latency under 8 concurrent clients vs. a direct call.

    python benchmarks/bench_web.py [--requests 200] [--clients 8] [--workers 1] [--queue 16]

Starts ``unspun serve`` on 127.0.0.1 (a free port) in a child process, waits for
``/api/health``, then sends ``--requests`` POSTs to ``/api/analyze`` from
``--clients`` concurrent clients (each its own HTTP connection, one request at a
time), and stops the server. Only loopback is ever contacted, the number of
requests is fixed and every request has a timeout, so the run always ends.

Prints the status counts (only 200 and, with a small ``--queue``, deliberate 503s
are acceptable; anything else makes the exit code 1), p50/p95/max latency, the
throughput, and the baseline measured in the same run: the p50 of
``Analyzer.analyze`` on the same article called directly in this process, and the
ratio of the HTTP p50 to it (what queueing and HTTP add under load).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "unspun" / "data" / "sample_article.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def baseline(text: str, n: int) -> float:
    """p50 seconds of Analyzer.analyze on the article, called directly (after one warm-up)."""
    from unspun.pipeline import Analyzer

    analyzer = Analyzer()
    analyzer.analyze(text)
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        analyzer.analyze(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def wait_ready(base: str, proc: subprocess.Popen[bytes], limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode} before it was ready")
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise SystemExit("the server was not ready in time")


def load(base: str, text: str, requests: int, clients: int, timeout: float) -> tuple[list[float], Counter[str]]:
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    lock = threading.Lock()
    counter = iter(range(requests))

    def client() -> None:
        with httpx.Client(base_url=base, timeout=timeout) as http:
            while True:
                with lock:
                    if next(counter, None) is None:
                        return
                t0 = time.perf_counter()
                try:
                    status = str(http.post("/api/analyze", json={"text": text}).status_code)
                except httpx.HTTPError as err:
                    status = type(err).__name__
                elapsed = time.perf_counter() - t0
                with lock:
                    statuses[status] += 1
                    if status == "200":
                        latencies.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--queue", type=int, default=16)
    parser.add_argument("--baseline-runs", type=int, default=30)
    args = parser.parse_args()
    if not (1 <= args.requests <= 2000 and 1 <= args.clients <= 64):
        parser.error("--requests must be 1-2000 and --clients 1-64 (a bounded load test)")
    text = SAMPLE.read_text(encoding="utf-8")

    direct = baseline(text, args.baseline_runs)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "unspun.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.workers), "--queue", str(args.queue), "--timeout", "60"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(base, proc)
        t0 = time.perf_counter()
        latencies, statuses = load(base, text, args.requests, args.clients, timeout=90)
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()

    ok = statuses.get("200", 0)
    print(f"load test: {args.requests} POST /api/analyze, {args.clients} concurrent clients, "
          f"server --workers {args.workers} --queue {args.queue}, article {len(text):,} chars")
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    if latencies:
        p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
        print(f"latency of 200s: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
        print(f"throughput: {ok / wall:.1f} analyses/s over {wall:.1f} s; direct serial: {1 / direct:.1f}/s; "
              f"ratio {ok / wall * direct:.2f}")
        print(f"baseline (same run): Analyzer.analyze direct p50 {direct * 1000:.1f} ms; "
              f"HTTP p50 under load / direct p50 = {p50 / direct:.1f}x "
              f"(about {args.clients} requests share {args.workers} worker(s))")
    unexpected = {k: v for k, v in statuses.items() if k not in ("200", "503")}
    if unexpected:
        print(f"UNEXPECTED: {unexpected}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
