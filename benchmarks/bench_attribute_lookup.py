"""The attribute rules as lookups against spaCy's AttributeRuler: same output, and the parse time of each.

    python benchmarks/bench_attribute_lookup.py [--data ../shared/datasets] [--articles 150]

Paragraphs are read at run time from SemEval-2023 English and multilingual training
articles and PolNeAR (never copied); without the datasets, from the shipped sample.
Both pipelines (unspun's, with ``unspun.nlp.attributes``, and the same pipeline with
spaCy's own ruler) parse every paragraph; every token's POS, morphology (key and
presence), lemma, tag, dependency, head, entity and sentence start are compared.
Printed: tokens, differences, and the parse CPU seconds of both (second pass, after
the lookup has learnt the tokens of the first) with their ratio.
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def paragraphs(data: Path, articles: int) -> list[str]:
    files = sorted(glob.glob(str(data / "semeval2023-en/train-articles-subtask-3/*.txt")))[:articles]
    files += sorted(glob.glob(str(data / "semeval2023-multi/*/train-articles-subtask-3/*.txt")))[:40]
    files += sorted(glob.glob(str(data / "polnear/**/*.txt"), recursive=True))[:60]
    if not files:
        files = [str(ROOT / "src/unspun/data/sample_article.txt")]
    return [p for f in files for p in Path(f).read_text(encoding="utf-8").split("\n") if p.strip()]


def token_view(t) -> tuple:
    return (t.pos, t.morph.key, t.has_morph(), t.lemma, t.tag, t.dep, t.head.i, t.ent_iob, t.ent_type, t.is_sent_start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    import spacy
    from threadpoolctl import threadpool_limits

    from unspun.nlp import _numpy_gemm_ops, load_spacy, spacy_model_name

    texts = paragraphs(args.data, args.articles)
    lookup = load_spacy()
    with _numpy_gemm_ops():
        ruler = spacy.load(spacy_model_name(), disable=["lemmatizer"])
    threadpool_limits(1)
    seconds, docs = {}, {}
    for rep in range(2):  # the second pass is timed
        for name, nlp in (("lookup", lookup), ("spaCy ruler", ruler)):
            start = time.process_time()
            docs[name] = list(nlp.pipe(texts, batch_size=64))
            seconds[name] = time.process_time() - start
    tokens = differences = 0
    for a, b in zip(docs["lookup"], docs["spaCy ruler"]):
        for ta, tb in zip(a, b):
            tokens += 1
            differences += token_view(ta) != token_view(tb)
    print(f"{len(texts)} paragraphs, {tokens:,} tokens: {differences} differences")
    print(f"parse CPU s, one thread: lookup {seconds['lookup']:.2f}, spaCy ruler {seconds['spaCy ruler']:.2f} "
          f"(x{seconds['spaCy ruler'] / seconds['lookup']:.2f})")


if __name__ == "__main__":
    main()
