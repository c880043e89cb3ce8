"""Corpus mode: `corpus add` throughput with 1 and 2 workers, store size per article, `stats` time on 10k articles.

    python benchmarks/bench_corpus.py [--data ../shared/datasets] [--articles 2000] [--stats-articles 10000]

Texts are read at run time from the shared datasets (PolNeAR, PTC, SemEval-2023,
SemEval-2025 English; never copied into the repository) into a temporary JSON Lines
file; without ``--data`` they are generated. The 10k-article store for ``stats`` is
filled with generated analyses (quotes, sources, claims, techniques, frames,
narratives at realistic counts), since only its size matters there.

Baselines measured in the same run: 1 worker for ``corpus add`` (the ratio is the
2-worker speed-up; ``--baseline-articles N`` runs it on the first N articles only),
and for ``stats`` the same overall figures computed the naive way, by parsing every
stored analysis JSON in Python.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unspun.corpus import CorpusStore, add_to_store, analysis_rows, content_id  # noqa: E402
from unspun.corpus.stats import corpus_stats  # noqa: E402


def dataset_records(data: Path, n: int) -> list[dict[str, str]]:
    """Up to ``n`` distinct articles with outlet and date where the dataset gives them."""
    records: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(text: str, outlet: str, published: str | None) -> None:
        aid = content_id(text)
        if text.strip() and aid not in seen:
            seen.add(aid)
            records.append({"id": aid, "text": text, "outlet": outlet, **({"published": published} if published else {})})

    for split in ("train", "dev"):
        for path in sorted((data / "polnear" / split / "text").glob("*.txt")):
            outlet, date = path.name.split("_")[:2]
            add(path.read_text(encoding="utf-8"), outlet, date)
    for folder in ("ptc/train-articles", "ptc/dev-articles", "semeval2023-en/train-articles-subtask-3",
                   "semeval2023-en/dev-articles-subtask-3", "semeval2025-en/raw-documents"):
        for path in sorted((data / folder).glob("*.txt")):
            add(path.read_text(encoding="utf-8"), folder.split("/")[0], None)
    return records[:n]


_WORDS = ("council minister said report claims police budget election voters court bridge harbour storm prices "
          "workers union strike hospital school plan government opposition leader spokesperson evidence").split()


def generated_text(rng: random.Random, words: int) -> str:
    lines, line = [], []
    for i in range(words):
        line.append(rng.choice(_WORDS))
        if len(line) >= 25 or i == words - 1:
            lines.append(" ".join(line).capitalize() + ".")
            line = []
    return "\n".join(lines)


def generated_records(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [{"id": f"gen-{i}", "text": f"Generated article {i}\n" + generated_text(rng, 400),
             "outlet": f"outlet-{i % 8}", "published": f"2024-{1 + i % 12:02d}-01"} for i in range(n)]


def timed_add(records_file: Path, workers: int, folder: Path, stages: list[str] | None) -> dict[str, float]:
    store = folder / f"bench-{workers}w.duckdb"
    start = time.perf_counter()
    report = add_to_store(store, [str(records_file)], workers=workers, batch_size=64, stages=stages)
    seconds = time.perf_counter() - start
    if report.failures or not report.added:
        raise SystemExit(f"corpus add failed: {report.added} added, failures: {report.failures[:3]}")
    size = sum(p.stat().st_size for p in folder.glob(f"{store.name}*"))
    return {"workers": workers, "articles": report.added, "seconds": round(seconds, 2),
            "articles_per_s": round(report.added / seconds, 2), "bytes_per_article": round(size / max(1, report.added))}


def synthetic_analysis(i: int, rng: random.Random) -> dict:
    text = f"Synthetic article {i}\n" + generated_text(rng, 450)
    paragraphs, offset = [], 0
    for index, line in enumerate(text.split("\n")):
        paragraphs.append({"index": index, "start": offset, "end": offset + len(line), "kind": "body"})
        offset += len(line) + 1

    def span() -> dict:
        p = rng.choice(paragraphs)
        return {"start": p["start"], "end": p["end"], "text": text[p["start"]:p["end"]]}

    names = [f"Source {rng.randrange(300)}" for _ in range(3)]
    return {
        "schema_version": "1.0", "unspun_version": "bench", "analyses": ["structure", "quotes", "claims"],
        "article": {"id": None, "title": None, "url": None, "outlet": f"outlet-{i % 8}",
                    "published": f"{2022 + i % 3}-{1 + i % 12:02d}-15", "language": "en", "text": text,
                    "paragraphs": paragraphs},
        "quotes": [{**span(), "paragraph": 1, "kind": "direct", "confidence": 0.9, "cue": None,
                    "speaker": {"name": rng.choice(names), "mention": None, "source_id": "s0", "resolution": "explicit"}}
                   for _ in range(6)],
        "sources": [{"id": f"s{j}", "name": name, "kind": "person", "description": None, "quote_count": rng.randrange(4),
                     "words_quoted": 20, "share": 0.3, "paragraphs": [1], "single_source_reliance": False}
                    for j, name in enumerate(names)],
        "claims": [{**span(), "paragraph": 1, "score": 0.7, "certainty": "high", "hedges": [], "quantities": [],
                    "asserted_by": {"kind": rng.choice(["source", "article", "outlet"]), "name": None, "source_id": None}}
                   for _ in range(8)],
        "techniques": [{"technique": rng.choice(["Loaded_Language", "Doubt", "Exaggeration", "Name_Calling"]),
                        "family": "x", **span(), "paragraph": 1, "confidence": 0.5} for _ in range(5)],
        "frames": [{"frame": rng.choice(["Economic", "Political", "Security"]), "confidence": 0.6, "paragraphs": [1]}
                   for _ in range(2)],
        "narratives": [{"domain": "d", "narrative": rng.choice(["N1", "N2", "N3"]), "subnarrative": None,
                        "confidence": 0.5, "paragraphs": [1], "explanation": None}],
    }


def stats_bench(folder: Path, n: int) -> dict[str, float]:
    rng = random.Random(11)
    store = folder / "stats10k.duckdb"
    with CorpusStore(store) as s:
        for start in range(0, n, 1000):
            s.add_rows(analysis_rows(synthetic_analysis(i, rng)) for i in range(start, min(n, start + 1000)))
        assert s.count() == n
    timings = {}
    for label, by in (("overall", []), ("by_outlet", ["outlet"]), ("by_month", ["month"]), ("by_outlet_month", ["outlet", "month"])):
        start = time.perf_counter()
        corpus_stats(store, by=by)
        timings[label] = round(time.perf_counter() - start, 3)
    start = time.perf_counter()
    with CorpusStore(store, read_only=True) as s:  # the naive way: parse every analysis
        claims = techniques = words = 0
        for (analysis,) in s.con.execute("SELECT analysis FROM analyses").fetchall():
            data = json.loads(analysis)
            claims += len(data.get("claims") or [])
            techniques += len(data.get("techniques") or [])
            words += len(data["article"]["text"].split())
    timings["naive_json_overall"] = round(time.perf_counter() - start, 3)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="The shared datasets folder (optional).")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--stats-articles", type=int, default=10000, help="0 skips the stats measurement.")
    parser.add_argument("--stages", default=None, help="Comma-separated stages to run (default: all).")
    parser.add_argument("--baseline-articles", type=int, default=None,
                        help="Articles for the 1-worker baseline (the first N; default: all of them).")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "corpus.json")
    args = parser.parse_args()
    if args.data is not None and not (args.data / "polnear").is_dir():
        parser.error(f"{args.data}: not the shared datasets folder (no polnear/ in it)")
    records = dataset_records(args.data, args.articles) if args.data else []
    origin = f"{len(records)} distinct dataset articles"
    if len(records) < args.articles:  # the English datasets hold fewer distinct articles: top up with generated ones
        extra = generated_records(args.articles - len(records))
        origin = (origin + " + " if records else "") + f"{len(extra)} generated articles"
        records += extra
    from unspun.pipeline import default_stages

    stages = args.stages.split(",") if args.stages else None
    names = stages or [s.name for s in default_stages()]
    print(f"corpus add on {origin}; stages: {names}", flush=True)
    results: dict = {"input": origin, "stages": names}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "articles.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        words = sum(len(r["text"].split()) for r in records)
        results["mean_words"] = round(words / len(records))
        baseline = source
        if args.baseline_articles and args.baseline_articles < len(records):
            baseline = folder / "baseline.jsonl"
            baseline.write_text("".join(json.dumps(r) + "\n" for r in records[: args.baseline_articles]), encoding="utf-8")
        runs = [timed_add(baseline, 1, folder, stages), timed_add(source, 2, folder, stages)]
        for run in runs:
            print(f"  {run['workers']} worker(s): {run['articles']} articles in {run['seconds']} s = "
                  f"{run['articles_per_s']} articles/s; store {run['bytes_per_article']:,} bytes/article", flush=True)
        results["add"] = runs
        results["speedup_2_vs_1"] = round(runs[1]["articles_per_s"] / runs[0]["articles_per_s"], 2)
        print(f"  2 workers vs 1: x{results['speedup_2_vs_1']} (target: >= 5 articles/s with 2 workers)", flush=True)
        if not args.stats_articles:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
            return
        stats = stats_bench(folder, args.stats_articles)
        results["stats_seconds"] = stats
        worst = max(v for k, v in stats.items() if not k.startswith("naive"))
        print(f"stats over {args.stats_articles} articles: {stats} (target < 2 s); slowest grouping is "
              f"x{stats['naive_json_overall'] / worst:.1f} faster than parsing every analysis JSON", flush=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
