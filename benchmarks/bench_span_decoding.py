"""How persuasion spans are cut from token probabilities: quality and cost of each decoding.

    python benchmarks/bench_span_decoding.py [--data ../shared/datasets]

Scored on the tuning articles only (the 75 SemEval-2023 English training articles held out
of training, where the thresholds are tuned; never English dev), with the shipped model and
thresholds, on the same encoder pass. Four decodings, the first the baseline:
token runs as they are (pieces of words included), runs widened to whole words (punctuation-only spans dropped), whole
words with one-stop-word spans dropped, and then the spans of the techniques annotators
mark as whole sentences widened to their sentences (the shipped decoding; the techniques
are the model config's ``span_sentence_techniques``, learned from training spans); and,
where the model has its span classifier, the whole-word spans relabelled by it before the
widening, as the stage orders them when ``relabel_spans`` is on (the classifier is trained
on PTC train only, so these articles are held out from it too).
The thresholds were tuned on these same articles for the shipped decoding, so the
figures favour it: English dev (``unspun eval persuasion``) is the fair comparison. Printed for each: spans,
span micro P/R/F1 (partial credit, technique-aware) and decoding milliseconds per article;
then the ratios to the baseline. Needs the datasets (read at run time, never copied).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    args = ap.parse_args()
    from unspun.persuasion.evaluate import encode_articles, gold_spans, score_spans
    from unspun.persuasion.labels import TECHNIQUES
    from unspun.persuasion.model import PersuasionModel, decode_spans
    from unspun.train.persuasion_data import load_training_articles

    if not (args.data / "semeval2023-en").is_dir():
        sys.exit(f"{args.data}: SemEval-2023 English folder not found; pass --data")
    _, held, _ = load_training_articles(args.data, ("en",))
    model = PersuasionModel()
    encoded = [e for e in encode_articles(model, held) if len(e.enc.offsets)]
    gold = gold_spans([e.article for e in encoded])
    modes = {
        "token runs (baseline)": {},
        "whole words": {"drop_stop_words": False},
        "whole words, no one-stop-word spans": {"drop_stop_words": True},
        "... and sentence-wide techniques widened" + ("" if model.relabel_spans else " (shipped)"): {"drop_stop_words": True,
                                                                "sentence_techniques": model.sentence_techniques},
    }
    for options in modes.values():  # warm up: the stop-word list is imported on first use
        e = encoded[0]
        decode_spans(e.enc.token_outputs["span_probs"], e.enc.offsets, e.line_of_token, model.thresholds.span,
                     text=e.article.text if options else None, **options)
    results = {}
    for name, options in modes.items():
        rows = []
        start = time.perf_counter()
        for e in encoded:
            text = e.article.text if options else None
            found = decode_spans(e.enc.token_outputs["span_probs"], e.enc.offsets, e.line_of_token, model.thresholds.span,
                                 text=text, **options)
            rows += [(e.article.id, f.technique, f.start, f.end) for f in found]
        ms = (time.perf_counter() - start) * 1000 / len(encoded)
        micro = score_spans(gold, rows, TECHNIQUES).micro
        results[name] = (len(rows), micro.precision, micro.recall, micro.f1, ms)
    if model.span_classifier is not None:  # the stage's order with relabelling on: relabel, then widen and merge
        rows = []
        start = time.perf_counter()
        for e in encoded:
            found = model.find_spans(e.enc, e.line_of_token, e.article.text, relabel=True)
            rows += [(e.article.id, f.technique, f.start, f.end) for f in found]
        ms = (time.perf_counter() - start) * 1000 / len(encoded)
        micro = score_spans(gold, rows, TECHNIQUES).micro
        label = "relabelled by the span classifier, then widened" + (" (shipped)" if model.relabel_spans else "")
        results[label] = (len(rows), micro.precision, micro.recall, micro.f1, ms)
    print(f"{len(encoded)} tuning articles, {len(gold)} gold spans; shipped thresholds")
    base = results["token runs (baseline)"]
    for name, (n, p, r, f1, ms) in results.items():
        print(f"{name:<48} {n:6d} spans  P {p:.3f} R {r:.3f} F1 {f1:.3f}  {ms:6.2f} ms/article  "
              f"(F1 x{f1 / base[3]:.3f}, spans x{n / base[0]:.2f} of the baseline)")


if __name__ == "__main__":
    main()
