"""unspun's quotes stage against textacy's ``direct_quotations`` on PolNeAR dev, side by side.

Usage: pip install -e '.[bench]'; python benchmarks/bench_quotes_textacy.py ../shared/datasets/polnear [--limit N]

Both run on the same spaCy parse (one Doc per paragraph, as the Analyzer makes
it) and are scored with the same rule as ``unspun eval quotes``: quoted
attributions only; a quote matches when the overlap is at least half of the
shorter span; the speaker is right when its mention overlaps the gold source or
the names share a word. Times are extraction only (the parse is shared and
timed once). textacy is imported here only, never by the package.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
import time
from pathlib import Path

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.nlp import ParsedArticle, load_spacy, parse_articles
from unspun.quotes.evaluate import load_split, score_article
from unspun.quotes.model import Quote, Speaker
from unspun.quotes.stage import QuoteStage
from unspun.spans import Span
from unspun.structure import StructureStage

_MARKS = "\"“”'‘’«»"


def textacy_quotes(parsed: ParsedArticle) -> list[Quote]:
    """textacy's direct quotations of every paragraph, as unspun Quotes in article offsets."""
    from textacy.extract.triples import direct_quotations

    text = parsed.article.text
    out: list[Quote] = []
    for index, doc in enumerate(parsed.docs):
        base = parsed.offset(index)
        try:
            triples = list(direct_quotations(doc))
        except (ValueError, IndexError, RuntimeError):  # textacy raises on some unbalanced marks
            continue
        for dq in triples:
            s, e = base + dq.content.start_char, base + dq.content.end_char
            while s < e and text[s] in _MARKS:
                s += 1
            while e > s and text[e - 1] in _MARKS:
                e -= 1
            speaker = None
            if dq.speaker:
                ms, me = base + dq.speaker[0].idx, base + dq.speaker[-1].idx + len(dq.speaker[-1])
                speaker = Speaker(name=" ".join(t.text for t in dq.speaker), mention=Span.of(text, ms, me),
                                  source_id=None, resolution="explicit")
            out.append(Quote(start=s, end=e, text=text[s:e], paragraph=index, kind="direct", speaker=speaker,
                             cue=None, confidence=1.0))
    return out


def _row(name: str, totals: dict[str, int], seconds: float) -> str:
    p = totals["tp_pred"] / totals["predicted"] if totals["predicted"] else 0.0
    r = totals["tp_gold"] / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = totals["speaker_right"] / totals["tp_gold"] if totals["tp_gold"] else 0.0
    return f"{name:<22}{p:>10.3f}{r:>8.3f}{f1:>8.3f}{acc:>10.3f}{totals['predicted']:>8}{seconds:>10.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR folder")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    items = list(load_split(args.polnear, "dev"))[: args.limit]
    articles = [Article.from_text(t, id=n) for n, t, _ in items]
    nlp = load_spacy()
    t0 = time.perf_counter()
    parsed = parse_articles(nlp, articles)
    parse_s = time.perf_counter() - t0

    structure, stage = StructureStage(), QuoteStage()
    mine: dict[str, int] = defaultdict(int)  # every count score_article gives
    theirs: dict[str, int] = defaultdict(int)
    unspun_s = textacy_s = 0.0
    for (_, text, gold), p in zip(items, parsed):
        analysis = Analysis(unspun_version="bench", article=ArticleRecord.of(p.article))
        structure(p, analysis)
        t0 = time.perf_counter()
        stage(p, analysis)
        unspun_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        tq = textacy_quotes(p)
        textacy_s += time.perf_counter() - t0
        for totals, quotes in ((mine, analysis.quotes or []), (theirs, tq)):
            for k, v in score_article(text, gold, quotes).items():
                totals[k] += v
    print(f"PolNeAR dev: {len(items)} articles, {mine['gold']} quoted attributions; spaCy parse {parse_s:.2f} s (shared)")
    print(f"{'':<22}{'precision':>10}{'recall':>8}{'F1':>8}{'speaker':>10}{'quotes':>8}{'seconds':>10}")
    print(_row("unspun quotes stage", mine, unspun_s))
    print(_row("textacy direct_quot.", theirs, textacy_s))


if __name__ == "__main__":
    main()
