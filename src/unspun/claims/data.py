"""Readers for the check-worthiness datasets and the fixed evaluation splits.

Two sets live in ``<data>/``: the ClaimBuster crowdsourced set
(``claimbuster-crowdsourced.csv``: ``sentence_id,screening,label,text``) and the
CLEF-2020 CheckThat! task 5 training debates (``clef2020-task5-train.tsv``:
``text<TAB>label``). The folds are fixed (seeded, and made from the rows in
``sentence_id`` order) so every run of ``unspun eval claims`` scores the same
splits.

The CLEF file holds no debate id, speaker or line number: the debates were
concatenated, so their boundaries cannot be recovered reliably (openings such
as "Good evening" also occur mid-debate). We therefore hold out *contiguous
blocks* of the file in its published order: each block is mostly whole debates
and never shares a sentence's neighbours with the training blocks, which keeps
the spirit of held-out debates. F1 and average precision are reported per block.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from unspun.errors import InputError

CLAIMBUSTER_FILE = "claimbuster-crowdsourced.csv"
CLEF_FILE = "clef2020-task5-train.tsv"
N_FOLDS = 5
FOLD_SEED = 20200607  # fixed: the folds are part of the published evaluation
N_CLEF_BLOCKS = 5


@dataclass(frozen=True)
class LabelledSentences:
    """Sentences with binary check-worthiness labels (1 = check-worthy factual claim)."""

    texts: list[str]
    labels: list[int]
    ids: list[str]


def _require(path: Path) -> Path:
    if not path.is_file():
        raise InputError(
            f"{path}: file not found; pass --data the folder that holds {path.name} "
            "(the shared datasets' claimbuster/ folder)"
        )
    return path


def read_claimbuster(folder: Path) -> LabelledSentences:
    """The ClaimBuster crowdsourced sentences, sorted by ``sentence_id`` (a fixed order)."""
    path = _require(Path(folder) / CLAIMBUSTER_FILE)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or not {"sentence_id", "label", "text"} <= set(rows[0]):
        raise InputError(f"{path}: expected the columns sentence_id,screening,label,text")
    rows.sort(key=lambda r: int(r["sentence_id"]))
    return LabelledSentences(
        texts=[r["text"] for r in rows],
        labels=[int(r["label"]) for r in rows],
        ids=[r["sentence_id"] for r in rows],
    )


def read_clef(folder: Path) -> LabelledSentences:
    """The CLEF-2020 task 5 training sentences, in the file's (debate-by-debate) order."""
    path = _require(Path(folder) / CLEF_FILE)
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        if header != ["text", "label"]:
            raise InputError(f"{path}: expected the header 'text<TAB>label', got {header!r}")
        for number, line in enumerate(handle, start=2):
            text, sep, label = line.rstrip("\n").rpartition("\t")
            if not sep or label not in {"0", "1"}:
                raise InputError(f"{path}:{number}: expected 'text<TAB>0|1'")
            texts.append(text)
            labels.append(int(label))
    return LabelledSentences(texts=texts, labels=labels, ids=[str(i) for i in range(len(texts))])


def claimbuster_folds(labels: list[int], n_folds: int = N_FOLDS, seed: int = FOLD_SEED) -> list[int]:
    """The fold (0..n_folds-1) of every row: stratified by label, shuffled with a fixed seed."""
    import random

    rng = random.Random(seed)
    folds = [0] * len(labels)
    for label in sorted(set(labels)):
        members = [i for i, y in enumerate(labels) if y == label]
        rng.shuffle(members)
        for rank, index in enumerate(members):
            folds[index] = rank % n_folds
    return folds


def contiguous_blocks(n_rows: int, n_blocks: int = N_CLEF_BLOCKS) -> list[int]:
    """The block of every row when the file is cut into ``n_blocks`` contiguous, equal parts."""
    return [min(i * n_blocks // n_rows, n_blocks - 1) for i in range(n_rows)]


def validation_split(labels: list[int], share: float, seed: int) -> tuple[list[int], list[int]]:
    """Positions (into ``labels``) for training and for a stratified validation slice of about ``share``.

    Used to choose the decision threshold on rows the model did not train on,
    without touching the fold being scored.
    """
    import random

    if share <= 0:
        return list(range(len(labels))), []
    rng = random.Random(seed)
    held: set[int] = set()
    for label in sorted(set(labels)):
        members = [i for i, y in enumerate(labels) if y == label]
        rng.shuffle(members)
        held.update(members[: round(share * len(members))])
    return [i for i in range(len(labels)) if i not in held], sorted(held)
