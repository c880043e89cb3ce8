"""Extra cost of the framing heads over the persuasion encoder pass (target: at most 10 %).

    python benchmarks/bench_framing.py [--articles 20] [--threads 1] [--repeat 3]

Articles are invented here (about 1,500 words in 17 paragraphs, with recurring
named actors), never read from a dataset. For each article, in the same run and
interleaved so that the machine's load hits every variant alike:

* baseline: the persuasion pass as the persuasion stage runs it (``PersuasionModel.analyse``);
* shared pass: the same pass also returning the ``token_states`` output the heads read;
* heads: pooling + genre, frames, narratives, entity roles on those states (the spaCy
  parse is shared with the whole pipeline and not counted); the genre n-gram view
  remembers each word's n-gram columns, so it is also timed alone with that cache emptied;
* own pass: the framing stage running the encoder itself (what it costs while the
  persuasion stage does not keep ``token_states``).

Printed: median milliseconds per article, and the extra cost over the baseline
``(shared - baseline + heads) / baseline``, and ``(own + heads) / baseline``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unspun.article import Article  # noqa: E402
from unspun.encoder.runtime import Encoder  # noqa: E402
from unspun.framing.encoding import SharedEncoder, from_encoded  # noqa: E402
from unspun.framing.entities import find_actors  # noqa: E402
from unspun.framing.model import MODEL_DIR, FramingModel  # noqa: E402
from unspun.framing.predict import predict_frames, predict_genre, predict_narratives, predict_roles  # noqa: E402
from unspun.nlp import load_spacy, parse_articles  # noqa: E402
from unspun.persuasion.model import PersuasionModel  # noqa: E402

ACTORS = ["Mayor Orlan Brisk", "the Velmora Harbour Board", "Senator Ada Quell", "Tarnland", "the Kestrel Party"]
VERBS = ["accused", "praised", "defended", "blamed", "ignored", "thanked", "warned"]
THINGS = ["the ferry sale", "the flooded valley", "the new bridge budget", "the border talks", "rising energy prices",
          "the river clean-up", "the closed hospital wing"]


def invented_article(seed: int, paragraphs: int = 16) -> str:
    rng = random.Random(seed)
    lines = [f"{rng.choice(ACTORS).capitalize()} and {rng.choice(THINGS)}: what happens next"]
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            a, b = rng.sample(ACTORS, 2)
            sentences.append(f"{a.capitalize()} {rng.choice(VERBS)} {b} over {rng.choice(THINGS)}, "
                             f"saying that {rng.randint(2, 90)} families in {rng.choice(['Velmora', 'Tarnland', 'Ostrin'])} "
                             f"had waited {rng.randint(2, 30)} months for an answer.")
        lines.append(" ".join(sentences))
    return "\n".join(lines)


def timed(fn):
    started = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", type=Path, default=MODEL_DIR, help="framing model folder (default: the shipped one)")
    parser.add_argument("--compare", type=Path, default=None, help="another framing model folder whose heads to time in the same run")
    args = parser.parse_args()

    persuasion = PersuasionModel(threads=args.threads)
    folder = persuasion.model_dir
    config = persuasion.config
    framing = FramingModel.load(args.model)
    # The baseline reads only what the persuasion stage itself needs; the shared pass also
    # hands over what the framing heads read (the embedding layer, for heads trained on it).
    persuasion_outputs = ("span_probs", "para_probs", "pooled", "token_states")
    alone = Encoder(folder / "model.onnx", folder / "tokenizer.json", window=int(config.get("window", 254)),
                    overlap=int(config.get("overlap", 32)), outputs=persuasion_outputs, threads=args.threads)
    with_states = Encoder(folder / "model.onnx", folder / "tokenizer.json", window=int(config.get("window", 254)),
                          overlap=int(config.get("overlap", 32)),
                          outputs=tuple(dict.fromkeys(persuasion_outputs + framing.encoder_outputs)), threads=args.threads)
    own = SharedEncoder(folder, threads=args.threads, outputs=framing.encoder_outputs)
    nlp = load_spacy()
    articles = [Article.from_text(invented_article(i)) for i in range(args.articles)]
    parsed = parse_articles(nlp, articles)
    words = statistics.mean(len(a.text.split()) for a in articles)

    other = FramingModel.load(args.compare) if args.compare else None

    def heads(p, encoding, model=None):
        a, m = p.article, model or framing
        return (predict_genre(m, encoding, a), predict_frames(m, encoding),
                predict_narratives(m, encoding, a), predict_roles(m, encoding, a, find_actors(p)))

    # The invented articles reuse few words; a news article of this length has ~650 distinct
    # words. The n-gram view's cold cost is timed on text with that many distinct invented words.
    rng = random.Random(7)
    lexicon = ["".join(rng.choice("abcdefghijklmnoprstuvwy") for _ in range(rng.randint(2, 11))) for _ in range(650)]

    def ngrams_cold(a):  # the n-gram genre view with its word cache emptied: a one-shot CLI run
        if framing.vocabulary is not None:
            framing.vocabulary._columns.clear()
            words = a.text.split()
            framing.vocabulary.transform([" ".join(lexicon[(i // 2) % len(lexicon)] if i % 2 else w for i, w in enumerate(words))])

    base_ms, shared_ms, heads_ms, own_ms, cold_ms, other_ms = [], [], [], [], [], []
    for p in parsed[:2]:  # warm up every session
        persuasion.analyse(p.article.text, [(x.start, x.end) for x in p.article.paragraphs])
        heads(p, own.encode(p.article))
    for _ in range(args.repeat):
        for p in parsed:
            a = p.article
            paras = [(x.start, x.end) for x in a.paragraphs]
            alone_encoded, t = timed(lambda: alone.encode(a.text))
            base_ms.append(t + timed(lambda: persuasion.analyse(a.text, paras, encoded=alone_encoded))[1])
            encoded, t = timed(lambda: with_states.encode(a.text))
            shared_ms.append(t + timed(lambda: persuasion.analyse(a.text, paras, encoded=encoded))[1])
            heads_ms.append(timed(lambda: heads(p, from_encoded(a, encoded, framing.encoder_outputs)))[1])
            own_ms.append(timed(lambda: own.encode(a))[1])
            cold_ms.append(timed(lambda: ngrams_cold(a))[1])
            if other is not None:
                other_ms.append(timed(lambda: heads(p, from_encoded(a, encoded, other.encoder_outputs), other))[1])

    med = statistics.median
    b, s, h, o = med(base_ms), med(shared_ms), med(heads_ms), med(own_ms)
    print(f"{len(articles)} invented articles of ~{words:.0f} words, {args.repeat} rounds, {args.threads} thread(s), "
          f"load average {os.getloadavg()[0]:.1f}; framing encoder {framing.encoder}")
    print(f"baseline persuasion pass        {b:8.1f} ms/article")
    print(f"persuasion pass + framing states {s:7.1f} ms/article")
    print(f"framing heads on the states     {h:8.1f} ms/article")
    print(f"framing's own encoder pass      {o:8.1f} ms/article")
    if other_ms:
        print(f"heads of {args.compare.name} (--compare)  {med(other_ms):8.1f} ms/article = {med(other_ms) / b:.1%} of the baseline "
              f"(these heads: {h / b:.1%})")
    print(f"genre n-gram view, cold cache   {med(cold_ms):8.1f} ms/article (~650 distinct words; in the heads above it is warm)")
    print(f"extra cost, shared pass: ({s:.1f} - {b:.1f} + {h:.1f}) / {b:.1f} = {(s - b + h) / b:.1%} (target <= 10%)")
    print(f"extra cost, own pass:    ({o:.1f} + {h:.1f}) / {b:.1f} = {(o + h) / b:.1%}")
    c = med(cold_ms)
    print(f"extra cost, shared pass, n-gram cache cold: ({s:.1f} - {b:.1f} + {h:.1f} + {c:.1f}) / {b:.1f} = "
          f"{(s - b + h + c) / b:.1%} (an upper bound: the cold view is added to the warm heads)")


if __name__ == "__main__":
    main()
