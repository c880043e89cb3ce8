"""Readers for the training data of the framing heads (SemEval-2023 Task 3, SemEval-2025 Task 10).

The datasets never ship with unspun: training and evaluation take their folder as an
argument, and every reader raises :class:`DatasetError` naming the missing file when the
folder is not there. Entity offsets in the published SemEval-2025 file are end inclusive
(and a few are off by some characters); :func:`read_roles` checks each one against the
text and returns Python (end exclusive) offsets, dropping mentions it cannot place.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from unspun.errors import InputError

log = logging.getLogger(__name__)


class DatasetError(InputError):
    """A training dataset folder or file is missing or malformed."""


@dataclass(frozen=True)
class LabelledArticle:
    """One training article: its id, exact text and labels of one task."""

    id: str
    text: str
    genre: str | None = None
    frames: tuple[str, ...] = ()
    narratives: tuple[str, ...] = ()
    subnarratives: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleMention:
    """One annotated entity mention (end exclusive) with its roles."""

    doc: str
    entity: str
    start: int
    end: int
    main_role: str
    fine_roles: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    """The SemEval-2025 narrative taxonomy: narratives and subnarratives per domain."""

    narratives: dict[str, list[str]] = field(default_factory=dict)
    subnarratives: dict[str, list[str]] = field(default_factory=dict)


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        raise DatasetError(f"{path}: {what} not found; pass the folder that holds the dataset (see ../shared/datasets/README.md)")
    return path


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def read_semeval2023(folder: Path | str) -> list[LabelledArticle]:
    """SemEval-2023 training articles with genre (subtask 1) and frames (subtask 2).

    The English folder holds the articles under ``train-articles-subtask-1``/``-2``; the other
    languages' folders (``semeval2023-multi/fr``, ...) hold them under ``train-articles-subtask-3``,
    and their genre and frame files also label the articles of ``dev-articles-subtask-3``.
    """
    root = _need(Path(folder), "SemEval-2023 folder")
    genres: dict[str, str] = {}
    for line in _read(_need(root / "train-labels-subtask-1.txt", "genre labels")).splitlines():
        if line.strip():
            doc, label = line.split("\t")[:2]
            genres[doc.strip()] = label.strip()
    frames: dict[str, tuple[str, ...]] = {}
    for line in _read(_need(root / "train-labels-subtask-2.txt", "frame labels")).splitlines():
        if line.strip():
            doc, _, labels = line.partition("\t")
            frames[doc.strip()] = tuple(x.strip() for x in labels.split(",") if x.strip())
    out: list[LabelledArticle] = []
    for doc in sorted(set(genres) | set(frames)):
        for sub in ("train-articles-subtask-1", "train-articles-subtask-2", "train-articles-subtask-3",
                    "dev-articles-subtask-3"):
            path = root / sub / f"article{doc}.txt"
            if path.exists():
                out.append(LabelledArticle(doc, _read(path), genres.get(doc), frames.get(doc, ())))
                break
        else:
            log.warning("SemEval-2023 article %s has labels but no text; skipped", doc)
    return out


def read_taxonomy(folder: Path | str) -> Taxonomy:
    """The narrative taxonomy of SemEval-2025 (domain -> narratives, narrative -> subnarratives)."""
    root = _need(Path(folder), "SemEval-2025 English folder")
    nar = json.loads(_read(_need(root / "subtask2_narratives.json", "narrative taxonomy")))
    sub = json.loads(_read(_need(root / "subtask2_subnarratives.json", "subnarrative taxonomy")))
    subs = {n: list(v) for n, v in sub.items()}
    narratives = {d: [n for n in v if n in subs and n != "Other"] for d, v in nar.items()}
    return Taxonomy(narratives, subs)


def read_semeval2025(folder: Path | str) -> list[LabelledArticle]:
    """SemEval-2025 English articles with their narratives and subnarratives ("Other" kept)."""
    root = _need(Path(folder), "SemEval-2025 English folder")
    docs = _need(root / "raw-documents", "raw-documents folder")
    out: list[LabelledArticle] = []
    for line in _read(_need(root / "subtask-2-annotations.txt", "narrative labels")).splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        doc = parts[0].strip()
        nar = tuple(x.strip() for x in parts[1].split(";") if x.strip()) if len(parts) > 1 else ()
        sub = tuple(x.strip() for x in parts[2].split(";") if x.strip()) if len(parts) > 2 else ()
        path = docs / doc
        if not path.exists():
            log.warning("SemEval-2025 document %s not found; skipped", doc)
            continue
        out.append(LabelledArticle(doc, _read(path), narratives=nar, subnarratives=sub))
    return out


def _place(text: str, entity: str, start: int, end_inclusive: int) -> tuple[int, int] | None:
    """Exclusive offsets of ``entity`` at or near the published (end inclusive) position."""
    if text[start : end_inclusive + 1] == entity:
        return start, end_inclusive + 1
    for delta in range(1, 16):
        for s in (start - delta, start + delta):
            if 0 <= s and text[s : s + len(entity)] == entity:
                return s, s + len(entity)
    return None


def read_roles(folder: Path | str) -> list[RoleMention]:
    """SemEval-2025 subtask-1 entity mentions, offsets checked against the text (end exclusive)."""
    root = _need(Path(folder), "SemEval-2025 English folder")
    docs = _need(root / "raw-documents", "raw-documents folder")
    texts: dict[str, str] = {}
    out: list[RoleMention] = []
    dropped = 0
    for line in _read(_need(root / "subtask-1-annotations.txt", "entity role labels")).splitlines():
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 6:
            continue
        doc, entity, start, end, main = parts[0].strip(), parts[1], int(parts[2]), int(parts[3]), parts[4].strip()
        if doc not in texts:
            path = docs / doc
            texts[doc] = _read(path) if path.exists() else ""
        placed = _place(texts[doc], entity, start, end)
        if placed is None:
            dropped += 1
            continue
        out.append(RoleMention(doc, entity, placed[0], placed[1], main, tuple(x.strip() for x in parts[5:] if x.strip())))
    if dropped:
        log.warning("%d entity mentions could not be placed in their text; dropped", dropped)
    return out
