"""From head scores to labels: the decisions shared by evaluation and run time.

Narratives follow the SemEval-2025 conventions: an article outside both domains, or in a
domain but with no narrative over its threshold, gets "Other"; a narrative with no
subnarrative over threshold gets the subnarrative "<narrative>: Other".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from unspun.framing.heads import LinearHead
from unspun.framing.labels import DOMAIN_WORDS, FINE_ROLES, OTHER

NO_DOMAIN = "none"


def domain_of(label: str) -> str:
    """The domain prefix of a narrative or subnarrative label ("URW", "CC")."""
    return label.split(":", 1)[0].strip()


def domains_mentioned(text: str) -> set[str]:
    """The domains whose gate words the text contains."""
    folded = text.casefold()
    return {d for d, words in DOMAIN_WORDS.items() if any(w in folded for w in words)}


def decode_multilabel(scores: np.ndarray, head: LinearHead) -> list[tuple[str, float]]:
    """Labels whose score reaches their threshold, best first."""
    out = [(label, float(s)) for label, s in zip(head.labels, scores) if s >= head.threshold(label)]
    return sorted(out, key=lambda item: -item[1])


@dataclass(frozen=True)
class NarrativeDecision:
    """One narrative found (``narrative`` is "Other" when none is)."""

    domain: str
    narrative: str
    subnarrative: str
    confidence: float
    narrative_index: int | None  # column of the narrative head, for paragraph attribution
    subnarrative_index: int | None


def decode_narratives(domain_scores: np.ndarray, narrative_scores: np.ndarray, sub_scores: np.ndarray,
                      domain: LinearHead, narratives: LinearHead, subs: LinearHead,
                      mentioned: set[str] | None = None) -> list[NarrativeDecision]:
    """The narratives of the most likely domain over threshold, each with its subnarratives.

    ``mentioned`` (from :func:`domains_mentioned`) limits the domains the head may choose.
    """
    allowed = [i for i, d in enumerate(domain.labels) if mentioned is None or d == NO_DOMAIN or d in mentioned]
    best = domain.labels[max(allowed, key=lambda i: domain_scores[i])]
    if best == NO_DOMAIN:
        return [NarrativeDecision(OTHER, OTHER, OTHER, float(np.max(domain_scores)), None, None)]
    found: list[NarrativeDecision] = []
    t_narrative, t_sub = narratives.threshold(best), subs.threshold(best)  # per domain, else "*"
    for j, label in enumerate(narratives.labels):
        if domain_of(label) != best or narrative_scores[j] < t_narrative:
            continue
        kids = [(k, sub) for k, sub in enumerate(subs.labels) if sub.startswith(label + ":")
                and not sub.endswith(": " + OTHER) and sub_scores[k] >= t_sub]
        if not kids:
            found.append(NarrativeDecision(best, label, f"{label}: {OTHER}", float(narrative_scores[j]), j, None))
        for k, sub in kids:
            # the weaker of the two decisions: both passed their thresholds (their product read 0.05 for
            # findings that had, which told a reader the opposite of what the stage decided)
            found.append(NarrativeDecision(best, label, sub, float(min(narrative_scores[j], sub_scores[k])), j, k))
    if not found:
        inside = [narrative_scores[j] for j, label in enumerate(narratives.labels) if domain_of(label) == best]
        return [NarrativeDecision(best, OTHER, OTHER, float(1 - max(inside, default=0.0)), None, None)]
    return sorted(found, key=lambda d: -d.confidence)


def decode_roles(main_scores: np.ndarray, fine_scores: np.ndarray, main: LinearHead, fine: LinearHead) -> tuple[str, list[str], float]:
    """Main role (argmax), and its fine roles over threshold (at least the best one)."""
    role = main.labels[int(np.argmax(main_scores))]
    allowed = [(j, label) for j, label in enumerate(fine.labels) if label in FINE_ROLES[role]]
    chosen = [label for j, label in allowed if fine_scores[j] >= fine.threshold("*")]
    if not chosen and allowed:
        chosen = [max(allowed, key=lambda item: fine_scores[item[0]])[1]]
    return role, chosen, float(np.max(main_scores))
