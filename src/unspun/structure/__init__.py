"""Structure: what each paragraph is (title, heading, body, pasted post, caption, boilerplate)."""

from unspun.structure.classify import classify_lines
from unspun.structure.stage import StructureStage

__all__ = ["StructureStage", "classify_lines"]
