"""The 23 persuasion techniques of SemEval-2023 Task 3, their families, and the PTC mapping.

The order of :data:`TECHNIQUES` is the order of the model's output channels; never reorder
it without retraining. Names are spelled as in the SemEval-2023 label files.
"""

from __future__ import annotations

FAMILIES: dict[str, tuple[str, ...]] = {
    "Attack on reputation": (
        "Name_Calling-Labeling",
        "Guilt_by_Association",
        "Doubt",
        "Appeal_to_Hypocrisy",
        "Questioning_the_Reputation",
    ),
    "Justification": (
        "Flag_Waving",
        "Appeal_to_Authority",
        "Appeal_to_Popularity",
        "Appeal_to_Values",
        "Appeal_to_Fear-Prejudice",
    ),
    "Distraction": ("Straw_Man", "Red_Herring", "Whataboutism"),
    "Simplification": (
        "Causal_Oversimplification",
        "False_Dilemma-No_Choice",
        "Consequential_Oversimplification",
    ),
    "Call": ("Slogans", "Conversation_Killer", "Appeal_to_Time"),
    "Manipulative wording": (
        "Loaded_Language",
        "Obfuscation-Vagueness-Confusion",
        "Exaggeration-Minimisation",
        "Repetition",
    ),
}

TECHNIQUES: tuple[str, ...] = tuple(t for group in FAMILIES.values() for t in group)
FAMILY_OF: dict[str, str] = {t: fam for fam, group in FAMILIES.items() for t in group}
INDEX: dict[str, int] = {t: i for i, t in enumerate(TECHNIQUES)}

# The 14 labels of the Propaganda Techniques Corpus (SemEval-2020 Task 11) and the 2023
# techniques that fall under each. A 2023 technique not listed has no PTC counterpart.
PTC_TO_2023: dict[str, tuple[str, ...]] = {
    "Appeal_to_Authority": ("Appeal_to_Authority",),
    "Appeal_to_fear-prejudice": ("Appeal_to_Fear-Prejudice",),
    "Bandwagon,Reductio_ad_hitlerum": ("Appeal_to_Popularity", "Guilt_by_Association"),
    "Black-and-White_Fallacy": ("False_Dilemma-No_Choice",),
    "Causal_Oversimplification": ("Causal_Oversimplification", "Consequential_Oversimplification"),
    "Doubt": ("Doubt", "Questioning_the_Reputation"),
    "Exaggeration,Minimisation": ("Exaggeration-Minimisation",),
    "Flag-Waving": ("Flag_Waving", "Appeal_to_Values"),
    "Loaded_Language": ("Loaded_Language",),
    "Name_Calling,Labeling": ("Name_Calling-Labeling",),
    "Repetition": ("Repetition",),
    "Slogans": ("Slogans", "Appeal_to_Time"),
    "Thought-terminating_Cliches": ("Conversation_Killer",),
    "Whataboutism,Straw_Men,Red_Herring": (
        "Whataboutism",
        "Straw_Man",
        "Red_Herring",
        "Appeal_to_Hypocrisy",
    ),
}
PTC_LABELS: tuple[str, ...] = tuple(PTC_TO_2023)
PTC_OF: dict[str, str] = {t: ptc for ptc, ts in PTC_TO_2023.items() for t in ts}

# PTC labels that map to exactly one 2023 technique (usable as training spans).
PTC_UNAMBIGUOUS: dict[str, str] = {
    ptc: ts[0]
    for ptc, ts in {
        "Appeal_to_Authority": ("Appeal_to_Authority",),
        "Appeal_to_fear-prejudice": ("Appeal_to_Fear-Prejudice",),
        "Black-and-White_Fallacy": ("False_Dilemma-No_Choice",),
        "Causal_Oversimplification": ("Causal_Oversimplification",),
        "Doubt": ("Doubt",),
        "Exaggeration,Minimisation": ("Exaggeration-Minimisation",),
        "Flag-Waving": ("Flag_Waving",),
        "Loaded_Language": ("Loaded_Language",),
        "Name_Calling,Labeling": ("Name_Calling-Labeling",),
        "Repetition": ("Repetition",),
        "Slogans": ("Slogans",),
        "Thought-terminating_Cliches": ("Conversation_Killer",),
    }.items()
}

# The techniques that the English annotators of SemEval-2023 never used (they occur only in
# the other languages). They are left out when the model's scores are mapped to the PTC
# labels for English technique classification, since the PTC articles are English news
# annotated by the same guidelines' predecessors.
NOT_IN_ENGLISH: tuple[str, ...] = (
    "Questioning_the_Reputation",
    "Appeal_to_Values",
    "Appeal_to_Time",
    "Consequential_Oversimplification",
)
