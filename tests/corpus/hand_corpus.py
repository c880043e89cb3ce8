"""A tiny invented corpus of four hand-written analyses, small enough to compute its statistics by hand.

Articles (words counted by whitespace):
  A  North Star    2025-01-10  25 words  quotes by Jan Holt (2) and Residents (1); claims: 1 by a source, 1 by the article;
                                         techniques: Loaded_Language; frames: Economic; narratives: none
  B  North Star    2025-02-03  15 words  quotes by Tidal Lines (1) only; claims: 1 by a source;
                                         techniques: Loaded_Language, Exaggeration; frames: Economic, Fairness;
                                         narratives: Costs are hidden
  C  Valley Times  2025-01-20  15 words  no quotes; claims: 2 by the article; no techniques; frames: Security;
                                         narratives: Costs are hidden
  D  Valley Times  (no date)    9 words  analysed before the quotes, claims, persuasion and framing stages existed
"""

from __future__ import annotations

from typing import Any

from unspun.article import split_paragraphs


def _span(text: str, fragment: str) -> dict[str, Any]:
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment), "text": fragment}


def _analysis(text: str, outlet: str, published: str | None, **keys: Any) -> dict[str, Any]:
    paragraphs = [{"index": p.index, "start": p.start, "end": p.end, "kind": "title" if p.index == 0 else "body"}
                  for p in split_paragraphs(text)]
    article = {"id": None, "title": None, "url": None, "outlet": outlet, "published": published,
               "language": "en", "text": text, "paragraphs": paragraphs}
    return {"schema_version": "1.0", "unspun_version": "test", "article": article,
            "analyses": ["structure", *keys.pop("stages", [])], **keys}


def _source(sid: str, name: str, kind: str, quotes: int, paragraphs: list[int]) -> dict[str, Any]:
    return {"id": sid, "name": name, "kind": kind, "description": None, "quote_count": quotes,
            "words_quoted": 3 * quotes, "share": 0.0, "paragraphs": paragraphs, "single_source_reliance": False}


def _quote(text: str, fragment: str, paragraph: int, name: str, sid: str) -> dict[str, Any]:
    return {**_span(text, fragment), "paragraph": paragraph, "kind": "indirect",
            "speaker": {"name": name, "mention": None, "source_id": sid, "resolution": "explicit"},
            "cue": _span(text, "said"), "confidence": 0.9}


def _claim(text: str, fragment: str, paragraph: int, by: str, name: str | None = None) -> dict[str, Any]:
    return {**_span(text, fragment), "paragraph": paragraph, "score": 0.8,
            "asserted_by": {"kind": by, "name": name, "source_id": "s1" if by == "source" else None},
            "hedges": [], "certainty": "high", "quantities": []}


def _technique(text: str, fragment: str, technique: str, paragraph: int) -> dict[str, Any]:
    return {"technique": technique, "family": "test", **_span(text, fragment), "paragraph": paragraph, "confidence": 0.7}


ALL_STAGES = ["quotes", "claims", "persuasion", "framing"]

A_TEXT = ("Bridge to close in May\n"
          "The mayor said the bridge will close in May for repairs.\n"
          "Residents said nobody had told them about the closure.")
B_TEXT = "Ferry fares rise again\nFares will rise by ten percent, the operator said on Monday."
C_TEXT = "Storm damages harbour wall\nThe storm damaged the harbour wall overnight.\nRepairs will take weeks."
D_TEXT = "Library opens late\nThe library opens late on Thursdays."


def hand_corpus() -> list[dict[str, Any]]:
    """The four analyses described in the module docstring."""
    a = _analysis(
        A_TEXT, "North Star", "2025-01-10", stages=ALL_STAGES,
        quotes=[_quote(A_TEXT, "the bridge will close in May", 1, "Jan Holt", "s1"),
                _quote(A_TEXT, "for repairs", 1, "Jan Holt", "s1"),
                _quote(A_TEXT, "nobody had told them", 2, "Residents", "s2")],
        sources=[_source("s1", "Jan Holt", "person", 2, [1]), _source("s2", "Residents", "group", 1, [2])],
        claims=[_claim(A_TEXT, "The mayor said the bridge will close in May for repairs.", 1, "source", "Jan Holt"),
                _claim(A_TEXT, "Residents said nobody had told them about the closure.", 2, "article")],
        techniques=[_technique(A_TEXT, "nobody had told them", "Loaded_Language", 2)],
        frames=[{"frame": "Economic", "confidence": 0.6, "paragraphs": [1]}],
        narratives=[],
    )
    b = _analysis(
        B_TEXT, "North Star", "2025-02-03", stages=ALL_STAGES,
        quotes=[_quote(B_TEXT, "Fares will rise by ten percent", 1, "Tidal Lines", "s1")],
        sources=[_source("s1", "Tidal Lines", "organisation", 1, [1])],
        claims=[_claim(B_TEXT, "Fares will rise by ten percent, the operator said on Monday.", 1, "source", "Tidal Lines")],
        techniques=[_technique(B_TEXT, "rise again", "Loaded_Language", 0),
                    _technique(B_TEXT, "ten percent", "Exaggeration", 1)],
        frames=[{"frame": "Economic", "confidence": 0.8, "paragraphs": [1]},
                {"frame": "Fairness", "confidence": 0.5, "paragraphs": [0]}],
        narratives=[{"domain": "economy", "narrative": "Costs are hidden", "subnarrative": "Other",
                     "confidence": 0.6, "paragraphs": [1], "explanation": "invented"}],
    )
    c = _analysis(
        C_TEXT, "Valley Times", "2025-01-20", stages=ALL_STAGES,
        quotes=[], sources=[],
        claims=[_claim(C_TEXT, "The storm damaged the harbour wall overnight.", 1, "article"),
                _claim(C_TEXT, "Repairs will take weeks.", 2, "article")],
        techniques=[],
        frames=[{"frame": "Security", "confidence": 0.9, "paragraphs": [0, 1]}],
        narratives=[{"domain": "economy", "narrative": "Costs are hidden", "subnarrative": "Repairs",
                     "confidence": 0.5, "paragraphs": [2], "explanation": "invented"}],
        entity_roles=[{"entity": "storm", "mentions": [_span(C_TEXT, "storm")], "main_role": "Antagonist",
                       "fine_roles": ["Destroyer"], "confidence": 0.4}],
    )
    d = _analysis(D_TEXT, "Valley Times", None)
    return [a, b, c, d]
