"""Persuasion: the 23 SemEval-2023 persuasion techniques, at span and paragraph level.

The stage and model are imported lazily: :mod:`unspun.analysis` imports this package's
schema, and the stage imports :mod:`unspun.analysis`.
"""

from typing import Any

from unspun.persuasion.labels import FAMILIES, FAMILY_OF, TECHNIQUES

__all__ = ["FAMILIES", "FAMILY_OF", "TECHNIQUES", "PersuasionModel", "PersuasionStage", "technique_info"]


def __getattr__(name: str) -> Any:
    if name == "PersuasionModel":
        from unspun.persuasion.model import PersuasionModel

        return PersuasionModel
    if name == "PersuasionStage":
        from unspun.persuasion.stage import PersuasionStage

        return PersuasionStage
    if name == "technique_info":
        from unspun.persuasion.info import technique_info

        return technique_info
    raise AttributeError(name)
