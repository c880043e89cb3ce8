"""How an article frames its subject: genre, frames, narratives and the roles it gives to actors.

Light heads on the token states of the shared encoder pass (the persuasion model's),
trained on SemEval-2023 Task 3 (genre, frames) and SemEval-2025 Task 10 (narratives,
entity roles). The stage lives in :mod:`unspun.framing.stage`; this module stays light so
that :mod:`unspun.analysis` can import the JSON shapes from :mod:`unspun.framing.schema`.
"""

from unspun.framing.labels import ALL_FINE_ROLES, FRAMES, GENRES, MAIN_ROLES

__all__ = ["ALL_FINE_ROLES", "FRAMES", "GENRES", "MAIN_ROLES", "FramingStage"]


def __getattr__(name: str):  # lazy: the stage imports the Analysis, which imports our schema
    if name == "FramingStage":
        from unspun.framing.stage import FramingStage

        return FramingStage
    raise AttributeError(name)
