"""The label sets of the framing analyses (SemEval-2023 Task 3 and SemEval-2025 Task 10).

The narrative taxonomy is not listed here: it is read from the dataset when the heads
are trained and stored in the model's config, so the shipped model carries it.
"""

from __future__ import annotations

GENRES: tuple[str, ...] = ("opinion", "reporting", "satire")

FRAMES: tuple[str, ...] = (
    "Economic",
    "Capacity_and_resources",
    "Morality",
    "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence",
    "Policy_prescription_and_evaluation",
    "Crime_and_punishment",
    "Security_and_defense",
    "Health_and_safety",
    "Quality_of_life",
    "Cultural_identity",
    "Public_opinion",
    "Political",
    "External_regulation_and_reputation",
)

MAIN_ROLES: tuple[str, ...] = ("Protagonist", "Antagonist", "Innocent")

FINE_ROLES: dict[str, tuple[str, ...]] = {
    "Protagonist": ("Guardian", "Martyr", "Peacemaker", "Rebel", "Underdog", "Virtuous"),
    "Antagonist": (
        "Instigator", "Conspirator", "Tyrant", "Foreign Adversary", "Traitor", "Spy",
        "Saboteur", "Corrupt", "Incompetent", "Terrorist", "Deceiver", "Bigot",
    ),
    "Innocent": ("Forgotten", "Exploited", "Victim", "Scapegoat"),
}
ALL_FINE_ROLES: tuple[str, ...] = tuple(r for roles in FINE_ROLES.values() for r in roles)

DOMAINS: tuple[str, ...] = ("URW", "CC")
"""Narrative domains: the Ukraine-Russia war and climate change (prefixes of the taxonomy)."""
DOMAIN_NAMES = {"URW": "Ukraine-Russia war", "CC": "climate change"}
OTHER = "Other"

DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    "URW": ("ukrain", "russia", "putin", "kremlin", "kyiv", "kiev", "zelensk", "nato", "moscow", "donbas", "crimea"),
    "CC": ("climate", "warming", "carbon", "emission", "fossil", "greenhouse", "net zero", "net-zero", "renewable",
           "co2", "global temperature"),
}
"""Words (lower-case stems) at least one of which an article of a domain mentions: a gate before
the domain head, so an article that names neither war nor climate is never given their narratives."""
